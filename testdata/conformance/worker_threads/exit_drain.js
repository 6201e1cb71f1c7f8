'use strict';
// What a worker posts just before it ends is emitted before its 'exit'
// (the parent drains the port first), however the two wake-ups are ordered.
const { Worker } = require('worker_threads');

const N = 40;
let exits = 0;
let lost = 0;
for (let i = 0; i < N; i++) {
  const w = new Worker(`
    const { parentPort } = require('worker_threads');
    parentPort.once('message', (m) => { parentPort.postMessage(m + 1); parentPort.postMessage('last'); });
  `, { eval: true });
  const got = [];
  w.on('message', (m) => got.push(m));
  w.on('exit', () => {
    if (got.length !== 2 || got[0] !== i + 1 || got[1] !== 'last') lost++;
    if (++exits === N) console.log('workers', N, 'with a message missing at exit:', lost);
  });
  w.postMessage(i);
}
