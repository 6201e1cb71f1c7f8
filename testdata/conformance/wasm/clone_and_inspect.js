// A WebAssembly.Module through structuredClone and a worker's postMessage
// (the receiver compiles the binary again), and what util.inspect and
// property descriptors show of the API's objects (V8's: no own
// properties, enumerable WebIDL members).
'use strict';
const { Worker } = require('worker_threads');
const leb = (n) => { const out = []; do { let b = n & 0x7f; n >>>= 7; if (n) b |= 0x80; out.push(b); } while (n); return out; };
const str = (s) => [...leb(s.length), ...Buffer.from(s)];
const vec = (items) => [...leb(items.length), ...items.flat()];
const section = (id, body) => [id, ...leb(body.length), ...body];
const body = (code) => { const b = [0, ...code, 0x0b]; return [...leb(b.length), ...b]; };
const bin = Uint8Array.from([
  0, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
  ...section(1, vec([[0x60, ...vec([0x7f, 0x7f]), ...vec([0x7f])]])),
  ...section(3, vec([[0]])),
  ...section(7, vec([[...str('add'), 0, 0]])),
  ...section(10, vec([body([0x20, 0, 0x20, 1, 0x6a])])),
]);

const mod = new WebAssembly.Module(bin);
const inst = new WebAssembly.Instance(mod);
console.log(mod, inst, new WebAssembly.Memory({ initial: 1 }), new WebAssembly.Global({ value: 'i32' }, 5));
console.log(Object.getOwnPropertyNames(inst), Object.keys(inst.exports));
for (const [name, target] of [['Module', WebAssembly.Module], ['Instance.prototype', WebAssembly.Instance.prototype],
  ['Memory.prototype', WebAssembly.Memory.prototype], ['Global.prototype', WebAssembly.Global.prototype]]) {
  const d = Object.getOwnPropertyDescriptors(target);
  console.log(name, Object.keys(d).filter((k) => d[k].enumerable).sort());
}
try {
  Reflect.get(WebAssembly.Instance.prototype, 'exports');
} catch (e) {
  console.log(e.name, e.message);
}

const copy = structuredClone(mod);
console.log('clone', copy === mod, copy instanceof WebAssembly.Module, WebAssembly.Module.exports(copy),
  new WebAssembly.Instance(copy).exports.add(2, 3));
try {
  structuredClone({ mod }, { transfer: [mod] });
} catch (e) {
  console.log(e.name, e.message);
}

const worker = new Worker(`
const { parentPort } = require('worker_threads');
parentPort.once('message', ({ mod }) => {
  parentPort.postMessage(new WebAssembly.Instance(mod).exports.add(10, 20));
});
`, { eval: true });
worker.once('message', (n) => {
  console.log('worker answered', n);
  worker.terminate();
});
worker.postMessage({ mod });
