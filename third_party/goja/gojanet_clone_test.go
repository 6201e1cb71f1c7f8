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

// TestCloneObjectTemplateChanged: CloneObject keeps a plan per template
// (which slots hold objects); a template changed after its first copies
// must be copied as it is now.
func TestCloneObjectTemplateChanged(t *testing.T) {
	r := New()
	r.Set("clone", func(c FunctionCall) Value {
		if o := r.CloneObject(c.Argument(0).(*Object), true); o != nil {
			return o
		}
		return _null
	})
	res, err := r.RunString(`
	  const out = [];
	  const fz = Object.freeze({ f: 1 });
	  const st = { x: 1, inner: { y: 1 } };
	  const tpl = { a: 1, st, fz, s: 'x' };
	  const look = (c) => c === null ? 'null' : JSON.stringify([c.a, c.st && c.st !== tpl.st, c.st && c.st.inner === st.inner,
	    typeof c.fz === 'object' && c.fz !== null ? c.fz === tpl.fz : String(c.fz), c.s]);
	  out.push(look(clone(tpl)), look(clone(tpl)));
	  tpl.a = { n: 1 };                       // a number slot now holds an object: copied
	  let c = clone(tpl); out.push(c.a !== tpl.a && c.a.n === 1);
	  tpl.a = 2; out.push(look(clone(tpl)));   // and back to a number
	  tpl.fz = { f: 2 };                      // a shared (frozen) object replaced by a plain one: copied
	  c = clone(tpl); out.push(c.fz !== tpl.fz && c.fz.f === 2);
	  Object.freeze(tpl.fz);                  // the same object frozen: shared again
	  c = clone(tpl); out.push(c.fz === tpl.fz);
	  st.x = 7; c = clone(tpl); out.push(c.st.x);               // a nested template's value
	  Object.defineProperty(st, 'g', { get() { return 1; }, enumerable: true, configurable: true });
	  out.push(clone(tpl));                   // a nested accessor: no copy
	  delete st.g; st.x = 8;
	  c = clone(tpl); out.push(c === null ? 'null' : c.st.x);
	  tpl.s = tpl.s; out.push(look(clone(tpl)));                  // the same value stored again
	  Object.defineProperty(tpl, 's', { enumerable: false });     // attributes in a slot: no copy
	  out.push(clone(tpl));
	  const t2 = { p: 1, q: { r: 1 } };
	  clone(t2); Object.defineProperty(t2, 'p', { get() { return 2; } });   // an accessor in a seen template
	  out.push(clone(t2));
	  JSON.stringify(out)`)
	if err != nil {
		t.Fatal(err)
	}
	// (after `delete st.g` st is a dictionary: shared, not copied)
	want := `["[1,true,true,true,\"x\"]","[1,true,true,true,\"x\"]",true,"[2,true,true,true,\"x\"]",true,true,7,null,8,"[2,false,true,true,\"x\"]",null,null]`
	if got := res.String(); got != want {
		t.Fatalf("got  %s\nwant %s", got, want)
	}
}
