'use strict';
const { pipeline, Readable, Transform, Writable } = require('stream');
const log = (s) => console.log(s);
const src = new Readable({ read() {} });
const mid = new Transform({ transform(c, e, cb) { cb(new Error('mid failed')); } });
const sink = new Writable({ write(c, e, cb) { cb(); } });
src.on('close', () => log('src close destroyed=' + src.destroyed));
mid.on('close', () => log('mid close'));
sink.on('close', () => log('sink close'));
pipeline(src, mid, sink, (err) => {
  log('callback ' + (err && err.message) + ' destroyed=' + [src.destroyed, mid.destroyed, sink.destroyed].join());
});
src.push('x');
const s2 = new Readable({ read() {} });
const k2 = new Writable({ write(c, e, cb) { cb(); } });
pipeline(s2, k2, (err) => log('premature ' + (err && err.code)));
setTimeout(() => s2.destroy(), 2);
