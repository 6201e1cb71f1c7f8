// dns.lookup through the resolver: localhost, all:true, ENOTFOUND, promises.
const dns = require('dns');
const steps = [
  (next) => dns.lookup('localhost', 4, (e, a, f) => { console.log('localhost', e, a, f); next(); }),
  (next) => dns.lookup('localhost', { family: 4, all: true }, (e, a) => { console.log('all', e, JSON.stringify(a)); next(); }),
  (next) => dns.lookup('localhost', { family: 'IPv4' }, (e, a, f) => { console.log('family IPv4', e, a, f); next(); }),
  (next) => dns.lookup('no-such-host.invalid', (e, a, f) => {
    console.log(e.message, JSON.stringify(Object.keys(e)), e.code, e.errno, e.syscall, e.hostname, a, f);
    next();
  }),
  (next) => dns.lookup('no-such-host.invalid', { all: true }, (e, a) => { console.log('all error', e.code, a); next(); }),
  (next) => dns.promises.lookup('localhost', { family: 4 }).then((r) => { console.log('promise', JSON.stringify(r)); next(); }),
  (next) => dns.promises.lookup('localhost', { family: 4, all: true }).then((r) => { console.log('promise all', JSON.stringify(r)); next(); }),
  (next) => dns.promises.lookup('no-such-host.invalid').catch((e) => { console.log('promise error', e.code, e.message); next(); }),
  (next) => require('util').promisify(dns.lookup)('localhost', 4).then((r) => { console.log('promisify', JSON.stringify(r)); next(); }),
];
let i = 0;
(function next() { if (i < steps.length) steps[i++](next); })();
