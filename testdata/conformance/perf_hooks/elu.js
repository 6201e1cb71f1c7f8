'use strict';
// nodeTiming's milestones and eventLoopUtilization, for this runtime and a
// worker's (worker.performance), as relations node guarantees.
const { performance } = require('perf_hooks');
const { Worker } = require('worker_threads');

const t = { ...performance.nodeTiming };
console.log('keys', Object.keys(t).join());
console.log('order', t.nodeStart > 0, t.v8Start > t.nodeStart, t.environment > t.v8Start,
  t.bootstrapComplete > t.environment, t.bootstrapComplete < performance.now());
console.log('loop not started', t.loopStart, t.loopExit);
console.log('elu before loop', performance.eventLoopUtilization());
console.log('json', Object.keys(performance.toJSON()).join());
console.log('proto', typeof Object.getOwnPropertyDescriptor(Object.getPrototypeOf(performance), 'eventLoopUtilization').value,
  Object.keys(performance).length);

const w = new Worker(`
  const { performance } = require('perf_hooks');
  const { parentPort } = require('worker_threads');
  const elu = performance.eventLoopUtilization();
  // a worker's loop turns before its script runs (told once the script has
  // run: the parent then measures a worker that has only its wait left)
  const started = ['worker loop started', performance.nodeTiming.loopStart > 0, elu.idle + elu.active > 0];
  setImmediate(() => parentPort.postMessage(started));
  parentPort.once('message', () => {
    const s = performance.eventLoopUtilization();
    const start = performance.now();
    while (performance.now() - start < 30);
    const d = performance.eventLoopUtilization(s);
    parentPort.postMessage(['worker spun', d.active >= 30, d.utilization > 0.5]);
  });
`, { eval: true });
console.log('worker elu before online', w.performance.eventLoopUtilization());
w.on('message', (m) => {
  console.log(...m);
  if (m[0] === 'worker loop started') {
    const before = w.performance.eventLoopUtilization();
    setTimeout(() => {
      const d = w.performance.eventLoopUtilization(before);
      console.log('worker idle while waiting', d.idle > 0, d.idle + d.active >= 30);
      w.postMessage('spin');
    }, 200); // (long enough for a thread starved under load to reach its wait)
  } else {
    w.terminate();
  }
});
w.on('exit', () => {
  console.log('worker elu after exit', w.performance.eventLoopUtilization());
  const a = performance.eventLoopUtilization();
  setTimeout(() => {
    const d = performance.eventLoopUtilization(a);
    console.log('main idle in a timer wait', d.idle > 0, d.idle + d.active >= 20);
    const b = performance.eventLoopUtilization();
    console.log('diff of two', JSON.stringify(Object.keys(performance.eventLoopUtilization(b, a))));
  }, 200);
});
process.on('exit', () => {
  const e = performance.nodeTiming;
  console.log('exit', e.loopStart > t.bootstrapComplete, e.loopExit >= e.loopStart, e.idleTime > 0);
});
