'use strict';
// What the stream fuzz scripts share: a seeded PRNG (deterministic, so node
// and gojanet run the same operations), the log, and the loops that drive a
// scenario and run the seeds one after another. Not a test itself (no .stdout).
let seed = 0;
const log = [];
function rnd(n) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; }
function L(s) { log.push(s); }
function errStr(e) { return e ? (e.code || e.message) : String(e); }
// Let a scenario's leftover ticks and immediates run out (counted in loop
// turns, not milliseconds, so the log does not depend on timing).
function settle(n, done) { if (n === 0) done(); else setImmediate(() => settle(n - 1, done)); }
// Runs `steps` turns of 1-3 runOp() calls, each turn after a tick, an
// immediate or two, then finish().
function loop(steps, runOp, finish) {
  function tick() {
    if (steps-- <= 0) { finish(); return; }
    const k = 1 + rnd(3);
    for (let i = 0; i < k; i++) runOp();
    const how = rnd(3);
    if (how === 0) process.nextTick(tick); else if (how === 1) setImmediate(tick); else setImmediate(() => setImmediate(tick));
  }
  tick();
}
// Runs runScenario(done) for seeds 1..count, printing each seed's log.
function runSeeds(count, runScenario) {
  let current = 1;
  function next() {
    if (current > 1) { console.log('--- seed ' + (current - 1)); console.log(log.join('\n')); log.length = 0; }
    if (current > count) return;
    seed = current++;
    runScenario(next);
  }
  next();
}
module.exports = { rnd, L, errStr, settle, loop, runSeeds };
