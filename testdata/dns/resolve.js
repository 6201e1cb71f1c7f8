// Every resolve* of the callback API against the test server (DNS_PORT):
// node's result shapes, error codes and messages.
'use strict';
const dns = require('dns');
const r = new dns.Resolver({ timeout: 300, tries: 1 });
r.setServers([`127.0.0.1:${process.env.DNS_PORT}`]);

function show(label, err, v) {
  if (err) {
    console.log(label, 'error', err.message, err.code, err.errno, err.syscall, err.hostname,
      Object.keys(err).join(), err instanceof Error);
  } else {
    console.log(label, JSON.stringify(v));
  }
}

const cases = [
  ['resolve4', 'a.test'], ['resolve6', 'a.test'], ['resolve4', 'cname.test'], ['resolveCname', 'cname.test'],
  ['resolveMx', 'mx.test'], ['resolveNs', 'ns.test'], ['resolveTxt', 'txt.test'],
  ['resolveSrv', '_sip._tcp.srv.test'], ['resolvePtr', '1.2.0.192.in-addr.arpa'],
  ['resolveNaptr', 'naptr.test'], ['resolveSoa', 'soa.test'], ['resolveCaa', 'caa.test'],
  ['resolveAny', 'any.test'], ['resolve4', 'nx.test'], ['resolveTxt', 'a.test'], ['resolveMx', 'nx.test'],
  ['resolve4', 'servfail.test'], ['resolve6', 'refused.test'], ['resolveSoa', 'a.test'],
  ['resolveCname', 'a.test'], ['resolve4', 'A.TEST'], ['resolve4', 'a.test.'],
  ['reverse', '192.0.2.1'], ['reverse', '2001:db8::1'], ['reverse', '192.0.2.99'],
];

(async () => {
  for (const [m, name] of cases) {
    await new Promise((done) => {
      const req = r[m](name, (err, v) => { show(`${m}(${name})`, err, v); done(); });
      if (typeof req !== 'object') console.log('not a request', req);
    });
  }
  for (const t of ['A', 'AAAA', 'MX', 'TXT', 'ANY', 'SOA']) {
    await new Promise((done) => r.resolve('any.test', t, (err, v) => { show(`resolve(any.test, ${t})`, err, v); done(); }));
  }
  await new Promise((done) => r.resolve('a.test', (err, v) => { show('resolve(a.test)', err, v); done(); }));
  await new Promise((done) => r.resolve4('a.test', { ttl: true }, (err, v) => { show('ttl4', err, v); done(); }));
  await new Promise((done) => r.resolve6('a.test', { ttl: true }, (err, v) => { show('ttl6', err, v); done(); }));
  await new Promise((done) => r.resolve4('a.test', { ttl: false }, (err, v) => { show('nottl', err, v); done(); }));
  await new Promise((done) => r.resolve4('big.test', (err, v) => {
    show('big (truncated over UDP, asked over TCP)', err, v && [v.length, v[0], v[119]]);
    done();
  }));
  for (const bad of [() => r.resolve('a.test', 'XX', () => {}), () => r.resolve('a.test', 5, () => {}),
    () => r.resolve4(5, () => {}), () => r.resolve4('a.test'), () => r.resolve4('a.test', {}),
    () => r.reverse('bogus', () => {}), () => r.resolve('a.test', 'toString', () => {})]) {
    try { bad(); console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.message, e.errno); }
  }
  // Names c-ares refuses to ask (EBADNAME) or asks as they are.
  for (const name of ['', '.', 'a b.test', 'a!b.test', 'a@b.test', 'a:b', 'a_b.test', 'a*b.test', 'a/b.test',
    'a\\.b.test', 'a..test', 'x'.repeat(64) + '.test', '-a.test', 'ü.test']) {
    await new Promise((done) => r.resolve4(name, (err, v) => { show(`resolve4(${JSON.stringify(name)})`, err, v); done(); }));
  }
  console.log(r.resolve4.name, r.reverse.name, r.resolveAny.name, dns.resolve4.name, dns.resolve.name);
})();
