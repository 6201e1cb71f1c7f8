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
	// typeof in && and || (jne, jeq), every kind on and off typeofKindOf's path (engineperf17)
	`function f(a) { return [typeof a === 'function' && 'f', typeof a !== 'object' || 'o', typeof a === 'string' && a.length, typeof a === 'nope' || 'n', typeof a === 1 || 'i'].join(); } let r = []; for (const v of [f, () => 1, class {}, {m() {}}.m, Math.max, Math.max.bind(null), function* () {}, async function () {}, null, {}, [], new Map(), /x/, new Date(0), new Proxy({}, {}), new Proxy(function () {}, {}), 's', 'ü', 'a' + 'ü', 1, 1.5, NaN, true, undefined, Symbol(), 1n, (function () { return arguments; })()]) { r.push(f(v) + ':' + typeof v); } r.join('|')`,
	`function f(a) { let n = 0; for (let i = 0; i < 3; i++) { n += (typeof a === 'number' && a) || (typeof a !== 'string' && 1) || 2; } return n; } [f(5), f('x'), f({})].join()`,
	"function f() { return (typeof undeclaredVar === 'undefined' && 1) || 2; } f()",
	"function f() { let r = typeof x === 'number' || 0; let x = 1; return r; } try { f(); } catch (e) { e.message + e.stack }",
	// op_lt/gt/gte + jneP; loadVal + setPropStrictP; loadStackLex + loadVal + setPropStrictP (engineperf14)
	`function f(a, b) { let r = []; if (a < b) r.push('lt'); if (a > b) r.push('gt'); if (a >= b) r.push('gte'); return r.join(); } [f(1, 2), f(2, 1), f(1, 1), f(NaN, 1), f('a', 'b'), f('10', 9), f(1n, 2), f(undefined, 0), f(null, 0), f({valueOf() { return 3; }}, 2)].join('|')`,
	`function f(n) { let s = 0; for (let i = 0; i < n; i++) { s += i; } let j = n; while (j > 0) { j--; } do { s++; } while (s >= 100 && s < 103); return s + ':' + j; } [f(5), f(0), f(20)].join()`,
	`let log = []; let a = {valueOf() { log.push('a'); return 1; }}, b = {valueOf() { log.push('b'); return 2; }}; function f() { if (a < b) log.push('<'); if (a > b) log.push('>'); if (a >= b) log.push('>='); return log.join(); } f()`,
	`function f(x) { if (x < 1) return 1; return 2; } let r; try { f(Symbol()); } catch (e) { r = e.message + e.stack; } r`,
	`function f(x) { if (x >= 1) return 1; return 2; } let r; try { f({valueOf() { throw new Error('v'); }}); } catch (e) { r = e.message + e.stack; } r`,
	`'use strict'; function f(o) { const a = o; a.x = 'c'; o.y = 5; return o.x + o.y; } [f({}), f(Object.create({set x(v) { this.z = v; }})), f(Object.freeze({x: 1}))].join()`,
	`'use strict'; function f(o) { let a = o; a.x = 1; return a.x; } let r = []; for (const v of [{}, 's', null, undefined, 1]) { try { r.push(f(v)); } catch (e) { r.push(e.message); } } r.join('|')`,
	`'use strict'; function f() { a.x = 1; let a = {}; } try { f(); } catch (e) { e.message + e.stack }`,
	// loadStackLex / loadStack / loadStashLex + getPropCallee (engineperf14)
	`function f(o) { let a = o; return a.m(1); } let r = []; for (const v of [{m(x) { return x + 1; }}, Object.create({m() { return this === undefined; }}), 'abc', [1, 2], {get m() { return () => 'g'; }}, {}, null, undefined, 5]) { try { r.push(f(v)); } catch (e) { r.push(e.message); } } r.join('|')`,
	`function f(o) { return o.toString(); } [f(1), f('s'), f({}), f([1, 2])].join('|')`,
	`class A { m() { return this.n(); } n() { return 'n'; } } class B extends A { n() { return 'bn'; } } [new A().m(), new B().m()].join()`,
	`function f() { 'use strict'; return this.m(); } try { f(); } catch (e) { e.message + e.stack }`,
	"(function () { let o = {m() { return 1; }}; function f() { return o.m() + k.m(); } let r; try { f(); } catch (e) { r = e.message + e.stack; } let k = {m() { return 2; }}; return r + f(); })()",
	"(function () { let o = null; function f() { return o.m(); } try { f(); } catch (e) { return e.message + e.stack; } })()",
	`function f() { let r = x.m(); let x = {m() {}}; return r; } try { f(); } catch (e) { e.message + e.stack }`,
	`function f(a, b) { return b.m(); } try { f(1); } catch (e) { e.message + e.stack }`,
	// a callee and its undefined receiver: loadStash / loadStack / loadStackLex / loadStashLex + loadUndef (engineperf35)
	"(function () { var h = function (a) { return a === undefined ? typeof this : a; }; let k = h; function g(x) { var l = h; const m = k; return [h(x), h(), l(2), m(3), k(4)].join(); } return g(1) + g(); })()",
	"(function () { var h; let k = 1; function g() { var l; try { h(); } catch (e) { l = e.message + e.stack; } try { k(); } catch (e) { l += e.message; } try { l(); } catch (e) { return l + e.message; } } return g(); })()",
	// loadStash + getProp / getPropCallee, loadStack + call, leaveBlock + jump, getElem + initStackP + loadStackLex (engineperf17)
	`function mk(o) { var x = o; return function () { return x.a + ':' + x.length; }; } let r = []; for (const v of [{a: 1}, Object.create({a: 2}), 'str', [1, 2], {get a() { return 'g'; }}, function a() {}]) { r.push(mk(v)()); } r.join('|')`,
	`function mk(o) { var x = o; return function () { return x.a; }; } let r = []; for (const v of [null, undefined, 0]) { try { r.push(mk(v)()); } catch (e) { r.push(e.message + e.stack); } } r.join('|')`,
	`function f() { return function () { return x.a; }; var x = {a: 1}; } let r; try { f()(); } catch (e) { r = e.message + e.stack; } r`,
	`function mk(o) { var x = o; return function (n) { return x.m(n); }; } let r = []; for (const v of [{m(n) { return n + 1; }}, Object.create({m() { return 'p'; }}), 'abc', {}, null, {get m() { throw new Error('getter'); }}]) { try { r.push(mk(v)(1)); } catch (e) { r.push(e.message + e.stack); } } r.join('|')`,
	`function g(a, b) { return [a, b, this === undefined].join(); } function f(p) { var x = p, y; return g(x) + g(p, x) + g(y); } function h() { 'use strict'; return g(this); } [f(1), f(), h.call('t')].join('|')`,
	`function f(p) { var x = p; return x(); } let r = []; for (const v of [() => 'c', null, 1]) { try { r.push(f(v)); } catch (e) { r.push(e.message + e.stack); } } r.join('|')`,
	`function f(n) { let r = []; for (let i = 0; i < n; i++) { let y = i * 2; if (y === 4) continue; r.push(() => y); } for (const v of [1, 2]) { let z = v; r.push(() => z); } let k = 0; while (k < 3) { let q = k++; if (q) continue; r.push(() => q); } return r.map((g) => g()).join(); } f(4)`,
	`function f(o, k) { const v = o[k]; let w = k; return v + ':' + String(w); } let s = Symbol('s'); let r = []; for (const [o, k] of [[{a: 1}, 'a'], [[5, 6], 1], [new Uint8Array([7, 8]), 1], [new Float64Array([1.5]), 0], [new Int32Array(1), 3], [{[s]: 'sym'}, s], ['str', 2], [{get x() { return 'g'; }}, 'x'], [Object.create({[s]: 'ps'}), s]]) { r.push(f(o, k)); } r.join('|')`,
	`function f(o, k) { const v = o[k]; let w = k; return v + w; } let r = []; for (const [o, k] of [[null, 'a'], [undefined, 1], [{get x() { throw new Error('gx'); }}, 'x'], [{}, {toString() { throw new Error('key'); }}]]) { try { r.push(f(o, k)); } catch (e) { r.push(e.message + e.stack); } } r.join('|')`,
	`function f(o, k) { try { const v = o[k]; let w = k; return v + w; } catch (e) { let c = 'caught'; return c + e.message; } } [f({get x() { throw new Error('in'); }}, 'x'), f({x: 1}, 'x')].join('|')`,
	"let s = Symbol('s'); function f(o) { const v = o[s]; return q + v; let q = 1; } let r = []; for (const o of [{[s]: 1}, {get [s]() { throw new Error('sg'); }}, {}]) { try { r.push(f(o)); } catch (e) { r.push(e.message + e.stack); } } r.join('|')",
	"let s = Symbol('s'); function f(o) { const v = o[s]; let w = o; return String(v) + (w === o); } [f({[s]: 1}), f({get [s]() { return 'g'; }}), f(Object.create({[s]: 'p'})), f([]), f(function () {})].join()",
	// a fused read's hit runs its next instruction (chainNext, engineperf17): a jump back, a call, a return, a throw at the next's pc
	`function f(o) { let a = o; let r = 0; for (let i = 0; i < 3; i++) { r += a.x; if (a.x) continue; r--; } return r + a.y.z; } let r = []; for (const v of [{x: 1, y: {z: 2}}, {x: 0, y: {z: 1}}, {x: 1}]) { try { r.push(f(v)); } catch (e) { r.push(e.message + e.stack); } } r.join('|')`,
	`function g(v) { return v * 2; } function f(o) { let a = o; return g(a.x) + a.m(a.x) + (a.x === 1 ? a.y : a.x); } [f({x: 1, y: 5, m(v) { return v + 10; }}), f({x: 2, y: 5, m() { return 0; }})].join()`,
	`var o = {a: {b: {c: 1}}}; function f() { var x = o; return function () { var s = x.a.b.c + x.a.b.c; return s + x.a.b.c; }; } f()()`,
	"(function () { let a = {" + strings.Repeat("p: 1, ", 1) + "}; return [" + strings.Repeat("a.p, ", 400) + "].join('').length; })()",
	// `length` of a local and on its own (fLoadStackLexGetLen, fGetLength: engineperf27)
	"function f(o) { let a = o; return a.length; } function h(o) { return o.a.length; } let r = []; for (const v of [[1, 2, 3], 'abcd', '\u00e9t\u00e9', {length: 7}, Object.create({length: 8}), new Uint8Array(5), [], '', (function () { return arguments; })(1, 2), function (a, b) {}, 5, true, Symbol('s')]) { r.push(f(v), h({a: v})); } let big = []; big[70000] = 1; r.push(f(big), h({a: big})); let g = [1, 2]; g.length = 1; r.push(f(g)); r.join()",
	`function f() { let n = a.length; let a = [1]; return n; } let r; try { f(); } catch (e) { r = e.message + e.stack; } r`,
	`function h(o) { return o.a.length; } let r = []; for (const v of [{}, {a: null}]) { try { r.push(h(v)); } catch (e) { r.push(e.message + e.stack); } } r.join('|')`,
	"function f(o) { var a = o; return a.length + (function () { return a.length; })(); } function g(o) { let b = o; return function () { return b.length; }; } function v(o) { return o.length; } function w(o) { var a = o; var u; if (o === null) { return u.length; } return a.length; } let r = []; for (const x of [[1, 2], 'abc', {length: 4}, '\u00e9', null]) { try { r.push(f(x), g(x)(), v(x)); r.push(w(x)); } catch (e) { r.push(e.message + e.stack); } } function t() { return function () { return c.length; }; let c = [1]; } try { t()(); } catch (e) { r.push(e.message + e.stack); } r.join()",
	// loadGlobal + getPropCallee (`Array.isArray(x)`): a global's value,
	// replaced, deleted, undefined, without the method, a primitive
	`function f(x) { return Array.isArray(x); } [f([]), f({}), f('a')].join()`,
	`function f() { return G.m(1); } let r = []; for (let i = 0; i < 8; i++) { if (i === 1) globalThis.G = {m: (x) => 'a' + x}; if (i === 2) G = {m: function (x) { return 'b' + x + (this === G); }}; if (i === 3) delete globalThis.G; if (i === 4) globalThis.G = undefined; if (i === 5) globalThis.G = {}; if (i === 6) globalThis.G = 'str'; if (i === 7) Object.defineProperty(globalThis, 'G', {get() { return {m: () => 'get'}; }, configurable: true}); try { r.push(f()); } catch (e) { r.push(e.message + e.stack); } } r.join('|')`,
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
		if p == nil {
			return
		}
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
		"fLoadStashLexLoadUndef", "fLoadStackLexLoadUndef", "fLoadStashLoadUndef", "fLoadStackLoadUndef", "fLoadCalleeInitStackP", "fLoadStashLexStrictEqJ", "fLoadValStrictEqJ",
		"fNotJneP", "fTypeofStrictEqJ", "fRelJneP", "fLoadValSetProp", "fLoadStackLexLoadValSetProp", "fLoadGetPropCallee",
		"fLoadStashGetProp", "fLoadStackCall", "fLeaveBlockJump", "fGetElemInitLoad", "fLoadStackLexGetLen", "fGetLength", "fLoadStackGetLen", "fLoadStashGetLen", "fLoadStashLexGetLen"} {
		if !seen["*goja."+name] {
			t.Errorf("no %s in the compiled scripts", name)
		}
	}
}
