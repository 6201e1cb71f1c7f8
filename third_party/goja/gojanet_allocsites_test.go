package goja

import (
	"fmt"
	"testing"
)

// gojanet: literals that define no property (`{}`, `{ __proto__: null }`)
// sized by their site, null-prototype objects in the inline caches, and
// CloneObject's empty objects sized by their last copy (gojanet_alloc.go,
// gojanet_clone.go, gojanet_ic.go). The expected output is node 20's.

func TestObjectSiteSlots(t *testing.T) {
	runSymbolScript(t, `const out = [];
const p = (x) => out.push(typeof x === 'string' ? x : JSON.stringify(x));
// {} sites filled afterwards, with varying sizes, past 32 properties, deleted from
function fill(n) { const o = {}; for (let k = 0; k < n; k++) o['k' + k] = k; return o; }
for (const n of [0, 1, 3, 5, 9, 17, 33, 40, 2, 0, 6]) { const o = fill(n); p([n, Object.keys(o).length, o.k0, o['k' + (n - 1)], Object.getPrototypeOf(o) === Object.prototype]); }
function filled() { const o = {}; o.a = 1; o.b = 2; o.c = 3; return o; }
for (let j = 0; j < 3; j++) { const o = filled(); if (j === 1) delete o.b; o.d = j; p([Object.keys(o), o.toString === Object.prototype.toString]); }
// null-prototype literals
function nul(n) { const o = { __proto__: null }; for (let k = 0; k < n; k++) o['n' + k] = k; return o; }
for (const n of [0, 1, 2, 7, 12, 3, 40, 1]) { const o = nul(n); p([n, Object.keys(o).length, Object.getPrototypeOf(o), 'toString' in o, o.n0, o.missing]); }
for (let j = 0; j < 3; j++) { const h = { __proto__: null }; h['content-type'] = ['Content-Type', 'text/plain']; h.x = j; p([Object.keys(h), h['content-type'][1], h.x, h.y]); }
const a = { __proto__: null, x: 1, y: 2 }; p([Object.keys(a), Object.getPrototypeOf(a), a.x + a.y]);
const b = { '__proto__': null }; p([Object.getPrototypeOf(b), Object.keys(b)]);
const c = { ['__proto__']: null }; p([Object.getPrototypeOf(c) === Object.prototype, Object.keys(c), c.__proto__]);
const d = { __proto__: null, __proto__x: 1 }; p([Object.getPrototypeOf(d), Object.keys(d)]);
const e = { x: 1, __proto__: null }; p([Object.getPrototypeOf(e), Object.keys(e)]);
const f = { __proto__: (null) }; p(Object.getPrototypeOf(f));
const g = { __proto__: undefined }; p(Object.getPrototypeOf(g) === Object.prototype);
try { eval('({ __proto__: null, __proto__: null })'); } catch (err) { p(err.name); }
const sh = { __proto__: null, toString() { return 'own'; } }; p([String(sh), Object.keys(sh)]);
const ac = { __proto__: null, get v() { return 5; } }; p([ac.v, Object.getPrototypeOf(ac)]);
const sp = { __proto__: null, ...{ q: 1 } }; p([Object.keys(sp), Object.getPrototypeOf(sp)]);
const proto = { inh: 1 }; const pp = { __proto__: proto }; p([pp.inh, Object.keys(pp)]);
// the same null-prototype maps read and written at one site, then a prototype set
function upd(o, k, v) { o[k] = v; return o[k]; }
for (let j = 0; j < 4; j++) { const o = { __proto__: null }; p([upd(o, 'k', j), upd(o, 'k2', j * 2), Object.keys(o)]); }
const np = { __proto__: null }; Object.setPrototypeOf(np, { z: 9 }); np.w = 1; p([np.z, Object.keys(np)]);
function addTo(o) { o.added = 1; return o; }
for (let j = 0; j < 3; j++) { const o = j === 2 ? Object.preventExtensions({ __proto__: null }) : { __proto__: null }; try { 'use strict'; addTo(o); } catch (err) { p(err.name); } p(Object.keys(o)); }
out.join('\n');
`, `[0,0,null,null,true]
[1,1,0,0,true]
[3,3,0,2,true]
[5,5,0,4,true]
[9,9,0,8,true]
[17,17,0,16,true]
[33,33,0,32,true]
[40,40,0,39,true]
[2,2,0,1,true]
[0,0,null,null,true]
[6,6,0,5,true]
[["a","b","c","d"],true]
[["a","c","d"],true]
[["a","b","c","d"],true]
[0,0,null,false,null,null]
[1,1,null,false,0,null]
[2,2,null,false,0,null]
[7,7,null,false,0,null]
[12,12,null,false,0,null]
[3,3,null,false,0,null]
[40,40,null,false,0,null]
[1,1,null,false,0,null]
[["content-type","x"],"text/plain",0,null]
[["content-type","x"],"text/plain",1,null]
[["content-type","x"],"text/plain",2,null]
[["x","y"],null,3]
[null,[]]
[true,["__proto__"],null]
[null,["__proto__x"]]
[null,["x"]]
null
true
SyntaxError
["own",["toString"]]
[5,null]
[["q"],null]
[1,[]]
[0,0,["k","k2"]]
[1,2,["k","k2"]]
[2,4,["k","k2"]]
[3,6,["k","k2"]]
[9,["w"]]
["added"]
["added"]
[]`)
}

