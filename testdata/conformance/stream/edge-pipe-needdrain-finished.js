'use strict';
const { Readable, Writable, Duplex, PassThrough, finished, pipeline } = require('stream');
const log = (s) => console.log(s);
// Steps run one after another, each a timer turn apart, so output order
// depends only on stream semantics.
const steps = [];
function step(fn) { steps.push(fn); }
function run() { const fn = steps.shift(); if (fn) { fn(); setTimeout(run, 1); } }

// pipe into a dest that already needs drain
const pending = [];
const w = new Writable({ highWaterMark: 1, write(c, e, cb) { log('w write ' + c); pending.push(cb); } });
const r = new Readable({ read() {} });
step(() => {
  w.write('pre');
  log('needDrain ' + w.writableNeedDrain);
  r.on('pause', () => log('r pause'));
  r.on('resume', () => log('r resume'));
  w.on('finish', () => log('w finish'));
  r.pipe(w);
  r.push('1');
  r.push('2');
});
step(() => { log('release'); pending.shift()(); });
step(() => { log('release'); pending.shift()(); });
step(() => { log('release'); pending.shift()(); r.push(null); });
step(() => { while (pending.length) pending.shift()(); });
step(() => log('w finished=' + w.writableFinished));

// source destroyed while piping: dest is not ended
const s2 = new Readable({ read() {} });
const d2 = new Writable({ write(c, e, cb) { log('d2 ' + c); cb(); } });
step(() => {
  d2.on('finish', () => log('d2 finish'));
  d2.on('unpipe', () => log('d2 unpipe'));
  s2.pipe(d2);
  s2.push('a');
});
step(() => { s2.destroy(); log('s2 destroyed'); });
step(() => log('d2 ended=' + d2.writableEnded + ' pipes=' + s2._readableState.pipes.length));

// finished on a duplex with allowHalfOpen false
step(() => {
  const dd = new Duplex({ allowHalfOpen: false, read() {}, write(c, e, cb) { cb(); } });
  finished(dd, (err) => log('dd finished ' + err));
  dd.push(null);
  dd.resume();
});

// finished() called after the error was emitted
const er = new Readable({ read() {} });
step(() => {
  er.on('error', () => log('er error'));
  er.destroy(new Error('x'));
});
step(() => finished(er, (err) => log('finished after error: ' + (err && err.message))));

// pipeline with an already destroyed source
step(() => {
  const a1 = new Readable({ read() {} });
  a1.destroy();
  pipeline(a1, new PassThrough(), (err) => log('pipeline destroyed src ' + (err && err.code)));
});
run();
