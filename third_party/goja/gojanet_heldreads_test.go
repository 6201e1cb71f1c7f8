package goja

import "testing"

// Layouts and slots as a host compares them again (gojanet_heldreads.go):
// objects built alike share a layout and a key's slot; an accessor, a
// non-default attribute or a missing key is told apart; an inherited key
// is plain while the chain gives it as data, and watching the chain makes
// its change move the epoch.
func TestHeldReads(t *testing.T) {
	r := New()
	_, err := r.RunString(`
		const sym = Symbol('s');
		function P() {}
		P.prototype.inherited = 1;
		Object.defineProperty(P.prototype, 'getter', { get() { return 2; } });
		function mk(v) { const o = new P(); o.a = v; o[sym] = v; o.b = 'x'; return o; }
		var o1 = mk(1), o2 = mk(2), o3 = mk(3);
		o3.c = 1;
		var ro = mk(4);
		Object.defineProperty(ro, 'a', { writable: false });
		var acc = mk(5);
		Object.defineProperty(acc, 'b', { get() { return 1; } });
		var s = sym;
	`)
	if err != nil {
		t.Fatal(err)
	}
	obj := func(n string) *Object { return r.Get(n).ToObject(r) }
	o1, o2, o3 := obj("o1"), obj("o2"), obj("o3")
	sh := o1.ShapeOf()
	if !sh.Valid() || sh != o2.ShapeOf() || sh == o3.ShapeOf() {
		t.Fatal("layouts: alike objects share one, another differs")
	}
	a, sym := r.ToValue("a"), r.Get("s")
	i, j := o1.OwnSlot(a), o1.OwnSlot(sym)
	if i < 0 || j < 0 || i == j {
		t.Fatalf("slots %d %d", i, j)
	}
	if v := o2.SlotsIf(sh); v == nil || v[i].ToInteger() != 2 || v[j].ToInteger() != 2 {
		t.Fatal("o2's slots")
	}
	if o3.SlotsIf(sh) != nil {
		t.Fatal("another layout's slots")
	}
	if o1.OwnSlot(r.ToValue("nope")) != -1 || o1.OwnSlot(r.ToValue("inherited")) != -1 {
		t.Fatal("a missing or inherited key is -1")
	}
	if obj("ro").OwnSlot(a) != -2 || obj("acc").OwnSlot(r.ToValue("b")) != -2 {
		t.Fatal("a non-writable value or an accessor is -2")
	}
	if !r.InheritsPlain(o1, r.ToValue("inherited")) || !r.InheritsPlain(o1, r.ToValue("nope")) {
		t.Fatal("inherited data, or nothing, is plain")
	}
	if r.InheritsPlain(o1, r.ToValue("getter")) {
		t.Fatal("an inherited accessor is not")
	}
	e := r.WatchEpoch()
	if _, err := r.RunString(`P.prototype.inherited = 3;`); err != nil {
		t.Fatal(err)
	}
	if r.WatchEpoch() == e {
		t.Fatal("a change on the watched chain moves the epoch")
	}
	e = r.WatchEpoch()
	if _, err := r.RunString(`o1.a = 7; o2.b = 'y';`); err != nil {
		t.Fatal(err)
	}
	if r.WatchEpoch() != e || o1.SlotsIf(sh)[i].ToInteger() != 7 {
		t.Fatal("an instance's write: its slot, no epoch")
	}
}
