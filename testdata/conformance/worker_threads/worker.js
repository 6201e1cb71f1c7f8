'use strict';
// Workers: a file worker (this script) and eval workers; workerData with a
// transferred buffer, messages both ways, stdout through the parent, the
// worker's uncaught exception as 'error', process.exit ending only the
// worker, terminate() of a busy worker, environment data, unref.
const {
  Worker, isMainThread, parentPort, workerData, threadId, getEnvironmentData, setEnvironmentData,
  MessageChannel,
} = require('worker_threads');

if (!isMainThread) {
  console.log('worker: threadId', threadId, 'data', workerData.n, new Uint8Array(workerData.buf));
  console.log('worker: env data', getEnvironmentData('k'), process.env.WORKER_VAR);
  parentPort.on('message', (msg) => {
    if (msg === 'done') {
      parentPort.close();
      return;
    }
    if (msg.port) {
      msg.port.postMessage('hello over a transferred port');
      msg.port.close();
      return;
    }
    parentPort.postMessage({ echo: msg, from: threadId });
  });
  return;
}

async function main() {
  setEnvironmentData('k', { v: 42 });
  const buf = new Uint8Array([7, 8, 9]).buffer;
  const w = new Worker(__filename, {
    workerData: { n: 1, buf }, transferList: [buf], env: { WORKER_VAR: 'set' },
  });
  console.log('parent: transferred buffer length', buf.byteLength, 'threadId', w.threadId);
  await new Promise((resolve) => w.once('online', resolve));
  console.log('parent: online');
  w.postMessage({ q: [1, 2, 3], m: new Map([['a', 1]]) });
  console.log('parent: got', await new Promise((resolve) => w.once('message', resolve)));
  const { port1, port2 } = new MessageChannel();
  w.postMessage({ port: port2 }, [port2]);
  console.log('parent: via port', await new Promise((resolve) => port1.once('message', resolve)));
  w.postMessage('done');
  console.log('parent: exit', await new Promise((resolve) => w.once('exit', resolve)), w.threadId);

  const thrower = new Worker('throw new RangeError("bad " + require("worker_threads").workerData)', {
    eval: true, workerData: 'input',
  });
  // (its exit listened for before the error is awaited: node emits the two
  // in one callback when the worker ended before its error was read)
  const thrown = new Promise((resolve) => thrower.once('exit', resolve));
  const err = await new Promise((resolve) => thrower.once('error', resolve));
  console.log('parent: error', err instanceof RangeError, err.message);
  console.log('parent: exit', await thrown);

  const exiter = new Worker('process.on("exit", (c) => console.log("worker exiting", c)); process.exit(3); console.log("not reached")', { eval: true });
  console.log('parent: exit', await new Promise((resolve) => exiter.once('exit', resolve)));

  const busy = new Worker('require("worker_threads").parentPort.postMessage("spinning"); for (;;);', { eval: true });
  await new Promise((resolve) => busy.once('message', resolve));
  console.log('parent: terminate', await busy.terminate());
  console.log('parent: terminate again', await busy.terminate());

  const piped = new Worker('console.log("to worker.stdout"); console.error("to worker.stderr")', {
    eval: true, stdout: true, stderr: true,
  });
  let out = '';
  let errOut = '';
  piped.stdout.on('data', (d) => { out += d; });
  piped.stderr.on('data', (d) => { errOut += d; });
  await new Promise((resolve) => piped.once('exit', resolve));
  await new Promise((resolve) => setImmediate(resolve));
  console.log('parent: captured', JSON.stringify(out), JSON.stringify(errOut));

  // An unref'd worker does not keep the parent alive.
  const idle = new Worker('setInterval(() => {}, 1000)', { eval: true });
  idle.unref();
  process.on('exit', (c) => console.log('parent: process exit', c));
}
main();
