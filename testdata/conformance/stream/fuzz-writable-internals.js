'use strict';
// Differential fuzz scenarios with fixed seeds: Writable internals (cork and
// uncork, writev, callbacks, errors in write/final, end(cb), destroy) with
// synchronous and asynchronous completion.
const { Writable } = require('stream');
const { rnd, L, errStr, settle, loop, runSeeds } = require('./lib/fuzz');
function runScenario(done) {
  const later = (fn) => (rnd(2) ? setImmediate : process.nextTick)(fn);
  const opts = { highWaterMark: [0, 1, 4, 16][rnd(4)], objectMode: rnd(4) === 0 };
  if (rnd(3) === 0) opts.autoDestroy = false;
  if (rnd(4) === 0) opts.emitClose = false;
  if (rnd(4) === 0) opts.decodeStrings = false;
  const mode = rnd(3); // 0 sync, 1 async, 2 mixed
  function complete(cb, tag) {
    const err = rnd(12) === 0 ? new Error('fail ' + tag) : null;
    if (mode === 0 || (mode === 2 && rnd(2))) cb(err); else later(() => cb(err));
  }
  opts.write = function (c, e, cb) { L('_write ' + String(c) + ' ' + e); complete(cb, 'write'); };
  if (rnd(2)) opts.writev = function (chunks, cb) { L('_writev ' + chunks.map((x) => String(x.chunk)).join('+')); complete(cb, 'writev'); };
  if (rnd(2)) opts.final = function (cb) { L('_final'); complete(cb, 'final'); };
  if (rnd(4) === 0) opts.destroy = function (err, cb) { L('_destroy ' + errStr(err)); later(() => cb(err)); };
  const w = new Writable(opts);
  ['drain', 'prefinish', 'finish', 'close', 'error'].forEach((ev) => w.on(ev, (x) => L('event ' + ev + (ev === 'error' ? ' ' + errStr(x) : ''))));
  let k = 0;
  const ops = [
    () => { const id = k++; try { L('write ' + id + ' ret ' + w.write('c' + id, rnd(2) ? (e) => L('cb ' + id + ' ' + errStr(e)) : undefined)); } catch (e) { L('write threw ' + errStr(e)); } },
    () => { const id = k++; try { L('write ' + id + ' ret ' + w.write('c' + id, 'latin1')); } catch (e) { L('write threw ' + errStr(e)); } },
    () => { L('cork'); w.cork(); },
    () => { L('uncork'); w.uncork(); },
    () => { L('end'); try { w.end(rnd(2) ? 'last' : undefined, (e) => L('end cb ' + errStr(e))); } catch (e) { L('end threw ' + errStr(e)); } },
    () => { L('destroy'); w.destroy(rnd(2) ? new Error('boom') : undefined); },
    () => { L('state ' + [w.writableLength, w.writableNeedDrain, w.writableCorked, w.writableEnded, w.writableFinished, w.destroyed, w.writable, w.closed, !!w.errored, w._writableState.pendingcb].join()); },
  ];
  loop(6 + rnd(12), () => ops[rnd(ops.length)](), () => settle(20, done));
}
process.on('uncaughtException', (e) => { L('uncaught ' + (e && (e.code || e.message))); });
runSeeds(40, runScenario);
