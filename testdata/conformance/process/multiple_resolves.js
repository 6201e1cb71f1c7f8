'use strict';
// 'multipleResolves' (deprecated): a resolve or reject of an already
// resolved promise is reported on the next tick with the promise, which of
// the two was called and its value; the first call is not. Before the
// first listener nothing is reported.
const seen = [];
let p1, p2;
process.on('multipleResolves', (type, promise, value) => {
  seen.push(`${type} ${promise === p1 ? 'p1' : promise === p2 ? 'p2' : '?'} ${value instanceof Error ? value.message : value}`);
});
p1 = new Promise((resolve, reject) => {
  resolve('first');
  resolve('second');
  reject(new Error('third'));
  throw new Error('thrown after resolve');
});
const pending = Promise.resolve('later');
p2 = new Promise((resolve) => {
  resolve(pending); // resolved with a thenable: still pending, but resolved
  resolve('ignored');
});
console.log('sync');
process.removeAllListeners('multipleResolves');
new Promise((resolve) => { resolve(1); resolve(2); });
process.on('multipleResolves', (type) => seen.push(`again ${type}`));
process.nextTick(() => seen.push('tick'));
Promise.resolve().then(() => seen.push('microtask'));
p2.then((v) => {
  seen.push(`p2 ${v}`);
  new Promise((resolve, reject) => { reject(1); reject(2); }).catch(() => {});
  setTimeout(() => console.log(seen.join('\n')), 1);
});
