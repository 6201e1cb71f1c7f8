package goja

import "testing"

func TestCloneObject(t *testing.T) {
	r := New()
	v, err := r.RunString(`
	  const P = { hello() { return 'p'; } };
	  const k = Symbol('k');
	  const tpl = Object.create(P);
	  tpl.a = 1; tpl.st = { x: 1, y: null }; tpl[k] = 'sym'; tpl.arr = Object.freeze([]); tpl.ev = Object.create(null);
	  [tpl, k]`)
	if err != nil {
		t.Fatal(err)
	}
	a := v.(*Object)
	tpl := a.Get("0").(*Object)
	c := r.CloneObject(tpl, true)
	if c == nil {
		t.Fatal("no clone")
	}
	r.Set("c", c)
	r.Set("tpl", tpl)
	res, err := r.RunString(`
	  const [t2, k2] = [tpl, Object.getOwnPropertySymbols(tpl)[0]];
	  c.a = 2; c.st.x = 5; c.ev.z = 1; c.b = 3;
	  JSON.stringify([Object.getPrototypeOf(c) === Object.getPrototypeOf(tpl), c.hello(), Reflect.ownKeys(c).map(String),
	    c[k2], tpl.a, tpl.st.x, c.st !== tpl.st, c.arr === tpl.arr, Object.getPrototypeOf(c.ev), Object.keys(tpl.ev).length, c.b, 'b' in tpl])`)
	if err != nil {
		t.Fatal(err)
	}
	want := `[true,"p",["a","st","arr","ev","b","Symbol(k)"],"sym",1,1,true,true,null,0,3,false]`
	if got := res.String(); got != want {
		t.Fatalf("got %s, want %s", got, want)
	}
	// not for accessors, dictionaries, arrays, frozen objects
	for _, src := range []string{
		`({ get x() { return 1; } })`,
		`(() => { const o = { a: 1, b: 2 }; delete o.a; return o; })()`,
		`[1, 2]`,
		`Object.freeze({ a: 1 })`,
		`(() => { const o = { a: 1 }; Object.defineProperty(o, 'b', { value: 1 }); return o; })()`,
		`({ a: 1, n: { get y() { return 1; } } })`,
	} {
		o, err := r.RunString(src)
		if err != nil {
			t.Fatal(err)
		}
		if r.CloneObject(o.(*Object), true) != nil {
			t.Errorf("%s cloned", src)
		}
	}
}
