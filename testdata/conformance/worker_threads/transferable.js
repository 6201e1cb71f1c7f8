'use strict';
// node's JS-transferable protocol: a FileHandle moves to another thread in
// postMessage's transfer list; the symbols are found by their description.
const fsp = require('fs/promises');
const { MessageChannel, Worker } = require('worker_threads');
const { once } = require('events');

(async () => {
  const fh = await fsp.open(__filename);
  const proto = Object.getPrototypeOf(fh);
  const names = Object.getOwnPropertySymbols(proto).map((s) => s.description).filter((d) => d.startsWith('messaging_'));
  console.log('symbols', names.sort().join());
  const { port1, port2 } = new MessageChannel();
  try {
    port1.postMessage(fh);
  } catch (e) {
    console.log('not in list', e.code);
  }
  const reading = fh.stat();
  try {
    port1.postMessage(fh, [fh]);
  } catch (e) {
    console.log('in use', e.name, e.message);
  }
  await reading;

  // Within one thread.
  port1.postMessage({ fh }, [fh]);
  console.log('sender fd', fh.fd);
  const [{ fh: moved }] = await once(port2, 'message');
  console.log('same class', Object.getPrototypeOf(moved) === proto, moved.fd > 2);
  await fh.stat().catch((e) => console.log('old handle', e.code));

  // To a worker, which reads the file through it.
  const w = new Worker(`
    const { parentPort } = require('worker_threads');
    parentPort.once('message', async (h) => {
      const text = (await h.readFile()).toString();
      parentPort.postMessage([h.constructor.name, text.split('\\n')[1]]);
      await h.close();
    });
  `, { eval: true });
  w.postMessage(moved, [moved]);
  // (exit listened for first: a worker that ended before its message was
  // read emits both in one callback, in node)
  const exited = once(w, 'exit');
  console.log('worker got', ...(await once(w, 'message'))[0]);
  await exited;

  // A made-up deserializeInfo fails the message on the receiving side.
  const kTransfer = Object.getOwnPropertySymbols(proto).find((s) => s.description === 'messaging_transfer_symbol');
  port2.on('message', () => console.log('unexpected message'));
  for (const info of ['net:Socket', 'no-such-module:X']) {
    const fh2 = await fsp.open(__filename);
    fh2[kTransfer] = () => ({ data: 1, deserializeInfo: info });
    port1.postMessage(fh2, [fh2]);
    const [err] = await once(port2, 'messageerror');
    console.log('messageerror', err.constructor.name, err.message);
  }
  port1.close();
})();
