// Property updates as statements (goja's gojanet_fusedinc.go fuses `o.x++`,
// `o.x--`, `o.x += k` on a local's or a var's object when x is an own plain
// integer property): every way off that path gives what node 20 gives.
'use strict';
const out = [];
function upd(o) {
  let a = o;
  for (let i = 0; i < 6; i++) {
    a.x++; a.y--; a.z += 3;
    if (i === 2) a.q = 1;            // the shape changes mid-loop
    if (i === 3) delete a.x;         // a deleted property
    if (i === 4) a.x = 1.5;          // a float
  }
  return JSON.stringify(a);
}
out.push(upd({ x: 1, y: 2, z: 3 }), upd({ x: 's', y: '', z: 'z' }));
// past 2^53 (integers turn into floats as the unfused add does)
out.push(upd({ x: 2 ** 53 - 2, y: -(2 ** 53) + 2, z: 2 ** 53 }));
// getters and setters on the object and on its prototype chain
const log = [];
const proto = { get x() { log.push('get'); return this._x | 0; }, set x(v) { log.push('set' + v); this._x = v; } };
function acc(o) { let a = o; a.x++; a.x += 2; a.x--; return a._x; }
out.push(acc(Object.create(proto)), acc(Object.create(Object.create(proto))),
  acc({ get x() { return 7; }, set x(v) { log.push('own' + v); } }), log.join());
// frozen, non-writable, sealed, non-extensible, proxies, arrays, functions, Maps
function wr(o) { let a = o; try { a.x++; a.x += 1; } catch (e) { return e.constructor.name + ': ' + e.message; } return String(a.x); }
out.push(wr({ x: 0 }), wr(Object.freeze({ x: 1 })), wr(Object.defineProperty({}, 'x', { value: 2, writable: false })),
  wr(Object.preventExtensions({ x: 3 })), wr(Object.seal({ x: 4 })), wr(new Proxy({ x: 5 }, {})),
  wr(new Proxy({ x: 6 }, { get() { return 10; }, set(t, k, v) { t[k] = v * 2; return true; } })),
  wr([1]), wr(function () {}), wr(new Map()), wr(Object.create({ x: 9 })), wr({}));
// primitives: a string, a number, a boolean, null, undefined
out.push(['str', 5, true, null, undefined].map(wr).join(' | '));
// a var's object, a class's this, an object frozen mid-loop
function v(o) { var a = o; a.n++; a.n--; a.n += 5; return a.n; }
class C { constructor() { this.n = 0; } bump() { this.n++; this.n += 2; this.n--; return this.n; } }
const c = new C();
out.push(v({ n: 1 }), v({ n: -0 }), c.bump(), c.bump());
const fz = { n: 0 };
try { for (let i = 0; i < 5; i++) { fz.n++; if (i === 3) Object.freeze(fz); } } catch (e) { out.push(e.message, fz.n); }
out.forEach((l) => console.log(l));
