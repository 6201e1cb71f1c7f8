package goja

import "testing"

// gojanet: V8's words for failed writes in strict code and for instanceof
// (gojanet_messages.go readOnlyError, setterMissing, noSideEffectsToString;
// object.go's set paths; func.go hasInstance). Each script's expected
// output is node 20's, recorded by running the script under node
// (vm.runInThisContext, printing its completion value).

// Symbol-keyed writes in strict code name the key as V8 does ('Symbol(k)',
// 'Symbol()') and the object assigned to (the receiver, not the prototype
// holding the read-only property: '#<Cc>', not '#<B>'); instanceof with a
// right side whose prototype is not an object says "Function has
// non-object prototype '3' in instanceof check".
func TestV8MessagesSymbolKeyedWrites(t *testing.T) {
	runSymbolScript(t, `
'use strict';
const k = Symbol('k'), e = Symbol(), d = Symbol('a b');
const out = [];
function tr(f) { try { f(); out.push('no throw'); } catch (x) { out.push(x.constructor.name + ': ' + x.message); } }
class B {} class Cc extends B {}
// own read-only symbol
const o1 = new Cc(); Object.defineProperty(o1, k, { value: 1, writable: false });
tr(() => { o1[k] = 2; });
const o1e = {}; Object.defineProperty(o1e, e, { value: 1 });
tr(() => { o1e[e] = 2; });
const o1d = {}; Object.defineProperty(o1d, d, { value: 1 });
tr(() => { o1d[d] = 2; });
// inherited read-only symbol (holder is a B.prototype)
Object.defineProperty(B.prototype, k, { value: 0, writable: false, configurable: true });
tr(() => { new Cc()[k] = 2; });
tr(() => { const x = Object.create(B.prototype); x[k] = 3; });
// same with a string key
Object.defineProperty(B.prototype, 'p', { value: 0, writable: false, configurable: true });
tr(() => { new Cc().p = 2; });
const o2 = new Cc(); Object.defineProperty(o2, 'q', { value: 1 });
tr(() => { o2.q = 2; });
// frozen receivers
const fr = Object.freeze(new Cc());
tr(() => { fr[e] = 1; });
tr(() => { fr[d] = 1; });
tr(() => { fr.zz = 1; });
tr(() => { fr[5] = 1; });
tr(() => { Object.preventExtensions(new Cc())[Symbol('n')] = 1; });
tr(() => { Object.preventExtensions([])[Symbol('n')] = 1; });
tr(() => { Object.preventExtensions(function f() {})[Symbol('n')] = 1; });
tr(() => { Object.freeze([1])[0] = 1; });
tr(() => { const f = Object.freeze(Object.defineProperty({}, k, { value: 1, writable: true })); f[k] = 2; });
tr(() => { const g = Object.defineProperty({}, k, { get() { return 1; } }); g[k] = 2; });
// functions as holders/receivers
function F() {}
Object.defineProperty(F, k, { value: 1 });
tr(() => { F[k] = 2; });
tr(() => { Object.create(F)[k] = 2; });
tr(() => { Reflect.set({}, k, 1, Object.freeze({})) ? out.push('t') : out.push('f'); });
// null-prototype object, Map-like tag
const np = Object.create(null); Object.defineProperty(np, k, { value: 1 });
tr(() => { np[k] = 2; });
tr(() => { Object.preventExtensions(Object.create(null))[k] = 2; });
tr(() => { Object.preventExtensions(new Map())[k] = 2; });
// Symbol.toStringTag
const m = new Map(); Object.defineProperty(m, k, { value: 1 });
tr(() => { m[k] = 2; });
// instanceof
function P() {} P.prototype = 3;
tr(() => ({}) instanceof P);
function Q() {} Q.prototype = undefined;
tr(() => ({}) instanceof Q);
function R() {} R.prototype = null;
tr(() => ({}) instanceof R);
tr(() => 1 instanceof P);
const K = function () {}; K.prototype = 'str';
tr(() => ({}) instanceof K);
const bf = P.bind(null);
tr(() => ({}) instanceof bf);
const arrow = () => {};
tr(() => ({}) instanceof arrow);
tr(() => ({}) instanceof {});
tr(() => ({}) instanceof 3);
const pf = new Proxy(P, {});
tr(() => ({}) instanceof pf);
out.join('\n');
`, `TypeError: Cannot assign to read only property 'Symbol(k)' of object '#<Cc>'
TypeError: Cannot assign to read only property 'Symbol()' of object '#<Object>'
TypeError: Cannot assign to read only property 'Symbol(a b)' of object '#<Object>'
TypeError: Cannot assign to read only property 'Symbol(k)' of object '#<Cc>'
TypeError: Cannot assign to read only property 'Symbol(k)' of object '#<B>'
TypeError: Cannot assign to read only property 'p' of object '#<Cc>'
TypeError: Cannot assign to read only property 'q' of object '#<Cc>'
TypeError: Cannot add property Symbol(), object is not extensible
TypeError: Cannot add property Symbol(a b), object is not extensible
TypeError: Cannot add property zz, object is not extensible
TypeError: Cannot add property 5, object is not extensible
TypeError: Cannot add property Symbol(n), object is not extensible
TypeError: Cannot add property Symbol(n), object is not extensible
TypeError: Cannot add property Symbol(n), object is not extensible
TypeError: Cannot assign to read only property '0' of object '[object Array]'
TypeError: Cannot assign to read only property 'Symbol(k)' of object '#<Object>'
TypeError: Cannot set property Symbol(k) of #<Object> which has only a getter
TypeError: Cannot assign to read only property 'Symbol(k)' of function 'function F() {}'
TypeError: Cannot assign to read only property 'Symbol(k)' of object '[object Object]'
f
no throw
TypeError: Cannot assign to read only property 'Symbol(k)' of object '[object Object]'
TypeError: Cannot add property Symbol(k), object is not extensible
TypeError: Cannot add property Symbol(k), object is not extensible
TypeError: Cannot assign to read only property 'Symbol(k)' of object '#<Map>'
TypeError: Function has non-object prototype '3' in instanceof check
TypeError: Function has non-object prototype 'undefined' in instanceof check
TypeError: Function has non-object prototype 'null' in instanceof check
no throw
TypeError: Function has non-object prototype 'str' in instanceof check
TypeError: Function has non-object prototype '3' in instanceof check
TypeError: Function has non-object prototype 'undefined' in instanceof check
TypeError: Right-hand side of 'instanceof' is not callable
TypeError: Right-hand side of 'instanceof' is not an object
TypeError: Function has non-object prototype '3' in instanceof check`)
}

