// dns.lookupService for an address without a name (ENOTFOUND from
// getnameinfo; the promise's error has no hostname), a port without a service
// name, and the promise API's argument checks.
const dns = require('dns');
function attempt(n, f) {
  try { f(); console.log(n, 'ok'); } catch (e) { console.log(n, e.code, e.message); }
}
attempt('promises, no arguments', () => dns.promises.lookupService());
attempt('promises, no port', () => dns.promises.lookupService('127.0.0.1'));
attempt('promises, bad address', () => dns.promises.lookupService('x', 80));
attempt('promises, bad port', () => dns.promises.lookupService('127.0.0.1', -1));
dns.lookupService('192.0.2.1', 80, (e) => {
  console.log('callback', JSON.stringify({ m: e.message, ...e }));
  dns.promises.lookupService('192.0.2.1', 80).catch((e2) => {
    console.log('promise', JSON.stringify({ m: e2.message, ...e2 }));
    dns.lookupService('127.0.0.1', 12345, (e3, h, s) => console.log('unnamed port', e3, h, s));
  });
});
