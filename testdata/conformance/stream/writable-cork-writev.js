'use strict';
const { Writable } = require('stream');
const log = (s) => console.log(s);
const w = new Writable({
  write(c, e, cb) { log('_write ' + c); cb(); },
  writev(chunks, cb) { log('_writev ' + chunks.map((x) => x.chunk + ':' + x.encoding).join(',') + ' allBuffers=' + chunks.allBuffers); cb(); },
});
w.cork();
w.write('a', () => log('cb a'));
w.write('b', () => log('cb b'));
w.cork();
w.write('c');
log('corked=' + w.writableCorked + ' len=' + w.writableLength);
w.uncork();
log('after 1 uncork corked=' + w.writableCorked);
w.uncork();
log('after 2 uncork corked=' + w.writableCorked);
process.nextTick(() => {
  w.cork();
  w.write('d');
  w.write('e');
  process.nextTick(() => w.uncork());
  w.end('f', () => log('end cb'));
});
w.on('finish', () => log('finish'));
const ws = new Writable({ decodeStrings: false, write(c, e, cb) { log('ws _write ' + typeof c + ' ' + e); cb(); }, writev(chunks, cb) { log('ws _writev ' + chunks.map((x) => typeof x.chunk + ':' + x.encoding).join(',') + ' allBuffers=' + chunks.allBuffers); cb(); } });
ws.cork();
ws.write('s1', 'latin1');
ws.write(Buffer.from('b'));
ws.write('s2');
ws.uncork();
