'use strict';
const { Readable, Writable, PassThrough } = require('stream');
const log = (s) => console.log(s);
const steps = [];
function step(fn) { steps.push(fn); }
// A step calls next() when its output is complete.
function run() { const fn = steps.shift(); if (fn) fn(() => setTimeout(run, 1)); }
step((next) => {
  const r = new Readable({ read() {} });
  r.readableFlowing = false;
  r.on('data', (d) => log('data ' + d));
  r.push('a');
  log('flowing after data listener ' + r.readableFlowing + ' paused=' + r.isPaused());
  setTimeout(() => { log('len ' + r.readableLength); r.resume(); setTimeout(next, 1); }, 1);
});
step((next) => {
  const r = new Readable({ read() { throw new Error('read threw'); } });
  r.on('error', (e) => log('error ' + e.message));
  r.on('close', () => { log('close'); next(); });
  r.resume();
});
step((next) => {
  const w = new Writable({ write() { throw new Error('write threw'); } });
  try { w.write('x'); } catch (e) { log('write() threw ' + e.message + ' writing=' + w._writableState.writing); }
  next();
});
step((next) => {
  const src = new Readable({ read() {} });
  const dst = new PassThrough();
  dst.on('unpipe', () => log('unpipe on dest finish'));
  src.pipe(dst);
  dst.end();
  dst.resume();
  setTimeout(() => { log('src flowing ' + src.readableFlowing + ' pipes=' + src._readableState.pipes.length); next(); }, 1);
});
step((next) => {
  const r = new Readable({ read() {}, encoding: 'utf8' });
  r.push(Buffer.from([0xf0, 0x9f]));
  r.push(Buffer.from([0x98, 0x80, 0x41]));
  r.push(null);
  log('read all ' + JSON.stringify(r.read()) + ' encoding=' + r.readableEncoding);
  const r2 = new Readable({ read() {} });
  r2.setEncoding('utf16le');
  r2.push(Buffer.from([0x41]));
  r2.push(Buffer.from([0x00, 0x42]));
  r2.push(Buffer.from([0x00]));
  r2.push(null);
  let s = '';
  r2.on('data', (d) => { s += d; });
  r2.on('end', () => { log('utf16le ' + JSON.stringify(s)); next(); });
});
step((next) => {
  const w = new Writable({ highWaterMark: 3, write(c, e, cb) { setTimeout(cb, 1); } });
  w.write('abc');
  log('needDrain ' + w.writableNeedDrain + ' length ' + w.writableLength);
  w.end();
  log('needDrain after end ' + w.writableNeedDrain);
  w.on('drain', () => log('drain (should not happen after end)'));
  w.on('finish', () => { log('finish'); next(); });
});
run();