// allocsPerCall is how many allocations a call of the script's function f
// makes once warm (the call itself from Go subtracted: f0).
func allocsPerCall(t *testing.T, src string) float64 {
	t.Helper()
	vm := New()
	if _, err := vm.RunString(src + "\nfunction f0() { return 0; }"); err != nil {
		t.Fatal(err)
	}
	f, _ := AssertFunction(vm.Get("f"))
	f0, _ := AssertFunction(vm.Get("f0"))
	for i := 0; i < 10; i++ {
		f(nil)
	}
	base := testing.AllocsPerRun(100, func() { f0(nil) })
	return testing.AllocsPerRun(100, func() { f(nil) }) - base
}

func TestObjectSiteAllocs(t *testing.T) {
	for _, c := range []struct {
		src  string
		want float64
	}{
		// the object and its slots: one allocation
		{"function f() { const o = {}; o.a = 1; o.b = 2; o.c = 3; return o; }", 1},
		{"function f() { const o = {}; o.a = o.b = o.c = o.d = o.e = o.f = o.g = o.h = o.i = o.j = 0; return o; }", 1},
		{"function f() { const o = { __proto__: null }; o['content-type'] = 1; return o; }", 1},
		{"function f() { const o = { __proto__: null, a: 1 }; o.b = 2; return o; }", 1},
		{"function f() { return {}; }", 1},
	} {
		if got := allocsPerCall(t, c.src); got != c.want {
			t.Errorf("%s: %v allocations per call, want %v", c.src, got, c.want)
		}
	}
}

// A copy of a template's empty object gets the slots its last copy grew to.
func TestCloneEmptySlots(t *testing.T) {
	vm := New()
	tpl, err := vm.RunString("({ a: 1, events: { __proto__: null } })")
	if err != nil {
		t.Fatal(err)
	}
	fill, err := vm.RunString("(function (o) { o.events.finish = 1; o.events.close = 2; o.events.end = 3; return o; })")
	if err != nil {
		t.Fatal(err)
	}
	fn, _ := AssertFunction(fill)
	cp := func() { fn(nil, vm.CloneObject(tpl.(*Object), true)) }
	for i := 0; i < 5; i++ {
		cp()
	}
	id, _ := vm.RunString("({ events: {} })")
	base := testing.AllocsPerRun(100, func() { fn(nil, id) })
	// the copy, its events map (slots included): two
	if got := testing.AllocsPerRun(100, cp) - base; got != 2 {
		t.Errorf("%v allocations per copy and fill, want 2", got)
	}
	o := vm.CloneObject(tpl.(*Object), true)
	fn(nil, o)
	vm.Set("o", o)
	got, _ := vm.RunString("JSON.stringify([Object.keys(o.events), Object.getPrototypeOf(o.events), o.events.close, Object.keys(o)])")
	if s := got.String(); s != `[["finish","close","end"],null,2,["a","events"]]` {
		t.Errorf("copy: %s", s)
	}
}

