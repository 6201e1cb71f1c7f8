// Unhandled rejections are reported in batches, as node's
// processPromiseRejections: every listener of a batch runs before the ticks
// and microtasks they schedule; a promise an earlier listener handles is
// still reported (and no 'rejectionHandled' follows); a listener's throw is
// an uncaught exception that ends the batch (the rest is never reported);
// a rejection made during a batch is reported in the next one.
const log = (s) => console.log(s);
let p2;
process.on('uncaughtException', (e) => log('uncaught ' + e.message));
process.on('unhandledRejection', (r) => {
  log('unhandled ' + r.message);
  process.nextTick(() => log('tick after ' + r.message));
  Promise.resolve().then(() => log('microtask after ' + r.message));
  if (r.message === 'one') p2.catch(() => log('two caught by a listener'));
  if (r.message === 'three') throw new Error('thrown by a listener');
  if (r.message === 'five') Promise.reject(new Error('made during the batch'));
});
process.on('rejectionHandled', () => log('rejectionHandled'));
setTimeout(() => {
  Promise.reject(new Error('one'));
  p2 = Promise.reject(new Error('two'));
  Promise.reject(new Error('three'));
  Promise.reject(new Error('four: never reported'));
  process.nextTick(() => log('tick before the batch'));
}, 1);
setTimeout(() => {
  Promise.reject(new Error('five'));
  Promise.reject(new Error('six'));
}, 10);
setTimeout(() => {
  const late = Promise.reject(new Error('late'));
  setTimeout(() => {
    late.catch(() => {});
    Promise.reject(new Error('with a late handling'));
  }, 5);
}, 20);
