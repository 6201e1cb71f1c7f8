'use strict';
const assert = require('assert');
let seed = 23;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
function gen(d) {
  const t = rnd(d > 3 ? 3 : 6);
  if (t === 0) return rnd(20);
  if (t === 1) return ['a', 'bb', 'text value'][rnd(3)];
  if (t === 2) return [null, true, undefined][rnd(3)];
  if (t === 3) { const a = []; const n = rnd(14); for (let i = 0; i < n; i++) a.push(gen(d + 1)); return a; }
  const o = {}; const n = rnd(14); for (let i = 0; i < n; i++) o['k' + rnd(20)] = gen(d + 1); return o;
}
function mutate(v, d) {
  if (rnd(4) === 0 || v === null || typeof v !== 'object') return rnd(3) === 0 ? gen(d) : v;
  if (Array.isArray(v)) { const c = v.map((x) => mutate(x, d + 1)); if (rnd(5) === 0) c.push(gen(d + 1)); if (rnd(5) === 0) c.pop(); return c; }
  const c = {}; for (const k of Object.keys(v)) if (rnd(8) !== 0) c[k] = mutate(v[k], d + 1); if (rnd(5) === 0) c['n' + rnd(5)] = gen(d + 1); return c;
}
for (let i = 0; i < 300; i++) {
  const a = gen(0); const b = mutate(a, 0);
  try { assert.deepStrictEqual(a, b); console.log('equal'); } catch (e) { console.log(JSON.stringify(e.message)); }
}
