'use strict';
// Timer behaviours node has beyond setTimeout's docs, one phase after the
// other (so machine load cannot reorder them): sub-millisecond durations
// truncate (same-list order), callbacks are called as methods (a replaced
// .call/.apply does not matter), Symbol.dispose, and the deprecated
// enroll/active/_unrefActive/unenroll API.
const timers = require('timers');
process.on('warning', (w) => console.log('warning', w.code, w.message));

const d = setTimeout(() => console.log('disposed timer ran'), 1);
d[Symbol.dispose]();
const di = setImmediate(() => console.log('disposed immediate ran'));
di[Symbol.dispose]();
console.log('disposed', d._destroyed, di._destroyed, typeof Symbol.dispose, typeof Symbol.asyncDispose);
for (const v of ['x', -1, Infinity, NaN]) {
  try {
    timers.enroll({}, v);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
const bogus = { _idleTimeout: -1 };
timers.active(bogus);
console.log('bogus', JSON.stringify(bogus));

function phaseOrder(next) {
  const order = [];
  setTimeout(() => order.push(1), 1);
  setTimeout(() => order.push(2), 1.8);
  setTimeout(() => order.push(3), 1.1);
  setTimeout(() => order.push(4), 1);
  // Due after all four whatever the load: it is armed once they ran.
  const check = () => (order.length === 4 ? (console.log('order', order.join()), next()) : setTimeout(check, 5));
  setTimeout(check, 5);
}

function phaseMethodCall(next) {
  const fn = function (...args) {
    console.log('method call', this instanceof Object, args.length);
    if (args.length === 2) setImmediate(fn, 'x');
    else next();
  };
  fn.call = 'not a function';
  fn.apply = 'not a function either';
  setTimeout(fn, 1, 'a', 'b');
}

function phaseEnroll() {
  const item = {
    n: 0,
    _onTimeout() {
      console.log('enrolled fired', ++item.n);
      setTimeout(() => {
        timers._unrefActive(item);
        timers.unenroll(item);
        console.log('unenrolled', item._idleTimeout, item._idleNext, item.n);
      }, 1);
    },
  };
  timers.enroll(item, 2);
  console.log('enrolled', item._idleTimeout, item._idleNext === item);
  timers.active(item);
  console.log('armed', Number.isInteger(item._idleStart));
}

phaseOrder(() => phaseMethodCall(phaseEnroll));