// A read-only property reached from a primitive names the primitive
// ("of number '5'", "of boolean 'true'"); Reflect.set onto a non-extensible
// receiver returns false (setIdx and setSym returned true after a refused
// define).
func TestV8MessagesPrimitiveReceivers(t *testing.T) {
	runSymbolScript(t, `
'use strict';
const out = [];
function tr(f) { try { const r = f(); out.push('no throw ' + r); } catch (x) { out.push(x.constructor.name + ': ' + x.message); } }
const k = Symbol('k');
Object.defineProperty(Number.prototype, 'ro', { value: 1, configurable: true });
Object.defineProperty(Number.prototype, k, { value: 1, configurable: true });
Object.defineProperty(String.prototype, 'ro', { value: 1, configurable: true });
Object.defineProperty(Boolean.prototype, k, { value: 1, configurable: true });
tr(() => { (5).ro = 2; });
tr(() => { (5)[k] = 2; });
tr(() => { 'abc'.ro = 2; });
tr(() => { true[k] = 2; });
tr(() => { 'abc'.length = 2; });
tr(() => { 'abc'[0] = 2; });
tr(() => { (5).zz = 2; });
tr(() => { (5)[k] = 2; });
tr(() => { (5)[Symbol('q')] = 2; });
// Reflect.set onto a non-extensible receiver
tr(() => Reflect.set({}, k, 1, Object.freeze({})));
tr(() => Reflect.set({}, 'x', 1, Object.freeze({})));
tr(() => Reflect.set({}, 0, 1, Object.freeze({})));
tr(() => Reflect.set({}, 0, 1, Object.freeze([])));
tr(() => Reflect.set({}, k, 1, {}));
// receiver's own read-only property
tr(() => Reflect.set({}, k, 1, Object.defineProperty({}, k, { value: 0 })));
// an array with a read-only index in its prototype
const pa = [1]; Object.freeze(pa);
tr(() => { const a = Object.create(pa); a[0] = 2; });
class Z extends Array {}
const z = new Z(); Object.defineProperty(Z.prototype, 0, { value: 1, configurable: true });
tr(() => { z[0] = 2; });
// sealed array push
tr(() => { Object.seal([1])[1] = 2; });
// frozen function with symbol
tr(() => { Object.freeze(function g() {})[k] = 2; });
tr(() => { Object.freeze(class G {})[k] = 2; });
out.join('\n');
`, `TypeError: Cannot assign to read only property 'ro' of number '5'
TypeError: Cannot assign to read only property 'Symbol(k)' of number '5'
TypeError: Cannot assign to read only property 'ro' of string 'abc'
TypeError: Cannot assign to read only property 'Symbol(k)' of boolean 'true'
TypeError: Cannot assign to read only property 'length' of string 'abc'
TypeError: Cannot assign to read only property '0' of string 'abc'
TypeError: Cannot create property 'zz' on number '5'
TypeError: Cannot assign to read only property 'Symbol(k)' of number '5'
TypeError: Cannot create property 'Symbol(q)' on number '5'
no throw false
no throw false
no throw false
no throw false
no throw true
no throw false
TypeError: Cannot assign to read only property '0' of object '[object Object]'
TypeError: Cannot assign to read only property '0' of object '[object Array]'
TypeError: Cannot add property 1, object is not extensible
TypeError: Cannot add property Symbol(k), object is not extensible
TypeError: Cannot add property Symbol(k), object is not extensible`)
}

