package goja

import (
	"fmt"
	"strings"
	"testing"
)

// gojanet (engineperf40): the fused instructions of gojanet_fused40.go and
// fLoadStackLoadValSetProp, on and off their common paths, give what the
// unfused code gives (values, errors and their stacks).
// fused40Cases are the scripts and the fused kind each must compile to
// ("": none of this file's, ownIdx is icGetElem's).
var fused40Cases = []struct{ kind, src string }{
	// loadStack + loadVal + setPropStrictP: `this.x = 'c'`, a var's
	{"fLoadStackLoadValSetProp", `'use strict'; function A() { this.a = 1; this.b = 'x'; this.c = null; } let r = []; for (const p of [{}, Object.create({set a(v) { r.push('set' + v); }}), Object.freeze({}), Object.create(Object.freeze({a: 0})), new Proxy({}, {set(t, k, v) { r.push('p' + String(k)); t[k] = v; return true; }})]) { try { A.call(p); r.push(JSON.stringify(p)); } catch (e) { r.push(e.message + e.stack); } } r.join('|')`},
	{"fLoadStackLoadValSetProp", `'use strict'; function f(o) { var v = o; v.x = 5; v.y = 'z'; return v; } let r = []; for (const o of [{}, {x: 1}, 's', null, undefined, 1, [], Object.defineProperty({}, 'y', {value: 1})]) { try { r.push(JSON.stringify(f(o))); } catch (e) { r.push(e.message + e.stack); } } r.join('|')`},
	{"fLoadStackLoadValSetProp", `'use strict'; function f() { this.q = 1; return this; } let r = []; for (const t of [undefined, null, 3, 'str', {}]) { try { r.push(String(f.call(t).q)); } catch (e) { r.push(e.message + e.stack); } } r.join('|')`},
	// loadVal(k) + getElem: arrays, holes, accessors, typed arrays, strings, objects, errors
	{"fLoadValGetElem", `function f(a) { return [a[0], a[2], a[5]]; } let r = []; let g = [1, , 3]; Object.defineProperty(g, 5, {get() { return 'g5'; }}); Array.prototype[1] = 'proto'; for (const a of [[1, 2, 3], g, new Uint8Array([7, 8, 9]), new Float64Array([1.5]), 'abcdef', {0: 'a', 2: 'c', 5: 'f'}, Object.create({0: 'p'}), new Proxy([4, 5, 6], {get(t, k) { return 'px' + String(k); }}), (function () { return arguments; })(1, 2, 3), new Map()]) { r.push(f(a).map(String).join()); } delete Array.prototype[1]; r.join('|')`},
	{"fLoadValGetElem", `function f(a) { return a[0]; } let r = []; for (const a of [null, undefined, 5, true]) { try { r.push(String(f(a))); } catch (e) { r.push(e.message + e.stack); } } r.join('|')`},
	{"fLoadValGetElem", `function f(a) { return a[-1] + ':' + a[1.5] + ':' + a[4294967295] + ':' + a[2 ** 53]; } [f([1]), f({'-1': 'm', '1.5': 'h', '4294967295': 'b', '9007199254740992': 'x'}), f(new Uint8Array(2))].join('|')`},
	{"fLoadValGetElem", `let t = new Uint8Array(new ArrayBuffer(4)); function f() { return t[0] + ':' + t[3]; } let r = [f()]; t[3] = 9; r.push(f()); try { structuredClone(t.buffer, {transfer: [t.buffer]}); } catch (e) {} r.push(f()); r.join('|')`},
	// getElem with an integer key on a plain object (ownIdx)
	{"", `function f(o, k) { return o[k]; } let codes = {200: 'OK', 404: 'Not Found', '-1': 'neg', 0: 'zero'}; let r = []; for (const k of [200, 404, 500, -1, 0, 2147483647]) { r.push(String(f(codes, k))); } let acc = {get 7() { return 'getter'; }}; r.push(f(acc, 7)); r.push(f(Object.create({3: 'inh'}), 3)); r.push(f(Object.defineProperty({}, 9, {value: 'ro'}), 9)); let big = {}; for (let i = 0; i < 200; i++) big[i * 7] = i; r.push(f(big, 700), f(big, 701)); r.join('|')`},
	// initStackP + a local's comparison with a closure's variable or a constant
	{"fInitStashCmpJ", "(function () { let u = undefined, k = 'k'; function f(g) { const x = g(); if (x === u) return 'u'; const y = g(); if (y !== k) return 'nk'; return 'k'; } let n = 0; return [f(() => undefined), f(() => 'k'), f(() => (n++ ? 1 : 'k')), f(() => null)].join(); })()"},
	{"fInitValCmpJ", "function f(g) { const x = g(); if (x === 'a') return 1; const y = g(); if (y !== 2) return 3; const z = g(); return (z === null && 4) || (z !== undefined || 5); } let i = 0; let vs = ['a', 'b', 2, 'c', 2, null, 2, 2, 'q', undefined]; [f(() => vs[i++]), f(() => vs[i++]), f(() => vs[i++]), f(() => vs[i++]), f(() => vs[i++]), f(() => vs[i++]), f(() => vs[i++])].join()"},
	{"fInitStashCmpJ", "(function () { function f(g) { const x = g(); if (x === k) return 1; return 0; } let r; try { f(() => 1); } catch (e) { r = e.message + e.stack; } let k = 1; return r + f(() => 1); })()"},
	{"fInitStashCmpJ", "(function () { let k = NaN, z = -0; function f(v) { const x = v; let a = false; if (x === k) a = true; const y = v; let b = false; if (y === z) b = true; let c = false; if (y !== z) c = true; return [a, b, c]; } return [f(NaN), f(0), f(-0), f('0')].join(); })()"},
	{"fInitValCmpJ", "function f(v) { const x = v; if (x === 0) return 'zero'; const y = x; if (y === '0') return 'str'; return 'other'; } [f(0), f(-0), f('0'), f(0n), f(false)].join()"},
	{"fInitValCmpJ", "function f(v) { let r = 0; for (let i = 0; i < 3; i++) { const x = v + i; if (x === 2) { r += 10; continue; } r++; } return r; } [f(0), f(5)].join()"},
	// storeStack + a comparison of the stored value: `(rec = o[k]) === undefined`
	{"fStoreStashEqJ", "(function () { let u = undefined; let names = {a: 1, b: null}; function f(k) { var rec; if ((rec = names[k]) === u) rec = 'none'; return rec; } function g(k) { var rec; if ((rec = names[k]) !== u && rec !== null) return rec; return 'n:' + rec; } return [f('a'), f('b'), f('c'), g('a'), g('b'), g('c')].join(); })()"},
	{"fStoreValEqJ", "function f(o) { var x, y; return [(x = o.a) === 'k' || x, (y = o.b) !== null && y]; } [f({a: 'k', b: 1}), f({a: 1, b: null}), f({})].join('|')"},
	{"fStoreStashEqJ", "(function () { function f(o) { var x; if ((x = o.a) === k) return 'eq'; return 'ne'; } let r; try { f({a: 1}); } catch (e) { r = e.message + e.stack; } let k = 1; return r + f({a: 1}); })()"},
}

