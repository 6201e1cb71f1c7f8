package goja

import (
	"fmt"
	"testing"
)

// gojanet: update operators on variables fused (gojanet_fusedinc.go): each
// kind of variable, with the value used and not, prefix and postfix, on the
// integer path and off it, gives what the unfused code gives.
var fusedIncScripts = []string{
	// a captured var and let (stash), value used and not
	`function mk() { var i = 0, s = 0; let l = 10; return function () { const r = [++s, i++, --l, l--, i, s, l]; s++; i--; l++; --l; return r.join(); }; } const g = mk(); g() + '|' + g()`,
	// off the integer path: float, string, object with valueOf, BigInt, undefined, past 2^53, boxes past the table
	`function mk() { var f = 1.5, s = '7', o = {valueOf() { return 3; }}, b = 5n, u, big = 2 ** 53 - 2, n = 0, max = 255, mn = -256; return function () { return [f++, ++f, s++, ++s, typeof s, o++, typeof o, b++, ++b, typeof b, u++, u, ++big, ++big, big++, big, n--, --n, max++, ++max, mn--, --mn].join(); }; } const g = mk(); g() + '|' + g()`,
	// stack var and let, loops, arguments
	`function f(a, k) { var i = 0, n = a; let j = 0, m = 'x'; const r = []; for (i = 0; i < 3; i++) r.push(i); for (let q = 5; q > 2; q--) r.push(q); while (j < 3) r.push(j++); r.push(n++, ++n, n--, --n, m++, typeof m, k++, ++k, k); a++; a--; --a; ++a; r.push(a); return r.join(); } [f(1, 2), f(2.5, '3'), f(2 ** 53 - 1)].join('|')`,
	// arguments in the stash
	`function f(a, b) { var i = 0, c = b; const g = () => a; for (var k = 0; k < 2; k++) i++; c++; ++c; return [i, c++, ++c, g(), a++, ++a, g()].join(); } [f(1, 2), f('z', 1.5)].join('|')`,
	// temporal dead zone, const
	`function f() { const r = []; try { x++; } catch (e) { r.push(e.message); } try { r.push(++x); } catch (e) { r.push(e.message); } let x = 1; const c = 1; try { c++; } catch (e) { r.push(e.message); } try { r.push(c--); } catch (e) { r.push(e.message); } return r.join('|') + x; } f()`,
	`function f() { const g = () => { try { return z++; } catch (e) { return e.message; } }; const r = g(); let z = 4; return [r, g(), z].join(); } f()`,
	// a throwing valueOf, a symbol: the error at the update's position
	`function f() { let o = {valueOf() { throw new Error('v'); }}; let p = o; const h = () => { try { return ++o; } catch (e) { return e.message + e.stack; } }; let r; try { p++; } catch (e) { r = e.message + e.stack + (p === o); } return r + h() + typeof o; } f()`,
	`function f() { let s = Symbol('q'); try { s++; } catch (e) { return e.message + e.stack; } } f()`,
	// a global and a sloppy function's var (not fused), a jump into the sequence's end
	`var gl = 1; gl++; ++gl; function f() { var n = 1; n++; ++n; return n + ':' + (n++) + ':' + n + ':' + gl++; } f() + gl`,
	`function f(c) { let i = 0, r = []; while (r.length < 4) { r.push(c ? i++ : ++i); } return r.join(); } f(1) + f(0)`,
	// x += 1, x -= 1 (and += of anything else, not fused)
	`function mk(v) { var a = v; let b = v; return function () { a += 1; b -= 1; a += 2; b -= '1'; return [a, b, typeof a, typeof b].join(); }; } [mk(1)(), mk(1.5)(), mk('s')(), mk(2 ** 53)(), mk(-1)(), mk(1n === 1 ? 0 : {valueOf() { return 7; }})()].join('|')`,
	`function f(v) { var a = v; let b = v; a += 1; b -= 1; let r = [a, b]; for (let i = 0; i < 3; i += 1) { r.push(i); } return r.join(); } [f(1), f('x'), f(undefined), f(2 ** 53)].join('|')`,
	// o.x++, o.x--, o.x += k on a local's and a var's object (fPropIncDec):
	// strict and sloppy, in loops where the shape changes, x deleted, a
	// getter or setter on the object or its prototype chain, frozen and
	// non-writable x, a proxy, primitives, floats, strings, past 2^53, a
	// dead zone, and the value used (not fused)
	`'use strict'; function f(o) { let a = o; for (let i = 0; i < 6; i++) { a.x++; a.y--; a.z += 3; a.w += -2; if (i === 2) { a.q = 1; } if (i === 3) { delete a.x; } if (i === 4) { a.x = 1.5; } } return JSON.stringify(a); } [f({x: 1, y: 2, z: 3, w: 4}), f({x: 's', y: '', z: 'z', w: null}), f({x: 2 ** 53 - 2, y: -(2 ** 53) + 2, z: 2 ** 53, w: 1.5})].join('|')`,
	`function f(o) { var a = o; a.x++; a.x--; a.x += 5; --a.x; ++a.x; return [a.x, a.x++, ++a.x, a.x += 1, a.x].join(); } [f({x: 1}), f({x: 'a'}), f({}), f({x: -0}), f([1, 2]), f(Object.create({x: 4}))].join('|')`,
	`'use strict'; const log = []; const proto = {get x() { log.push('get'); return this._x | 0; }, set x(v) { log.push('set' + v); this._x = v; }}; function f(o) { let a = o; a.x++; a.x += 2; a.x--; return a._x; } const o1 = Object.create(proto); const o2 = Object.create(Object.create(proto)); const r = [f(o1), f(o2), f({get x() { return 7; }, set x(v) { log.push('own' + v); }})]; r.push(log.join()); r.join('|')`,
	`'use strict'; function f(o) { let a = o; try { a.x++; } catch (e) { return e.constructor.name + ':' + e.message + ':' + a.x; } return a.x; } const fr = Object.freeze({x: 1}); const nw = Object.defineProperty({}, 'x', {value: 2, writable: false}); const ne = Object.preventExtensions({x: 3}); const ro = Object.seal({x: 4}); [f({x: 0}), f(fr), f(nw), f(ne), f(ro), f(new Proxy({x: 5}, {})), f(new Proxy({x: 6}, {get(t, k) { return 10; }, set(t, k, v) { t[k] = v * 2; return true; }})), f([1]), f(function () {}), f(new Map())].join('|')`,
	`function f(o) { var a = o; try { a.x++; a.x += 1; } catch (e) { return e.message + e.stack; } return String(a.x); } [f('str'), f(5), f(true), f(Symbol.iterator), f(null), f(undefined)].join('|')`,
	`'use strict'; function f() { try { a.x++; } catch (e) { return e.message + e.stack; } let a = {x: 1}; } f()`,
	`'use strict'; function mk() { let o = {n: 0}; return function () { for (let i = 0; i < 5; i++) { o.n++; o.n += 10; if (i === 1) o.m = 0; if (i === 3) Object.freeze(o); } return o.n; }; } let r; const g = mk(); try { r = g(); } catch (e) { r = e.message + e.stack; } r`,
	`'use strict'; class C { constructor() { this.n = 0; } bump() { this.n++; this.n += 2; this.n--; return this.n; } } const c = new C(); [c.bump(), c.bump(), (c.n = 2 ** 53, c.bump())].join()`,
}

