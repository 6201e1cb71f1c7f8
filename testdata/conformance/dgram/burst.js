'use strict';
// Datagrams that arrive together are delivered one callback at a time in
// node: nextTicks, microtasks and unhandled rejections of one 'message'
// listener run before the next datagram's. (gojanet delivers a burst in
// one entry into JS; it must not show.)
const dgram = require('dgram');

const rx = dgram.createSocket('udp4');
const tx = dgram.createSocket('udp4');
const log = [];
let phase = 0;

process.on('unhandledRejection', (err) => log.push('unhandled ' + err.message));
process.on('uncaughtException', (err) => log.push('uncaught ' + err.message));

rx.on('message', (msg) => {
  const m = msg.toString();
  log.push('msg ' + m);
  if (m.startsWith('tick')) process.nextTick(() => log.push('tick after ' + m));
  if (m.startsWith('micro')) queueMicrotask(() => log.push('micro after ' + m));
  if (m.startsWith('promise')) Promise.resolve().then(() => log.push('then after ' + m));
  if (m.startsWith('chain')) {
    Promise.resolve().then(() => Promise.resolve()).then(() => log.push('chain after ' + m));
    process.nextTick(() => queueMicrotask(() => log.push('tick-micro after ' + m)));
  }
  if (m.startsWith('reject')) Promise.reject(new Error('r ' + m));
  if (m.startsWith('throw')) throw new Error('t ' + m);
  if (m.startsWith('immediate')) setImmediate(() => log.push('immediate after ' + m));
  if (m === 'end' + phase) next();
});

const bursts = [
  ['plain1', 'plain2', 'tick1', 'plain3', 'tick2', 'tick3'],
  ['micro1', 'micro2', 'plain4', 'promise1', 'promise2', 'chain1', 'chain2', 'plain5'],
  ['reject1', 'plain6', 'throw1', 'plain7', 'throw2', 'reject2', 'plain8'],
  ['immediate1', 'immediate2', 'plain9', 'plain10'],
];

function next() {
  // Let the last burst's immediates and ticks finish first.
  setTimeout(() => {
    if (phase > 0) {
      console.log(log.join('\n'));
      log.length = 0;
      console.log('--');
    }
    if (phase === bursts.length) {
      rx.close();
      tx.close();
      return;
    }
    const port = rx.address().port;
    const burst = bursts[phase].concat('end' + (phase + 1));
    phase++;
    // All in one go: they are queued on rx's socket together.
    for (const m of burst) tx.send(m, port, '127.0.0.1');
  }, 50);
}

rx.bind(0, '127.0.0.1', () => tx.bind(0, '127.0.0.1', next));
