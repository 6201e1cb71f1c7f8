package goja

import "testing"

// gojanet (engineperf41): instanceof without the @@hasInstance read when the
// built-in is certainly the one (gojanet_symic.go builtinHasInstance), and
// every case where it is not: an own or inherited @@hasInstance added after
// the site ran, a getter for it, a Proxy, a bound function, a non-callable
// right side. The expected output is node 20's.
func TestInstanceofBuiltinHasInstance(t *testing.T) {
	runSymbolScript(t, `
const out = [];
function F() {}
class A {}
class B extends A {}
class U extends Uint8Array {}
class E extends Error {}
const f = new F(), b = new B(), u = new U(2), e = new E('x');
function run() {
  out.push([f instanceof F, f instanceof A, b instanceof B, b instanceof A, b instanceof Object,
    u instanceof U, u instanceof Uint8Array, u instanceof A, e instanceof E, e instanceof Error,
    1 instanceof F, null instanceof Object, 'x' instanceof String, [] instanceof Array].join());
}
for (let i = 0; i < 3; i++) run();
// an own @@hasInstance defined after the site ran
function G() {}
const g = new G();
function t(x, C) { return x instanceof C; }
out.push([t(g, G), t({}, G)].join());
Object.defineProperty(G, Symbol.hasInstance, { value: (x) => x === 7 });
out.push([t(g, G), t(7, G)].join());
// a static one on a class and its subclass
class S { static [Symbol.hasInstance](x) { return x === 'yes'; } }
class S2 extends S {}
out.push([t('yes', S), t(new S(), S), t('yes', S2), t(new S2(), S2)].join());
// a prototype chain changed to hold one
function H() {}
const h = new H();
out.push(t(h, H));
Object.setPrototypeOf(H, { [Symbol.hasInstance]() { return 'truthy'; } });
out.push(t(h, H), t(1, H));
Object.setPrototypeOf(H, Function.prototype);
out.push(t(h, H), t(1, H));
// a getter for it on a function's own chain object
const mid = Object.create(Function.prototype, { [Symbol.hasInstance]: { get() { out.push('get'); return () => false; } } });
function K() {}
Object.setPrototypeOf(K, mid);
out.push(t(new K(), K));
// a non-callable with the built-in on its chain
const nc = Object.create(Function.prototype);
try { out.push(t({}, nc)); } catch (err) { out.push(err.constructor.name); }
// a function whose prototype property is not an object
function P() {}
P.prototype = 3;
try { out.push(t({}, P)); } catch (err) { out.push(err.constructor.name); }
out.push(t(1, P));
// bound functions and proxies
const bf = F.bind(null);
out.push(t(f, bf), t({}, bf));
const pf = new Proxy(F, {});
out.push(t(f, pf));
const pf2 = new Proxy(F, { get(tg, k) { if (k === Symbol.hasInstance) return () => true; return tg[k]; } });
out.push(t({}, pf2));
// Function.prototype itself as the right side
try { out.push(t(f, Function.prototype)); } catch (err) { out.push(err.constructor.name); }
out.push(t(F, Function), t(F, Object));
// the object chain through a Proxy
const pobj = new Proxy({}, { getPrototypeOf() { out.push('trap'); return F.prototype; } });
out.push(t(pobj, F));
try { Object.defineProperty(Function.prototype, Symbol.hasInstance, { value: () => true }); } catch (err) { out.push(err.constructor.name); }
Function.prototype[Symbol.hasInstance] = () => true;
out.push(t({}, F));
out.join('\n');
`, `true,false,true,true,true,true,true,false,true,true,false,false,false,true
true,false,true,true,true,true,true,false,true,true,false,false,false,true
true,false,true,true,true,true,true,false,true,true,false,false,false,true
true,false
false,true
true,false,true,false
true
true
true
true
false
get
false
false
TypeError
false
true
false
true
true
TypeError
true
true
trap
true
TypeError
false`)
}

