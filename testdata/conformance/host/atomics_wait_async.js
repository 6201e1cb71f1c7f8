// Atomics.waitAsync: settled at once (not-equal, timed-out with 0), woken
// by a notify on the same thread, by a timeout, and by a worker's notify.
const { Worker } = require('worker_threads');
// A pending waitAsync does not keep node's loop alive: an interval does.
const keep = setInterval(() => {}, 1000);
const sab = new SharedArrayBuffer(16);
const ia = new Int32Array(sab);
console.log(Atomics.waitAsync(ia, 0, 1), Atomics.waitAsync(ia, 0, 0, 0));
const a = Atomics.waitAsync(ia, 0, 0);
console.log(a.async, a.value instanceof Promise);
a.value.then((v) => console.log('same thread:', v));
console.log('notified', Atomics.notify(ia, 0, 1));
(async () => {
  await a.value;
  console.log('timeout:', await Atomics.waitAsync(ia, 1, 0, 20).value);
  const b = Atomics.waitAsync(ia, 2, 0);
  const w = new Worker(`
    const { workerData } = require('worker_threads');
    const ia = new Int32Array(workerData);
    Atomics.store(ia, 2, 7);
    Atomics.notify(ia, 2);
  `, { eval: true, workerData: sab });
  const exited = new Promise((r) => w.on('exit', r));
  console.log('from worker:', await b.value, Atomics.load(ia, 2));
  await exited;
  try { Atomics.waitAsync(new Int32Array(4), 0, 0); } catch (e) { console.log(e.name); }
  clearInterval(keep);
})();
