package goja

import (
	"testing"
	"time"
)

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

// gojanet: a script's or eval's completion value is vm.result, not part of
// a call's record (gojanet_callframe.go): functions called between its
// statements, evals nested in them, an exception thrown past an eval, and a
// script run from Go inside a call keep it. Expected: node 20's output.
func TestCompletionAcrossCalls(t *testing.T) {
	const SCRIPT = `
	function f() { return eval("5"); }
	function g() { eval("6"); throw new Error("x"); }
	function h() { return (0, eval)("7; 8"); }
	function n() { return nested(); }
	var out = [];
	out.push(eval("1; var y = f();"));
	out.push(eval("2; try { g(); } catch (e) {}"));
	out.push(eval("3; var z = h(); z;"));
	out.push(eval("4; var w = eval('9; f()');"));
	out.push(eval("10; for (var i = 0; i < 2; i++) { f(); }"));
	out.push(eval("11; if (true) { var q = f(); }"));
	out.push(eval("12; var m = n();"));
	JSON.stringify(out) + " " + y + " " + z + " " + w + " " + m;
	`
	vm := New()
	vm.Set("nested", func() Value {
		v, err := vm.RunString("13; 14")
		if err != nil {
			panic(err)
		}
		return v
	})
	v, err := vm.RunString(SCRIPT)
	if err != nil {
		t.Fatal(err)
	}
	// node 20 (nested() returning 14 where a script run from Go is not node's)
	if s := v.String(); s != "[1,null,8,4,5,null,12] 5 8 5 14" {
		t.Fatalf("got %s", s)
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

// gojanet: AssertFunction's Callable of an ordinary function or method
// (callFromGo): the result, this and nil arguments as undefined, an
// exception as the error with the stack restored, one caught inside, a call
// from Go nested in JS, a catchable stack overflow at the entry, an
// interrupt as the error, a Go panic passed on, and the VM usable after each.
func TestCallFromGo(t *testing.T) {
	r := New()
	r.SetStackOverflowCatchable(true)
	r.SetMaxCallStackSize(200)
	_, err := r.RunString(`
	function args(a, b) { 'use strict'; return [typeof this, this === undefined, a, b === undefined, arguments.length].join(); }
	function thrower(k) { if (k === 0) throw new TypeError("deep"); return thrower(k - 1); }
	function catcher() { try { thrower(5); } catch (e) { return "caught " + e.message; } }
	const o = { v: 3, m() { return this.v; } };
	function nest(a) { return goNest(a) + 1; }
	function deep(k) { return k === 0 ? goDeep() : deep(k - 1); }
	function spin() { for (;;) {} }
	function viaGo() { return goPanic(); }
	`)
	if err != nil {
		t.Fatal(err)
	}
	fn := func(name string) Callable {
		f, ok := AssertFunction(r.Get(name))
		if !ok {
			t.Fatalf("%s: not a function", name)
		}
		return f
	}
	sp := r.vm.sp
	check := func(what string) {
		t.Helper()
		if r.vm.sp != sp || len(r.vm.callStack) != 0 || len(r.vm.tryStack) != 0 || r.vm.prg != nil {
			t.Fatalf("%s: vm left with sp %d (was %d), %d call records, %d try frames, prg %v", what, r.vm.sp, sp, len(r.vm.callStack), len(r.vm.tryStack), r.vm.prg)
		}
	}
	v, err := fn("args")(nil, r.ToValue(1), nil)
	if err != nil || v.String() != "undefined,true,1,true,2" {
		t.Fatalf("args: %v %v", v, err)
	}
	check("args")
	v, err = fn("args")(r.ToValue("s"))
	if err != nil || v.String() != "string,false,,true,0" {
		t.Fatalf("args with this: %v %v", v, err)
	}
	_, err = fn("thrower")(nil, r.ToValue(3))
	ex, ok := err.(*Exception)
	if !ok || ex.Value().String() != "TypeError: deep" || len(ex.stack) < 4 {
		t.Fatalf("thrower: %v", err)
	}
	check("thrower")
	if v, err = fn("catcher")(nil); err != nil || v.String() != "caught deep" {
		t.Fatalf("catcher: %v %v", v, err)
	}
	m, ok := AssertFunction(r.Get("o").ToObject(r).Get("m"))
	if !ok {
		t.Fatal("method")
	}
	if v, err = m(r.Get("o")); err != nil || v.ToInteger() != 3 {
		t.Fatalf("method: %v %v", v, err)
	}
	// a call from Go inside JS (a host function calling back): it returns
	// to the JS frame that called the host
	inner, _ := AssertFunction(r.Get("args"))
	r.Set("goNest", func(c FunctionCall) Value {
		v, err := inner(nil, c.Argument(0))
		if err != nil {
			panic(err)
		}
		return r.ToValue(len(v.String()))
	})
	if v, err = fn("nest")(nil, r.ToValue(5)); err != nil || v.ToInteger() != 24 {
		t.Fatalf("nest: %v %v", v, err)
	}
	check("nest")
	// the stack overflow thrown at the entry, by a call from Go at the limit
	r.Set("goDeep", func(c FunctionCall) Value {
		_, err := fn("deep")(nil, r.ToValue(0))
		if err != nil {
			panic(err)
		}
		return _undefined
	})
	_, err = fn("deep")(nil, r.ToValue(10))
	if ex, ok := err.(*Exception); !ok || ex.Value().String() != "RangeError: Maximum call stack size exceeded" {
		t.Fatalf("deep: %v", err)
	}
	check("deep")
	// an interrupt: uncatchable, the error
	time.AfterFunc(20*time.Millisecond, func() { r.Interrupt("stop") })
	_, err = fn("spin")(nil)
	if ie, ok := err.(*InterruptedError); !ok || ie.Value() != "stop" {
		t.Fatalf("spin: %v", err)
	}
	r.ClearInterrupt()
	check("spin")
	// a Go panic goes on to the caller
	r.Set("goPanic", func(c FunctionCall) Value { panic("go panic") })
	func() {
		defer func() {
			if x := recover(); x != "go panic" {
				t.Fatalf("viaGo: recovered %v", x)
			}
		}()
		fn("viaGo")(nil)
		t.Fatal("viaGo returned")
	}()
	if len(r.vm.tryStack) != 0 {
		t.Fatalf("viaGo: %d try frames left", len(r.vm.tryStack))
	}
	if v, err = fn("catcher")(nil); err != nil || v.String() != "caught deep" {
		t.Fatalf("catcher after all: %v %v", v, err)
	}
}
