package goja

import "testing"

// gojanet: symbol-keyed properties in shapes and their inline caches
// (gojanet_shape.go, gojanet_symic.go). The expected outputs are node 20's.

func runSymbolScript(t *testing.T, script, want string) {
	t.Helper()
	vm := New()
	v, err := vm.RunString(script)
	if err != nil {
		t.Fatal(err)
	}
	if got := v.String(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// Mixed string, integer and symbol keys: OwnPropertyKeys, for-in, JSON,
// Object.assign and spread order; deletes, defineProperty, prototypes,
// setPrototypeOf, freeze, many symbols, functions, arrays and classes.
func TestSymbolKeysOrder(t *testing.T) {
	runSymbolScript(t, `const out = [];
const p = (x) => out.push(typeof x === 'string' ? x : JSON.stringify(x, (k, v) => typeof v === 'symbol' ? v.toString() : v));
const s1 = Symbol('s1'), s2 = Symbol('s2'), s3 = Symbol('s3');
function keys(o) { return Reflect.ownKeys(o).map(String); }
// mixed additions
const a = {}; a.x = 1; a[s1] = 2; a.y = 3; a[s2] = 4; a[2] = 5; a.z = 6; a[1] = 7;
p(keys(a)); p(Object.getOwnPropertySymbols(a).map(String)); p(Object.keys(a));
let fi = []; for (const k in a) fi.push(k); p(fi);
p(JSON.stringify(a));
const b = Object.assign({}, a); p(keys(b)); p([b[s1], b[s2], b.x, b.y, b.z]);
const c = {...a}; p(keys(c));
// same names, different order: the same values
function mk(order) { const o = {}; for (const k of order) o[k] = String(k); return o; }
const o1 = mk(['a', s1, 'b', s2]), o2 = mk([s1, 'a', s2, 'b']), o3 = mk(['a', 'b', s1, s2]);
for (const o of [o1, o2, o3]) p([keys(o), o.a, o.b, o[s1], o[s2]]);
// delete a symbol, then add
delete o1[s1]; p(keys(o1)); o1[s1] = 'again'; p(keys(o1)); p(o1[s1]);
delete o2.a; p(keys(o2)); p([o2[s1], o2[s2], o2.b]);
// defineProperty on symbols, enumerability
const d = { q: 1 }; Object.defineProperty(d, s1, { value: 1, enumerable: false }); d[s2] = 2; d.r = 3;
p(keys(d)); p(Object.getOwnPropertySymbols(d).map(String)); p(Object.assign({}, d)[s1] === undefined);
p(Object.getOwnPropertyDescriptor(d, s1));
try { 'use strict'; (function () { 'use strict'; d[s1] = 5; })(); } catch (e) { p(e.constructor.name); }
p(d[s1]);
// prototypes: a symbol on the prototype, setter, read-only
const proto = { get [s3]() { return 'getter ' + this.q; }, set [s3](v) { this.got = v; } };
const e = Object.create(proto); e.q = 9; p(e[s3]); e[s3] = 'set'; p(e.got); p(keys(e));
const ro = Object.create(Object.defineProperty({}, s1, { value: 1, writable: false }));
try { (function () { 'use strict'; ro[s1] = 2; })(); } catch (err) { p(err.constructor.name); }
ro[s1] = 3; p(ro[s1]); p(keys(ro));
// shape change under the same site
function rd(o) { return o[s1]; }
const arr = [{ [s1]: 1 }, { x: 1, [s1]: 2 }, Object.create({ [s1]: 3 }), { [s2]: 0 }, { x: 0, y: 0, [s1]: 5 }];
for (let i = 0; i < 3; i++) p(arr.map(rd));
const pr = Object.create(null); const ch = Object.create(pr); p(rd(ch)); pr[s1] = 'late'; p(rd(ch)); delete pr[s1]; p(rd(ch));
// setPrototypeOf keeps symbols
const sp = { a: 1, [s1]: 2, b: 3 }; Object.setPrototypeOf(sp, { z: 1 }); p(keys(sp)); p([sp.a, sp[s1], sp.b, sp.z]);
// freeze / seal with symbols
const fz = { a: 1, [s1]: 2 }; Object.freeze(fz); p(Object.isFrozen(fz)); fz[s1] = 5; p(fz[s1]);
// many symbols
const many = {}; const syms = []; for (let i = 0; i < 20; i++) { syms.push(Symbol('m' + i)); many[syms[i]] = i; many['k' + i] = i; }
p(keys(many).length); p(syms.map(s => many[s]).join()); p(keys(many).slice(18, 22));
// functions and arrays with symbols
function F() {} F[s1] = "f"; F.x = 1; p(keys(F).slice(-2)); p(F[s1]);
const ar = [1, 2]; ar[s1] = 'a'; ar.foo = 1; p(keys(ar)); p(ar[s1]);
// instanceof with Symbol.hasInstance
class A {} const ai = new A(); p(ai instanceof A);
const Odd = { [Symbol.hasInstance](v) { return v % 2 === 1; } }; p([1 instanceof Odd, 2 instanceof Odd]);
class B extends A {} p([new B() instanceof A, ai instanceof B]);
function G() {} p(new G() instanceof G); Object.defineProperty(G, Symbol.hasInstance, { value: () => true }); p({} instanceof G);
// getters via the iterator protocol
const it = { *[Symbol.iterator]() { yield 1; yield 2; } }; p([...it]);
// symbols in class fields and static
class C { [s1] = 1; static [s2] = 2; x = 3; } const ci = new C(); p(keys(ci)); p(keys(C)); p([ci[s1], C[s2]]);
out.join('\n');
`, `["1","2","x","y","z","Symbol(s1)","Symbol(s2)"]
["Symbol(s1)","Symbol(s2)"]
["1","2","x","y","z"]
["1","2","x","y","z"]
{"1":7,"2":5,"x":1,"y":3,"z":6}
["1","2","x","y","z","Symbol(s1)","Symbol(s2)"]
[2,4,1,3,6]
["1","2","x","y","z","Symbol(s1)","Symbol(s2)"]
[["a","b","Symbol(s1)","Symbol(s2)"],"a","b","Symbol(s1)","Symbol(s2)"]
[["a","b","Symbol(s1)","Symbol(s2)"],"a","b","Symbol(s1)","Symbol(s2)"]
[["a","b","Symbol(s1)","Symbol(s2)"],"a","b","Symbol(s1)","Symbol(s2)"]
["a","b","Symbol(s2)"]
["a","b","Symbol(s2)","Symbol(s1)"]
again
["b","Symbol(s1)","Symbol(s2)"]
["Symbol(s1)","Symbol(s2)","b"]
["q","r","Symbol(s1)","Symbol(s2)"]
["Symbol(s1)","Symbol(s2)"]
true
{"value":1,"writable":false,"enumerable":false,"configurable":false}
TypeError
1
getter 9
set
["q","got"]
TypeError
1
[]
[1,2,3,null,5]
[1,2,3,null,5]
[1,2,3,null,5]

late

["a","b","Symbol(s1)"]
[1,2,3,1]
true
2
40
0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19
["k18","k19","Symbol(m0)","Symbol(m1)"]
["x","Symbol(s1)"]
f
["0","1","length","foo","Symbol(s1)"]
a
true
[true,false]
[true,false]
true
true
[1,2]
["x","Symbol(s1)"]
["length","name","prototype","Symbol(s2)"]
[1,2]`)
}

// Symbol-keyed reads, calls, writes and instanceof through the caches while
// prototypes gain, lose and change symbol-keyed properties (getters,
// setters, read-only), with receivers of every kind and changing keys.
func TestSymbolInlineCaches(t *testing.T) {
	runSymbolScript(t, `'use strict';
const out = [];
const p = (...a) => out.push(a.map(x => typeof x === 'symbol' ? x.toString() : typeof x === 'object' && x !== null ? JSON.stringify(x) : String(x)).join(' '));
const k = Symbol('k'), k2 = Symbol('k2');
function rd(o) { return o[k]; }
function wr(o, v) { o[k] = v; }
function call(o) { return o[k](); }
// reads: own, proto, absent; then the prototype changes
class Base {}
const proto = Base.prototype;
const objs = [new Base(), new Base(), new Base()];
for (let i = 0; i < 3; i++) p('absent', objs.map(rd));
proto[k] = 'fromProto'; p('proto added', objs.map(rd));
Object.defineProperty(proto, k, { get() { return 'getter:' + this.n; }, configurable: true });
objs.forEach((o, i) => { o.n = i; }); p('getter', objs.map(rd));
delete proto[k]; p('deleted', objs.map(rd));
// writes: additions with a cached transition, then a setter appears on the prototype
for (let i = 0; i < 3; i++) { const o = new Base(); wr(o, i); p('add', Reflect.ownKeys(o).map(String), o[k]); }
let setCalls = 0;
Object.defineProperty(proto, k, { set(v) { setCalls++; this._v = v; }, get() { return this._v; }, configurable: true });
{ const o = new Base(); wr(o, 'S'); p('after setter', Reflect.ownKeys(o).map(String), setCalls, o[k]); }
Object.defineProperty(proto, k, { value: 'ro', writable: false, configurable: true });
{ const o = new Base(); try { wr(o, 'X'); p('no throw'); } catch (e) { p('ro throws', e.constructor.name); } p(Reflect.ownKeys(o).map(String)); }
delete proto[k];
// a deeper chain: grand-prototype gains the symbol
class Mid extends Base {} class Leaf extends Mid {}
const leaves = [new Leaf(), new Leaf()];
for (let i = 0; i < 3; i++) p('leaf', leaves.map(rd));
Base.prototype[k2] = 1; p('unrelated', leaves.map(rd));
Base.prototype[k] = 'grand'; p('grand', leaves.map(rd));
Mid.prototype[k] = 'mid'; p('mid', leaves.map(rd));
Object.setPrototypeOf(Mid.prototype, null); p('setproto', leaves.map(rd), leaves.map(o => o[k2]));
delete Mid.prototype[k]; p('mid deleted', leaves.map(rd));
// own updates: a writable slot, then made read-only
const w = { [k]: 1 }; for (let i = 0; i < 3; i++) wr(w, i); p('own', w[k]);
Object.defineProperty(w, k, { writable: false }); try { wr(w, 9); } catch (e) { p('own ro', e.constructor.name); } p(w[k]);
Object.freeze(Object.setPrototypeOf({}, null)); const fz = Object.freeze({}); try { wr(fz, 1); } catch (e) { p('frozen', e.constructor.name); }
const ne = Object.preventExtensions({ a: 1 }); try { wr(ne, 1); } catch (e) { p('nonext', e.constructor.name); }
// the key changes at one site
const ks = []; for (let i = 0; i < 40; i++) ks.push(Symbol('x' + i));
const many = {}; ks.forEach((s, i) => { many[s] = i; }); let sum = 0; for (let j = 0; j < 3; j++) for (const s of ks) sum += many[s]; p('many keys', sum);
const gk = (o, key) => o[key]; p(gk(many, ks[3]), gk({ a: 5 }, 'a'), gk([7, 8], 1), gk('str', 0), gk(many, 'nope'));
// methods through symbols
class M { [k]() { return 'm:' + this.constructor.name; } } class N extends M {}
for (let i = 0; i < 3; i++) p(call(new M()), call(new N()));
N.prototype[k] = function () { return 'n'; }; p(call(new N()));
try { call({}); } catch (e) { p(e.message); }
// receivers of several kinds
const fn = function () {}; fn[k] = 'fn'; const arr = []; arr[k] = 'arr'; const m = new Map(); m[k] = 'map'; const re = /x/; re[k] = 're';
for (let i = 0; i < 2; i++) p([fn, arr, m, re, new Date(0), Object(1), Object('s')].map(rd));
const sy = Symbol('prim'); try { p(rd(1), rd('s'), rd(true)); rd(null); } catch (e) { p(e.message); }
try { wr(undefined, 1); } catch (e) { p(e.message); }
// a proxy receiver
const px = new Proxy({}, { get(t, key) { return 'proxy ' + String(key); }, set(t, key, v) { p('trap set', String(key), v); return true; } });
p(rd(px)); wr(px, 3);
// instanceof: Symbol.hasInstance on a constructor and up its chain
class A {} class B extends A {}
const a = new A(), b = new B();
for (let i = 0; i < 3; i++) p('inst', a instanceof A, b instanceof A, a instanceof B, [] instanceof Array, b instanceof Object);
Object.defineProperty(A, Symbol.hasInstance, { value: (v) => v === 42, configurable: true });
p('hasInstance on A', 42 instanceof A, a instanceof A, 42 instanceof B, b instanceof B);
delete A[Symbol.hasInstance]; p('deleted', a instanceof A, b instanceof B, 42 instanceof B);
const F = function () {}; const f = new F(); for (let i = 0; i < 3; i++) p(f instanceof F, f instanceof Function, F instanceof Function);
// sloppy writes
const sloppy = new Function('o', 'k', 'v', 'o[k] = v; return o[k] = v;'); const so = {}; p(sloppy(so, k, 1), so[k], sloppy(1, k, 2));
try { sloppy(null, k, 1); } catch (e) { p(e.message); }
// ordering after IC transitions
const t1 = {}; wr(t1, 1); t1.a = 2; t1[k2] = 3; t1.b = 4; p(Reflect.ownKeys(t1).map(String), JSON.stringify(t1), Object.values(t1));
const t2 = {}; wr(t2, 1); t2.a = 2; t2[k2] = 3; t2.b = 4; p(Reflect.ownKeys(t2).map(String), t2[k], t2[k2], t2.a, t2.b);
out.join('\n');
`, `absent [null,null,null]
absent [null,null,null]
absent [null,null,null]
proto added ["fromProto","fromProto","fromProto"]
getter ["getter:0","getter:1","getter:2"]
deleted [null,null,null]
add ["Symbol(k)"] 0
add ["Symbol(k)"] 1
add ["Symbol(k)"] 2
after setter ["_v"] 1 S
ro throws TypeError
[]
leaf [null,null]
leaf [null,null]
leaf [null,null]
unrelated [null,null]
grand ["grand","grand"]
mid ["mid","mid"]
setproto ["mid","mid"] [null,null]
mid deleted [null,null]
own 2
own ro TypeError
2
frozen TypeError
nonext TypeError
many keys 2340
3 5 8 s undefined
m:M m:N
m:M m:N
m:M m:N
n
o[k] is not a function
["fn","arr","map","re",null,null,null]
["fn","arr","map","re",null,null,null]
undefined undefined undefined
Cannot read properties of null (reading 'Symbol(k)')
Cannot set properties of undefined (setting 'Symbol(k)')
proxy Symbol(k)
trap set Symbol(k) 3
inst true true false true true
inst true true false true true
inst true true false true true
hasInstance on A true false true false
deleted true true false
true false true
true false true
true false true
1 1 2
Cannot set properties of null (setting 'Symbol(k)')
["a","b","Symbol(k)","Symbol(k2)"] {"a":2,"b":4} [2,4]
["a","b","Symbol(k)","Symbol(k2)"] 1 3 2 4`)
}
