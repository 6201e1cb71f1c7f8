'use strict';
// async_hooks sees a Worker as a WORKER resource and each MessagePort as a
// MESSAGEPORT resource (the port itself); their hasRef() follows ref/unref.
const { Worker, MessageChannel } = require('worker_threads');
const { createHook } = require('async_hooks');
const util = require('util');

const seen = [];
const hook = createHook({
  init(id, type, trigger, resource) {
    if (type === 'WORKER' || type === 'MESSAGEPORT') {
      seen.push({ id, type, resource, inspected: type === 'MESSAGEPORT' ? util.inspect(resource) : '' });
    }
  },
  destroy(id) {
    const s = seen.find((x) => x.id === id);
    if (s && s.type === 'MESSAGEPORT' && !workerPhase) console.log('destroy', s.type);
  },
}).enable();

let workerPhase = false;
// node makes internal ports for a worker too: only whether one is ref'd counts.
const workerRefs = () => {
  const w = seen.find((s) => s.type === 'WORKER');
  const ports = seen.filter((s) => s.type === 'MESSAGEPORT').some((s) => s.resource.hasRef());
  return `WORKER:${w.resource.hasRef()} some port ref'd:${ports}`;
};
const refs = () => seen.map((s) => `${s.type}:${s.resource.hasRef()}`).join(' ');

const { port1, port2 } = new MessageChannel();
console.log(seen.length, seen[0].resource === port1, seen[1].resource === port2);
console.log(seen[0].inspected);
console.log(refs());
port1.on('message', (m) => {
  console.log('message', m, refs());
  port1.close();
});
console.log(refs());
port2.postMessage('hi');
port1.on('close', () => {
  console.log('closed', refs());
  seen.length = 0;
  workerPhase = true;
  const w = new Worker('require("worker_threads").parentPort.postMessage(1)', { eval: true });
  console.log(workerRefs());
  w.unref();
  console.log(workerRefs());
  w.ref();
  console.log(workerRefs());
  w.on('message', (m) => console.log('from worker', m));
  w.on('exit', (code) => {
    console.log('exit', code, workerRefs());
    setTimeout(() => {
      console.log('later', workerRefs());
      setImmediate(() => hook.disable());
    }, 1);
  });
});
