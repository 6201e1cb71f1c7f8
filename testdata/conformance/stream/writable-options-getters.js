'use strict';
const { Writable } = require('stream');
const log = (s) => console.log(s);
const w = new Writable({ write(c, e, cb) { cb(); } });
log(JSON.stringify({
  writable: w.writable, hwm: w.writableHighWaterMark, om: w.writableObjectMode, len: w.writableLength,
  ended: w.writableEnded, finished: w.writableFinished, corked: w.writableCorked, needDrain: w.writableNeedDrain,
  destroyed: w.destroyed, closed: w.closed, errored: w.errored, aborted: w.writableAborted,
}));
const o = new Writable({ objectMode: true, highWaterMark: 3, write(c, e, cb) { cb(); } });
log('objectMode hwm=' + o.writableHighWaterMark + ' om=' + o.writableObjectMode);
const d = new Writable({ write(c, e, cb) { log('_write ' + c.toString('hex') + ' ' + e); cb(); }, defaultEncoding: 'hex' });
d.write('ff00');
d.setDefaultEncoding('BASE64');
d.write('AQI=');
w.end();
log('after end writable=' + w.writable + ' ended=' + w.writableEnded);
w.on('finish', () => log('finish finished=' + w.writableFinished));
w.on('close', () => log('close closed=' + w.closed + ' destroyed=' + w.destroyed + ' aborted=' + w.writableAborted));
