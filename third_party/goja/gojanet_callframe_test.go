package goja

import "testing"

// gojanet: calls and returns through callJs/retJs (gojanet_callframe.go):
// arity padding, extra arguments, arrows' new.target and this, methods,
// constructions, unused results, recursion to the limit and back, and an
// exception crossing frames; expected values are node 20's.
func TestCallFrames(t *testing.T) {
	const SCRIPT = `
	function pad(a, b, c) { let x = 1; return [a, b, c, x, arguments.length]; }
	assert(compareArray(pad(1), [1, undefined, undefined, 1, 1]));
	assert(compareArray(pad(1, 2, 3, 4), [1, 2, 3, 1, 4]));
	function Outer() { const arrow = () => new.target; return arrow(); }
	assert.sameValue(new Outer(), Outer);
	assert.sameValue(Outer(), undefined);
	const o = { v: 7, m() { return this.v; }, a() { return (() => this.v)(); } };
	assert.sameValue(o.m(), 7);
	assert.sameValue(o.a(), 7);
	function P(x) { this.x = x; }
	assert.sameValue(new P(3).x, 3);
	let n = 0; function inc() { n++; } for (let i = 0; i < 5; i++) inc();
	assert.sameValue(n, 5);
	function depth(k) { return k === 0 ? 0 : 1 + depth(k - 1); }
	assert.sameValue(depth(500), 500);
	function runaway() { return runaway() + 1; }
	let caught = false;
	try { runaway(); } catch (e) { caught = e instanceof RangeError; }
	assert(caught, "RangeError");
	assert.sameValue(depth(100), 100);
	function thrower(k) { if (k === 0) throw new Error("deep"); return thrower(k - 1); }
	function catcher() { let local = "kept"; try { thrower(10); } catch (e) { return local + ":" + e.message; } }
	assert.sameValue(catcher(), "kept:deep");
	function* gen(a) { const x = yield a; return x + 1; }
	const g = gen(1);
	assert.sameValue(g.next().value, 1);
	assert.sameValue(g.next(5).value, 6);
	`
	vm := New()
	vm.SetStackOverflowCatchable(true)
	vm.SetMaxCallStackSize(1000)
	if _, err := vm.RunProgram(testLib()); err != nil {
		t.Fatal(err)
	}
	if _, err := vm.RunString(SCRIPT); err != nil {
		t.Fatal(err)
	}
	// the records a run used no longer hold its frames
	cs := vm.vm.callStack[:cap(vm.vm.callStack)]
	for i := range cs {
		if cs[i].prg != nil || cs[i].stash != nil || cs[i].newTarget != nil {
			t.Fatalf("call stack record %d kept after the run: %+v", i, cs[i])
		}
	}
}

// gojanet: a named function expression's own name (compiler_expr.go): read
// in its body, a closure, an arrow, eval or a default, shadowed by a
// parameter, var or let, assigned (ignored, or a TypeError when strict);
// the binding is made once at entry, and not at all when nothing reads it.
// Expected: node 20's output for the same script.
func TestGojanetCalleeBinding(t *testing.T) {
	const SCRIPT = `var out = [];
var rec = function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); };
out.push(rec(5));
var unused = function named(a) { return a + 1; };
out.push(unused(1), unused.name);
var sloppy = function s1() { s1 = 5; return typeof s1; };
out.push(sloppy());
var strict = function s2() { 'use strict'; try { s2 = 5; } catch (e) { return e.constructor.name; } return 'no'; };
out.push(strict());
var byParam = function p1(p1) { return p1; };
out.push(byParam(7));
var byVar = function v1() { var v1 = 3; return v1; };
out.push(byVar());
var byVarLate = function v2() { var r = typeof v2; var v2 = 1; return r; };
out.push(byVarLate());
var byLet = function l1() { { let l1 = 4; return l1; } };
out.push(byLet());
var inClosure = function c1() { return function () { return c1; }; };
out.push(inClosure()() === inClosure);
var inArrow = function a1() { return (() => a1)(); };
out.push(inArrow() === inArrow);
var withEval = function e1() { return eval('typeof e1'); };
out.push(withEval());
var withArgs = function w1(x) { return [arguments.length, typeof w1]; };
out.push(JSON.stringify(withArgs(1, 2)));
var withDefault = function d1(x = d1) { return x === d1; };
out.push(withDefault());
var methodLike = { m: function mm() { return typeof mm; } };
out.push(methodLike.m());
var ctor = function C(v) { this.v = v; this.self = C; };
var c = new ctor(9);
out.push(c.v, c.self === ctor);
var counter = 0;
var again = function tick() { counter++; if (counter < 3) tick(); return counter; };
out.push(again());
out.join(',');`
	const want = "120,2,named,function,TypeError,7,3,undefined,4,true,true,function,[2,\"function\"],true,function,9,true,3"
	v, err := New().RunString(SCRIPT)
	if err != nil {
		t.Fatal(err)
	}
	if got := v.String(); got != want {
		t.Fatalf("got  %s\nwant %s", got, want)
	}
}

// gojanet: push past the value stack's length and capacity (vm.push appends
// there, engineperf28): deep frames with locals, many arguments spread onto
// the stack, and a second run reusing the stack leave kept; node 20 gives the
// same values.
func TestGojanetPushGrowth(t *testing.T) {
	const SCRIPT = `(function () {
	function deep(k) { let a = k, b = k * 2; return k === 0 ? 0 : a + b - 2 * k + 1 + deep(k - 1); }
	function many() { let s = 0; for (let i = 0; i < arguments.length; i++) s += arguments[i]; return s; }
	const big = []; for (let i = 0; i < 5000; i++) big.push(i % 7);
	return [deep(1500), many(...big), String.fromCharCode(...big.map(x => 65 + x)).length, deep(3)].join();
	})()`
	for run := 0; run < 2; run++ {
		r := New()
		for i := 0; i < 2; i++ {
			v, err := r.RunString(SCRIPT)
			if err != nil {
				t.Fatal(err)
			}
			if got, want := v.String(), "1127250,14995,5000,9"; got != want {
				t.Fatalf("run %d.%d: got %s, want %s", run, i, got, want)
			}
		}
	}
}
