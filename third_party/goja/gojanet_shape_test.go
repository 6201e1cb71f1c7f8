package goja

import (
	"fmt"
	"testing"

	"github.com/dop251/goja/unistring"
)

// gojanet: shared shapes (gojanet_shape.go) keep every semantics of the
// per-object storage they replaced: order after delete and re-add, integer
// keys first, attribute changes, freeze/seal, 1000 properties, prototype
// changes, Proxy, error's stack first, for-in while the object changes.
// want is node 20's output for the same script except goja's shorter
// read-only message (line 10).
func TestShapeSemantics(t *testing.T) {
	const script = `var out = [];
function log() { out.push(Array.prototype.join.call(arguments, ' ')); }
// order after delete and re-add
var a = {x: 1, y: 2, z: 3};
delete a.y; a.y = 4; a.w = 5;
log(Object.keys(a).join(), JSON.stringify(a));
var b = {x: 1, y: 2, z: 3};
log(Object.keys(b).join(), b.y, b.z);
// two objects sharing a shape, one diverges
var c = {x: 1, y: 2}, d = {x: 10, y: 20};
d.z = 30; c.q = 1;
log(Object.keys(c).join(), Object.keys(d).join(), c.z, d.q, c.x, d.x);
// integer-like keys come first, sorted
var e = {b: 1, 2: 'two', a: 2, 1: 'one', '10': 'ten'};
e[0] = 'zero';
var s = ''; for (var k in e) s += k + ',';
log(s, Object.keys(e).join(), JSON.stringify(e));
// defineProperty changing attributes
var f = {p: 1, q: 2, r: 3};
Object.defineProperty(f, 'q', {enumerable: false});
log(Object.keys(f).join(), f.q, JSON.stringify(Object.getOwnPropertyDescriptor(f, 'q')));
Object.defineProperty(f, 'q', {enumerable: true, writable: false});
f.q = 99;
log(Object.keys(f).join(), f.q, JSON.stringify(Object.getOwnPropertyNames(f)));
Object.defineProperty(f, 'g', {get: function () { return this.p * 2; }, enumerable: true, configurable: true});
log(f.g, Object.keys(f).join());
// freeze / seal
var g = {u: 1, v: 2};
Object.freeze(g);
g.u = 5; g.n = 1;
log(g.u, g.n, Object.isFrozen(g), Object.keys(g).join());
var h = {u: 1, v: 2};
Object.seal(h); h.u = 7; delete h.v; h.k = 1;
log(h.u, h.v, h.k, Object.isSealed(h));
try { (function () { 'use strict'; g.u = 3; })(); } catch (err) { log(err.constructor.name, err.message); }
try { (function () { 'use strict'; h.zz = 3; })(); } catch (err) { log(err.constructor.name, err.message); }
// 1000 properties
var big = {};
for (var i = 0; i < 1000; i++) big['p' + i] = i;
delete big.p500;
big.p500 = 'again';
var ks = Object.keys(big);
log(ks.length, ks[0], ks[998], ks[999], big.p999, big.p500, big.p3);
// many objects with the same growing shape
var objs = [];
for (var i = 0; i < 100; i++) { var o = {}; for (var j = 0; j <= i % 70; j++) o['k' + j] = j; objs.push(o); }
log(Object.keys(objs[69]).length, objs[69].k68, objs[5].k5, objs[5].k6, JSON.stringify(objs[3]));
// __proto__ changes
var P1 = {hello: function () { return 'p1'; }}, P2 = {hello: function () { return 'p2'; }};
var inst = Object.create(P1); inst.own = 1;
function callHello(o) { return o.hello(); }
var r1 = callHello(inst);
Object.setPrototypeOf(inst, P2);
var r2 = callHello(inst);
inst.__proto__ = P1;
log(r1, r2, callHello(inst), Object.keys(inst).join());
// Proxy over a shaped object
var target = {a: 1, b: 2};
var px = new Proxy(target, {get: function (t, k) { return k in t ? t[k] * 10 : 'none'; }});
log(px.a, px.b, px.c, Object.keys(px).join());
// error stack comes first in names
var er = new Error('x'); er.code = 'E1';
log(Object.getOwnPropertyNames(er).join());
// property order with same names in different order
var m1 = {}; m1.a = 1; m1.b = 2;
var m2 = {}; m2.b = 1; m2.a = 2;
log(Object.keys(m1).join(), Object.keys(m2).join(), JSON.stringify(m1), JSON.stringify(m2));
// for-in with deletion during iteration
var it = {a: 1, b: 2, c: 3, d: 4};
var seen = [];
for (var k in it) { seen.push(k); if (k === 'a') { delete it.c; it.e = 5; } }
log(seen.join());
// for-in while adding on shared shape
var it2 = {a: 1, b: 2}, it3 = {a: 1, b: 2};
seen = [];
for (var k in it2) { seen.push(k); it3.c = 1; it2.d = 1; }
log(seen.join(), Object.keys(it2).join(), Object.keys(it3).join());
// class instances
class A { constructor() { this.x = 1; this.y = 2; } sum() { return this.x + this.y; } }
class B extends A { constructor() { super(); this.z = 3; } sum() { return super.sum() + this.z; } }
var bs = []; for (var i = 0; i < 5; i++) bs.push(new B());
log(bs[4].sum(), Object.keys(bs[0]).join());
delete bs[1].x;
log(bs[1].sum(), bs[2].sum());
out.join('\n');
`
	const want = `x,z,y,w {"x":1,"z":3,"y":4,"w":5}
x,y,z 2 3
x,y,q x,y,z   1 10
0,1,2,10,b,a, 0,1,2,10,b,a {"0":"zero","1":"one","2":"two","10":"ten","b":1,"a":2}
p,r 2 {"value":2,"writable":true,"enumerable":false,"configurable":true}
p,q,r 2 ["p","q","r"]
2 p,q,r,g
1  true u,v
7 2  true
TypeError Cannot assign to read only property 'u' of object '#<Object>'
TypeError Cannot add property zz, object is not extensible
1000 p0 p999 p500 999 again 3
70 68 5  {"k0":0,"k1":1,"k2":2,"k3":3}
p1 p2 p1 own
10 20 none a,b
stack,message,code
a,b b,a {"a":1,"b":2} {"b":1,"a":2}
a,b,d
a,b a,b,d a,b,c
6 x,y,z
NaN 6`
	vm := New()
	v, err := vm.RunString(script)
	if err != nil {
		t.Fatal(err)
	}
	if got := v.String(); got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
}

