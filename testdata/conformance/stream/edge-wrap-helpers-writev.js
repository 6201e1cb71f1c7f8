'use strict';
const stream = require('stream');
const { Readable, Writable, PassThrough, finished } = stream;
const EE = require('events');
const log = (s) => console.log(s);
const steps = [];
function step(fn) { steps.push(fn); }
function run() { const fn = steps.shift(); if (fn) { fn(); setTimeout(run, 2); } }

step(() => {
  const old = new EE();
  old.pause = () => log('old pause');
  old.resume = () => log('old resume');
  const r = new Readable({ highWaterMark: 2 }).wrap(old);
  r.on('data', (d) => log('wrapped data ' + d));
  r.on('end', () => log('wrapped end'));
  old.emit('data', Buffer.from('abc'));
  old.emit('data', Buffer.from('def'));
  old.emit('end');
});
step(() => {
  const r = new Readable({ read() {} });
  log('helpers before ' + [stream.isReadable(r), stream.isErrored(r), stream.isDisturbed(r), stream.isDestroyed(r)].join());
  r.push('x');
  r.read();
  log('disturbed after read ' + stream.isDisturbed(r) + ' didRead=' + r.readableDidRead);
  r.on('error', () => {});
  r.destroy(new Error('e'));
  log('helpers after ' + [stream.isReadable(r), stream.isErrored(r), stream.isDestroyed(r), r.readableAborted].join());
  const w = new Writable({ write(c, e, cb) { cb(); } });
  log('isWritable ' + stream.isWritable(w));
  w.end();
  log('isWritable after end ' + stream.isWritable(w));
});
step(() => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('error', (e) => log('pipe from writable: ' + e.code + ' ' + e.message));
  w.pipe(new PassThrough());
});
step(() => {
  const legacy = new EE();
  legacy.readable = true;
  legacy.pipe = () => {};
  finished(legacy, (err) => log('legacy finished ' + (err ? err.code : 'ok')));
  legacy.emit('end');
});
step(() => {
  const kIt = Symbol.asyncIterator || Symbol.for('Symbol.asyncIterator');
  let returned = false;
  const src = { [kIt]() { let i = 0; return { next() { return Promise.resolve({ value: i++, done: false }); }, return() { returned = true; log('iterator return called'); return Promise.resolve({ done: true }); } }; } };
  const r = Readable.from(src);
  r.on('data', (d) => { if (d === 2) r.destroy(); });
  r.on('close', () => log('from closed returned=' + returned));
});
step(() => {
  const r = new Readable({ read() {} });
  r.setEncoding('utf8');
  r.push(Buffer.from([0xe2, 0x82]));
  r.unshift('pre-');
  r.push(Buffer.from([0xac]));
  r.push(null);
  let out = '';
  r.on('data', (d) => { out += d; });
  r.on('end', () => log('unshift+decoder ' + JSON.stringify(out)));
});
step(() => {
  const w = new Writable({ autoDestroy: false, write(c, e, cb) { cb(new Error('fail')); } });
  w.on('error', (e) => log('noAutoDestroy error ' + e.message + ' destroyed=' + w.destroyed + ' errored=' + (w.errored && w.errored.message)));
  w.write('a', (err) => log('cb err ' + (err && err.message)));
  w.write('b', (err) => log('cb2 err ' + (err && err.code)));
  w.end((err) => log('end err ' + (err && err.message)));
});
step(() => {
  const o = new Readable({ objectMode: true, read() {} });
  o.push('a'); o.push('b'); o.push('c');
  log('objectMode read(2)=' + o.read(2) + ' read(0)=' + o.read(0) + ' read()=' + o.read() + ' len=' + o.readableLength);
});
step(() => {
  const w = new Writable({
    writev(chunks, cb) { log('writev ' + chunks.length); setTimeout(() => cb(new Error('writev failed')), 1); },
  });
  w.on('error', (e) => log('writev error ' + e.message));
  w.on('close', () => log('writev close'));
  w.cork();
  w.write('1', (err) => log('cb1 ' + (err && err.message)));
  w.write('2', (err) => log('cb2 ' + (err && err.message)));
  w.uncork();
  w.write('3', (err) => log('cb3 ' + (err && err.code)));
});
run();
