// Deleting globalThis.process or Buffer ends node's accessor: assigned again,
// it is a plain data property.
const show = (n) => Object.keys(Object.getOwnPropertyDescriptor(globalThis, n) || {}).join();
const p = process, B = Buffer;
delete globalThis.process; console.log(show('process'));
globalThis.process = p; console.log(show('process'));
delete globalThis.Buffer; globalThis.Buffer = 5; console.log(show('Buffer'), Buffer);
globalThis.Buffer = B;
console.log(typeof require('buffer').Buffer.from, process.pid > 0);
delete process; // sloppy unqualified delete of a global
console.log(show('process'));
globalThis.process = p;
