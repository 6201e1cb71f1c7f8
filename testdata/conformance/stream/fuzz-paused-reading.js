'use strict';
// Differential fuzz scenarios with fixed seeds: paused-mode reading of byte
// streams (read(n), read(0), unshift, 'readable', then the async iterator),
// with pushes that arrive synchronously, on the next tick or later.
const { Readable } = require('stream');
let seed = 0;
const log = [];
function settle(n, done) { if (n === 0) done(); else setImmediate(() => settle(n - 1, done)); }
function runScenario(s, done) {
  function rnd(n) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; }
  function L(s) { log.push(s); }
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
  let steps = 10 + rnd(20);
  function tick() {
    if (steps-- <= 0) {
      // drain the rest through the async iterator
      const it = r[Symbol.asyncIterator]();
      const pull = () => it.next().then((x) => { if (x.done) { L('iter done'); settle(10, done); } else { L('iter ' + show(x.value)); pull(); } }, (e) => { L('iter error ' + e.message); settle(10, done); });
      pull();
      return;
    }
    const k = 1 + rnd(3);
    for (let i = 0; i < k; i++) ops[rnd(ops.length)]();
    const how = rnd(3);
    if (how === 0) process.nextTick(tick); else if (how === 1) setImmediate(tick); else setImmediate(() => setImmediate(tick));
  }
  tick();

}
const SEEDS = 40;
let current = 1;
function next() {
  if (current > 1) { console.log('--- seed ' + (current - 1)); console.log(log.join('\n')); log.length = 0; }
  if (current > SEEDS) return;
  seed = current++;
  runScenario(seed, next);
}
next();
