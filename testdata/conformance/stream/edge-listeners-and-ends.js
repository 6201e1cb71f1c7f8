'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough } = require('stream');
const log = (s) => console.log(s);
// readable + data listeners together
const r = new Readable({ read() {} });
r.on('data', (d) => log('data ' + d));
r.on('readable', () => { log('readable'); let c; while ((c = r.read()) !== null) log('read ' + c); });
r.push('a');
process.nextTick(() => { r.push('b'); log('flowing ' + r.readableFlowing); });
setTimeout(() => {
  r.removeAllListeners('readable');
  log('removed readable; flowing=' + r.readableFlowing);
  r.push('c');
  process.nextTick(() => { log('after tick flowing=' + r.readableFlowing); r.push('d'); r.push(null); });
}, 2);
r.on('end', () => log('end'));
// destroy while flowing: close but no end
const r2 = new Readable({ read() { this.push('x'); } });
let cnt = 0;
r2.on('data', () => { if (++cnt === 3) r2.destroy(); });
r2.on('end', () => log('r2 end'));
r2.on('close', () => log('r2 close cnt=' + cnt));
// destroy in _read
const r3 = new Readable({ read() { this.destroy(new Error('in read')); } });
r3.on('error', (e) => log('r3 error ' + e.message));
r3.on('close', () => log('r3 close'));
r3.resume();
// end after destroy
const w = new Writable({ write(c, e, cb) { cb(); } });
w.destroy();
w.end((err) => log('end after destroy ' + (err && err.code)));
w.on('error', (e) => log('w error ' + e.code));
// end twice
const w2 = new Writable({ write(c, e, cb) { cb(); } });
w2.end();
w2.end((err) => log('second end cb ' + (err && err.code)));
w2.on('error', (e) => log('w2 error ' + e.code));
w2.on('finish', () => log('w2 finish'));
// write inside finish
const w3 = new Writable({ write(c, e, cb) { cb(); } });
w3.on('finish', () => { w3.write('x', (err) => log('write in finish cb ' + (err && err.code))); });
w3.on('error', (e) => log('w3 error ' + e.code));
w3.end();
