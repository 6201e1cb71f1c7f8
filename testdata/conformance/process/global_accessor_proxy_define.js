// A definition of globalThis.process or Buffer through a Proxy of
// globalThis applies to node's accessor as a direct one does.
const D = (d) => d && JSON.stringify(d, (k, v) => typeof v === 'function' ? 'fn' : v === undefined ? 'undef' : (k && typeof v === 'object') ? 'obj' : v);
const p = process;
const d = Object.getOwnPropertyDescriptor(globalThis, 'process');
Object.defineProperty(new Proxy(globalThis, {}), 'process', { value: 1 });
p.stdout.write(`${D(Object.getOwnPropertyDescriptor(globalThis, 'process'))} ${typeof d.get()} ${globalThis.process}\n`);
Buffer.alloc(1);
const b = Object.getOwnPropertyDescriptor(globalThis, 'Buffer');
console.log(Reflect.defineProperty(new Proxy(globalThis, {}), 'Buffer', { get() { return 'mine'; } }));
console.log(D(Object.getOwnPropertyDescriptor(globalThis, 'Buffer')), typeof b.get(), globalThis.Buffer, b.set === Object.getOwnPropertyDescriptor(globalThis, 'Buffer').set);
b.set(3);
console.log(b.get(), globalThis.Buffer);
