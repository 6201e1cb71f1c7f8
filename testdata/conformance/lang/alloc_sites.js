// Objects, arrays and strings whose allocation the engine sizes by site
// (engineperf29): {} and { __proto__: null } literals, new Array(n) filled
// by index, a + b + c chains (node 20 is the oracle).
const out = [];
const p = (x) => out.push(typeof x === 'string' ? x : JSON.stringify(x));
(function literals() {
// {} sites filled afterwards, with varying sizes, past 32 properties, deleted from
function fill(n) { const o = {}; for (let k = 0; k < n; k++) o['k' + k] = k; return o; }
for (const n of [0, 1, 3, 5, 9, 17, 33, 40, 2, 0, 6]) { const o = fill(n); p([n, Object.keys(o).length, o.k0, o['k' + (n - 1)], Object.getPrototypeOf(o) === Object.prototype]); }
function filled() { const o = {}; o.a = 1; o.b = 2; o.c = 3; return o; }
for (let j = 0; j < 3; j++) { const o = filled(); if (j === 1) delete o.b; o.d = j; p([Object.keys(o), o.toString === Object.prototype.toString]); }
// null-prototype literals
function nul(n) { const o = { __proto__: null }; for (let k = 0; k < n; k++) o['n' + k] = k; return o; }
for (const n of [0, 1, 2, 7, 12, 3, 40, 1]) { const o = nul(n); p([n, Object.keys(o).length, Object.getPrototypeOf(o), 'toString' in o, o.n0, o.missing]); }
for (let j = 0; j < 3; j++) { const h = { __proto__: null }; h['content-type'] = ['Content-Type', 'text/plain']; h.x = j; p([Object.keys(h), h['content-type'][1], h.x, h.y]); }
const a = { __proto__: null, x: 1, y: 2 }; p([Object.keys(a), Object.getPrototypeOf(a), a.x + a.y]);
const b = { '__proto__': null }; p([Object.getPrototypeOf(b), Object.keys(b)]);
const c = { ['__proto__']: null }; p([Object.getPrototypeOf(c) === Object.prototype, Object.keys(c), c.__proto__]);
const d = { __proto__: null, __proto__x: 1 }; p([Object.getPrototypeOf(d), Object.keys(d)]);
const e = { x: 1, __proto__: null }; p([Object.getPrototypeOf(e), Object.keys(e)]);
const f = { __proto__: (null) }; p(Object.getPrototypeOf(f));
const g = { __proto__: undefined }; p(Object.getPrototypeOf(g) === Object.prototype);
try { eval('({ __proto__: null, __proto__: null })'); } catch (err) { p(err.name); }
const sh = { __proto__: null, toString() { return 'own'; } }; p([String(sh), Object.keys(sh)]);
const ac = { __proto__: null, get v() { return 5; } }; p([ac.v, Object.getPrototypeOf(ac)]);
const sp = { __proto__: null, ...{ q: 1 } }; p([Object.keys(sp), Object.getPrototypeOf(sp)]);
const proto = { inh: 1 }; const pp = { __proto__: proto }; p([pp.inh, Object.keys(pp)]);
// the same null-prototype maps read and written at one site, then a prototype set
function upd(o, k, v) { o[k] = v; return o[k]; }
for (let j = 0; j < 4; j++) { const o = { __proto__: null }; p([upd(o, 'k', j), upd(o, 'k2', j * 2), Object.keys(o)]); }
const np = { __proto__: null }; Object.setPrototypeOf(np, { z: 9 }); np.w = 1; p([np.z, Object.keys(np)]);
function addTo(o) { o.added = 1; return o; }
for (let j = 0; j < 3; j++) { const o = j === 2 ? Object.preventExtensions({ __proto__: null }) : { __proto__: null }; try { 'use strict'; addTo(o); } catch (err) { p(err.name); } p(Object.keys(o)); }
})();
(function arrays() {
// new Array(n) filled by index, partly, past its length, truncated and regrown
for (const n of [0, 1, 3, 26, 27, 40]) {
  const a = new Array(n); const b = new Array(n);
  for (let i = 0; i < n; i++) a[i] = i;
  for (let i = 0; i < n; i += 2) b[i] = i;
  p([n, a.length, a[n - 1], b.length, 1 in b, Object.keys(b).length, a.indexOf(n - 1), b.findIndex((x) => x === undefined)]);
  a[n + 1] = 'x'; p([a.length, n in a, a[n + 1]]);
  a.length = 1; a[3] = 'y'; p([a.length, a[1], 1 in a, 2 in a, a[3], Object.keys(a)]);
}
class Sub extends Array {}
const s = new Sub(3); s[0] = 1; s[2] = 3; p([s instanceof Sub, s.length, 1 in s, s.map((x) => x * 2) instanceof Sub]);
try { new Array(-1); } catch (e) { p(e.name); }
try { new Array(1.5); } catch (e) { p(e.name); }
const c = new Array(4); c.push('a'); p([c.length, c[4], 0 in c]);
const d = new Array(3); d.pop(); p([d.length, Object.keys(d)]);
const e = new Array(5); e[4] = 1; e.length = 2; e[3] = 'z'; p([e.length, 2 in e, e[4], e[3]]);
const f = new Array(2).fill(7); p(f);
const g = Array(3); g[1] = 'g'; p([g.length, g[1], 0 in g]);
function restore(fn) { const props = new Array(arguments.length - 1); const vals = new Array(arguments.length - 1); for (let i = 0; i < props.length; i++) { props[i] = arguments[i + 1]; vals[i] = i; } return [props, vals]; }
for (let j = 0; j < 3; j++) p(restore(null, 'a', 'b', 'c'));
// arrays grown to exactly their room, popped and pushed again
const h = [1, 2]; h.push(3); h.push(4); h.pop(); h.pop(); h[2] = 'h'; p([h, h.length]);
const k = [1, 2, 3, 4]; k.length = 2; k[3] = 4; p([k, 2 in k]);
})();
(function chains() {
function etag(len, hash) { return 'W/"' + len.toString(16) + '-' + hash + '"'; }
for (let i = 0; i < 4; i++) p(etag(12 + i * 100, 'abcdefghij'.slice(i)));
const parts = [];
for (let i = 0; i < 5; i++) { const s = 'k' + i + '=' + 'v'.repeat(i) + ';'; parts.push(s); }
p(parts);
// intermediates are never shared with the results
const a = 'x', b = 'y';
const r1 = a + b + 'z', r2 = a + b + 'w';
p([r1, r2, a + b]);
function three(x, y, z) { const t = x + y + z; return [t, t + t, x + y]; }
for (let i = 0; i < 3; i++) p(three('ab', 'cd' + i, 'ef'));
// numbers, mixed, empty strings, non-ASCII, objects with toString/valueOf
p([1 + 2 + 'a', 'a' + 1 + 2, 1 + 2 + 3, '' + 'q' + '', 'é' + 'a' + 'b', 'a' + 'é' + 'b', 'a' + 'b' + 'é', 1.5 + 'x' + null + undefined + true]);
const log = [];
const o1 = { toString() { log.push('o1'); return 'O1'; } }, o2 = { valueOf() { log.push('o2'); return 7; } };
p(['s' + o1 + o2 + (log.push('rhs'), 'r'), log]);
// a nested chain in the right operand, recursion, an exception mid-chain
function rec(n) { return 'L' + n + ':' + (n ? rec(n - 1) : 'end') + ';'; }
p(rec(4));
function thrower() { throw new Error('boom'); }
let caught = '';
for (let i = 0; i < 3; i++) { try { caught = 'a' + i + 'b' + thrower(); } catch (e) { caught += e.message + i; } }
p(caught);
p('pre' + ('in' + 'ner' + 'x') + 'post' + ('q' + 'r'));
// generators suspended mid-chain
function* g() { const s = 'g1' + 'g2' + (yield 1) + 'g3'; return s; }
const it1 = g(), it2 = g(); it1.next(); it2.next(); const m = 'm' + 'n' + 'o';
p([it2.next('B').value, it1.next('A').value, m]);
// long results, a hint outgrown and shrunk
let acc = [];
for (const n of [1, 50, 3, 2000, 5, 1100, 2]) { const s = 'a'.repeat(n) + 'b' + 'c'.repeat(n) + 'd'; acc.push(s.length, s[n], s[s.length - 1]); }
p(acc);
// the results kept: each its own value
const kept = []; for (let i = 0; i < 5; i++) kept.push('id-' + i + '-' + (i * 2));
p(kept);
let s2 = 'start'; s2 += '-' + 'x' + 'y'; s2 = s2 + 'z' + 'w'; p(s2);
p(typeof ('a' + 'b' + 1n));
try { p('a' + 'b' + Symbol('s')); } catch (e) { p(e.name); }
})();
console.log(out.join('\n'));
