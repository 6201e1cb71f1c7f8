// A script's own definition of globalThis.process or Buffer replaces node's
// accessor: its descriptor then shows what the script defined.
const d = Object.getOwnPropertyDescriptor(globalThis, 'process');
console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable, d.get() === process, d.get.name, d.set.name);
const b = Object.getOwnPropertyDescriptor(globalThis, 'Buffer');
console.log(typeof b.get, b.get() === Buffer);
const real = process;
d.set.call(globalThis, 5);
console.log(globalThis.process, Object.getOwnPropertyDescriptor(globalThis, 'process'));
globalThis.process = real;
Object.defineProperty(globalThis, 'Buffer', { value: 7, writable: true, configurable: true });
console.log(Object.getOwnPropertyDescriptor(globalThis, 'Buffer'), Buffer);
console.log(Object.keys(Object.getOwnPropertyDescriptors(globalThis)).includes('process'));
console.log(Object.getOwnPropertyDescriptor(globalThis, 'URL').writable, typeof Object.getOwnPropertyDescriptor(globalThis, 'fetch').value);
const show = (n) => { const d = Object.getOwnPropertyDescriptor(globalThis, n); return d && Object.keys(d).join(',') + ' ' + d.enumerable; };
console.log(show('Buffer'), typeof Buffer, show('Buffer'));
globalThis.Buffer = 3; console.log(show('Buffer'), Buffer);
Object.defineProperties(globalThis, { process: { value: 1, writable: true, configurable: true } });
console.log(show('process'));
Reflect.defineProperty(globalThis, 'Buffer', { value: 2, writable: true, configurable: true });
console.log(show('Buffer'), Buffer);
