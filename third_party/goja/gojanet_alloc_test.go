package goja

import (
	"fmt"
	"testing"
	"unsafe"
)

// gojanet: objects allocated with their slots (gojanet_alloc.go). The
// expected outputs are node 20's.

// Literals, constructors, Object.create and closures whose objects start with
// slots in their own allocation: grown past them, deleted from, frozen, given
// prototypes; instances made again once the slack is known.
func TestObjectSlotsInline(t *testing.T) {
	runSymbolScript(t, `const out = [];
const names = (f) => Object.getOwnPropertyNames(f).filter((n) => n !== 'arguments' && n !== 'caller').sort(); // goja: no own arguments/caller; a lazily made prototype
const p = (x) => out.push(typeof x === 'string' ? x : JSON.stringify(x));
// literals of every size, grown past their slots, deleted from, frozen
function lit(i) { return {a: i, b: i + 1, c: i + 2}; }
for (let i = 0; i < 3; i++) { const o = lit(i); for (let k = 0; k < 40; k++) o['k' + k] = k; if (i === 1) delete o.b; p([Object.keys(o).length, o.a, o.b, o.k39]); }
const big = {}; for (let k = 0; k < 20; k++) big['p' + k] = k;
const l2 = {p0: 1, p1: 2}; p(Object.keys(l2)); l2.z = 3; p(l2);
const l3 = {x: 1, ...{y: 2, z: 3}, __proto__: {inh: 4}, ['c' + 1]: 5, get g() { return 6; }, m() { return 7; }};
p([Object.keys(l3), l3.inh, l3.g, l3.m(), Object.getPrototypeOf(l3).inh]);
const fr = Object.freeze({a: 1, b: 2}); try { 'use strict'; fr.c = 3; } catch (e) { p(e.name); } p([Object.isFrozen(fr), Object.keys(fr)]);
// constructors: instances of 0, 3, 20, 30 and 40 properties, made again after the first
function mk(n) { function F() { for (let k = 0; k < n; k++) this['f' + k] = k; } return F; }
for (const n of [0, 3, 20, 30, 40]) { const F = mk(n); for (let j = 0; j < 3; j++) { const o = new F(); if (j === 2) { o.extra = 1; delete o.f0; } p([n, Object.keys(o).length, o.f1, o.extra, o instanceof F]); } }
class C { constructor() { this.a = 1; this.b = 2; } }
for (let j = 0; j < 3; j++) { const c = new C(); c.z = j; p(Object.entries(c)); }
// Object.create with and without properties, null prototypes as dictionaries
for (let j = 0; j < 3; j++) { const d = Object.create(null); for (let k = 0; k < 10 * j; k++) d['d' + k] = k; p([Object.keys(d).length, d.d5, 'toString' in d]); }
const proto = {hello() { return 'hi ' + this.n; }};
for (let j = 0; j < 3; j++) { const o = Object.create(proto, {n: {value: j, enumerable: true}}); o.m = j; p([o.hello(), Object.keys(o), Object.getOwnPropertyDescriptor(o, 'n').writable]); }
const sp = {a: 1, b: 2}; Object.setPrototypeOf(sp, proto); sp.n = 'sp'; p([sp.hello(), Object.keys(sp)]);
// closures: name, length, prototype, added properties
const fns = [function f1(a, b) {}, (x) => x, {m(a) {}}.m, function () {}];
for (const f of fns) { f.own = 1; p([f.name, f.length, typeof f.prototype, names(f)]); }
function outer() { return function inner(a, b, c) {}; }
for (let j = 0; j < 2; j++) { const f = outer(); p([f.name, f.length, names(f), f.prototype.constructor === f]); f.x = j; f.y = j; p(Object.keys(f)); }
out.join('\n');
`, `[43,0,1,39]
[42,1,null,39]
[43,2,3,39]
["p0","p1"]
{"p0":1,"p1":2,"z":3}
[["x","y","z","c1","g","m"],4,6,7,4]
[true,["a","b"]]
[0,0,null,null,true]
[0,0,null,null,true]
[0,1,null,1,true]
[3,3,1,null,true]
[3,3,1,null,true]
[3,3,1,1,true]
[20,20,1,null,true]
[20,20,1,null,true]
[20,20,1,1,true]
[30,30,1,null,true]
[30,30,1,null,true]
[30,30,1,1,true]
[40,40,1,null,true]
[40,40,1,null,true]
[40,40,1,1,true]
[["a",1],["b",2],["z",0]]
[["a",1],["b",2],["z",1]]
[["a",1],["b",2],["z",2]]
[0,null,false]
[10,5,false]
[20,5,false]
["hi 0",["n","m"],false]
["hi 1",["n","m"],false]
["hi 2",["n","m"],false]
["hi sp",["a","b","n"]]
["f1",2,"object",["length","name","own","prototype"]]
["",1,"undefined",["length","name","own"]]
["m",1,"undefined",["length","name","own"]]
["",0,"object",["length","name","own","prototype"]]
["inner",3,["length","name","prototype"],true]
["x","y"]
["inner",3,["length","name","prototype"],true]
["x","y"]`)
}

