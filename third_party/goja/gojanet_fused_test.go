package goja

import (
	"fmt"
	"strings"
	"testing"
)

// gojanet: every superinstruction (gojanet_fused.go), on its common path and
// on each way off it, gives what the unfused code gives: the value, the error
// and its stack positions.
var fusedScripts = []string{
	// loadStackLex + getProp / loadVal / loadStackLex / loadStashLex / call
	`function f(o) { let a = o; return a.x + a.y; } [f({x: 1, y: 2}), f({y: 1, x: 2}), f([1]), f('ab'), f(Object.create({x: 5}))].join()`,
	`function f(o) { let a = o; return a.x; } f(null)`,
	`function f(o) { let a = o; return a.length; } f(undefined)`,
	`function f() { let r = a.x; let a = {x: 1}; return r; } f()`,
	`function f() { let r = a === 1; let a = 1; return r; } f()`,
	`function f(a, b) { let x = a, y = b; return x + y; } [f(1, 2), f('a'), f()].join()`,
	`function f() { let x = 1; let r = x + y; let y = 2; return r; } f()`,
	`let c = 3; function f(a) { let x = a; return x * c; } f(2)`,
	`function f() { let x = 1; return x + c; } let r; try { f(); } catch (e) { r = e.message; } let c = 1; r`,
	`function g(v) { return v * 2; } function f(a) { let x = a; return g(x); } f(21)`,
	`function f(a) { let x = a; return x(1); } try { f(5); } catch (e) { e.message + e.stack }`,
	`function f(a) { let x = a; return nope(x); } try { f(5); } catch (e) { e.message + e.stack }`,
	// loadStack + getProp, loadStashLex + getProp / loadStackLex
	`class A { constructor() { this.v = 1; } m() { return this.v + this.w; } } const a = new A(); a.w = 2; [a.m(), A.prototype.m.call(null === 1 ? 0 : {v: 3, w: 4})].join()`,
	`function f() { 'use strict'; return this.x; } try { f(); } catch (e) { e.message + e.stack }`,
	`let o = {x: 1}; function f() { return o.x; } let s = 'ab'; function g() { return s.length; } [f(), g()].join()`,
	`function f() { return o.x; } let r; try { f(); } catch (e) { r = e.message; } let o = {x: 1}; r`,
	`let k = 2; function f(a) { let b = a; return k + b; } f(3)`,
	"(function () { let c = 3; let o = {x: 1}; let g = (x) => x + 1; function f(a) { let x = a; return x * c + o.x + g(x); } function h(a) { let b = a; return c + b; } return [f(2), h(1), f('s')].join(); })()",
	"(function () { function f() { return o.x; } let r; try { f(); } catch (e) { r = e.message + e.stack; } let o = {x: 1}; return r; })()",
	"(function () { let o = null; function f() { return o.x; } try { f(); } catch (e) { return e.message + e.stack; } })()",
	"(function () { function f(a) { let b = a; return b + c; } let r; try { f(1); } catch (e) { r = e.message + e.stack; } let c = 1; return r; })()",
	"(function () { function f(a) { let b = a; return c + b; } let r; try { f(1); } catch (e) { r = e.message + e.stack; } let c = 1; return r; })()",
	"(function () { function f() { return g(); } let r; try { f(); } catch (e) { r = e.message + e.stack; } let g = () => 1; return r; })()",
	// getProp + initStackP
	`function f(o) { const v = o.a; const w = o.b; return v + w; } [f({a: 1, b: 2}), f({get a() { return 5; }, b: 1}), f('xy')].join()`,
	`function f(o) { const v = o.a; return v; } try { f(undefined); } catch (e) { e.message + e.stack }`,
	// jneP + loadStackLex, initStackP + loadStackLex
	`function f(c, d) { let x = d; if (c) { return x; } return -x; } [f(true, 1), f(0, 2), f('', 3), f({}, 4)].join()`,
	`function f(c) { if (c) { return x; } let x = 1; return 0; } try { f(1); } catch (e) { e.message }`,
	`function f(a) { const x = a; const y = x; return y; } f(7)`,
	// strict_eq/neq + jneP / jne / jeq; loadVal + strict_eq/neq + jneP
	`function f(a, b) { if (a === b) return 1; if (a !== 'x') return 2; return 3; } [f(1, 1), f(1, '1'), f('x', 2), f(NaN, NaN), f(0, -0)].join()`,
	`function f(a, b) { return (a === b && b) || (a !== b || 'z'); } [f(1, 1), f(1, 2), f(0, 0), f('', '')].join()`,
	`function f(a) { let n = 0; for (let i = 0; i !== a; i++) { if (i === 2) continue; n += i; } return n; } f(5)`,
	`function f(a) { switch (a) { case 'a': return 1; case 2: return 2; } return 0; } [f('a'), f(2), f('2')].join()`,
	// loadStashLex + strict_eq/neq + jneP / jne / jeq; loadVal + strict_eq/neq + jne / jeq
	"(function () { let k = 'a', n = null; function f(x) { if (x === k) return 1; if (x !== n) return 2; return 3; } return [f('a'), f(null), f(0), f(NaN)].join(); })()",
	"(function () { let k = 2; function f(x) { return (x === k && 'y') || (x !== k || 'z'); } return [f(2), f(3), f('2')].map(String).join(); })()",
	"(function () { let k = NaN, z = -0; function f(x) { return [x === k, x !== k, x === z && 1, x !== z || 0]; } return [f(NaN), f(0), f(-0)].join(); })()",
	"(function () { function f(x) { if (x === k) return 1; return 0; } let r; try { f(1); } catch (e) { r = e.message + e.stack; } let k = 1; return r; })()",
	"(function () { function f(x) { return x === k && 1; } let r; try { f(1); } catch (e) { r = e.message + e.stack; } let k = 1; return r; })()",
	"(function () { let k = 1; function f(x) { let r = []; for (let i = 0; i < 3; i++) { r.push(i === k || x === k); } return r.join(); } return f(1) + f(2); })()",
	`function f(a) { return (a === 'x' && 1) || (a !== 'y' && 2) || (a === 3 || 4); } [f('x'), f('y'), f(3), f(null)].join()`,
	`function f(a) { return [a === undefined && 'u', a !== null || 'n']; } [f(), f(null), f(0)].join()`,
	// loadVal + call, loadUndef + ret / loadStashLex, loadCallee + initStackP
	`function g(...a) { return a.length; } function f() { return g(1, 'x'); } f()`,
	`function f() { return; } function h() {} let u = () => undefined; [f(), h(), u()].map(String).join()`,
	`let g = (x) => x + 1; function f() { return g(1) + g(); } f()`,
	`let r = (function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); })(5); r`,
	// a jump landing on a fused pair's second instruction
	`function f(a, b) { let x = a; let r = []; for (let i = 0; i < 3; i++) { r.push(i ? x : b); } return r.join(); } f('p', 'q')`,
	`function f(o, c) { let v = c ? o : {x: 9}; return v.x; } [f({x: 1}, 1), f(null, 0)].join()`,
	// not + jneP; typeof + loadVal + strict_eq/neq + jneP (engineperf14)
	`function f(a) { if (!a) return 'n'; return 'y'; } [f(0), f(1), f(''), f('x'), f(null), f({}), f(NaN), f(0n), f(1n)].join()`,
	`function f(a) { let n = 0; while (!a) { a = n++ > 2; } return n; } f(false)`,
	`function f(a) { let r = []; for (let i = 0; i < 4; i++) { if (!(i & a)) r.push(i); } return r.join(); } f(1)`,
	`function f(a) { if (typeof a === 'function') return 'f'; if (typeof a !== 'object') return typeof a; return 'o'; } [f(f), f(null), f({}), f(1), f('s'), f(), f(Symbol()), f(1n), f(true), f(new Proxy(function () {}, {}))].join()`,
	"function f(a) { let r = 0; for (let i = 0; i < 3; i++) { if (typeof a === 'number') r += a; else r--; } return r; } [f(2), f('2')].join()",
	"function f() { if (typeof undeclaredVar === 'undefined') return 1; return 2; } f()",
	"function f(a) { if (typeof a === 'x' + 'y') return 1; return 2; } f('xy')",
	// calls whose value is unused (ret + pop)
	`let n = 0; function inc() { n++; return n; } function f() { inc(); inc(); return n; } f()`,
	`let n = 0; function f() { [1, 2, 3].forEach(function (v) { n += v; }); return n; } f()`,
}

