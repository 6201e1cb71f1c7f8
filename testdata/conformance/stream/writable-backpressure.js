'use strict';
const { Writable } = require('stream');
const log = (s) => console.log(s);
const pending = [];
const w = new Writable({
  highWaterMark: 6,
  write(c, e, cb) { log('_write ' + c + ' len=' + this.writableLength); pending.push(cb); },
});
w.on('drain', () => log('drain len=' + w.writableLength + ' needDrain=' + w.writableNeedDrain));
log('w1 ' + w.write('abc', () => log('cb1')));
log('w2 ' + w.write('de', () => log('cb2')));
log('w3 ' + w.write('f', () => log('cb3')) + ' needDrain=' + w.writableNeedDrain + ' len=' + w.writableLength + ' buffered=' + w.writableBuffer.length);
log('w4 ' + w.write('ghi'));
function flush() {
  const cb = pending.shift();
  if (!cb) { log('nothing pending'); objectPart(); return; }
  log('calling back');
  cb();
  setTimeout(flush, 1);
}
setTimeout(flush, 1);
function objectPart() {
  const o = new Writable({ objectMode: true, highWaterMark: 2, write(c, e, cb) { log('obj ' + JSON.stringify(c) + ' enc=' + e); setTimeout(cb, 1); } });
  log('o1 ' + o.write({ a: 1 }));
  log('o2 ' + o.write([2]));
  log('o3 ' + o.write(3) + ' len=' + o.writableLength);
  o.on('drain', () => log('o drain'));
}