// ViewBytes and ExportBytes give what Export gave, without its allocations.
func TestViewBytes(t *testing.T) {
	vm := New()
	v, err := vm.RunString(`const ab = new ArrayBuffer(8); const u8 = new Uint8Array(ab); u8.set([1, 2, 3, 4, 5, 6, 7, 8]);
	[ab, u8, u8.subarray(2, 5), new Int16Array(ab, 2, 2), new DataView(ab, 1, 3), new Uint8ClampedArray(ab, 6), {}, [1, 2]]`)
	if err != nil {
		t.Fatal(err)
	}
	var objs []*Object
	arr := v.(*Object)
	for i := 0; i < 8; i++ {
		objs = append(objs, arr.Get(string(rune('0'+i))).(*Object))
	}
	want := []string{"[1 2 3 4 5 6 7 8]", "[1 2 3 4 5 6 7 8]", "[3 4 5]", "[3 4 5 6]", "[2 3 4]", "[7 8]", "", ""}
	wantExport := []bool{false, true, true, false, false, true, false, false}
	for i, o := range objs {
		p, ok := o.ViewBytes()
		if got := ""; ok {
			got = fmt.Sprint(p)
			if got != want[i] {
				t.Errorf("%d: ViewBytes %s, want %s", i, got, want[i])
			}
		} else if want[i] != "" {
			t.Errorf("%d: ViewBytes not ok", i)
		}
		b, ok := o.ExportBytes()
		eb, eok := o.Export().([]byte)
		if ok != wantExport[i] || ok != eok || fmt.Sprint(b) != fmt.Sprint(eb) {
			t.Errorf("%d: ExportBytes %v %v, Export %v %v", i, b, ok, eb, eok)
		}
	}
	// a detached buffer and its views have no bytes (V8's byteLength 0)
	ab := vm.Get("ab").(*Object).Export().(ArrayBuffer)
	ab.Detach()
	for i := 0; i < 6; i++ {
		if p, ok := objs[i].ViewBytes(); !ok || len(p) != 0 {
			t.Errorf("%d: ViewBytes of a detached buffer: %v %v", i, p, ok)
		}
	}
}

// Array literals with their elements in the same allocation: pushed past
// them, shortened, holes, spreads, frozen, made sparse.
func TestArrayLiteralInline(t *testing.T) {
	runSymbolScript(t, `const out = [];
const p = (x) => out.push(JSON.stringify(x));
for (let i = 0; i < 3; i++) {
  const a = [i, i + 1], b = [1, 2, 3, 4, 5], c = [1, , 3], d = [...[1, 2], 3, ...'ab'], e = [], f = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  a.push(9, 10, 11); b.length = 2; c[10] = 1; e.push(1); f.pop(); f.unshift(0);
  const g = [1, 2]; g.x = 1; Object.freeze(g); try { g.push(3); } catch (err) { p(err.constructor.name); }
  const h = [1, 2, 3]; h[100000] = 1; delete h[0];
  p([a, b, c.length, Object.keys(c), d, e, f, g, h.length, Object.keys(h).length, Array.isArray(h)]);
}
out.join('\n');
`, `"TypeError"
[[0,1,9,10,11],[1,2],11,["0","2","10"],[1,2,3,"a","b"],[1],[0,1,2,3,4,5,6,7,8,9],[1,2],100001,3,true]
"TypeError"
[[1,2,9,10,11],[1,2],11,["0","2","10"],[1,2,3,"a","b"],[1],[0,1,2,3,4,5,6,7,8,9],[1,2],100001,3,true]
"TypeError"
[[2,3,9,10,11],[1,2],11,["0","2","10"],[1,2,3,"a","b"],[1],[0,1,2,3,4,5,6,7,8,9],[1,2],100001,3,true]`)
}

// Bound functions made in one allocation: names, lengths, construction,
// prototypes, deletes.
func TestBindInline(t *testing.T) {
	runSymbolScript(t, `const out = [];
const p = (x) => out.push(JSON.stringify(x));
function add(a, b, c) { return [this && this.k, a, b, c]; }
const b1 = add.bind({k: 1}), b2 = add.bind({k: 2}, 10), b3 = b2.bind(null, 20);
p([b1.name, b1.length, b2.name, b2.length, b3.name, b3.length, b1(1, 2, 3), b2(1, 2), b3(1)]);
p([Object.getOwnPropertyNames(b1), 'prototype' in b1, Object.getPrototypeOf(b1) === Function.prototype]);
function P(x) { this.x = x; } P.prototype.get = function () { return this.x; };
const BP = P.bind(null, 7); const o = new BP(); p([o.get(), o instanceof P, o instanceof BP, BP.name]);
class K { constructor(a) { this.a = a; } } const BK = K.bind(null, 3); p([new BK().a, BK.name, BK.length]);
const weird = function () {}; Object.defineProperty(weird, 'name', {value: 42}); Object.defineProperty(weird, 'length', {value: 2.5});
const bw = weird.bind(); p([bw.name, bw.length]);
const un = function () {}; Object.defineProperty(un, 'name', {value: 'ünï'}); p(un.bind().name);
const np = function () {}; Object.setPrototypeOf(np, null); const bnp = Function.prototype.bind.call(np); p([Object.getPrototypeOf(bnp), bnp.name, bnp.length]);
b1.extra = 1; p(Object.keys(b1)); delete b1.name; p([b1.name, Object.getOwnPropertyNames(b1)]);
out.join('\n');
`, `["bound add",3,"bound add",2,"bound bound add",1,[1,1,2,3],[2,10,1,2],[2,10,20,1]]
[["length","name"],false,true]
[7,true,true,"bound P"]
[3,"bound K",0]
["bound ",2]
"bound ünï"
[null,"bound np",0]
["extra"]
["",["length","extra"]]`)
}

