// Fused pairs of engineperf40 (goja's gojanet_fused40.go): `this.x = 'c'`
// and a var's, `a[0]` with an integer constant, `o[200]` on a plain object,
// `const x = f(); if (x === k)`,
// `(rec = o[k]) === undefined`. Every way off their common paths gives what
// node 20 gives.
'use strict';
const out = [];
const log = [];
// this.x = constant: plain, setter on the prototype, frozen, read-only
// inherited, a proxy, primitives as `this`
function A() { this.a = 1; this.b = 'x'; this.c = null; }
for (const p of [{}, Object.create({ set a(v) { log.push('set' + v); } }), Object.freeze({}),
  Object.create(Object.freeze({ a: 0 })), new Proxy({}, { set(t, k, v) { log.push('p' + String(k)); t[k] = v; return true; } })]) {
  try { A.call(p); out.push(JSON.stringify(p)); } catch (e) { out.push(e.constructor.name + ': ' + e.message); }
}
function T() { this.q = 1; return this; }
for (const t of [undefined, null, 3, 'str']) {
  try { out.push(String(T.call(t).q)); } catch (e) { out.push(e.constructor.name + ': ' + e.message); }
}
function V(o) { var v = o; v.x = 5; v.y = 'z'; return JSON.stringify(v); }
for (const o of [{}, { x: 1 }, [], Object.defineProperty({}, 'y', { value: 1 }), null]) {
  try { out.push(V(o)); } catch (e) { out.push(e.constructor.name + ': ' + e.message); }
}
// a[k], k an integer constant
function E(a) { return [a[0], a[2], a[5]].map(String).join(); }
const holes = [1, , 3];
Object.defineProperty(holes, 5, { get() { return 'g5'; } });
Array.prototype[2] = 'proto';
for (const a of [[1, 2, 3], holes, [1, 2], new Uint8Array([7, 8, 9]), new Float64Array([1.5]), 'abcdef',
  { 0: 'a', 2: 'c', 5: 'f' }, Object.create({ 0: 'p' }), new Proxy([4, 5, 6], { get(t, k) { return 'px' + String(k); } }),
  (function () { return arguments; })(1, 2, 3)]) out.push(E(a));
delete Array.prototype[2];
for (const a of [null, undefined]) {
  try { E(a); } catch (e) { out.push(e.constructor.name + ': ' + e.message); }
}
// o[k] on a plain object, k an integer
function G(o, k) { return o[k]; }
const codes = { 200: 'OK', 404: 'Not Found', '-1': 'neg', 0: 'zero' };
for (const k of [200, 404, 500, -1, 0, 2147483647]) out.push(String(G(codes, k)));
out.push(G({ get 7() { return 'getter'; } }, 7), G(Object.create({ 3: 'inh' }), 3),
  G(Object.defineProperty({}, 9, { value: 'ro' }), 9));
// const x = f(); then a comparison with a closure's variable or a constant
const u = undefined, kk = 'k';
function C1(g) { const x = g(); if (x === u) return 'u'; const y = g(); if (y !== kk) return 'nk'; return 'k'; }
let n = 0;
out.push([C1(() => undefined), C1(() => 'k'), C1(() => (n++ ? 1 : 'k')), C1(() => null)].join());
function C2(v) { const x = v; if (x === 0) return 'zero'; const y = x; if (y === '0') return 'str'; return 'other'; }
out.push([0, -0, '0', 0n, false, NaN].map(C2).join());
function C3(v) { const x = v; if (x === later) return true; return false; }
try { C3(1); } catch (e) { out.push(e.constructor.name); }
const later = 1;
out.push(C3(1), C3(2));
// (rec = o[k]) === k: the stored value compared with a closure's variable or a constant
const names = { a: 1, b: null };
function S1(k) { var rec; if ((rec = names[k]) === u) rec = 'none'; return rec; }
function S2(o) { var x, y; return [(x = o.a) === 'k' || x, (y = o.b) !== null && y].join(); }
out.push([S1('a'), S1('b'), S1('c')].join(), S2({ a: 'k', b: 1 }), S2({ a: 1, b: null }), S2({}));
function S3(o) { var x; if ((x = o.a) === later2) return 'eq'; return 'ne'; }
try { S3({ a: 1 }); } catch (e) { out.push(e.constructor.name); }
const later2 = 1;
out.push(S3({ a: 1 }));
out.push(log.join());
out.forEach((l) => console.log(l));
