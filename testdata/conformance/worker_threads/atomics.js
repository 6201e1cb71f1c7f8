'use strict';
// A SharedArrayBuffer posted to a worker is the same memory on both sides:
// Atomics from both threads add up, and Atomics.wait in one thread is woken
// by Atomics.notify in the other.
const { Worker } = require('worker_threads');
const sab = new SharedArrayBuffer(32);
const i32 = new Int32Array(sab, 0, 4);
const b64 = new BigInt64Array(sab, 16, 2);
const w = new Worker(`
const { workerData: sab, parentPort } = require('worker_threads');
const i32 = new Int32Array(sab, 0, 4);
const b64 = new BigInt64Array(sab, 16, 2);
for (let k = 0; k < 1000; k++) { Atomics.add(i32, 0, 1); Atomics.sub(b64, 0, 2n); }
Atomics.store(i32, 1, 1);
Atomics.notify(i32, 1);
const r = Atomics.wait(i32, 2, 0);
console.log('worker waited', r === 'ok' || r === 'not-equal');
console.log('worker sees', Atomics.load(i32, 2));
`, { eval: true, workerData: sab });
for (let k = 0; k < 1000; k++) {
  Atomics.add(i32, 0, 1);
  Atomics.sub(b64, 0, 2n);
}
// Either the worker stored 1 first (not-equal) or its notify woke us (ok).
const r = Atomics.wait(i32, 1, 0, 10000);
console.log('main waited', r === 'ok' || r === 'not-equal', Atomics.load(i32, 1));
let exited = false;
w.on('exit', (code) => {
  exited = true;
  console.log('exit', code, 'counts', Atomics.load(i32, 0), Atomics.load(b64, 0));
  console.log(Atomics.compareExchange(i32, 0, 2000, -5), Atomics.load(i32, 0), Atomics.exchange(i32, 0, 3),
    Atomics.xor(i32, 0, 1), Atomics.or(i32, 0, 8), Atomics.and(i32, 0, 12), Atomics.load(i32, 0));
  console.log(Atomics.wait(i32, 0, 0, 10), Atomics.wait(i32, 0, 8, 10), Atomics.notify(i32, 0));
});
(function poll() {
  // Wake the worker if it waits (it may not have reached the wait yet, and
  // then does not wait at all).
  Atomics.store(i32, 2, 7);
  if (Atomics.notify(i32, 2) === 0 && !exited) setTimeout(poll, 5);
}());
