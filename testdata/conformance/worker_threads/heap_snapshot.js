// worker.getHeapSnapshot: the worker's own heap (a global it made is in it),
// ERR_WORKER_NOT_RUNNING once it has exited, options validated at the call.
'use strict';
const { Worker } = require('worker_threads');
const { once } = require('events');
(async () => {
  // The worker says when its global is set ('online' comes before its script runs).
  const worker = new Worker('globalThis.workerMarker = {m: "in-worker-marker"}; setInterval(() => {}, 1000);' +
    'require("worker_threads").parentPort.postMessage("ready");', { eval: true });
  await once(worker, 'message');
  const stream = await worker.getHeapSnapshot();
  const s = JSON.parse(stream.read());
  console.log(s.snapshot.node_count > 0, s.strings.includes('in-worker-marker'));
  await worker.terminate();
  await worker.getHeapSnapshot().catch((e) => console.log(e.code, e.message));
  const w2 = new Worker('', { eval: true });
  await once(w2, 'exit');
  await w2.getHeapSnapshot().catch((e) => console.log(e.code, e.message));
  try { w2.getHeapSnapshot(1); } catch (e) { console.log(e.code); }
})();
