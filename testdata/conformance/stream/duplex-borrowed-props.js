// Which Writable members a Duplex borrows: its enumerable methods and a fixed
// list of getters; other Writable getters (writableAborted) are not there.
const { Duplex, Writable, Transform, PassThrough } = require('stream');

console.log(Object.getOwnPropertyNames(Duplex.prototype).sort().join(' '));
const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
console.log('writableAborted' in d, d.writableAborted);
console.log(d.writable, d.writableLength, d.writableNeedDrain, d.writableCorked);
const w = new Writable({ write(c, e, cb) { cb(); } });
console.log('writableAborted' in w, w.writableAborted);
w.destroy();
console.log(w.writableAborted);
const t = new Transform({ transform(c, e, cb) { cb(null, c); } });
console.log(t.writableAborted, new PassThrough().writableAborted);
d.destroy();
console.log(d.writableAborted, d.readableAborted, d.destroyed);
