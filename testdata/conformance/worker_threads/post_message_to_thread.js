// worker_threads.postMessageToThread: another thread emits process
// 'workerMessage' (value, sourceThreadId); the promise settles with its
// answer (delivered, no such thread or listener, a listener threw, timeout).
const { postMessageToThread, threadId, Worker, workerData, parentPort, isMainThread } = require('worker_threads');

if (isMainThread) {
  const log = [];
  process.on('workerMessage', (value, source) => log.push(`main got ${JSON.stringify(value)} from ${source}`));
  (async () => {
    for (const args of [[threadId], [99], ['1'], [1.5], [1, {}, [], 'x'], [1, 5, -1]]) {
      try {
        await postMessageToThread(...args);
        console.log('ok');
      } catch (e) {
        console.log(e.name, e.code, e.message);
      }
    }
    const memory = new SharedArrayBuffer(4);
    const w = new Worker(__filename, { workerData: { memory } });
    await new Promise((resolve) => w.once('message', resolve));
    await postMessageToThread(w.threadId, { hello: 'worker', n: [1, 2] });
    console.log('delivered');
    const { port1, port2 } = new MessageChannel();
    await postMessageToThread(w.threadId, { port: port2 }, [port2]);
    console.log('via port:', await new Promise((resolve) => port1.once('message', resolve)));
    port1.close();
    try {
      await postMessageToThread(w.threadId, 'throw');
    } catch (e) {
      console.log('listener threw:', e.code, e.message);
    }
    // the worker blocks in Atomics.wait: the message waits, the sender times
    // out ('blocking' comes just before the wait, not a fixed time after)
    w.postMessage('block');
    await new Promise((resolve) => w.once('message', resolve));
    try {
      await postMessageToThread(w.threadId, 'late', 100);
    } catch (e) {
      console.log('blocked:', e.code, e.message);
    }
    const array = new Int32Array(memory);
    Atomics.store(array, 0, 1);
    Atomics.notify(array, 0);
    await new Promise((resolve) => w.once('message', resolve));
    w.postMessage('done');
    await new Promise((resolve) => w.once('exit', resolve));
    try {
      await postMessageToThread(w.threadId === -1 ? 1 : w.threadId, 'gone');
    } catch (e) {
      console.log('after exit:', e.code);
    }
    console.log(log);
  })();
} else {
  process.on('workerMessage', (value, source) => {
    if (value === 'throw') throw new Error('KABOOM');
    if (value && value.port) {
      value.port.postMessage(`pong from ${threadId} to ${source}`);
      value.port.close();
      return;
    }
    postMessageToThread(source, { seen: value });
  });
  parentPort.on('message', (m) => {
    if (m === 'block') {
      parentPort.postMessage('blocking');
      Atomics.wait(new Int32Array(workerData.memory), 0, 0);
      parentPort.postMessage('unblocked');
    } else if (m === 'done') {
      parentPort.close();
    }
  });
  parentPort.postMessage('ready');
}