func TestFusedIncSameAsUnfused(t *testing.T) {
	for _, src := range fusedIncScripts {
		want := runFused(t, src, false)
		got := runFused(t, src, true)
		if got != want {
			t.Errorf("%s:\n got  %q\n want %q", src, got, want)
		}
	}
}

// node 20's results for a few of them.
func TestFusedIncNode(t *testing.T) {
	for i, want := range map[int]string{
		0:  "1,0,9,9,1,1,8|3,0,7,7,1,3,6",
		1:  "1.5,3.5,7,9,number,3,number,5,7,bigint,NaN,NaN,9007199254740991,9007199254740992,9007199254740992,9007199254740992,0,-2,255,257,-256,-258|3.5,5.5,9,11,number,4,number,7,9,bigint,NaN,NaN,9007199254740992,9007199254740992,9007199254740992,9007199254740992,-2,-4,257,259,-258,-260",
		2:  "0,1,2,5,4,3,0,1,2,1,3,3,1,NaN,number,2,4,4,1|0,1,2,5,4,3,0,1,2,2.5,4.5,4.5,2.5,NaN,number,3,5,5,2.5|0,1,2,5,4,3,0,1,2,9007199254740991,9007199254740992,9007199254740992,9007199254740990,NaN,number,NaN,NaN,NaN,9007199254740991",
		3:  "2,4,6,1,1,3,3|2,3.5,5.5,z,NaN,NaN,NaN",
		9:  "0,1,2,31,2,3,4",
		10: "4,-1,number,number|4.5,-0.5,number,number|s12,NaN,string,number|9007199254740994,9007199254740990,number,number|2,-3,number,number|10,5,number,number",
		11: "2,0,0,1,2|x1,NaN,0,1,2|NaN,NaN,0,1,2|9007199254740992,9007199254740991,0,1,2",
	} {
		if got := runFused(t, fusedIncScripts[i], true); got != want {
			t.Errorf("%s:\n got  %q\n want %q", fusedIncScripts[i], got, want)
		}
	}
}

