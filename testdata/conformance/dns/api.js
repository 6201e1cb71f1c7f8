// The dns module's shape and local answers (no server needed): exports in
// node's order, the Resolver classes, lookupService from /etc/hosts and
// /etc/services, result order settings and argument errors.
'use strict';
const dns = require('dns');
const dnsPromises = require('dns/promises');
const util = require('util');

console.log(Object.keys(dns).join());
console.log(Object.keys(dnsPromises).join());
for (const R of [dns.Resolver, dnsPromises.Resolver]) {
  console.log(Object.getOwnPropertyNames(R.prototype).join());
  console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(R.prototype)).join());
  console.log(Object.getPrototypeOf(R.prototype).constructor.name, R.name);
}
console.log(dns.resolve4.name, dns.Resolver.prototype.resolveTxt.name, dns.Resolver.prototype.reverse.name);
console.log(dns.NOTFOUND, dns.CANCELLED, dnsPromises.TIMEOUT);

console.log(dns.getDefaultResultOrder());
dns.setDefaultResultOrder('ipv4first');
console.log(dns.getDefaultResultOrder(), dnsPromises.getDefaultResultOrder());
dnsPromises.setDefaultResultOrder('verbatim');
console.log(dns.getDefaultResultOrder());
try { dns.setDefaultResultOrder('x'); } catch (e) { console.log(e.code, e.message); }

for (const args of [['127.0.0.1'], ['nope', 80, () => {}], ['127.0.0.1', 'x', () => {}], ['127.0.0.1', 70000, () => {}],
  ['127.0.0.1', 80, 'cb']]) {
  try { dns.lookupService(...args); console.log('no throw'); } catch (e) { console.log(e.code, e.message); }
}

(async () => {
  await new Promise((done) => dns.lookupService('127.0.0.1', 22, (err, host, service) => {
    console.log(err, host, service);
    done();
  }));
  await new Promise((done) => dns.lookupService('127.0.0.1', '53', (err, host, service) => {
    console.log(err, host, service);
    done();
  }));
  await new Promise((done) => dns.lookupService('127.0.0.1', 1, (err, host, service) => {
    console.log(err, host, service);
    done();
  }));
  console.log(await dnsPromises.lookupService('127.0.0.1', 443));
  console.log(await util.promisify(dns.lookupService)('127.0.0.1', 80));
  const r = new dns.Resolver();
  r.setServers(['127.0.0.1']);
  await new Promise((done) => r.reverse('127.0.0.1', (err, names) => {
    // node answers from /etc/hosts: the address's names after the first.
    console.log(err, Array.isArray(names));
    done();
  }));
})();
