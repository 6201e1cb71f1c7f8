'use strict';
// Differential fuzz scenarios with fixed seeds: a Duplex, Transform or PassThrough driven from both sides.
// Random operation sequences (deterministic PRNG); every event and return
// value is logged. Scenarios run one after another.
const { Readable, Writable, Duplex, Transform, PassThrough, finished } = require('stream');
const { rnd, L, errStr, settle, loop, runSeeds } = require('./lib/fuzz');
function runScenario(done) {
  function show(c) { return typeof c === 'string' ? JSON.stringify(c) : (c instanceof Buffer ? 'buf:' + c.toString('hex') : JSON.stringify(c)); }
  function watch(name, s) {
    ['end', 'finish', 'close', 'error', 'drain', 'pause', 'resume', 'prefinish', 'pipe', 'unpipe'].forEach((ev) => {
      s.on(ev, (x) => L(name + ' ' + ev + (ev === 'error' ? ' ' + errStr(x) : '')));
    });
  }
  const later = (fn) => (rnd(2) ? setImmediate : process.nextTick)(fn);
  const kind = rnd(3);
  let S;
  const common = {
    highWaterMark: [0, 1, 3, 16][rnd(4)],
    allowHalfOpen: rnd(3) !== 0,
  };
  if (rnd(4) === 0) common.objectMode = true;
  if (rnd(5) === 0) common.autoDestroy = false;
  if (rnd(5) === 0) common.decodeStrings = false;
  if (kind === 0) {
    let n = 0;
    S = new Duplex(Object.assign({}, common, {
      read() { L('S _read'); if (rnd(2)) { const k = n++; later(() => S.push(k < 3 ? 'd' + k : null)); } },
      write(c, e, cb) { L('S _write ' + show(c) + ' ' + e); if (rnd(2)) cb(rnd(8) === 0 ? new Error('wfail') : null); else later(() => cb()); },
      final(cb) { L('S _final'); later(() => cb()); },
    }));
  } else if (kind === 1) {
    S = new Transform(Object.assign({}, common, {
      transform(c, e, cb) { L('S _transform ' + show(c)); const v = String(c).toUpperCase(); if (rnd(2)) cb(null, v); else later(() => cb(null, v)); },
      flush(cb) { L('S _flush'); cb(null, rnd(2) ? 'TAIL' : null); },
    }));
  } else {
    S = new PassThrough(common);
  }
  watch('S', S);
  let dataOn = false;
  const ops = [
    () => { L('op write'); try { L('write ret ' + S.write(rnd(2) ? 'w' + rnd(9) : Buffer.from([rnd(256)]), (e) => L('S write cb ' + errStr(e)))); } catch (e) { L('write threw ' + errStr(e)); } },
    () => { L('op write hex'); try { L('write ret ' + S.write('ab' + rnd(9), 'hex')); } catch (e) { L('write threw ' + errStr(e)); } },
    () => { L('op end'); try { S.end(rnd(2) ? 'last' : undefined, (e) => L('S end cb ' + errStr(e))); } catch (e) { L('end threw ' + errStr(e)); } },
    () => { L('op push'); try { L('push ret ' + S.push('p' + rnd(9))); } catch (e) { L('push threw ' + errStr(e)); } },
    () => { L('op unshift'); try { L('unshift ret ' + S.unshift('u' + rnd(9))); } catch (e) { L('unshift threw ' + errStr(e)); } },
    () => { L('op read'); const c = S.read(); L('read ret ' + (c === null ? 'null' : show(c))); },
    () => { L('op read2'); const c = S.read(2); L('read2 ret ' + (c === null ? 'null' : show(c))); },
    () => { L('op setEncoding'); S.setEncoding(rnd(2) ? 'utf8' : 'hex'); },
    () => { if (!dataOn) { dataOn = true; L('op on data'); S.on('data', (c) => L('S data ' + show(c))); } },
    () => { L('op once readable'); S.once('readable', () => { L('S readable'); let c; while ((c = S.read()) !== null) L('S read ' + show(c)); }); },
    () => { L('op pause'); S.pause(); },
    () => { L('op resume'); S.resume(); },
    () => { L('op cork'); S.cork(); },
    () => { L('op uncork'); S.uncork(); },
    () => { L('op destroy'); S.destroy(rnd(2) ? new Error('boom') : undefined, rnd(2) ? (e) => L('destroy cb ' + errStr(e)) : undefined); },
    () => { L('op finished'); try { finished(S, (e) => L('finished cb ' + errStr(e))); } catch (e) { L('finished threw ' + errStr(e)); } },
    () => { L('state ' + [S.readableFlowing, S.readableLength, S.readableEnded, S.writableLength, S.writableEnded, S.writableFinished, S.writableNeedDrain, S.destroyed, S.readable, S.writable, !!S.errored].join()); },
  ];
  loop(6 + rnd(12), () => ops[rnd(ops.length)](), () => settle(30, done));
}
process.on('uncaughtException', (e) => { L('uncaught ' + (e && (e.code || e.message))); });
runSeeds(40, runScenario);