func TestFused40SameAsUnfused(t *testing.T) {
	for _, c := range fused40Cases {
		src := c.src
		want := runFused(t, src, false)
		got := runFused(t, src, true)
		if got != want {
			t.Errorf("%s:\n got  %q\n want %q", src, got, want)
		}
		if strings.HasPrefix(got, "error: ") {
			t.Errorf("%s: %s", src, got)
		}
	}
}

// compiledKinds returns the instruction types src compiles to, its
// functions' included.
func compiledKinds(t *testing.T, src string) map[string]bool {
	t.Helper()
	p, err := Compile("fused.js", src, false)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	var walk func(p *Program)
	walk = func(p *Program) {
		if p == nil {
			return
		}
		for _, ins := range p.code {
			seen[fmt.Sprintf("%T", ins)] = true
			if f, ok := ins.(newFuncInstruction); ok {
				walk(f.getPrg())
			}
		}
	}
	walk(p)
	return seen
}

// Each case reaches its fused kind (the dead-zone ones included: a fused
// compare needs a conditional jump after it).
func TestFused40Fuses(t *testing.T) {
	for _, c := range fused40Cases {
		if c.kind != "" && !compiledKinds(t, c.src)["*goja."+c.kind] {
			t.Errorf("no %s in %s", c.kind, c.src)
		}
	}
}