// A String object's own index or length is "of object '[object String]'";
// a primitive string's is "of string 'abc'".
func TestV8MessagesStringWrappers(t *testing.T) {
	runSymbolScript(t, `
'use strict';
const out = [];
function tr(f) { try { const r = f(); out.push('no throw ' + r); } catch (x) { out.push(x.constructor.name + ': ' + x.message); } }
tr(() => { new String('abc')[0] = 1; });
tr(() => { new String('abc').length = 1; });
tr(() => { const s = new String('abc'); Object.create(s)[0] = 1; });
tr(() => { Object.create('abc'); });
tr(() => { const n = new Number(5); Object.defineProperty(n, 'r', {value: 1}); n.r = 2; });
tr(() => { Reflect.set(String.prototype, 'length', 1, 'xyz'); });
tr(() => Reflect.set(Object.freeze({a: 1}), 'a', 1, 5));
out.join('\n');
`, `TypeError: Cannot assign to read only property '0' of object '[object String]'
TypeError: Cannot assign to read only property 'length' of object '[object String]'
TypeError: Cannot assign to read only property '0' of object '[object Object]'
TypeError: Object prototype may only be an Object or null: abc
TypeError: Cannot assign to read only property 'r' of object '[object Number]'
no throw undefined
no throw false`)
}

