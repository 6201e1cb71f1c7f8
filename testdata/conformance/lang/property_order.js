// Own property order (integer keys first, ascending, then insertion order)
// across an object's modes: shapes, dictionaries (after a delete, an
// index-like name, many names), and objects from literal sites that learn
// their size from earlier objects (gcperf3: the names live in the shape or
// the dictionary).
'use strict';
const o = { b: 1, a: 2 };
o[3] = 1; o.c = 3; o[1] = 2; delete o.a; o['01'] = 5; o[2] = 0; o.a = 9;
console.log(Object.keys(o).join(), JSON.stringify(o));
for (const k in o) process.stdout.write(k + ' ');
console.log();

const a = [1, 2];
a.foo = 1; a[7] = 3; a.bar = 2;
console.log(Object.keys(a).join(), a.length);
a.length = 1;
console.log(Object.keys(a).join(), a.length);

const r = /a(b)?/.exec('ab');
r.z = 1; r[10] = 1;
console.log(Object.keys(r).join());

const m = Object.create(null);
for (let i = 0; i < 40; i++) m['k' + (40 - i)] = i;
m[4] = 1; delete m.k3; m[0] = 2;
console.log(Object.keys(m).slice(0, 5).join(), Object.keys(m).length);

const big = {};
for (let i = 0; i < 140; i++) big['p' + i] = i;
big[3] = 1; delete big.p0; big.last = 1;
console.log(Object.keys(big).slice(0, 3).join(), Object.keys(big).slice(-2).join(), Object.keys(big).length);

class C { #p = 1; constructor() { this.y = 1; this[0] = 2; this.x = 3; } get p() { return this.#p; } }
const c = new C();
console.log(Object.keys(c).join(), c.p);

// one literal site, objects of growing and shrinking sizes
const made = [];
for (let n = 1; n <= 40; n += n < 6 ? 1 : 7) {
  const x = {};
  for (let i = 0; i < n; i++) x['f' + i] = i;
  if (n > 3) x[n] = 'n';
  made.push(x);
}
for (let n = 3; n >= 1; n--) {
  const x = { __proto__: null };
  for (let i = 0; i < n; i++) x['g' + i] = i;
  made.push(x);
}
for (const x of made) console.log(Object.keys(x).length, Object.keys(x).slice(0, 3).join(), Object.values(x).slice(-1)[0]);

const args = (function () { arguments.z = 1; return Object.keys(arguments); })(1, 2);
console.log(args.join());
const ta = new Uint8Array(3);
ta.k = 1;
console.log(Object.keys(ta).join());
console.log(Object.entries(Object.assign({}, { b: 1 }, { 1: 2, a: 3 })).join('|'));
const frozen = Object.freeze({ q: 1, 5: 2, w: 3 });
console.log(Object.getOwnPropertyNames(frozen).join(), Object.isFrozen(frozen));
const e = new Error('x');
console.log(Object.getOwnPropertyNames(e).includes('stack'), Object.keys(e).length);
