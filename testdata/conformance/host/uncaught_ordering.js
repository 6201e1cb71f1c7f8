// Where a handled uncaught exception falls among ticks, microtasks and the
// next callbacks: a throwing tick is handled before the remaining ticks; a
// throwing immediate is handled, then the next immediate runs, then its ticks.
const log = [];
process.on('uncaughtException', (e) => log.push('caught ' + e.message));
process.nextTick(() => log.push('t1'));
process.nextTick(() => { log.push('t2 throws'); throw new Error('t2'); });
process.nextTick(() => log.push('t3'));
Promise.resolve().then(() => log.push('p1'));
Promise.resolve().then(() => { log.push('p2 throws'); throw new Error('p2'); });
queueMicrotask(() => { log.push('q1 throws'); throw new Error('q1'); });
Promise.resolve().then(() => log.push('p3'));
setImmediate(() => {
  process.nextTick(() => log.push('tick from i1'));
  Promise.resolve().then(() => log.push('promise from i1'));
  throw new Error('i1');
});
setImmediate(() => log.push('i2'));
setImmediate(() => {
  Promise.resolve().then(() => log.push('promise from i3'));
  throw new Error('i3');
});
setTimeout(() => {
  setTimeout(() => {
    process.nextTick(() => log.push('tick from lone timer'));
    Promise.resolve().then(() => log.push('promise from lone timer'));
    throw new Error('lone timer');
  }, 1);
  setTimeout(() => console.log(log.join('\n')), 20);
}, 5);
