'use strict';
const { Writable } = require('stream');
const log = (s) => console.log(s);
const w = new Writable({
  write(c, e, cb) { log('_write ' + c + ' ' + e + ' isBuffer=' + (c instanceof Buffer)); cb(); },
  final(cb) { log('_final'); cb(); },
});
['prefinish', 'finish', 'close', 'drain'].forEach((ev) => w.on(ev, () => log('event ' + ev)));
w.on('error', (e) => log('error ' + e.code + ' ' + e.message));
log('write a ' + w.write('a', () => log('cb a')));
log('write b ' + w.write('b', 'utf8', () => log('cb b')));
w.end('c', () => log('end cb'));
log('ended=' + w.writableEnded + ' finished=' + w.writableFinished + ' writable=' + w.writable);
log('write after end ' + w.write('x', (err) => log('x cb ' + (err && err.code))));
process.nextTick(() => log('tick'));
setTimeout(() => log('timeout finished=' + w.writableFinished + ' destroyed=' + w.destroyed + ' closed=' + w.closed), 1);
