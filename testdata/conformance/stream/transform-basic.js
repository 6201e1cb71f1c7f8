'use strict';
const { Transform } = require('stream');
const log = (s) => console.log(s);
const t = new Transform({
  transform(chunk, enc, cb) { log('_transform ' + chunk + ' ' + enc); cb(null, chunk.toString().toUpperCase()); },
  flush(cb) { log('_flush'); cb(null, 'TAIL'); },
});
['end', 'finish', 'prefinish', 'close'].forEach((ev) => t.on(ev, () => log('event ' + ev)));
t.on('data', (d) => log('data ' + d));
t.write('a', () => log('cb a'));
t.write('b');
t.end('c', () => log('end cb'));
log('sync done');
const t2 = new Transform({
  transform(chunk, enc, cb) { this.push('[' + chunk); this.push(chunk + ']'); cb(); },
});
const out = [];
t2.on('data', (d) => out.push(d.toString()));
t2.on('end', () => log('t2 ' + out.join('')));
t2.end('z');
const t3 = new Transform({
  transform(chunk, enc, cb) { cb(new Error('transform failed')); },
});
t3.on('error', (e) => log('t3 error ' + e.message));
t3.on('close', () => log('t3 close'));
t3.write('q', (err) => log('t3 write cb ' + (err && err.message)));
const t4 = new Transform({ transform(c, e, cb) { cb(null, c); }, flush(cb) { cb(new Error('flush failed')); } });
t4.on('error', (e) => log('t4 error ' + e.message));
t4.on('finish', () => log('t4 finish'));
t4.resume();
t4.end('w');
