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
