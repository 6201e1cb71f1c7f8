'use strict';
// Timer behaviours node has beyond setTimeout's docs: sub-millisecond
// durations truncate (same-list order),
// callbacks called as methods (a replaced .call/.apply does not matter),
// Symbol.dispose, the deprecated enroll/active/_unrefActive/unenroll API,
// and an unref'd immediate alone never runs.
const timers = require('timers');
process.on('warning', (w) => console.log('warning', w.code, w.message));

const order = [];
setTimeout(() => order.push(1), 1);
setTimeout(() => order.push(2), 1.8);
setTimeout(() => order.push(3), 1.1);
setTimeout(() => order.push(4), 1);
setTimeout(() => console.log('order', order.join()), 3);


const fn = function (...args) { console.log('method call', this instanceof Object, args.length); };
fn.call = 'not a function';
fn.apply = 'not a function either';
setTimeout(fn, 1, 'a', 'b');


const d = setTimeout(() => console.log('disposed timer ran'), 1);
d[Symbol.dispose]();
const di = setImmediate(() => console.log('disposed immediate ran'));
di[Symbol.dispose]();
console.log('disposed', d._destroyed, di._destroyed, typeof Symbol.dispose, typeof Symbol.asyncDispose);

const item = { _onTimeout() { console.log('enrolled fired', ++item.n); }, n: 0 };
timers.enroll(item, 2);
console.log('enrolled', item._idleTimeout, item._idleNext === item);
timers.active(item);
console.log('armed', Number.isInteger(item._idleStart));
const bogus = { _idleTimeout: -1 };
timers.active(bogus);
console.log('bogus', JSON.stringify(bogus));
for (const v of ['x', -1, Infinity, NaN]) {
  try {
    timers.enroll({}, v);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
setTimeout(() => {
  console.log('after', item.n, item._idleTimeout);
  timers._unrefActive(item);
  timers.unenroll(item);
  console.log('unenrolled', item._idleTimeout, item._idleNext);
  setImmediate(() => console.log('unref immediate ran')).unref();
  setImmediate(fn, 'x');
}, 40);