// Strings' deletes, sites warmed before a holder's property was made
// read-only, typed arrays, BigInt and Symbol receivers, a symbol or number
// as a function's prototype in instanceof.
func TestV8MessagesReadOnlyMisc(t *testing.T) {
	runSymbolScript(t, `
'use strict';
const out = [];
function tr(f) { try { const r = f(); out.push('no throw ' + r); } catch (x) { out.push(x.constructor.name + ': ' + x.message); } }
tr(() => { delete new String('abc')[0]; });
tr(() => { delete 'abc'[0]; });
tr(() => Array.prototype.push.call('abc', 1));
tr(() => { Object.create(Math).PI = 3; });
tr(() => { Math.PI = 3; });
tr(() => { Object.create(Math)[Symbol.toStringTag] = 3; });
tr(() => { Math[Symbol.toStringTag] = 3; });
class H { } Object.defineProperty(H.prototype, 'p', { value: 1, writable: true, configurable: true });
class I extends H {}
function put(o) { o.p = 2; return o; }
function puts(o, k) { o[k] = 2; return o; }
const k = Symbol('k'); H.prototype[k] = 1;
for (let i = 0; i < 5; i++) { put(new I()); puts(new I(), k); }
Object.defineProperty(H.prototype, 'p', { writable: false });
Object.defineProperty(H.prototype, k, { writable: false });
tr(() => put(new I()));
tr(() => puts(new I(), k));
tr(() => put(Object.freeze(new H())));
const u8 = new Uint8Array(2);
tr(() => { Object.freeze(new Uint8Array(0)).x = 1; });
tr(() => { Object.create(u8)[0] = 1; });
tr(() => { Object.preventExtensions(u8)[Symbol('z')] = 1; });
tr(() => { const a = []; Object.defineProperty(a, 'length', { writable: false }); a.push(1); });
tr(() => { const a = [1]; Object.defineProperty(a, 'length', { writable: false }); Object.create(a).length = 0; });
tr(() => { globalThis.undefined = 1; });
tr(() => { (function () {}).name = 'x'; });
tr(() => { Object.create(function f() {}).name = 'x'; });
tr(() => { Symbol.iterator.description = 'x'; });
tr(() => { 10n.x = 1; });
tr(() => { Object.defineProperty(BigInt.prototype, 'ro', { value: 1, configurable: true }); 10n.ro = 1; });
tr(() => { Object.defineProperty(Symbol.prototype, 'ro', { value: 1, configurable: true }); Symbol('s').ro = 1; });
tr(() => ({}) instanceof Object.defineProperty(function () {}, 'prototype', { value: Symbol('p') }));
tr(() => ({}) instanceof Object.defineProperty(function () {}, 'prototype', { value: 1.5 }));
tr(() => ({}) instanceof Object.defineProperty(function () {}, 'prototype', { value: 10n }));
out.join('\n');
`, `TypeError: Cannot delete property '0' of [object String]
TypeError: Cannot delete property '0' of [object String]
TypeError: Cannot assign to read only property 'length' of object '[object String]'
TypeError: Cannot assign to read only property 'PI' of object '#<Object>'
TypeError: Cannot assign to read only property 'PI' of object '#<Object>'
TypeError: Cannot assign to read only property 'Symbol(Symbol.toStringTag)' of object '#<Object>'
TypeError: Cannot assign to read only property 'Symbol(Symbol.toStringTag)' of object '#<Object>'
TypeError: Cannot assign to read only property 'p' of object '#<I>'
TypeError: Cannot assign to read only property 'Symbol(k)' of object '#<I>'
TypeError: Cannot assign to read only property 'p' of object '#<H>'
TypeError: Cannot add property x, object is not extensible
no throw undefined
TypeError: Cannot add property Symbol(z), object is not extensible
TypeError: Cannot assign to read only property 'length' of object '[object Array]'
TypeError: Cannot assign to read only property 'length' of object '[object Object]'
TypeError: Cannot assign to read only property 'undefined' of object '#<Object>'
TypeError: Cannot assign to read only property 'name' of function 'function () {}'
TypeError: Cannot assign to read only property 'name' of object '[object Object]'
TypeError: Cannot set property description of [object Symbol] which has only a getter
TypeError: Cannot create property 'x' on bigint '10'
TypeError: Cannot assign to read only property 'ro' of bigint '10'
TypeError: Cannot assign to read only property 'ro' of symbol 'Symbol(s)'
TypeError: Function has non-object prototype 'Symbol(p)' in instanceof check
TypeError: Function has non-object prototype '1.5' in instanceof check
TypeError: Function has non-object prototype '10' in instanceof check`)
}

