// The WebAssembly JS API on a module assembled here: exports, imports,
// memory, globals, i64 as BigInt, traps, errors, and the async forms.
'use strict';
const leb = (n) => { const out = []; do { let b = n & 0x7f; n >>>= 7; if (n) b |= 0x80; out.push(b); } while (n); return out; };
const str = (s) => [...leb(s.length), ...Buffer.from(s)];
const vec = (items) => [...leb(items.length), ...items.flat()];
const section = (id, body) => [id, ...leb(body.length), ...body];
const I32 = 0x7f, I64 = 0x7e, F64 = 0x7c;
const types = [
  [0x60, ...vec([I32, I32]), ...vec([I32])], // 0: (i32, i32) -> i32
  [0x60, ...vec([I64, I64]), ...vec([I64])], // 1: (i64, i64) -> i64
  [0x60, ...vec([]), ...vec([])],            // 2: () -> ()
  [0x60, ...vec([I32]), ...vec([I32])],      // 3: (i32) -> i32
  [0x60, ...vec([F64]), ...vec([F64])],      // 4: (f64) -> f64
];
const body = (code) => { const b = [0, ...code, 0x0b]; return [...leb(b.length), ...b]; };
const bin = Uint8Array.from([
  0, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
  ...section(1, vec(types)),
  ...section(2, vec([[...str('env'), ...str('log'), 0, 3], [...str('env'), ...str('boom'), 0, 2]])),
  // functions 2..8 (0 and 1 are the imports)
  ...section(3, vec([[0], [1], [2], [0], [3], [4], [0]])),
  ...section(5, vec([[0, 1]])), // memory: 1 page
  ...section(6, vec([[I32, 1, 0x41, 42, 0x0b]])), // mutable i32 global = 42
  ...section(7, vec([
    [...str('add'), 0, 2], [...str('add64'), 0, 3], [...str('trap'), 0, 4], [...str('div'), 0, 5],
    [...str('callLog'), 0, 6], [...str('sqrt'), 0, 7], [...str('callBoom'), 0, 8],
    [...str('mem'), 2, 0], [...str('counter'), 3, 0],
  ])),
  ...section(10, vec([
    body([0x20, 0, 0x20, 1, 0x6a]),         // add: local.get 0, local.get 1, i32.add
    body([0x20, 0, 0x20, 1, 0x7c]),         // add64: i64.add
    body([0x00]),                           // trap: unreachable
    body([0x20, 0, 0x20, 1, 0x6d]),         // div: i32.div_s
    body([0x20, 0, 0x10, 0, 0x41, 1, 0x6a]), // callLog: call log(x) + 1
    body([0x20, 0, 0x9f]),                  // sqrt: f64.sqrt
    body([0x10, 1, 0x41, 7]),               // callBoom: call boom, i32.const 7
  ])),
  ...section(0, [...str('note'), ...Buffer.from('hello')]),
]);

console.log(typeof WebAssembly, Object.prototype.toString.call(WebAssembly), Object.keys(WebAssembly));
console.log(WebAssembly.validate(bin), WebAssembly.validate(new Uint8Array([0, 1, 2, 3])));
const mod = new WebAssembly.Module(bin);
console.log(WebAssembly.Module.imports(mod), WebAssembly.Module.exports(mod));
console.log(WebAssembly.Module.customSections(mod, 'note').map((b) => Buffer.from(b).toString()));
const seen = [];
const inst = new WebAssembly.Instance(mod, { env: { log: (x) => { seen.push(x); return x * 2; }, boom() { throw new Error('from js'); } } });
const e = inst.exports;
console.log(Object.keys(e), Object.isFrozen(e), Object.getPrototypeOf(e));
console.log(e.add(2, 3), e.add(0x7fffffff, 1), e.add('4', 1.9), e.add.name, e.add.length, typeof e.add);
console.log(e.add64(2n ** 63n - 1n, 1n), e.sqrt(2), e.callLog(20), seen);
try { e.add64(1, 2); } catch (err) { console.log(err.name, err.message); }
for (const f of [() => e.trap(), () => e.div(1, 0), () => e.div(-2147483648, -1), () => e.callBoom()]) {
  try { f(); } catch (err) { console.log(err.constructor.name, err instanceof WebAssembly.RuntimeError, err.message); }
}
console.log(e.mem instanceof WebAssembly.Memory, e.mem.buffer.byteLength, e.mem.buffer === e.mem.buffer);
const view = new Uint8Array(e.mem.buffer);
view[10] = 99;
const old = e.mem.buffer;
console.log(e.mem.grow(2), old.byteLength, e.mem.buffer.byteLength, new Uint8Array(e.mem.buffer)[10]);
console.log(e.counter instanceof WebAssembly.Global, e.counter.value, (e.counter.value = 7, e.counter.value), e.counter.valueOf());
const m2 = new WebAssembly.Memory({ initial: 1, maximum: 2 });
console.log(m2.buffer.byteLength, m2.grow(1), m2.buffer.byteLength);
try { m2.grow(1); } catch (err) { console.log(err.name, err.message); }
const g = new WebAssembly.Global({ value: 'i64', mutable: false }, 5n);
console.log(g.value, String(g));
try { g.value = 1n; } catch (err) { console.log(err.name, err.message); }
for (const f of [
  () => new WebAssembly.Module(new Uint8Array([1, 2, 3, 4])),
  () => new WebAssembly.Module('nope'),
  () => WebAssembly.Module(bin),
  () => new WebAssembly.Instance(mod),
  () => new WebAssembly.Instance(mod, { env: 1 }),
  () => new WebAssembly.Instance(mod, { env: { log: 1 } }),
  () => new WebAssembly.Memory({}),
  () => new WebAssembly.Memory({ initial: 70000 }),
]) {
  try { f(); console.log('no error'); } catch (err) { console.log(err.name, err instanceof WebAssembly.CompileError, err instanceof WebAssembly.LinkError); }
}
(async () => {
  const { module, instance } = await WebAssembly.instantiate(bin, { env: { log: (x) => x, boom() {} } });
  console.log(module instanceof WebAssembly.Module, instance.exports.add(40, 2), instance.exports.callBoom());
  const inst2 = await WebAssembly.instantiate(module, { env: { log: (x) => -x, boom() {} } });
  console.log(inst2 instanceof WebAssembly.Instance, inst2.exports.callLog(5));
  const m3 = await WebAssembly.compile(bin.buffer);
  console.log(m3 instanceof WebAssembly.Module);
  await WebAssembly.compile(new Uint8Array(8)).catch((err) => console.log('rejected', err.name));
  await WebAssembly.instantiate(42).catch((err) => console.log('rejected', err.name, err.message));
})();