// NewArrayCopy: a copy (the caller's buffer reused), nil as undefined, one
// allocation up to 26 elements.
func TestNewArrayCopy(t *testing.T) {
	vm := New()
	buf := make([]Value, 0, 200)
	for _, n := range []int{0, 1, 6, 7, 18, 26, 27, 100} {
		buf = buf[:0]
		for i := 0; i < n; i++ {
			if i == 3 {
				buf = append(buf, nil)
			} else {
				buf = append(buf, vm.ToValue(i))
			}
		}
		a := vm.NewArrayCopy(buf)
		for i := range buf {
			buf[i] = vm.ToValue(-1) // (the array holds its own copy)
		}
		vm.Set("a", a)
		v, err := vm.RunString("a.push('x'); JSON.stringify([a.length, a[0], a[3] === undefined && 3 in a, a[a.length - 2], a[a.length - 1], Array.isArray(a)])")
		if err != nil {
			t.Fatal(err)
		}
		want := fmt.Sprintf(`[%d,%s,%v,%s,"x",true]`, n+1, map[bool]string{true: "0", false: "\"x\""}[n > 0], n > 3, map[bool]string{true: fmt.Sprint(n - 1), false: "null"}[n > 0 && n-1 != 3])
		if n == 1 {
			want = `[2,0,false,0,"x",true]`
		}
		if got := v.String(); got != want {
			t.Errorf("%d: %s, want %s", n, got, want)
		}
	}
	vals := []Value{valueInt(1), valueInt(2), valueInt(3), valueInt(4), valueInt(5), valueInt(6), valueInt(7), valueInt(8), valueInt(9), valueInt(10), valueInt(11), valueInt(12), valueInt(13), valueInt(14), valueInt(15), valueInt(16), valueInt(17)}
	if got := testing.AllocsPerRun(100, func() { vm.NewArrayCopy(vals) }); got != 1 {
		t.Errorf("%v allocations for 17 elements, want 1", got)
	}
}

// NewUint8ArrayCopy: a view over a new ArrayBuffer of a copy, the whole
// buffer's, in one allocation up to 616 bytes.
func TestNewUint8ArrayCopy(t *testing.T) {
	vm := New()
	proto := vm.Get("Uint8Array").(*Object).Get("prototype").(*Object)
	if vm.NewUint8ArrayCopy([]byte("x"), nil) != nil {
		t.Error("nil prototype: want nil")
	}
	for _, n := range []int{0, 1, 24, 25, 40, 41, 56, 100, 104, 105, 248, 568, 569, 616, 617, 5000} {
		src := make([]byte, n)
		for i := range src {
			src[i] = byte(i)
		}
		o := vm.NewUint8ArrayCopy(src, proto)
		for i := range src {
			src[i] = 0xff
		}
		vm.Set("u", o)
		v, err := vm.RunString(`u.subarray(1, 3)[0] = 42;
JSON.stringify([u.length, u.byteOffset, u.buffer.byteLength, u instanceof Uint8Array, u.buffer instanceof ArrayBuffer,
  u.length > 1 ? u[1] : null, u.length ? u[u.length - 1] : null, Array.from(new Uint8Array(u.buffer, 0, Math.min(3, u.length))),
  Object.getPrototypeOf(u) === Uint8Array.prototype, u.buffer.slice(0).byteLength])`)
		if err != nil {
			t.Fatal(err)
		}
		last, first3 := "null", "[]"
		if n > 0 {
			last = fmt.Sprint((n - 1) % 256)
		}
		switch {
		case n == 1:
			first3 = "[0]"
		case n == 2:
			first3 = "[0,42]"
		case n >= 3:
			first3 = "[0,42,2]"
		}
		second := "null"
		if n > 1 {
			second = "42"
			if n == 2 {
				last = "42"
			}
		}
		want := fmt.Sprintf("[%d,0,%d,true,true,%s,%s,%s,true,%d]", n, n, second, last, first3, n)
		if got := v.String(); got != want {
			t.Errorf("%d: %s, want %s", n, got, want)
		}
	}
	src := make([]byte, 72)
	if got := testing.AllocsPerRun(100, func() { vm.NewUint8ArrayCopy(src, proto) }); got != 1 {
		t.Errorf("%v allocations for 72 bytes, want 1", got)
	}
}