// Objects built by the same sequence of additions share one shape; a delete
// or an index-like name makes a dictionary of the object alone.
func TestShapeSharing(t *testing.T) {
	vm := New()
	_, err := vm.RunString(`
	function P(a, b) { this.a = a; this.b = b; }
	var p1 = new P(1, 2), p2 = new P(3, 4), p3 = Object.create(P.prototype), p4 = new P(7, 8);
	p3.a = 5; p3.b = 6;
	var lit = {a: 1, b: 2};
	delete p4.b;
	var p5 = new P(1, 2); p5[0] = 1;
	`)
	if err != nil {
		t.Fatal(err)
	}
	get := func(n string) *baseObject { return vm.Get(n).(*Object).self.(*baseObject) }
	p1, p2, p3, p4, p5 := get("p1"), get("p2"), get("p3"), get("p4"), get("p5")
	if p1.values.sh == nil || p1.values.sh != p2.values.sh || p1.values.sh != p3.values.sh {
		t.Fatalf("p1, p2, p3 do not share a shape: %p %p %p", p1.values.sh, p2.values.sh, p3.values.sh)
	}
	// a shape implies the prototype
	if get("lit").values.sh == p1.values.sh {
		t.Fatal("objects with different prototypes share a shape")
	}
	if p4.values.sh != nil || p4.values.d == nil || p5.values.sh != nil {
		t.Fatal("delete or index name did not make a dictionary")
	}
	if len(p1.values.v) != 2 || p1.values.v[1].ToInteger() != 2 || p2.values.v[0].ToInteger() != 3 {
		t.Fatal("slots")
	}
	// a second runtime has shapes of its own
	vm2 := New()
	o2, _ := vm2.RunString(`({a: 1, b: 2})`)
	if o2.(*Object).self.(*baseObject).values.sh == get("lit").values.sh {
		t.Fatal("shapes shared across runtimes")
	}
}

// A large shape's index (shapeIndex) finds each of its names, at any size up
// to maxShapeProps, and none it does not hold: names that differ by one
// character, the empty name, a prefix.
func TestShapeIndex(t *testing.T) {
	for _, n := range []int{shapeLinear + 1, 9, 16, 17, 31, 32, 33, 64, 100, maxShapeProps} {
		names := make([]unistring.String, n)
		for i := range names {
			names[i] = unistring.String(fmt.Sprintf("p%d", i))
		}
		idx := newShapeIndex(names)
		if len(idx) < 2*n {
			t.Fatalf("%d names: table of %d", n, len(idx))
		}
		for i, name := range names {
			if got := idx.find(names, name); got != i {
				t.Fatalf("%d names: find(%s) = %d, want %d", n, name, got, i)
			}
			// an equal string in other memory
			if got := idx.find(names, unistring.String(string([]byte(name)))); got != i {
				t.Fatalf("%d names: find(copy of %s) = %d, want %d", n, name, got, i)
			}
		}
		for _, absent := range []string{"", "p", fmt.Sprintf("p%d", n), "q0", "p00"} {
			if got := idx.find(names, unistring.String(absent)); got != -1 {
				t.Fatalf("%d names: find(%q) = %d, want -1", n, absent, got)
			}
		}
	}
}

// The same through objects: a shape of 40 names read often enough to get
// its index, own names found, absent ones read through the prototype.
func TestShapeIndexObjects(t *testing.T) {
	vm := New()
	v, err := vm.RunString(`
var proto = {inherited: 'i'};
var o = Object.create(proto);
for (var i = 0; i < 40; i++) o['k' + i] = i;
var sum = 0, miss = 0;
for (var r = 0; r < 10; r++) {
	for (var i = 0; i < 40; i++) sum += o['k' + i];
	if (o.k40 === undefined && o.nope === undefined) miss++;
}
[sum, miss, o.inherited, 'k39' in o, 'k40' in o, Object.keys(o).length].join()`)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := v.String(), "7800,10,i,true,false,40"; got != want {
		t.Fatalf("got %s, want %s", got, want)
	}
}
