'use strict';
// A worker whose script replaced Object.keys, Object.create, the array and
// map iterators and accessors on Object.prototype still posts its messages
// (objects, arrays, maps, sets) and ends, and neither step calls them.
const { Worker, workerData, parentPort } = require('worker_threads');

if (!workerData) {
  const calls = new Int32Array(new SharedArrayBuffer(4));
  const w = new Worker(__filename, { workerData: { calls } });
  const got = [];
  w.on('message', (m) => {
    got.push(m);
    if (got.length === 5) {
      console.log(JSON.stringify(got.slice(0, 3)), [...got[3]], [...got[4]]);
    }
  });
  w.on('exit', (code) => console.log('exit', code, 'calls', calls[0]));
  return;
}

const { calls } = workerData;
function count() { calls[0]++; }
for (const property of ['_cache', 'lineLengths', 'url']) {
  Object.defineProperty(Object.prototype, property, { get: count, set: count });
}
const m = new Map([['a', 1]]);
const s = new Set([1, 2]);
Object.getPrototypeOf([][Symbol.iterator]()).next = count;
Object.getPrototypeOf(new Map().entries()).next = count;
Array.prototype[Symbol.iterator] = count;
Map.prototype[Symbol.iterator] = count;
Map.prototype.entries = count;
Set.prototype.values = count;
Object.keys = count;
Object.create = count;
Object.hasOwnProperty = count;
parentPort.postMessage('done');
parentPort.postMessage({ a: 1, b: [1, 2, { c: 'x' }] });
parentPort.postMessage([1, , 3]);
parentPort.postMessage(m);
parentPort.postMessage(s);
