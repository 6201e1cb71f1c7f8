// dns.lookupService: validation, and loopback with well-known ports.
const dns = require('dns');
function t(name, fn) { try { fn(); console.log(name, 'ok'); } catch (e) { console.log(name, e.name, e.code, e.message); } }
t('no args', () => dns.lookupService());
t('2 args', () => dns.lookupService('127.0.0.1', 22));
t('bad addr', () => dns.lookupService('x', 22, () => {}));
t('bad port', () => dns.lookupService('127.0.0.1', -1, () => {}));
t('bad port str', () => dns.lookupService('127.0.0.1', 'x', () => {}));
t('bad cb', () => dns.lookupService('127.0.0.1', 22, 5));
t('addr num', () => dns.lookupService(5, 22, () => {}));
dns.lookupService('127.0.0.1', 22, (e, h, s) => {
  console.log('lookupService', e, h, s);
  dns.promises.lookupService('127.0.0.1', 80).then((r) => console.log('promise', JSON.stringify(r)));
});