// new Array(n) with room for its elements; arrays extended up to their
// capacity (array.go expand). The expected output is node 20's.
func TestNewArraySized(t *testing.T) {
	runSymbolScript(t, `const out = [];
const p = (x) => out.push(typeof x === 'string' ? x : JSON.stringify(x));
// new Array(n) filled by index, partly, past its length, truncated and regrown
for (const n of [0, 1, 3, 26, 27, 40]) {
  const a = new Array(n); const b = new Array(n);
  for (let i = 0; i < n; i++) a[i] = i;
  for (let i = 0; i < n; i += 2) b[i] = i;
  p([n, a.length, a[n - 1], b.length, 1 in b, Object.keys(b).length, a.indexOf(n - 1), b.findIndex((x) => x === undefined)]);
  a[n + 1] = 'x'; p([a.length, n in a, a[n + 1]]);
  a.length = 1; a[3] = 'y'; p([a.length, a[1], 1 in a, 2 in a, a[3], Object.keys(a)]);
}
class Sub extends Array {}
const s = new Sub(3); s[0] = 1; s[2] = 3; p([s instanceof Sub, s.length, 1 in s, s.map((x) => x * 2) instanceof Sub]);
try { new Array(-1); } catch (e) { p(e.name); }
try { new Array(1.5); } catch (e) { p(e.name); }
const c = new Array(4); c.push('a'); p([c.length, c[4], 0 in c]);
const d = new Array(3); d.pop(); p([d.length, Object.keys(d)]);
const e = new Array(5); e[4] = 1; e.length = 2; e[3] = 'z'; p([e.length, 2 in e, e[4], e[3]]);
const f = new Array(2).fill(7); p(f);
const g = Array(3); g[1] = 'g'; p([g.length, g[1], 0 in g]);
function restore(fn) { const props = new Array(arguments.length - 1); const vals = new Array(arguments.length - 1); for (let i = 0; i < props.length; i++) { props[i] = arguments[i + 1]; vals[i] = i; } return [props, vals]; }
for (let j = 0; j < 3; j++) p(restore(null, 'a', 'b', 'c'));
// arrays grown to exactly their room, popped and pushed again
const h = [1, 2]; h.push(3); h.push(4); h.pop(); h.pop(); h[2] = 'h'; p([h, h.length]);
const k = [1, 2, 3, 4]; k.length = 2; k[3] = 4; p([k, 2 in k]);
out.join('\n');
`, `[0,0,null,0,false,0,-1,-1]
[2,false,"x"]
[4,null,false,false,"y",["3"]]
[1,1,0,1,false,1,0,-1]
[3,false,"x"]
[4,null,false,false,"y",["0","3"]]
[3,3,2,3,false,2,2,1]
[5,false,"x"]
[4,null,false,false,"y",["0","3"]]
[26,26,25,26,false,13,25,1]
[28,false,"x"]
[4,null,false,false,"y",["0","3"]]
[27,27,26,27,false,14,26,1]
[29,false,"x"]
[4,null,false,false,"y",["0","3"]]
[40,40,39,40,false,20,39,1]
[42,false,"x"]
[4,null,false,false,"y",["0","3"]]
[true,3,false,true]
RangeError
RangeError
[5,"a",false]
[2,[]]
[4,false,null,"z"]
[7,7]
[3,"g",false]
[["a","b","c"],[0,1,2]]
[["a","b","c"],[0,1,2]]
[["a","b","c"],[0,1,2]]
[[1,2,"h"],3]
[[1,2,null,4],false]`)
	// the array and its three elements: one allocation
	if got := allocsPerCall(t, "function f() { const a = new Array(3); a[0] = 1; a[1] = 2; a[2] = 3; return a; }"); got != 1 {
		t.Errorf("new Array(3) filled: %v allocations, want 1", got)
	}
}

// A copy of a template gets room for what earlier copies grew to.
func TestCloneGrownSlots(t *testing.T) {
	vm := New()
	tpl, err := vm.RunString("({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6 })")
	if err != nil {
		t.Fatal(err)
	}
	fill, err := vm.RunString("(function (o) { o.g = 7; o.h = 8; o.i = 9; o.j = 10; return o; })")
	if err != nil {
		t.Fatal(err)
	}
	fn, _ := AssertFunction(fill)
	cp := func() { fn(nil, vm.CloneObject(tpl.(*Object), false)) }
	for i := 0; i < 5; i++ {
		cp()
	}
	id, _ := vm.RunString("({ g: 0, h: 0, i: 0, j: 0 })")
	base := testing.AllocsPerRun(100, func() { fn(nil, id) })
	if got := testing.AllocsPerRun(100, cp) - base; got != 1 {
		t.Errorf("%v allocations per copy and fill, want 1", got)
	}
	o := vm.CloneObject(tpl.(*Object), false)
	vm.Set("o", o)
	got, _ := vm.RunString("o.z = 1; JSON.stringify([Object.keys(o), o.a, o.f, o.z, o.g])")
	if s := got.String(); s != `[["a","b","c","d","e","f","z"],1,6,1,null]` {
		t.Errorf("copy: %s", s)
	}
}

