package goja

import "testing"

// gojanet: PeekOwn reads an own property without running its getter or a
// proxy's trap.
func TestPeekOwn(t *testing.T) {
	r := New()
	v, err := r.RunString(`
		let ran = 0;
		const o = { a: 1 };
		Object.defineProperty(o, 'g', { get() { ran++; return 2; }, configurable: true });
		Object.defineProperty(o, 's', { set(v) {}, configurable: true });
		[o, new Proxy({ a: 1 }, { getOwnPropertyDescriptor() { ran++; } }), [1], () => ran]`)
	if err != nil {
		t.Fatal(err)
	}
	a := v.(*Object)
	o := a.Get("0").(*Object)
	if val, get, has, ok := o.PeekOwn("a"); !ok || !has || get != nil || val.ToInteger() != 1 {
		t.Errorf("a: %v %v %v %v", val, get, has, ok)
	}
	if val, get, has, ok := o.PeekOwn("g"); !ok || !has || get == nil || val != nil {
		t.Errorf("g: %v %v %v %v", val, get, has, ok)
	}
	if val, get, has, ok := o.PeekOwn("s"); !ok || !has || get != nil || val != nil {
		t.Errorf("s: %v %v %v %v", val, get, has, ok)
	}
	if _, _, has, ok := o.PeekOwn("toString"); !ok || has {
		t.Errorf("inherited toString: has %v ok %v", has, ok)
	}
	for _, i := range []string{"1", "2"} {
		if _, _, _, ok := a.Get(i).(*Object).PeekOwn("a"); ok {
			t.Errorf("exotic object %s: ok", i)
		}
	}
	ran, _ := AssertFunction(a.Get("3"))
	if n, _ := ran(nil); n.ToInteger() != 0 {
		t.Errorf("ran %d getters or traps", n.ToInteger())
	}
}
