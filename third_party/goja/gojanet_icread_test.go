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