// toLowerCase's reused results: the same answers as before, whatever the
// strings' lengths, collisions and cases.
func TestToLowerCache(t *testing.T) {
	vm := New()
	v, err := vm.RunString(`const names = ['Content-Type', 'ETag', 'X-Powered-By', 'content-type', 'A', '',
		'ÄB', 'x'.repeat(40).toUpperCase(), 'X'.repeat(32), 'Ab', 'aB'];
	for (let i = 0; i < 200; i++) names.push('H' + i + 'X');
	let bad = 0;
	for (let round = 0; round < 3; round++) for (const n of names) {
		const l = n.toLowerCase();
		let want = '';
		for (const ch of n) want += (ch >= 'A' && ch <= 'Z') ? String.fromCharCode(ch.charCodeAt(0) + 32) : ch === 'Ä' ? 'ä' : ch;
		if (l !== want) bad++;
	}
	bad`)
	if err != nil {
		t.Fatal(err)
	}
	if v.ToInteger() != 0 {
		t.Errorf("%d wrong results", v.ToInteger())
	}
}

// TestObjectSlotsSizes: each object size newObjectSlots allocates fills its
// Go size class (gojanet_alloc.go), so neither a slot more nor a smaller
// class is possible; the object alone is 128 bytes.
func TestObjectSlotsSizes(t *testing.T) {
	if n := unsafe.Sizeof(baseObjectAlloc{}); n != 128 {
		t.Errorf("baseObjectAlloc is %d bytes, want 128 (update gojanet_alloc.go's sizes)", n)
	}
	if n := unsafe.Sizeof(arrayAlloc{}); n != 224 {
		t.Errorf("arrayAlloc is %d bytes, want 224 (update gojanet_alloc.go's array sizes)", n)
	}
	if n := unsafe.Sizeof(u8Alloc{}); n != 344 {
		t.Errorf("u8Alloc is %d bytes, want 344 (update gojanet_bufalloc.go's sizes)", n)
	}
	if n := unsafe.Sizeof(funcObjectAlloc{}); n != 288 {
		t.Errorf("funcObjectAlloc is %d bytes, want 288 (a size class of its own)", n)
	}
	// Go's size classes in this range (runtime/sizeclasses.go)
	classes := []uintptr{128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704}
	r := New()
	for n := 1; n <= maxInstanceSlots; n++ {
		c := cap(r.newObjectSlots(nil, n).values.v)
		size := unsafe.Sizeof(baseObjectAlloc{}) + uintptr(c)*16
		fits := false
		for i, cl := range classes {
			if size == cl || size < cl && (i == 0 || size > classes[i-1]) && size+16 > cl {
				fits = true
			}
		}
		if c < n || !fits {
			t.Errorf("newObjectSlots(%d): %d slots, %d bytes: not the most its size class holds", n, c, size)
		}
	}
}

// What objectExt holds (an object's id, WeakMap entries, private fields),
// on objects of several kinds. The expected output is node 20's.
func TestObjectExt(t *testing.T) {
	runSymbolScript(t, `const out = [];
const wm = new WeakMap(), wm2 = new WeakMap();
const keys = [{}, [], function () {}, new Uint8Array(2), Object.create(null)];
keys.forEach((k, i) => { wm.set(k, i); if (i % 2) wm2.set(k, -i); });
out.push(keys.map((k) => [wm.get(k), wm2.has(k), wm2.get(k)].join('/')).join(' '));
out.push(String(wm.delete(keys[1])), String(wm.has(keys[1])), String(wm2.delete(keys[1])), String(wm2.delete(keys[1])));
const m = new Map(keys.map((k, i) => [k, i])), s = new Set(keys);
out.push(String(keys.every((k, i) => m.get(k) === i && s.has(k))), String(m.get({})));
class P { #x = 1; #y; constructor(y) { this.#y = y; } static has(o) { return #x in o; } sum() { return this.#x + this.#y; } }
class Q extends P { #z = 3; z() { return this.#z; } }
const q = new Q(2);
out.push(String(q.sum()), String(q.z()), String(P.has(q)), String(P.has({})));
const ws = new WeakSet([q]); out.push(String(ws.has(q)), String(ws.has({})));
try { P.prototype.sum.call({}); } catch (e) { out.push(e.constructor.name); }
out.join('\n');`, `0/false/ 1/true/-1 2/false/ 3/true/-3 4/false/
true
false
true
false
true
undefined
3
3
true
false
true
false
TypeError`)
}
