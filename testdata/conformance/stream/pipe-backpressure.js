'use strict';
const { Readable, Writable } = require('stream');
const log = (s) => console.log(s);
let n = 0;
const src = new Readable({
  highWaterMark: 4,
  read() { log('_read ' + n); if (n < 6) this.push('ab'); else this.push(null); n++; },
});
const pending = [];
const dst = new Writable({
  highWaterMark: 3,
  write(c, e, cb) { log('_write ' + c + ' len=' + this.writableLength); pending.push(cb); },
});
src.on('pause', () => log('src pause'));
src.on('resume', () => log('src resume'));
src.on('end', () => log('src end'));
dst.on('drain', () => log('dst drain'));
dst.on('pipe', (s) => log('dst pipe same=' + (s === src)));
dst.on('unpipe', (s) => log('dst unpipe same=' + (s === src)));
dst.on('finish', () => log('dst finish'));
log('pipe returns dst ' + (src.pipe(dst) === dst));
function step() {
  const cb = pending.shift();
  if (!cb) { if (!dst.writableFinished) setTimeout(step, 1); return; }
  log('ack');
  cb();
  setTimeout(step, 1);
}
setTimeout(step, 1);
