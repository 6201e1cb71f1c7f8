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

func TestCloneObjectDataSlot(t *testing.T) {
	r := New()
	v, err := r.RunString(`
	  const k = Symbol('k');
	  const tpl = { a: 1 };
	  tpl[k] = 0; tpl.b = 'x';
	  Object.defineProperty(tpl, 'ro', { value: 1, writable: false, enumerable: true, configurable: true });
	  [tpl, k]`)
	if err != nil {
		t.Fatal(err)
	}
	arr := v.(*Object)
	tpl := arr.Get("0").(*Object)
	k := arr.Get("1")
	sa, sk, sb := tpl.DataSlot(r.ToValue("a")), tpl.DataSlot(k), tpl.DataSlot(r.ToValue("b"))
	if sa < 0 || sk < 0 || sb < 0 || sa == sk || sk == sb {
		t.Fatalf("slots %d %d %d", sa, sk, sb)
	}
	if s := tpl.DataSlot(r.ToValue("ro")); s != -1 {
		t.Fatalf("a non-writable property's slot: %d", s)
	}
	if s := tpl.DataSlot(r.ToValue("none")); s != -1 {
		t.Fatalf("an absent property's slot: %d", s)
	}
	// (ro makes tpl uncloneable: a template without it)
	v, err = r.RunString(`const t2 = { a: 1 }; t2[k] = 0; t2.b = 'x'; t2`)
	if err != nil {
		t.Fatal(err)
	}
	tpl = v.(*Object)
	sa, sk, sb = tpl.DataSlot(r.ToValue("a")), tpl.DataSlot(k), tpl.DataSlot(r.ToValue("b"))
	c := r.CloneObject(tpl, false)
	if !c.SetDataSlot(sa, r.ToValue(2)) || !c.SetDataSlot(sk, r.ToValue(3)) || !c.SetDataSlot(sb, r.ToValue("y")) {
		t.Fatal("SetDataSlot failed")
	}
	if c.SetDataSlot(99, r.ToValue(1)) {
		t.Fatal("SetDataSlot past the slots")
	}
	r.Set("c", c)
	res, err := r.RunString(`JSON.stringify([c.a, c[k], c.b, t2.a, t2[k], t2.b, Reflect.ownKeys(c).map(String)])`)
	if err != nil {
		t.Fatal(err)
	}
	if want := `[2,3,"y",1,0,"x",["a","b","Symbol(k)"]]`; res.String() != want {
		t.Fatalf("got %s, want %s", res, want)
	}
}
