// dns.lookup argument validation (no lookups are made).
const dns = require('dns');
function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
const cb = () => {};
attempt('hostname 5', () => dns.lookup(5, cb));
attempt('family 7', () => dns.lookup('x.invalid', 7, cb));
attempt('options string', () => dns.lookup('x.invalid', 'str', cb));
attempt('options.family 5', () => dns.lookup('x.invalid', { family: 5 }, cb));
attempt('options.hints string', () => dns.lookup('x.invalid', { hints: 'x' }, cb));
attempt('options.hints 99999', () => dns.lookup('x.invalid', { hints: 99999 }, cb));
attempt('options.all 1', () => dns.lookup('x.invalid', { all: 1 }, cb));
attempt('options.verbatim 1', () => dns.lookup('x.invalid', { verbatim: 1 }, cb));
attempt('options.order x', () => dns.lookup('x.invalid', { order: 'x' }, cb));
attempt('no callback', () => dns.lookup('x.invalid'));
attempt('options, no callback', () => dns.lookup('x.invalid', {}));
attempt('family, no callback', () => dns.lookup('x.invalid', 4));
attempt('string as callback', () => dns.lookup('x.invalid', 'str'));
attempt('promises hostname 5', () => dns.promises.lookup(5));
attempt('promises family 5', () => dns.promises.lookup('x.invalid', { family: 5 }));
attempt('setDefaultResultOrder x', () => dns.setDefaultResultOrder('x'));
console.log(dns.getDefaultResultOrder());
