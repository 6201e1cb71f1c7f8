// globalThis.Buffer redefined before anything read it: node's accessor,
// called later, keeps a variable of its own and leaves the script's
// property alone.
const db = Object.getOwnPropertyDescriptor(globalThis, 'Buffer');
Object.defineProperty(globalThis, 'Buffer', { value: 1, writable: true, configurable: true });
console.log(typeof db.get(), globalThis.Buffer, db.get() === db.get());
db.set(2);
console.log(globalThis.Buffer, db.get() === 2);
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(globalThis, 'Buffer')));
require('fs').readFile(__filename, (e, b) => console.log(b.constructor.name, globalThis.Buffer, db.get()));
