'use strict';
// Differential fuzz scenarios with fixed seeds: Readable piped (optionally through a PassThrough) into a Writable.
// Random operation sequences (deterministic PRNG); every event and return
// value is logged. Scenarios run one after another.
const { Readable, Writable, Duplex, Transform, PassThrough } = require('stream');
const { rnd, L, errStr, settle, loop, runSeeds } = require('./lib/fuzz');
function runScenario(done) {
  function watch(name, s) {
    ['data', 'end', 'finish', 'close', 'error', 'drain', 'pause', 'resume', 'readable', 'prefinish', 'pipe', 'unpipe'].forEach((ev) => {
      if (ev === 'data' || ev === 'readable') return;
      s.on(ev, (x) => L(name + ' ' + ev + (ev === 'error' ? ' ' + errStr(x) : '')));
    });
  }
  function mkReadable(name) {
    const opts = { highWaterMark: [0, 1, 4, 16][rnd(4)], objectMode: rnd(4) === 0 };
    if (rnd(3) === 0) opts.autoDestroy = false;
    if (rnd(4) === 0) opts.emitClose = false;
    let n = 0;
    const mode = rnd(3);
    opts.read = function () {
      L(name + ' _read');
      if (mode === 0 && n < 5) this.push('r' + n++);
      else if (mode === 0) this.push(null);
      else if (mode === 1 && n < 5) { const k = n++; (rnd(2) ? setImmediate : process.nextTick)(() => this.push(k < 4 ? "a" + k : null)); }
    };
    const r = new Readable(opts);
    watch(name, r);
    return r;
  }
  function mkWritable(name) {
    const opts = { highWaterMark: [0, 1, 3, 16][rnd(4)], objectMode: rnd(4) === 0 };
    if (rnd(3) === 0) opts.autoDestroy = false;
    const asyncW = rnd(2) === 0;
    const failAt = rnd(6) === 0 ? rnd(4) : -1;
    let k = 0;
    opts.write = function (c, e, cb) {
      const i = k++;
      L(name + ' _write ' + String(c));
      const err = i === failAt ? new Error('wfail') : null;
      if (asyncW) (rnd(2) ? setImmediate : process.nextTick)(() => cb(err)); else cb(err);
    };
    if (rnd(2) === 0) opts.final = function (cb) { L(name + ' _final'); if (rnd(2)) cb(); else setImmediate(cb); };
    if (rnd(3) === 0) opts.writev = function (chunks, cb) { L(name + ' _writev ' + chunks.length); cb(); };
    const w = new Writable(opts);
    watch(name, w);
    return w;
  }
  function step(ops) {
    const op = ops[rnd(ops.length)];
    op();
  }
  const r = mkReadable('R');
  const w = mkWritable('W');
  const t = rnd(2) ? new PassThrough({ highWaterMark: [1, 2, 16][rnd(3)] }) : null;
  if (t) watch('T', t);
  let dataOn = false;
  const ops = [
    () => { L('op push'); try { L('push ret ' + r.push('p' + rnd(9))); } catch (e) { L('push threw ' + errStr(e)); } },
    () => { L('op push null'); r.push(null); },
    () => { L('op read'); const c = r.read(); L('read ret ' + (c === null ? 'null' : String(c))); },
    () => { L('op read0'); r.read(0); },
    () => { L('op pause'); r.pause(); },
    () => { L('op resume'); r.resume(); },
    () => { if (!dataOn) { dataOn = true; L('op on data'); r.on('data', (c) => L('R data ' + String(c))); } },
    () => { L('op on readable'); r.once('readable', () => { L('R readable'); let c; while ((c = r.read()) !== null) L('R read ' + String(c)); }); },
    () => { L('op pipe'); if (t) r.pipe(t).pipe(w); else r.pipe(w); },
    () => { L('op unpipe'); r.unpipe(); },
    () => { L('op write'); try { L('write ret ' + w.write('w' + rnd(9), (e) => L('W cb ' + errStr(e)))); } catch (e) { L('write threw ' + errStr(e)); } },
    () => { L('op end'); w.end((e) => L('W end cb ' + errStr(e))); },
    () => { L('op cork'); w.cork(); },
    () => { L('op uncork'); w.uncork(); },
    () => { L('op destroy R'); r.destroy(rnd(2) ? new Error('rboom') : undefined); },
    () => { L('op destroy W'); w.destroy(rnd(2) ? new Error('wboom') : undefined); },
    () => { L('state R ' + [r.readableFlowing, r.readableLength, r.readableEnded, r.destroyed, r.isPaused(), r.readable].join()); },
    () => { L('state W ' + [w.writableLength, w.writableNeedDrain, w.writableEnded, w.writableFinished, w.writableCorked, w.destroyed, w.writable].join()); },
  ];
  loop(6 + rnd(10), () => step(ops), () => settle(30, done));
}
process.on('uncaughtException', (e) => { L('uncaught ' + (e && (e.code || e.message))); });
runSeeds(40, runScenario);
