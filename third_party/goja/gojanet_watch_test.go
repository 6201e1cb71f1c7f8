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

// held/hold: an instance of the shape hold recorded is held while nothing
// watched changes; an own checked name, another shape, a change on the
// chain (watched by hold) or any watched change in between is not.
func TestShapeHolds(t *testing.T) {
	r := New()
	held, hold := r.ShapeHolds()
	r.Set("held", held)
	r.Set("hold", hold)
	r.Set("cell", r.WatchCell())
	v, err := r.RunString(`
		class A { m() {} }
		class B extends A {}
		const mk = () => { const o = new B(); o.x = 1; return o; };
		const out = [];
		const a = mk(), b = mk();
		out.push(held(0, a));                              // nothing held yet
		out.push(hold(0, cell.epoch, ['m'], a));           // held now
		out.push(held(0, b), held(1, b));                  // same shape; another site
		const own = mk(); own.m = 1;
		out.push(held(0, own), hold(2, cell.epoch, ['m'], own)); // own m: never held
		const c = mk(); c.y = 2;
		out.push(held(0, c));                              // another shape
		A.prototype.m = function () {};                    // the chain changed
		out.push(held(0, b));
		out.push(hold(0, cell.epoch - 1, ['m'], a));       // a stale epoch
		out.push(hold(0, cell.epoch, ['m'], a), held(0, b));
		const d = mk(); Object.setPrototypeOf(d, A.prototype);
		out.push(held(0, d));                              // another prototype
		const six = [mk(), mk(), mk(), mk(), mk(), mk()];
		out.push(hold(3, cell.epoch, ['m'], ...six), held(3, ...six)); // six objects a site
		out.push(hold(4, cell.epoch, ['m'], ...six, a));  // seven: too many
		out.push(held(3, mk(), mk(), mk(), mk(), mk(), c)); // one of another shape
		out.join(' ');
	`)
	if err != nil {
		t.Fatal(err)
	}
	want := "false true true false false false false false false true true false true true false false"
	if v.String() != want {
		t.Errorf("got %s, want %s", v, want)
	}
}
