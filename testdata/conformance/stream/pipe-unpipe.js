'use strict';
const { Readable, Writable, PassThrough } = require('stream');
const log = (s) => console.log(s);
const src = new Readable({ read() {} });
const a = new Writable({ write(c, e, cb) { log('a ' + c); cb(); } });
const b = new Writable({ write(c, e, cb) { log('b ' + c); cb(); } });
['pipe', 'unpipe', 'finish'].forEach((ev) => { a.on(ev, () => log('a ' + ev)); b.on(ev, () => log('b ' + ev)); });
src.on('pause', () => log('src pause'));
src.on('resume', () => log('src resume'));
src.pipe(a);
src.pipe(b, { end: false });
log('pipes ' + src._readableState.pipes.length);
src.push('1');
setTimeout(() => {
  src.unpipe(a);
  log('after unpipe(a) flowing=' + src.readableFlowing);
  src.push('2');
  setTimeout(() => {
    src.unpipe();
    log('after unpipe() flowing=' + src.readableFlowing + ' pipes=' + src._readableState.pipes.length);
    src.push('3');
    src.push(null);
    setTimeout(() => {
      log('b ended=' + b.writableEnded + ' a ended=' + a.writableEnded + ' src len=' + src.readableLength);
      const p = new PassThrough();
      const c = new Writable({ write(ch, e, cb) { log('c ' + ch); cb(); } });
      c.on('finish', () => log('c finish'));
      p.end('late');
      p.on('end', () => { log('p end'); setTimeout(() => p.pipe(c), 1); });
      p.resume();
    }, 2);
  }, 2);
}, 2);
