package goja

import "testing"

// fastGet's answers for functions and absent names (gojanet_ic.go): an
// ordinary function's lazily made `prototype` is never taken for absent
// from an entry a plain object of the same shape made; an absent callee is
// still reported by name; a name added to a prototype later is seen.
func TestGojanetICReadsFunctionsAndAbsent(t *testing.T) {
	r := New()
	v, err := r.RunString(`
		var out = [];
		function read(x) { return x.prototype; }
		var o = Object.create(Function.prototype);
		Object.defineProperty(o, 'length', {value: 0, configurable: true});
		Object.defineProperty(o, 'name', {value: 'f', configurable: true});
		read(o); read(o);
		function f() {}
		out.push(typeof read(f), read(f) === f.prototype, read(o));
		class C { static s() {} }
		function get(x) { return x.s; }
		for (var i = 0; i < 3; i++) out.push(typeof get(C));
		function miss(x) { return x.nothing; }
		var p = {a: 1};
		for (var i = 0; i < 3; i++) out.push(miss(p));
		Object.prototype.nothing = 'now';
		out.push(miss(p));
		delete Object.prototype.nothing;
		function call(x) { try { x.absent(); } catch (e) { return e.message; } }
		call(p); call(p);
		out.push(call(p));
		JSON.stringify(out)`)
	if err != nil {
		t.Fatal(err)
	}
	// node 20's output
	want := `["object",true,null,"function","function","function",null,null,null,"now","x.absent is not a function"]`
	if v.String() != want {
		t.Fatalf("got %s, want %s", v, want)
	}
}

// A read site past icMaxFills shapes answers through the runtime's
// megamorphic table (gojanet_ic.go megaGet): the same values as the
// generic path (Reflect.get) for own, inherited, absent and accessor
// properties, across prototype changes and deletes.
func TestGojanetICMegamorphicReads(t *testing.T) {
	r := New()
	v, err := r.RunString(`
		function rd(x) { return x.k; }
		var proto = {pk: 1};
		var objs = [];
		for (var i = 0; i < 40; i++) {
			var o = Object.create(i % 3 == 0 ? proto : Object.prototype);
			for (var j = 0; j < i % 7; j++) o['p' + i + '_' + j] = j;
			if (i % 4 == 0) o.k = 'own' + i;
			if (i % 10 == 5) Object.defineProperty(o, 'k', {get: function () { return 'getter'; }});
			objs.push(o);
		}
		var bad = 0;
		function check() {
			for (var n = 0; n < 3; n++)
				for (var i = 0; i < objs.length; i++)
					if (rd(objs[i]) !== Reflect.get(objs[i], 'k')) bad++;
		}
		check();
		proto.k = 'inherited';
		check();
		Object.prototype.k = 'top';
		check();
		delete proto.k;
		check();
		delete Object.prototype.k;
		delete objs[0].k;
		check();
		Object.setPrototypeOf(objs[1], {k: 'new proto'});
		check();
		bad + ' ' + rd(objs[1]) + ' ' + rd(objs[3]) + ' ' + rd(objs[4]) + ' ' + rd(objs[5])`)
	if err != nil {
		t.Fatal(err)
	}
	if want := "0 new proto undefined own4 getter"; v.String() != want {
		t.Fatalf("got %s, want %s", v, want)
	}
}

// A typed array's named reads through the cache (gojanet_ic.go ownBase):
// `length` from %TypedArray%.prototype's getter, own and inherited names,
// a getter defined on a prototype later, a changed prototype, and numeric
// names (elements, never the cache's).
func TestGojanetICReadsTypedArrays(t *testing.T) {
	r := New()
	v, err := r.RunString(`var out = [];
function len(x) { return x.length; }
function get(x, k) { return x[k]; }
function named(x) { return x.foo; }
class FB extends Uint8Array {}
var a = new FB(4), b = new Uint8Array(2), c = new FB(new ArrayBuffer(8), 2, 3);
for (var i = 0; i < 3; i++) out.push(len(a), len(b), len(c), named(a));
a.foo = 'own';
out.push(named(a), named(new FB(1)));
FB.prototype.foo = 'proto';
out.push(named(new FB(1)), named(a));
Object.defineProperty(FB.prototype, 'length', { get() { return 'shadowed'; }, configurable: true });
out.push(len(a), len(b));
delete FB.prototype.length;
out.push(len(a));
Object.setPrototypeOf(c, { length: 'plain' });
out.push(len(c));
for (var k of ['0', '1', '-0', '1.5', 'NaN', 'Infinity', '-1', 'foo', 'length', 'byteLength']) out.push(String(get(a, k)));
a[1] = 7;
out.push(get(a, '1'));
var d = new Float64Array(3); out.push(len(d), len(d.subarray(1)));
JSON.stringify(out)
`)
	if err != nil {
		t.Fatal(err)
	}
	// node 20's output
	want := `[4,2,3,null,4,2,3,null,4,2,3,null,"own",null,"proto","own","shadowed",2,4,"plain","0","0","undefined","undefined","undefined","undefined","undefined","own","4","4",7,3,2]`
	if v.String() != want {
		t.Fatalf("got %s, want %s", v, want)
	}
}
