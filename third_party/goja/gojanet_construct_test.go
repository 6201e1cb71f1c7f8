package goja

import "testing"

// gojanet: `new` of an ordinary function in the loop (gojanet_construct.go),
// and every other callee on _new's path; expected values are node 20's.
func TestGojanetNewInLoop(t *testing.T) {
	const SCRIPT = `
	function P(a, b) { this.a = a; this.b = b; }
	P.prototype.sum = function () { return this.a + this.b; };
	var p = new P(1, 2);
	assert.sameValue(p.sum(), 3);
	assert(p instanceof P);
	assert.sameValue(Object.getPrototypeOf(p), P.prototype);
	assert.sameValue(new P(1).b, undefined);
	assert.sameValue(typeof new P, "object");
	function R() { this.x = 1; return {r: 1}; }
	assert.sameValue(new R().r, 1);
	assert.sameValue(new R().x, undefined);
	function Fn() { return function () { return 7; }; }
	assert.sameValue(new Fn()(), 7);
	function Prim() { this.k = 2; return 5; }
	assert.sameValue(new Prim().k, 2);
	function Nul() { this.k = 3; return null; }
	assert.sameValue(new Nul().k, 3);
	function Und() { this.k = 4; return; }
	assert.sameValue(new Und().k, 4);
	function Str() { 'use strict'; this.k = 5; return 'str'; }
	assert.sameValue(new Str().k, 5);
	function NT() { this.t = new.target; this.u = (() => new.target)(); }
	var nt = new NT();
	assert.sameValue(nt.t, NT);
	assert.sameValue(nt.u, NT);
	function Plain() { return new.target; }
	assert.sameValue(Plain(), undefined);
	function Inner() { return Plain(); }
	assert.sameValue(new Inner() instanceof Inner, true);
	function BadProto() { this.v = 1; }
	BadProto.prototype = 3;
	assert.sameValue(Object.getPrototypeOf(new BadProto()), Object.prototype);
	function Deep(n) { this.v = n > 0 ? new Deep(n - 1).v + 1 : 0; }
	assert.sameValue(new Deep(200).v, 200);
	function Args() { this.n = arguments.length; this.a = arguments[1]; }
	var ar = new Args(1, 'x', 3);
	assert.sameValue(ar.n, 3);
	assert.sameValue(ar.a, 'x');
	function Clo(v) { this.get = function () { return v; }; }
	assert.sameValue(new Clo(9).get(), 9);
	function Thrower(m) { throw new Error(m); }
	var caught;
	try { new Thrower('boom'); } catch (e) { caught = e.message; }
	assert.sameValue(caught, 'boom');
	var fin = [];
	function Fin() { try { fin.push(1); return {f: 1}; } finally { fin.push(2); } }
	assert.sameValue(new Fin().f, 1);
	assert.sameValue(fin.join(), '1,2');
	var count = 0;
	function Counted() { count++; }
	new Counted(); new Counted;
	assert.sameValue(count, 2);
	function* gen() { var o = new P(yield 1, yield 2); return o.sum(); }
	var g = gen(); g.next(); g.next(10);
	assert.sameValue(g.next(20).value, 30);
	async function af() { return new P(await 1, await 2).sum(); }
	af().then(function (v) { globalThis.asyncResult = v; });
	class C { constructor(x) { this.x = x; } }
	assert.sameValue(new C(4).x, 4);
	class D extends P { constructor() { super(5, 6); } }
	assert.sameValue(new D().sum(), 11);
	assert.sameValue(new Date(0).getTime(), 0);
	assert.sameValue(new Array(3).length, 3);
	var B = P.bind(null, 7);
	assert.sameValue(new B(8).sum(), 15);
	var Px = new Proxy(P, {});
	assert.sameValue(new Px(1, 1).sum(), 2);
	assert.sameValue(new P(...[7, 8]).b, 8);
	assert.throws(TypeError, function () { new (() => 1)(); });
	assert.throws(TypeError, function () { new ({ m() {} }).m(); });
	assert.throws(TypeError, function () { new gen(); });
	assert.throws(TypeError, function () { new af(); });
	assert.throws(TypeError, function () { var x = 1; new x(); });
	var order = [];
	function Ord(a, b) { order.push('body'); }
	new Ord(order.push('a'), order.push('b'));
	assert.sameValue(order.join(), 'a,b,body');
	`
	testScriptWithTestLib(SCRIPT, _undefined, t)
}

