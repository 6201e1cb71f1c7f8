'use strict';
// write() returns true when the write completed synchronously below the highWaterMark.
const { Writable, Duplex, Transform } = require('stream');
const w = new Writable({ highWaterMark: 1, write(c, e, cb) { cb(); } });
console.log('writable sync cb', w.write('p5'), w.writableNeedDrain);
const d = new Duplex({ highWaterMark: 1, read() {}, write(c, e, cb) { cb(); } });
console.log('duplex sync cb', d.write('p5'));
const t = new Transform({ highWaterMark: 1, transform(c, e, cb) { cb(); } });
console.log('transform no push', t.write('p5'));
const t2 = new Transform({ highWaterMark: 1, transform(c, e, cb) { cb(null, c); } });
console.log('transform push (not flowing)', t2.write('p5'), t2.readableLength);
const t3 = new Transform({ highWaterMark: 1, transform(c, e, cb) { cb(null, c); } });
t3.on('data', () => {});
process.nextTick(() => console.log('transform push flowing', t3.write('p5'), t3.readableLength));
const t4 = new Transform({ highWaterMark: 1, transform(c, e, cb) { this.push(c); cb(); } });
t4.on('data', () => {});
process.nextTick(() => console.log('transform this.push flowing', t4.write('p5'), t4.readableLength));
const { PassThrough } = require("stream");
for (const hwm of [1, 2, 16]) {
  const t = new PassThrough({ highWaterMark: hwm });
  const sink = new Writable({ highWaterMark: 0, write(c, e, cb) { console.log('sink write'); cb(); } });
  t.pipe(sink);
  process.nextTick(() => {
    t.on('drain', () => console.log(hwm, 'T drain'));
    console.log(hwm, 'write ret', t.write('p5'), t.writableLength, t.readableLength, t.writableNeedDrain);
  });
}