// Every form fuses: statement and value, prefix and postfix, stack, stack
// with the arguments in the stash, and stash.
func TestFusedIncFuses(t *testing.T) {
	seen := map[string]bool{}
	var walk func(p *Program)
	walk = func(p *Program) {
		if p == nil {
			return
		}
		for _, ins := range p.code {
			if f, ok := ins.(*fIncDec); ok {
				seen[fmt.Sprintf("%d/%d/%v/%v/%v", f.kind, f.n, f.push, f.post, f.dec)] = true
			}
			if f, ok := ins.(*fPropIncDec); ok {
				seen[fmt.Sprintf("prop/%v/%d/%d", f.stack, f.n, f.k)] = true
			}
			if f, ok := ins.(newFuncInstruction); ok {
				walk(f.getPrg())
			}
		}
	}
	for _, src := range fusedIncScripts {
		p, err := Compile("fused.js", src, false)
		if err != nil {
			t.Fatal(err)
		}
		New().RunProgram(p) // (lazy bodies compile on their first call)
		walk(p)
	}
	for _, k := range []string{
		"0/3/false/false/false", "0/3/false/false/true", "0/7/true/false/false", "0/7/true/true/false", "0/7/true/false/true", "0/7/true/true/true",
		"1/3/false/false/false", "1/7/true/true/false", "1/7/true/false/false",
		"2/3/false/false/false", "2/3/false/false/true", "2/7/true/false/false", "2/7/true/true/false", "2/7/true/false/true", "2/7/true/true/true",
		"2/4/false/false/false", "2/4/false/false/true", "0/4/false/false/false", "0/4/false/false/true",
		"prop/false/5/1", "prop/false/5/-1", "prop/false/6/3", "prop/true/5/1", "prop/true/5/-1", "prop/true/6/5",
	} {
		if !seen[k] {
			t.Errorf("no fIncDec %s (kind/n/push/post/dec) in the compiled scripts; saw %v", k, seen)
		}
	}
}

