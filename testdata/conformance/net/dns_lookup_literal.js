// dns.lookup on IP literals and empty names answers without the resolver.
const dns = require('dns');
const steps = [
  (next) => dns.lookup('1.2.3.4', (e, a, f) => { console.log('v4', e, a, f); next(); }),
  (next) => dns.lookup('::1', (e, a, f) => { console.log('v6', e, a, f); next(); }),
  (next) => dns.lookup('::1', { all: true }, (e, a) => { console.log('v6 all', e, JSON.stringify(a)); next(); }),
  (next) => dns.lookup('1.2.3.4', 6, (e, a, f) => { console.log('v4 family 6', e, a, f); next(); }),
  (next) => dns.lookup('', (e, a, f) => { console.log('empty', e, a, f); next(); }),
  (next) => dns.lookup('', { all: true }, (e, a) => { console.log('empty all', e, JSON.stringify(a)); next(); }),
  (next) => dns.lookup(null, 6, (e, a, f) => { console.log('null family 6', e, a, f); next(); }),
  (next) => dns.promises.lookup('1.2.3.4').then((r) => { console.log('promise', JSON.stringify(r)); next(); }),
  (next) => dns.promises.lookup('::1', { all: true }).then((r) => { console.log('promise all', JSON.stringify(r)); next(); }),
];
let i = 0;
(function next() { if (i < steps.length) steps[i++](next); })();
let sync = true;
dns.lookup('127.0.0.1', () => console.log('callback async:', !sync));
sync = false;
