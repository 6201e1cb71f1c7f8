'use strict';
const assert = require('assert');
let seed = 77;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
const prims = [0, -0, 1, 12345678901, 'a', 'bb', 'a longer string value', '', null, undefined, true, NaN, 10n, 'line\nbreak', 'x'.repeat(45)];
function gen(d) {
  const t = rnd(d > 2 ? 2 : 6);
  if (t <= 1) return prims[rnd(prims.length)];
  if (t === 2) { const a = []; const n = rnd(5); for (let i = 0; i < n; i++) a.push(gen(d + 1)); return a; }
  if (t === 3) return new Map([[gen(d + 1), gen(d + 1)]]);
  if (t === 4) return new Set([gen(d + 1)]);
  const o = {}; const n = rnd(5); for (let i = 0; i < n; i++) o['k' + rnd(6)] = gen(d + 1); return o;
}
const ops = ['strictEqual', 'notStrictEqual', 'deepStrictEqual', 'notDeepStrictEqual', 'deepEqual', 'notDeepEqual', 'equal', 'notEqual'];
for (let i = 0; i < 500; i++) {
  const a = gen(0);
  const b = rnd(3) === 0 ? a : gen(0);
  const op = ops[rnd(ops.length)];
  try { assert[op](a, b); console.log(op, 'pass'); } catch (e) { console.log(op, JSON.stringify(e.message)); }
}