// Concatenation chains built in one block (gojanet_concatchain.go). The
// expected output is node 20's.
func TestConcatChain(t *testing.T) {
	runSymbolScript(t, `const out = [];
const p = (x) => out.push(typeof x === 'string' ? x : JSON.stringify(x));
function etag(len, hash) { return 'W/"' + len.toString(16) + '-' + hash + '"'; }
for (let i = 0; i < 4; i++) p(etag(12 + i * 100, 'abcdefghij'.slice(i)));
const parts = [];
for (let i = 0; i < 5; i++) { const s = 'k' + i + '=' + 'v'.repeat(i) + ';'; parts.push(s); }
p(parts);
// intermediates are never shared with the results
const a = 'x', b = 'y';
const r1 = a + b + 'z', r2 = a + b + 'w';
p([r1, r2, a + b]);
function three(x, y, z) { const t = x + y + z; return [t, t + t, x + y]; }
for (let i = 0; i < 3; i++) p(three('ab', 'cd' + i, 'ef'));
// numbers, mixed, empty strings, non-ASCII, objects with toString/valueOf
p([1 + 2 + 'a', 'a' + 1 + 2, 1 + 2 + 3, '' + 'q' + '', 'é' + 'a' + 'b', 'a' + 'é' + 'b', 'a' + 'b' + 'é', 1.5 + 'x' + null + undefined + true]);
const log = [];
const o1 = { toString() { log.push('o1'); return 'O1'; } }, o2 = { valueOf() { log.push('o2'); return 7; } };
p(['s' + o1 + o2 + (log.push('rhs'), 'r'), log]);
// a nested chain in the right operand, recursion, an exception mid-chain
function rec(n) { return 'L' + n + ':' + (n ? rec(n - 1) : 'end') + ';'; }
p(rec(4));
function thrower() { throw new Error('boom'); }
let caught = '';
for (let i = 0; i < 3; i++) { try { caught = 'a' + i + 'b' + thrower(); } catch (e) { caught += e.message + i; } }
p(caught);
p('pre' + ('in' + 'ner' + 'x') + 'post' + ('q' + 'r'));
// generators suspended mid-chain
function* g() { const s = 'g1' + 'g2' + (yield 1) + 'g3'; return s; }
const it1 = g(), it2 = g(); it1.next(); it2.next(); const m = 'm' + 'n' + 'o';
p([it2.next('B').value, it1.next('A').value, m]);
// long results, a hint outgrown and shrunk
let acc = [];
for (const n of [1, 50, 3, 2000, 5, 1100, 2]) { const s = 'a'.repeat(n) + 'b' + 'c'.repeat(n) + 'd'; acc.push(s.length, s[n], s[s.length - 1]); }
p(acc);
// the results kept: each its own value
const kept = []; for (let i = 0; i < 5; i++) kept.push('id-' + i + '-' + (i * 2));
p(kept);
let s2 = 'start'; s2 += '-' + 'x' + 'y'; s2 = s2 + 'z' + 'w'; p(s2);
p(typeof ('a' + 'b' + 1n));
try { p('a' + 'b' + Symbol('s')); } catch (e) { p(e.name); }
out.join('\n');
`, `W/"c-abcdefghij"
W/"70-bcdefghij"
W/"d4-cdefghij"
W/"138-defghij"
["k0=;","k1=v;","k2=vv;","k3=vvv;","k4=vvvv;"]
["xyz","xyw","xy"]
["abcd0ef","abcd0efabcd0ef","abcd0"]
["abcd1ef","abcd1efabcd1ef","abcd1"]
["abcd2ef","abcd2efabcd2ef","abcd2"]
["3a","a12",6,"q","éab","aéb","abé","1.5xnullundefinedtrue"]
["sO17r",["o1","o2","rhs"]]
L4:L3:L2:L1:L0:end;;;;;
boom0boom1boom2
preinnerxpostqr
["g1g2Bg3","g1g2Ag3","mno"]
[4,"b","d",102,"b","d",8,"b","d",4002,"b","d",12,"b","d",2202,"b","d",6,"b","d"]
["id-0-0","id-1-2","id-2-4","id-3-6","id-4-8"]
start-xyzw
string
TypeError`)
	// 'W/"' + a + '-' + b + '"': one block once the site knows the length
	if got := allocsPerCall(t, "const h = 'abcdefghij'; function f() { return 'W/\"' + h + '-' + h + '\"'; }"); got != 1 {
		t.Errorf("a chain of four: %v allocations, want 1", got)
	}
}
