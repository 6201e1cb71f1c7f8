// Messages a port sent before closing reach its peer once the peer starts
// receiving, then the peer's 'close'; a port's own close() drops what it
// had queued. Each step waits for the one before it (not for a fixed time
// from the start), so a slow start cannot reorder them.
const { MessageChannel } = require('worker_threads');
// Ports with only 'close' listeners hold no reference: this keeps the
// process alive until the last step.
const keepAlive = setInterval(() => {}, 1000);
const a = new MessageChannel();
a.port2.postMessage('sent before close');
a.port2.postMessage({ n: 2 });
a.port2.close();
a.port1.on('close', () => {
  console.log('a.port1 close');
  clearInterval(keepAlive);
});

const b = new MessageChannel();
b.port2.postMessage('queued, then the receiver closes itself');
b.port1.on('close', () => console.log('b.port1 close'));
b.port2.on('close', () => {
  console.log('b.port2 close');
  setTimeout(() => {
    a.port1.on('message', (m) => console.log('a.port1 got', m));
  }, 30);
});

const c = new MessageChannel();
c.port2.close();
c.port1.on('close', () => {
  console.log('c.port1 close (nothing queued)');
  setTimeout(() => b.port1.close(), 20);
});