// An array whose length is not writable: push, pop, shift, splice,
// assignments past the end, dense and sparse ("Cannot assign to read only
// property 'length' of object '[object Array]'"); deletes on String
// objects and typed arrays ("of [object Uint8Array]").
func TestV8MessagesReadOnlyLength(t *testing.T) {
	runSymbolScript(t, `
'use strict';
const out = [];
function tr(f) { try { const r = f(); out.push('no throw ' + r); } catch (x) { out.push(x.constructor.name + ': ' + x.message); } }
function ro(a) { Object.defineProperty(a, 'length', { writable: false }); return a; }
tr(() => { ro([]).push(1); });
tr(() => { ro([1, 2]).length = 0; });
tr(() => { ro([1, 2]).length = 2; });
tr(() => { ro([1, 2])[5] = 1; });
tr(() => { ro([1, 2]).pop(); });
tr(() => { ro([1, 2]).shift(); });
tr(() => { ro([1, 2]).splice(0, 1); });
tr(() => { ro([1, 2]).unshift(0); });
tr(() => { const a = []; a[1000000] = 1; ro(a).push(1); });
tr(() => { const a = []; a[1000000] = 1; ro(a)[2000000] = 1; });
tr(() => { const a = []; a[1000000] = 1; ro(a).length = 3; });
tr(() => { Reflect.set(ro([1]), 'length', 0); });
tr(() => { class X extends Array {} ro(new X()).push(1); });
tr(() => { Object.freeze([1, 2]).length = 1; });
tr(() => { Object.freeze([1, 2]).push(3); });
tr(() => { Object.freeze([1, 2]).pop(); });
tr(() => { Array.from.call(function () { return ro([]); }, [1, 2]); });
tr(() => { delete new String('abc')[0]; });
tr(() => { delete 'abc'[0]; });
tr(() => { delete new String('abc').length; });
tr(() => { delete new Uint8Array(2)[0]; });
tr(() => { class X extends Uint8Array {} delete new X(1)[0]; });
tr(() => { delete new Float64Array(1)[0]; });
tr(() => { const u = new Uint8Array(1); Object.defineProperty(u, 'x', { value: 1 }); u.x = 2; });
tr(() => { const u = new Uint8Array(1); Object.defineProperty(u, Symbol.toStringTag, { value: 'T' }); Object.defineProperty(u, 'x', { value: 1 }); u.x = 2; });
out.join('\n');
`, `TypeError: Cannot assign to read only property 'length' of object '[object Array]'
TypeError: Cannot assign to read only property 'length' of object '[object Array]'
TypeError: Cannot assign to read only property 'length' of object '[object Array]'
TypeError: Cannot assign to read only property 'length' of object '[object Array]'
TypeError: Cannot assign to read only property 'length' of object '[object Array]'
TypeError: Cannot assign to read only property 'length' of object '[object Array]'
TypeError: Cannot assign to read only property 'length' of object '[object Array]'
TypeError: Cannot assign to read only property 'length' of object '[object Array]'
TypeError: Cannot assign to read only property 'length' of object '[object Array]'
TypeError: Cannot assign to read only property 'length' of object '[object Array]'
TypeError: Cannot assign to read only property 'length' of object '[object Array]'
no throw undefined
TypeError: Cannot assign to read only property 'length' of object '[object Array]'
TypeError: Cannot assign to read only property 'length' of object '[object Array]'
TypeError: Cannot add property 2, object is not extensible
TypeError: Cannot delete property '1' of [object Array]
TypeError: Cannot assign to read only property 'length' of object '[object Array]'
TypeError: Cannot delete property '0' of [object String]
TypeError: Cannot delete property '0' of [object String]
TypeError: Cannot delete property 'length' of [object String]
TypeError: Cannot delete property '0' of [object Uint8Array]
TypeError: Cannot delete property '0' of [object Uint8Array]
TypeError: Cannot delete property '0' of [object Float64Array]
TypeError: Cannot assign to read only property 'x' of object '[object Uint8Array]'
TypeError: Cannot assign to read only property 'x' of object '[object T]'`)
}

