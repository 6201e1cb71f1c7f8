'use strict';
// write() return value and 'drain' with a zero or small highWaterMark.
const { Writable } = require('stream');
for (const hwm of [0, 1, 2]) for (const chunk of ['ab', 'a']) {
  const w = new Writable({ highWaterMark: hwm, write(c, e, cb) { cb(); } });
  w.on('drain', () => console.log('drain?!', hwm, chunk));
  console.log('sync hwm=' + hwm, 'chunk=' + chunk, 'ret1=' + w.write(chunk), 'ret2=' + w.write(chunk), 'needDrain=' + w.writableNeedDrain);
}
const o = new Writable({ objectMode: true, highWaterMark: 0, write(c, e, cb) { cb(); } });
console.log('objectMode hwm0 sync', o.write({}));
const a = new Writable({ highWaterMark: 0, write(c, e, cb) { setImmediate(cb); } });
a.on('drain', () => console.log('async hwm0 drain'));
console.log('async hwm0', a.write('x'), a.writableNeedDrain);
