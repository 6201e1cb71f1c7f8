package goja

import "testing"

// gojanet: Runtime.leave keeps the value stack's array between calls from Go,
// clearing what it held.
func TestLeaveKeepsClearedStack(t *testing.T) {
	r := New()
	_, err := r.RunString(`function deep(n) { return n === 0 ? {big: 1} : deep(n - 1); }`)
	if err != nil {
		t.Fatal(err)
	}
	deep, ok := AssertFunction(r.Get("deep"))
	if !ok {
		t.Fatal("deep is not a function")
	}
	for i := 0; i < 3; i++ {
		v, err := deep(nil, r.ToValue(200))
		if err != nil {
			t.Fatal(err)
		}
		if v.(*Object).Get("big").ToInteger() != 1 {
			t.Fatalf("wrong result %v", v)
		}
		s := r.vm.stack
		if cap(s) == 0 {
			t.Fatal("stack was dropped")
		}
		for j, v := range s[:cap(s)] {
			if v != nil {
				t.Fatalf("stack[%d] still holds %v after the call returned", j, v)
			}
		}
	}
	// A stack grown past maxKeptStack is let go.
	if _, err := r.RunString(`function deeper(n) { return n === 0 ? 0 : 1 + deeper(n - 1); } deeper(20000)`); err != nil {
		t.Fatal(err)
	}
	if cap(r.vm.stack) > maxKeptStack {
		t.Fatalf("kept a stack of %d values", cap(r.vm.stack))
	}
}

// gojanet: a Proxy's apply and construct traps get argument lists of their
// own, not views of the value stack that later calls overwrite.
func TestProxyTrapKeepsArguments(t *testing.T) {
	r := New()
	v, err := r.RunString(`
	const kept = [];
	const handler = {
		apply(target, thisArg, args) { kept.push(args); return Reflect.apply(target, thisArg, args); },
		construct(target, args, nt) { kept.push(args); return Reflect.construct(target, args, nt); },
	};
	const f = new Proxy(function (a, b) { return a + b; }, handler);
	const C = new Proxy(class { constructor(x) { this.x = x; } }, handler);
	function noise(a, b, c, d) { return [a, b, c, d].join(); }
	f(1, 2); noise('w', 'x', 'y', 'z'); new C(3); noise('p', 'q', 'r', 's');
	[].concat(...kept).join(',');
	`)
	if err != nil {
		t.Fatal(err)
	}
	f, _ := AssertFunction(r.Get("f"))
	if _, err := f(nil, r.ToValue(4), r.ToValue(5)); err != nil {
		t.Fatal(err)
	}
	noise, _ := AssertFunction(r.Get("noise"))
	noise(nil, r.ToValue("a"), r.ToValue("b"))
	got, _ := r.RunString(`[].concat(...kept).join(',')`)
	if v.String() != "1,2,3" || got.String() != "1,2,3,4,5" {
		t.Fatalf("trap argument lists changed: %s, then %s", v, got)
	}
}