// gojanet (engineperf41): a symbol-keyed write that adds a property past a
// prototype's writable data property of that symbol (node's
// `Proto.prototype[kState] = null` defaults) is cached (gojanet_symic.go
// plainSymHolder), and the entry yields to a setter, a read-only or deleted
// property at the holder, a setter in between and a non-extensible receiver.
// The expected output is node 20's.
func TestSymbolSetPastPrototypeDefault(t *testing.T) {
	runSymbolScript(t, `
'use strict';
const out = [];
const k = Symbol('k'), k2 = Symbol('k2');
class Base { constructor(v) { this[k] = v; } }
Base.prototype[k] = 'default';
class Mid extends Base { constructor(v) { super(v); this[k2] = v + '!'; } }
Mid.prototype[k2] = null;
function show(o) { return [o[k], o[k2], Object.getOwnPropertySymbols(o).length, Object.prototype.hasOwnProperty.call(o, k)].join(); }
for (let i = 0; i < 3; i++) out.push(show(new Base(i)), show(new Mid('m' + i)));
out.push(Base.prototype[k], Mid.prototype[k2]);
// the holder's property made a setter: the site calls it
let seen = [];
Object.defineProperty(Base.prototype, k, { set(v) { seen.push('set ' + v); }, get() { return 'got'; }, configurable: true });
const b1 = new Base(10); out.push(show(b1), seen.join());
// back to a writable data property
Object.defineProperty(Base.prototype, k, { value: 'd2', writable: true, configurable: true });
out.push(show(new Base(11)), show(new Base(12)));
// made read-only: strict code throws
Object.defineProperty(Base.prototype, k, { writable: false });
try { new Base(13); out.push('no throw'); } catch (e) { out.push(e.constructor.name); }
Object.defineProperty(Base.prototype, k, { writable: true });
out.push(show(new Base(14)));
// deleted from the holder: an addition as before
delete Base.prototype[k];
out.push(show(new Base(15)), show(new Base(16)));
// an object in between gains a setter
class C { constructor(v) { this[k2] = v; } }
C.prototype[k2] = 0;
const mid = Object.create(C.prototype);
function mk(v) { const o = Object.create(mid); o[k2] = v; return o; }
out.push(show(mk(1)), show(mk(2)));
Object.defineProperty(mid, k2, { set(v) { out.push('mid set ' + v); }, configurable: true });
out.push(show(mk(3)));
delete mid[k2];
out.push(show(mk(4)));
// a non-extensible receiver with the shape the site cached: warmed with
// empty receivers, so the addition through the holder is what is cached
function put(o, v) { o[k2] = v; return o; }
put(Object.create(C.prototype), 1); put(Object.create(C.prototype), 2);
const fz = Object.preventExtensions(Object.create(C.prototype));
try { put(fz, 3); out.push('no throw'); } catch (e) { out.push(e.constructor.name); }
// the holder's value changed (still data): receivers get their own
C.prototype[k2] = 'changed';
out.push(show(put(Object.create(C.prototype), 5)), C.prototype[k2]);
// sloppy: the read-only holder ignores the write
const sloppy = new Function('o', 'k', 'o[k] = 1; return o;');
const P = { [k]: 'ro' };
Object.defineProperty(P, k, { writable: false });
const r1 = sloppy(Object.create(P), k), r2 = sloppy(Object.create(P), k);
out.push(r1[k], r2[k], Object.getOwnPropertySymbols(r2).length);
out.join('\n');
`, `0,,1,true
m0,m0!,2,true
1,,1,true
m1,m1!,2,true
2,,1,true
m2,m2!,2,true
default

got,,0,false
set 10
11,,1,true
12,,1,true
TypeError
14,,1,true
15,,1,true
16,,1,true
,1,1,false
,2,1,false
mid set 3
,,0,false
,4,1,false
TypeError
,5,1,false
changed
ro
ro
0`)
}

// gojanet: a symbol-keyed addition cached at a site (past a holder's data
// property, or with none on the chain) is refused for a sealed, frozen or
// non-extensible receiver: TypeError in strict code, ignored in sloppy code
// (gojanet_symic.go setSym's bo.extensible checks). node 20's output.
func TestSymbolSetCachedAdditionNotExtensible(t *testing.T) {
	runSymbolScript(t, `
'use strict';
const out = [];
const k = Symbol('k');
const H = {}; H[k] = 6;
function put(o, v) { o[k] = v; return o; }
for (let i = 0; i < 4; i++) put(Object.create(H), i);
try { put(Object.seal(Object.create(H)), 1); out.push('no throw'); } catch (e) { out.push(e.constructor.name); }
try { put(Object.freeze(Object.create(H)), 1); out.push('no throw'); } catch (e) { out.push(e.constructor.name); }
// an addition with no holder on the chain (the cached miss)
const k3 = Symbol('k3');
function add(o, v) { o[k3] = v; return o; }
for (let i = 0; i < 4; i++) add({}, i);
try { add(Object.preventExtensions({}), 1); out.push('no throw'); } catch (e) { out.push(e.constructor.name); }
const ok = add({}, 9);
out.push(ok[k3], Object.getOwnPropertySymbols(ok).length);
// sloppy code ignores the failed additions
const sput = new Function('o', 'k', 'v', 'o[k] = v; return o;');
for (let i = 0; i < 4; i++) sput(Object.create(H), k, i);
const sl = sput(Object.seal(Object.create(H)), k, 1);
out.push(sl[k], Object.getOwnPropertySymbols(sl).length);
for (let i = 0; i < 4; i++) sput({}, k3, i);
const pe = sput(Object.preventExtensions({}), k3, 1);
out.push(String(pe[k3]), Object.getOwnPropertySymbols(pe).length);
out.join('\n');
`, `TypeError
TypeError
TypeError
9
1
6
0
undefined
0`)
}
