'use strict';
const sp = require('stream/promises');
const { Readable, Writable, Transform } = require('stream');
const log = (s) => console.log(s);
log('keys ' + Object.keys(sp).sort().join());
(async () => {
  const out = [];
  await sp.pipeline(Readable.from(['a', 'b']), new Transform({ objectMode: true, transform(c, e, cb) { cb(null, c + c); } }),
    new Writable({ objectMode: true, write(c, e, cb) { out.push(c); cb(); } }));
  log('pipeline resolved ' + out.join(','));
  try {
    await sp.pipeline(new Readable({ read() { this.destroy(new Error('src failed')); } }), new Writable({ write(c, e, cb) { cb(); } }));
  } catch (e) {
    log('pipeline rejected ' + e.message);
  }
  const w = new Writable({ write(c, e, cb) { setTimeout(cb, 1); } });
  w.end('x');
  await sp.finished(w);
  log('finished resolved ' + w.writableFinished);
  const r = new Readable({ read() {} });
  setTimeout(() => r.destroy(new Error('died')), 1);
  try { await sp.finished(r); } catch (e) { log('finished rejected ' + e.message); }
  const val = await sp.pipeline(Readable.from([1, 2, 3]), async (src) => {
    const it = src[Symbol.asyncIterator || Symbol.for('Symbol.asyncIterator')]();
    let s = 0;
    for (;;) { const { value, done } = await it.next(); if (done) break; s += value; }
    return s;
  });
  log('pipeline value ' + val);
})();
