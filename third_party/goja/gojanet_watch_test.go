package goja

import "testing"

// Every way a script can change a watched object (or an object on its
// prototype chain) moves the watch cell's epoch, including writes that the
// inline caches' fast paths would do in place once warm; writes to other
// objects do not; what a script can read of a watched object is unchanged.
func TestWatchValuesEpoch(t *testing.T) {
	r := New()
	r.Set("cell", r.WatchCell())
	_, err := r.RunString(`
		const sym = Symbol('s');
		class Base { m() { return 1; } }
		function F() {}
		F.prototype = Object.create(Base.prototype);
		F.prototype.x = 1;
		F.prototype[sym] = 2;
		F.init = function () {};
		const mod = { value: false, bytes: 16384 };
		const inst = new F();
		const other = { x: 1 };
	`)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"F", "mod"} {
		if !r.WatchValues(r.Get(name).ToObject(r)) {
			t.Fatalf("%s not watchable", name)
		}
	}
	if !r.WatchValues(r.Get("F").ToObject(r).Get("prototype").ToObject(r)) {
		t.Fatal("F.prototype not watchable")
	}
	epoch := func() int64 { return r.WatchCell().Get("epoch").ToInteger() }
	// the same write warmed up on unwatched objects first, then on a watched one
	cases := []struct{ name, warm, change string }{
		{"own write", `for (let i = 0; i < 5; i++) { const o = {x: 1}; o.x = i; }`, `mod.value = true;`},
		{"same value", ``, `mod.bytes = 16384;`},
		{"proto write", ``, `F.prototype.x = 2;`},
		{"proto write loop", `function w(o, v) { o.x = v; } for (let i = 0; i < 5; i++) w({x: 0}, i);`, `w(F.prototype, 3);`},
		{"function own", ``, `F.init = function () {};`},
		{"addition", ``, `F.prototype.y = 1;`},
		{"base method", ``, `Base.prototype.m = function () { return 2; };`},
		{"Object.prototype", ``, `Object.prototype.zz = 1;`},
		{"Object.prototype delete", ``, `delete Object.prototype.zz;`},
		{"define", ``, `Object.defineProperty(F.prototype, 'x', { value: 4 });`},
		{"define accessor", ``, `Object.defineProperty(mod, 'value', { get() { return 1; }, configurable: true });`},
		{"delete", ``, `delete F.prototype.y;`},
		{"symbol", `function ws(o, v) { o[sym] = v; } for (let i = 0; i < 5; i++) ws({[sym]: 0}, i);`, `ws(F.prototype, 5);`},
		{"symbol delete", ``, `delete F.prototype[sym];`},
		{"setPrototypeOf", ``, `Object.setPrototypeOf(F.prototype, Object.prototype);`},
		{"freeze", ``, `Object.freeze(mod);`},
	}
	for _, c := range cases {
		if c.warm != "" {
			if _, err := r.RunString(c.warm); err != nil {
				t.Fatalf("%s: %v", c.name, err)
			}
		}
		before := epoch()
		if _, err := r.RunString(c.change); err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if epoch() == before {
			t.Errorf("%s: the epoch did not change", c.name)
		}
	}
	before := epoch()
	if _, err := r.RunString(`
		other.x = 2; other.y = 3; delete other.y; inst.x = 5; inst.m = 1;
		for (let i = 0; i < 5; i++) { const o = {}; o.a = i; }
		void F.prototype.x; void mod.bytes;
	`); err != nil {
		t.Fatal(err)
	}
	if epoch() != before {
		t.Errorf("unwatched writes and reads changed the epoch")
	}
	// what a script reads of a watched object is as before
	v, err := r.RunString(`
		const g = { p: 1, q: 'a' };
		JSON.stringify([Object.getOwnPropertyDescriptor(g, 'p'), Object.keys(g), g.p, (g.p = 2, g.p)]);
	`)
	if err != nil {
		t.Fatal(err)
	}
	want := v.String()
	r2 := New()
	r2.Set("cell", r2.WatchCell())
	if _, err := r2.RunString(`var g = { p: 1, q: 'a' };`); err != nil {
		t.Fatal(err)
	}
	r2.WatchValues(r2.Get("g").ToObject(r2))
	v2, err := r2.RunString(`JSON.stringify([Object.getOwnPropertyDescriptor(g, 'p'), Object.keys(g), g.p, (g.p = 2, g.p)]);`)
	if err != nil {
		t.Fatal(err)
	}
	if v2.String() != want {
		t.Errorf("watched object reads %s, want %s", v2, want)
	}
}