func runFused(t *testing.T, src string, fuse bool) string {
	noFusing = !fuse
	defer func() { noFusing = false }()
	p, err := Compile("fused.js", src, false)
	if err != nil {
		t.Fatalf("%s: %v", src, err)
	}
	v, err := New().RunProgram(p)
	if err != nil {
		return "error: " + err.Error()
	}
	return v.String()
}

func TestFusedCodeSameAsUnfused(t *testing.T) {
	for _, src := range fusedScripts {
		want := runFused(t, src, false)
		got := runFused(t, src, true)
		if got != want {
			t.Errorf("%s:\n got  %q\n want %q", src, got, want)
		}
	}
}

// Every kind of fused instruction appears in the compiled scripts (the
// comparison above would pass if nothing fused).
func TestFusedCodeFuses(t *testing.T) {
	seen := map[string]bool{}
	var walk func(p *Program)
	walk = func(p *Program) {
		for _, ins := range p.code {
			name := fmt.Sprintf("%T", ins)
			if strings.HasPrefix(name, "*goja.f") {
				seen[name] = true
			}
			if f, ok := ins.(newFuncInstruction); ok {
				walk(f.getPrg())
			}
			if c, ok := ins.(*newClass); ok {
				walk(c.ctor)
			}
		}
	}
	for _, src := range fusedScripts {
		p, err := Compile("fused.js", src, false)
		if err != nil {
			t.Fatal(err)
		}
		walk(p)
	}
	for _, name := range []string{"fLoadStackLexGetProp", "fLoadStackLexLoadVal", "fLoadStackLex2",
		"fLoadStackLexLoadStashLex", "fLoadStackLexCall", "fLoadStackGetProp", "fLoadStashLexGetProp",
		"fLoadStashLexLoadStackLex", "fGetPropInitStackP", "fJnePLoadStackLex", "fInitStackPLoadStackLex",
		"fStrictEqJneP", "fStrictEqJ", "fLoadValStrictEqJneP", "fLoadValCall", "fLoadUndefRet",
		"fLoadUndefLoadStashLex", "fLoadCalleeInitStackP", "fLoadStashLexStrictEqJ", "fLoadValStrictEqJ",
		"fNotJneP", "fTypeofStrictEqJneP"} {
		if !seen["*goja."+name] {
			t.Errorf("no %s in the compiled scripts", name)
		}
	}
}
