'use strict';
const { Duplex } = require('stream');
const log = (s) => console.log(s);
function mk(name, allowHalfOpen) {
  const d = new Duplex({
    allowHalfOpen,
    read() {},
    write(c, e, cb) { log(name + ' _write ' + c); cb(); },
    final(cb) { log(name + ' _final'); cb(); },
  });
  ['end', 'finish', 'close'].forEach((ev) => d.on(ev, () => log(name + ' ' + ev + ' writable=' + d.writable)));
  d.resume();
  d.push('x');
  d.push(null);
  return d;
}
const a = mk('halfopen', true);
const b = mk('closing', false);
setTimeout(() => {
  log('halfopen still writable=' + a.writable + ' destroyed=' + a.destroyed);
  a.end('bye');
  log('closing destroyed=' + b.destroyed + ' writableEnded=' + b.writableEnded);
}, 5);
