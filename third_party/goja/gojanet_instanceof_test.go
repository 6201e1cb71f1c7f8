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
