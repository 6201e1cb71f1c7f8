// util.transferableAbortSignal/transferableAbortController: a signal moved
// through postMessage (to this thread or a worker) aborts with the sender's
// reason; an aborted one arrives aborted. (The two aborts' reports are
// printed once both came: their order between threads is not fixed.)
const { transferableAbortSignal, transferableAbortController } = require('util');
const { Worker } = require('worker_threads');

try {
  transferableAbortSignal({});
} catch (e) {
  console.log(e.code);
}

const seen = [];
const report = (line) => {
  seen.push(line);
  if (seen.length === 2) console.log(seen.sort().join('\n'));
};

const ac = transferableAbortController();
const { port1, port2 } = new MessageChannel();
port1.onmessage = ({ data }) => {
  console.log('received', data instanceof AbortSignal, data.aborted);
  data.addEventListener('abort', () => {
    report('local copy aborted: ' + data.reason);
    port1.close();
  });
};
port2.postMessage(ac.signal, [ac.signal]);

const done = transferableAbortSignal(AbortSignal.abort('early'));
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.once('message', ({ signal, done }) => {
    console.log('worker: done signal', done.aborted, done.reason);
    // (the signal's port is unref'd: a timer keeps the worker until the abort)
    const keep = setTimeout(() => {}, 10000);
    signal.addEventListener('abort', () => {
      clearTimeout(keep);
      parentPort.postMessage('worker saw abort: ' + signal.reason);
    });
    parentPort.postMessage('ready');
  });
`, { eval: true });
w.on('message', (m) => {
  if (m === 'ready') {
    ac.abort('boom');
    return;
  }
  report(m);
  w.terminate();
});
w.postMessage({ signal: ac.signal, done }, [ac.signal, done]);
