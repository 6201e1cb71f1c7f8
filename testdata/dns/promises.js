// The promise API (dns.promises, require('dns/promises')) against the test
// server (DNS_PORT): the same answers and errors as the callback API.
'use strict';
const dns = require('dns');
const dnsPromises = require('dns/promises');
console.log(dns.promises === dnsPromises);
const r = new dnsPromises.Resolver({ timeout: 300, tries: 1 });
r.setServers([`127.0.0.1:${process.env.DNS_PORT}`]);
console.log(r.getServers().length, Object.getPrototypeOf(Object.getPrototypeOf(r)) !== null);

async function show(label, p) {
  try {
    console.log(label, JSON.stringify(await p));
  } catch (err) {
    console.log(label, 'error', err.message, err.code, err.errno, err.syscall, err.hostname);
  }
}

(async () => {
  await show('4', r.resolve4('a.test'));
  await show('4 ttl', r.resolve4('a.test', { ttl: true }));
  await show('6', r.resolve6('a.test'));
  await show('mx', r.resolveMx('mx.test'));
  await show('txt', r.resolveTxt('txt.test'));
  await show('srv', r.resolveSrv('_sip._tcp.srv.test'));
  await show('soa', r.resolveSoa('soa.test'));
  await show('naptr', r.resolveNaptr('naptr.test'));
  await show('caa', r.resolveCaa('caa.test'));
  await show('ns', r.resolveNs('ns.test'));
  await show('ptr', r.resolvePtr('1.2.0.192.in-addr.arpa'));
  await show('cname', r.resolveCname('cname.test'));
  await show('any', r.resolveAny('any.test'));
  await show('resolve MX', r.resolve('mx.test', 'MX'));
  await show('resolve', r.resolve('a.test'));
  await show('reverse', r.reverse('192.0.2.1'));
  await show('nx', r.resolve4('nx.test'));
  await show('nodata', r.resolveTxt('a.test'));
  await show('servfail', r.resolveNs('servfail.test'));
  await show('refused', r.resolveSrv('refused.test'));
  await show('garbage', r.resolve4('garbage.test'));
  for (const bad of [() => r.resolve('a.test', 'XX'), () => r.resolve('a.test', 5), () => r.resolve4(5)]) {
    try { bad(); console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.message); }
  }
  await show('reverse bogus', r.reverse('bogus'));
  // The module-level functions use the default resolver, which setServers replaces.
  dnsPromises.setServers([`127.0.0.1:${process.env.DNS_PORT}`]);
  console.log(dnsPromises.getServers().length, dns.getServers().length);
  await show('default', dnsPromises.resolve4('a.test'));
  await show('default mx', dnsPromises.resolve('mx.test', 'MX'));
  // ... and dns.promises.setServers for the promise API only.
  console.log(JSON.stringify(dns.getServers()) === JSON.stringify(new dns.Resolver().getServers()));
  dns.setServers([`127.0.0.1:${process.env.DNS_PORT}`, '127.0.0.2']);
  console.log(dns.getServers().length, dnsPromises.getServers().length);
  await new Promise((done) => dns.resolveTxt('txt.test', (err, v) => { console.log('callback default', err, v); done(); }));
})();