// Hoisted blocks' nops skipped (gojanet_blocks.go fJnePNop, fNopThen): the
// same results, errors and stack positions as unfused.
var nopScripts = []string{
	`function f(a) { let r = []; if (a) { let x = a * 2; r.push(x); } else { let y = -a; r.push(y); } { let z = r.length; r.push(z); { let w = z + 1; r.push(w); } } return r.join(); } [f(1), f(0), f('s')].join('|')`,
	`function f(o) { if (o.x) { let v = o.x.y; return v + 1; } return 0; } let r = []; for (const v of [{x: {y: 1}}, {x: 0}, {x: 1}, null]) { try { r.push(f(v)); } catch (e) { r.push(e.message + e.stack); } } r.join('|')`,
	`function f(n) { let s = 0; for (let i = 0; i < n; i++) { let k = i * 2; if (k > 4) { let m = k; s += m; continue; } s++; } while (n-- > 0) { let q = n; if (q === 1) break; s += q; } return s; } [f(5), f(0)].join()`,
	`function f(a) { try { let x = a; if (x) { let y = x.z; return y; } } catch (e) { let m = e.message; return m + e.stack; } finally { let d = 1; } return -1; } [f({z: 3}), f(0), f(null === 0 ? 1 : undefined)].join('|')`,
	`function f(a) { switch (a) { case 1: { let x = 'one'; return x; } default: { let y = 'other'; return y; } } } [f(1), f(2)].join()`,
}

func TestNopsSkippedSameAsUnfused(t *testing.T) {
	seen := map[string]bool{}
	for _, src := range nopScripts {
		want := runFused(t, src, false)
		got := runFused(t, src, true)
		if got != want {
			t.Errorf("%s:\n got  %q\n want %q", src, got, want)
		}
		p, err := Compile("nops.js", src, false)
		if err != nil {
			t.Fatal(err)
		}
		New().RunProgram(p)
		var walk func(p *Program)
		walk = func(p *Program) {
			for _, ins := range p.code {
				seen[fmt.Sprintf("%T", ins)] = true
				if f, ok := ins.(newFuncInstruction); ok && f.getPrg() != nil {
					walk(f.getPrg())
				}
			}
		}
		walk(p)
	}
	for _, name := range []string{"*goja.fJnePNop", "*goja.fNopThen"} {
		if !seen[name] {
			t.Errorf("no %s in the compiled scripts", name)
		}
	}
	if seen["*goja._blockNop"] {
		t.Errorf("a blockNop left where its next instruction could run")
	}
	if got, want := runFused(t, nopScripts[0], true), "2,1,2|0,1,2|NaN,1,2"; got != want {
		t.Errorf("got %q, want %q (node 20)", got, want)
	}
}

// Two stash vars loaded in a row, a stash var tested by an if (fLoadStash2,
// fLoadStashJneP).
var stashVarScripts = []string{
	`function mk(p, q) { var a = p, b = q, u; return function () { var r = []; if (a) { r.push(1); } if (b) r.push(2); else r.push(3); if (u) r.push(4); r.push(Math.max(a, b), [a, b].join('-')); return r.join(); }; } [mk(1, 0)(), mk('', 'x')(), mk({}, null)(), mk(NaN, 0)()].join('|')`,
	`function mk() { var i = 0, n = 3, r = []; return function () { while (i < n) { if (r) { r.push(i); } i++; } return r.join(); }; } mk()()`,
	`function mk() { return function () { return [a, b].join(); }; var a = 1, b = 2; } mk()()`,
}

func TestStashVarsSameAsUnfused(t *testing.T) {
	seen := map[string]bool{}
	for _, src := range stashVarScripts {
		if got, want := runFused(t, src, true), runFused(t, src, false); got != want {
			t.Errorf("%s:\n got  %q\n want %q", src, got, want)
		}
		p, err := Compile("sv.js", src, false)
		if err != nil {
			t.Fatal(err)
		}
		New().RunProgram(p)
		var walk func(p *Program)
		walk = func(p *Program) {
			for _, ins := range p.code {
				seen[fmt.Sprintf("%T", ins)] = true
				if f, ok := ins.(newFuncInstruction); ok && f.getPrg() != nil {
					walk(f.getPrg())
				}
			}
		}
		walk(p)
	}
	for _, name := range []string{"*goja.fLoadStash2", "*goja.fLoadStashJneP"} {
		if !seen[name] {
			t.Errorf("no %s in the compiled scripts", name)
		}
	}
	if got, want := runFused(t, stashVarScripts[0], true), "1,3,1,1-0|2,NaN,-x|1,3,NaN,[object Object]-|3,NaN,NaN-0"; got != want {
		t.Errorf("got %q, want %q (node 20)", got, want)
	}
}