// A getter-only property reached from a primitive: V8 names the holder, here
// the primitive's prototype (Number.prototype renders as [object Number]).
func TestV8MessagesGetterOnlyPrimitive(t *testing.T) {
	runSymbolScript(t, `
'use strict';
const out = [];
function tr(f) { try { const r = f(); out.push('no throw ' + r); } catch (x) { out.push(x.constructor.name + ': ' + x.message); } }
for (const C of [Number, String, Boolean, Symbol, BigInt]) Object.defineProperty(C.prototype, 'g', { get() { return 1; }, configurable: true });
tr(() => { (5).g = 1; });
tr(() => { 'ab'.g = 1; });
tr(() => { true.g = 1; });
tr(() => { Symbol('q').g = 1; });
tr(() => { 10n.g = 1; });
tr(() => { Symbol.iterator.description = 1; });
out.join('\n');
`, `TypeError: Cannot set property g of [object Number] which has only a getter
TypeError: Cannot set property g of [object String] which has only a getter
TypeError: Cannot set property g of [object Boolean] which has only a getter
TypeError: Cannot set property g of [object Symbol] which has only a getter
TypeError: Cannot set property g of [object BigInt] which has only a getter
TypeError: Cannot set property description of [object Symbol] which has only a getter`)
}

// A getter-only property found up the chain: V8 names the object holding the
// getter (Object.prototype as #<Object>, a base class's prototype as #<Base>),
// not the receiver, for string, symbol and index keys and primitive receivers.
// Recorded under node v20.
func TestV8MessagesGetterOnlyHolder(t *testing.T) {
	runSymbolScript(t, `
'use strict';
const out = [];
function tr(f) { try { f(); out.push('no throw'); } catch (x) { out.push(x.constructor.name + ': ' + x.message); } }
const s = Symbol('k');
Object.defineProperty(Object.prototype, 'zz', { get() { return 1; }, configurable: true });
Object.defineProperty(Object.prototype, s, { get() { return 1; }, configurable: true });
Object.defineProperty(Object.prototype, '99', { get() { return 1; }, configurable: true });
class Base { get v() { return 1; } get [s]() { return 1; } get 3() { return 1; } }
class Derived extends Base {}
tr(() => { (5).zz = 1; });
tr(() => { 'ab'.zz = 1; });
tr(() => { (5)[s] = 1; });
tr(() => { (5)[99] = 1; });
tr(() => { [][99] = 1; });
tr(() => { new Derived().v = 2; });
tr(() => { new Derived()[s] = 2; });
tr(() => { new Derived()[3] = 2; });
tr(() => { Object.create(new Derived()).v = 2; });
tr(() => { Object.create([]).zz = 2; });
out.push(String(Reflect.set({}, 99, 1, 5)), String(Reflect.set(new Derived(), 'v', 1, 5)));
delete Object.prototype.zz; delete Object.prototype[s]; delete Object.prototype[99];
out.join('\n');
`, `TypeError: Cannot set property zz of #<Object> which has only a getter
TypeError: Cannot set property zz of #<Object> which has only a getter
TypeError: Cannot set property Symbol(k) of #<Object> which has only a getter
TypeError: Cannot set property 99 of #<Object> which has only a getter
TypeError: Cannot set property 99 of #<Object> which has only a getter
TypeError: Cannot set property v of #<Base> which has only a getter
TypeError: Cannot set property Symbol(k) of #<Base> which has only a getter
TypeError: Cannot set property 3 of #<Base> which has only a getter
TypeError: Cannot set property v of #<Base> which has only a getter
TypeError: Cannot set property zz of #<Object> which has only a getter
false
false`)
}
