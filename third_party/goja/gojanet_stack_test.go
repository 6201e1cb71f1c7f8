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
