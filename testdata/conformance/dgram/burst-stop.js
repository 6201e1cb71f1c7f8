'use strict';
// A burst of datagrams stops at once when a 'message' listener closes the
// socket (the rest are never delivered) or calls process.exit().
const dgram = require('dgram');

const tx = dgram.createSocket('udp4');
const a = dgram.createSocket('udp4');
a.on('message', (msg) => {
  console.log('a got', msg.toString());
  if (msg.toString() === 'close') {
    a.close(() => console.log('a closed'));
    setTimeout(exitBurst, 50);
  }
});
a.on('close', () => console.log('a close event'));

function exitBurst() {
  const b = dgram.createSocket('udp4');
  process.on('exit', (code) => console.log('exit', code));
  b.on('message', (msg) => {
    console.log('b got', msg.toString());
    if (msg.toString() === 'exit') {
      process.nextTick(() => console.log('never: tick'));
      Promise.resolve().then(() => console.log('never: microtask'));
      process.exit(3);
    }
  });
  b.bind(0, '127.0.0.1', () => {
    for (const m of ['1', '2', 'exit', '3', '4']) tx.send(m, b.address().port, '127.0.0.1');
  });
}

a.bind(0, '127.0.0.1', () => {
  tx.bind(0, '127.0.0.1', () => {
    for (const m of ['1', '2', 'close', '3', '4']) tx.send(m, a.address().port, '127.0.0.1');
  });
});
