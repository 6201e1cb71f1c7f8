'use strict';
const { Readable, PassThrough, Writable } = require('stream');
const sp = require('stream/promises');
const src = new Readable({ read() {} });
const out = new PassThrough();
src.on('end', () => console.log('src end'));
src.on('close', () => console.log('src close'));
sp.pipeline(src, out, { end: false }).then(() => {
  console.log('resolved');
  setTimeout(() => { out2.destroy(new Error('dst broke')); }, 1);
});
setTimeout(() => { src.push('x'); src.push(null); console.log('pushed null'); }, 5);
const src2 = new Readable({ read() {} });
const out2 = new Writable({ write(c, e, cb) { cb(); } });
sp.pipeline(src2, out2, { end: false }).then(() => console.log('2 resolved'), (e) => console.log('2 rejected ' + e.message));