// A constructor's frame is named `new F` and a throw inside it unwinds to the
// caller's handler with the caller's locals intact.
func TestGojanetNewInLoopFrames(t *testing.T) {
	r := New()
	r.SetV8StackFrames(true)
	r.Set("names", frameNames(r))
	v, err := r.RunString(`
	function G() { this.n = names(); }
	function F() { this.g = new G(); }
	function T() { throw new Error('x'); }
	function run() { var keep = 41; try { new T(); } catch (e) { keep++; } return new F().g.n + ':' + keep; }
	run();
	`)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := v.String(), "new G,new F,run,-:42"; got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
}

// Stack overflow in a constructor is catchable as before.
func TestGojanetNewInLoopOverflow(t *testing.T) {
	r := New()
	r.SetMaxCallStackSize(500)
	r.SetStackOverflowCatchable(true)
	v, err := r.RunString(`
	function R() { new R(); }
	var msg; try { new R(); } catch (e) { msg = e instanceof RangeError; }
	msg;
	`)
	if err != nil {
		t.Fatal(err)
	}
	if !v.ToBoolean() {
		t.Fatal("no RangeError")
	}
}

// gojanet: new and instanceof read F.prototype once, from the slot it was
// last found in while F keeps that shape (prototypeValue): replaced,
// made a primitive, made read-only, on a function with many properties,
// after a delete (dictionary mode), changed between constructions, and on
// functions that share a shape. Expected: node 20's output.
func TestGojanetPrototypeSlot(t *testing.T) {
	const SCRIPT = `var out = [];
function F() { this.v = 1; }
var a = new F(); out.push(a instanceof F, Object.getPrototypeOf(a) === F.prototype);
var p2 = { tag: 'p2' }; F.prototype = p2;
var b = new F(); out.push(b.tag, b instanceof F, a instanceof F);
F.prototype = 5;
var c = new F(); out.push(Object.getPrototypeOf(c) === Object.prototype);
try { c instanceof F; out.push('no'); } catch (e) { out.push(e.constructor.name); }
F.prototype = p2;
Object.defineProperty(F, 'prototype', { writable: false });
F.prototype = { tag: 'ignored' };
out.push(new F().tag, b instanceof F);
function G() {}
for (var i = 0; i < 12; i++) G['s' + i] = i;
var g1 = new G(); G.prototype.q = 3; out.push(g1.q, g1 instanceof G);
G.prototype = { q: 4 }; out.push(new G().q, g1 instanceof G);
function H() {}
H.extra = 1; delete H.extra;
out.push(new H() instanceof H);
H.prototype = { z: 1 }; out.push(new H().z);
function K() {}
var ks = [];
for (var j = 0; j < 3; j++) { var k = new K(); ks.push(k instanceof K); if (j === 1) K.prototype = { w: j }; }
out.push(ks.join('/'), new K().w);
var shared = [function () {}, function () {}];
shared[0].prototype.m = 'm0';
out.push(new shared[0]().m, new shared[1]().m, new shared[1]() instanceof shared[0]);
class Cl {} out.push(new Cl() instanceof Cl, Object.create(K.prototype) instanceof K);
var bound = K.bind(null); out.push(new bound() instanceof K, new K() instanceof bound);
out.join(',');`
	const want = "true,true,p2,true,false,true,TypeError,p2,true,3,true,4,false,true,1,true/true/true,1,m0,,false,true,true,true,true"
	for _, fuse := range []bool{true, false} {
		noFusing = !fuse
		v, err := New().RunString(SCRIPT)
		noFusing = false
		if err != nil {
			t.Fatal(err)
		}
		if got := v.String(); got != want {
			t.Fatalf("fused %v:\n got %s\nwant %s", fuse, got, want)
		}
	}
}
