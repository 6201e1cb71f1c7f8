'use strict';
// Differential fuzz scenarios with fixed seeds: paused-mode reading of byte
// streams (read(n), read(0), unshift, 'readable', then the async iterator),
// with pushes that arrive synchronously, on the next tick or later.
const { Readable } = require('stream');
const { rnd, L, settle, loop, runSeeds } = require('./lib/fuzz');
function runScenario(done) {
  function show(c) { return c === null ? 'null' : (typeof c === 'string' ? JSON.stringify(c) : 'buf:' + c.toString('hex')); }
  const src = Buffer.from('héllo wörld €uro 😀 ' + 'x'.repeat(rnd(40)));
  let pos = 0;
  const r = new Readable({
    highWaterMark: [1, 3, 8, 64][rnd(4)],
    read() {
      L('_read');
      const go = () => {
        if (pos >= src.length) { r.push(null); return; }
        const n = 1 + rnd(7);
        const ret = r.push(src.subarray(pos, pos + n));
        pos += n;
        L('pushed ' + n + ' ret ' + ret);
      };
      if (rnd(2)) go(); else (rnd(2) ? setImmediate : process.nextTick)(go);
    },
  });
  ['end', 'close', 'error', 'pause', 'resume'].forEach((ev) => r.on(ev, (e) => L('event ' + ev + (e ? ' ' + e.message : ''))));
  if (false) { const enc = ['utf8', 'hex', 'base64', 'latin1', 'utf16le'][rnd(5)]; L('setEncoding ' + enc); r.setEncoding(enc); }
  const ops = [
    () => { const n = rnd(10); L('read(' + n + ') ' + show(r.read(n))); },
    () => { L('read() ' + show(r.read())); },
    () => { L('read(0) ' + show(r.read(0))); },
    () => { try { L('unshift ' + r.unshift(rnd(2) ? 'ü' : Buffer.from([0xe2, 0x82]))); } catch (e) { L('unshift threw ' + (e.code || e.message)); } },
    () => { L('once readable'); r.once('readable', () => { L('readable len=' + r.readableLength); }); },
    () => { L('state ' + [r.readableLength, r.readableFlowing, r.readableEnded, r.readableEncoding].join()); },
    () => { rnd(4); },
  ];
  loop(10 + rnd(20), () => ops[rnd(ops.length)](), () => {
    // drain the rest through the async iterator
    const it = r[Symbol.asyncIterator]();
    const pull = () => it.next().then((x) => { if (x.done) { L('iter done'); settle(10, done); } else { L('iter ' + show(x.value)); pull(); } }, (e) => { L('iter error ' + e.message); settle(10, done); });
    pull();
  });
}
runSeeds(40, runScenario);
