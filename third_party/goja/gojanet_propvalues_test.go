package goja

import (
	"fmt"
	"testing"

	"github.com/dop251/goja/unistring"
)

// gojanet: property storage (gojanet_propvalues.go) keeps every semantics of
// the map it replaced (want is node 20's output for the same script): order, deletes, numeric-looking keys, the switch from
// the slice to the map past propValuesLinear.
func TestPropValuesSemantics(t *testing.T) {
	const script = `
	const out = [];
	function keys(o) { return JSON.stringify(Object.keys(o)) + ' ' + JSON.stringify(Object.values(o)); }

	// Insertion order, deletes in the middle, re-adding goes to the end.
	let o = {a: 1, b: 2, c: 3, d: 4};
	delete o.b; o.b = 5; delete o.a; o.e = 6;
	out.push(keys(o));

	// Integer keys first in ascending order, strings after in insertion order.
	o = {z: 1, 10: 2, y: 3, 2: 4, '01': 5, '-1': 6, 4294967295: 7, 4294967294: 8};
	out.push(keys(o));

	// Growing across the linear range and past it, with deletes on both sides.
	for (const n of [15, 16, 17, 40]) {
		o = {};
		for (let i = 0; i < n; i++) o['k' + i] = i;
		for (let i = 0; i < n; i += 3) delete o['k' + i];
		o.k0 = 'again';
		let sum = 0;
		for (let i = 0; i < n; i++) if (('k' + i) in o) sum += 1;
		out.push(n + ': ' + keys(o) + ' has ' + sum + ' missing ' + o.missing + ' last ' + o['k' + (n - 1)]);
	}

	// Deleting everything and refilling.
	o = {x: 1, y: 2};
	delete o.x; delete o.y;
	out.push(keys(o) + ' ' + ('x' in o));
	o.y = 3; o.x = 4;
	out.push(keys(o));

	// Accessors, non-enumerable and frozen properties keep their attributes.
	o = {get g() { return 'got'; }, p: 1};
	Object.defineProperty(o, 'hidden', {value: 2, enumerable: false});
	Object.freeze(o);
	o.p = 9;
	out.push(keys(o) + ' ' + o.g + ' ' + o.hidden + ' ' + Object.isFrozen(o) + ' ' + JSON.stringify(Object.getOwnPropertyNames(o)));

	// Enumerating while deleting and adding.
	o = {a: 1, b: 2, c: 3, d: 4, e: 5};
	const seen = [];
	for (const k in o) { seen.push(k); if (k === 'a') { delete o.c; o.f = 6; } }
	out.push(seen.join(','));

	// A property named like a slice sentinel, an empty name, and undefined values.
	o = {' ': 1, '': 2, u: undefined};
	out.push(JSON.stringify(Object.entries(o)) + ' ' + ('u' in o) + ' ' + o.hasOwnProperty('u'));

	// Prototype lookups through objects of both sizes.
	const big = {}; for (let i = 0; i < 30; i++) big['b' + i] = i;
	const small = Object.create(big); small.s = 1;
	const leaf = Object.create(small); leaf.l = 2;
	out.push(leaf.l + leaf.s + leaf.b29 + ' ' + (leaf.nope === undefined));
	out.join('\n');
	`
	want := `["c","d","b","e"] [3,4,5,6]
["2","10","4294967294","z","y","01","-1","4294967295"] [4,2,8,1,3,5,6,7]
15: ["k1","k2","k4","k5","k7","k8","k10","k11","k13","k14","k0"] [1,2,4,5,7,8,10,11,13,14,"again"] has 11 missing undefined last 14
16: ["k1","k2","k4","k5","k7","k8","k10","k11","k13","k14","k0"] [1,2,4,5,7,8,10,11,13,14,"again"] has 11 missing undefined last undefined
17: ["k1","k2","k4","k5","k7","k8","k10","k11","k13","k14","k16","k0"] [1,2,4,5,7,8,10,11,13,14,16,"again"] has 12 missing undefined last 16
40: ["k1","k2","k4","k5","k7","k8","k10","k11","k13","k14","k16","k17","k19","k20","k22","k23","k25","k26","k28","k29","k31","k32","k34","k35","k37","k38","k0"] [1,2,4,5,7,8,10,11,13,14,16,17,19,20,22,23,25,26,28,29,31,32,34,35,37,38,"again"] has 27 missing undefined last undefined
[] [] false
["y","x"] [3,4]
["g","p"] ["got",1] got 2 true ["g","p","hidden"]
a,b,d,e
[[" ",1],["",2],["u",null]] true true
32 true`
	r := New()
	v, err := r.RunString(script)
	if err != nil {
		t.Fatal(err)
	}
	if got := v.String(); got != want {
		t.Fatalf("got:\n%s\nwant:\n%s", got, want)
	}
}

// The type itself, against a Go map, through random sets and deletes.
func TestPropValuesAgainstMap(t *testing.T) {
	var p propValues
	m := map[unistring.String]Value{}
	seed := uint32(1)
	for i := 0; i < 20000; i++ {
		seed = seed*1664525 + 1013904223
		name := unistring.String(fmt.Sprintf("n%d", seed>>27)) // 32 names
		switch seed >> 24 & 3 {
		case 0, 1:
			v := intToValue(int64(i))
			if i%7 == 0 {
				v = nil // present with a nil value
			}
			p.set(name, v)
			m[name] = v
		case 2:
			p.del(name)
			delete(m, name)
		case 3:
			if i%5000 == 0 {
				p.reset()
				m = map[unistring.String]Value{}
			}
		}
		if p.len() != len(m) {
			t.Fatalf("step %d: len %d, map %d", i, p.len(), len(m))
		}
		for k, mv := range m {
			v, ok := p.get(k)
			if !ok || v != mv || p.lookup(k) != mv || !p.has(k) {
				t.Fatalf("step %d: %s = %v %v, map %v", i, k, v, ok, mv)
			}
		}
		if _, ok := p.get("absent"); ok || p.lookup("absent") != nil {
			t.Fatalf("step %d: absent found", i)
		}
	}
}
