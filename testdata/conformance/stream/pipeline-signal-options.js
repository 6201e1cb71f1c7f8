'use strict';
const { Readable, Writable, PassThrough, finished, pipeline } = require('stream');
const sp = require('stream/promises');
const log = (s) => console.log(s);
(async () => {
  const ac = new AbortController();
  const src = new Readable({ read() {} });
  const dst = new Writable({ write(c, e, cb) { cb(); } });
  src.on('close', () => log('src close'));
  dst.on('close', () => log('dst close'));
  setTimeout(() => ac.abort(), 1);
  try {
    await sp.pipeline(src, dst, { signal: ac.signal });
  } catch (e) {
    log('aborted pipeline ' + e.name + ' ' + e.code);
  }
  const out = new PassThrough();
  await sp.pipeline(Readable.from(['a', 'b']), out, { end: false });
  log('end:false writableEnded=' + out.writableEnded);
  const w = new Writable({ write(c, e, cb) { cb(new Error('werr')); } });
  w.on('error', () => log('w error listener'));
  finished(w, { error: false }, (err) => log('finished error:false err=' + (err && err.message)));
  w.write('x');
  await new Promise((r) => setTimeout(r, 2));
  const r2 = new Readable({ read() {} });
  const p = sp.finished(r2, { signal: AbortSignal.abort() });
  try { await p; } catch (e) { log('finished with aborted signal ' + e.name); }
  await new Promise((res) => {
    const a = new PassThrough();
    const b = new PassThrough();
    pipeline(a, b, (err) => { log('cb err ' + (err && err.code)); res(); });
    b.destroy();
  });
  await new Promise((res) => {
    const a = new PassThrough();
    const b = new Writable({ write(c, e, cb) { setTimeout(cb, 1); } });
    pipeline(a, b, (err) => { log('pipeline ok err=' + err + ' finished=' + b.writableFinished); res(); });
    a.end('data');
  });
  try { pipeline(new PassThrough(), 5, () => {}); } catch (e) { log('bad stage ' + e.code); }
})();
