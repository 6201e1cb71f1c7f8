package goja

import "testing"

// engineperf27: the fused local read asks the temporal dead zone only of a
// value that is not an object, ownHit takes a slot with no value as no
// answer, and === of two plain objects is identity without baseObject.equal.
func TestGojanetReadOrderAndIdentity(t *testing.T) {
	vm := New()
	v, err := vm.RunString(`
		const out = [];
		try { (function () { out.push(x.y); let x = {y: 1}; })(); } catch (e) { out.push(e instanceof ReferenceError); }
		(function () { let x = {y: 2}; out.push(x.y); x = 3; out.push(x.y); })();
		const a = {}, b = {};
		out.push(a === a, a === b, a !== b, [a].indexOf(b), a === undefined, undefined === a);
		out.join(',');
	`)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := v.String(), "true,2,,true,false,true,-1,false,false"; got != want {
		t.Fatalf("got %s, want %s", got, want)
	}
	// a Go value wrapped twice is still === itself (objectGoReflect's equal)
	type pt struct{ X int }
	p := &pt{1}
	vm.Set("p1", p)
	vm.Set("p2", p)
	if v, err := vm.RunString(`p1 === p2`); err != nil || !v.ToBoolean() {
		t.Fatalf("p1 === p2: %v %v", v, err)
	}
}
