// globalThis.Buffer deleted before anything read it: node's accessor,
// called later, does not bring the global back.
const db = Object.getOwnPropertyDescriptor(globalThis, 'Buffer');
delete globalThis.Buffer;
console.log(typeof db.get(), typeof globalThis.Buffer, 'Buffer' in globalThis);
db.set('x');
console.log(db.get(), typeof globalThis.Buffer, 'Buffer' in globalThis);
require('fs').readFile(__filename, (e, b) => console.log(b.constructor.name, typeof globalThis.Buffer));
