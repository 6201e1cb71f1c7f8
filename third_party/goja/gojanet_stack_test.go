package goja

import (
	"strings"
	"testing"
)

// frameNames returns a Go function that reports the V8 names of the frames
// on the stack where it is called (its own frame is hidden, as the
// embedder's Go functions are).
func frameNames(r *Runtime) func(FunctionCall) Value {
	return func(FunctionCall) Value {
		var names []string
		for _, f := range r.CaptureCallStack(0, nil) {
			n := f.V8Name()
			if n == "" {
				n = "-"
			}
			names = append(names, n)
		}
		return r.ToValue(strings.Join(names, ","))
	}
}

// gojanet: frames are named as V8 names them (expected names are node 20's
// for the same calls).
func TestGojanetV8FrameNames(t *testing.T) {
	r := New()
	r.SetV8StackFrames(true)
	r.Set("names", frameNames(r))
	for _, c := range []struct{ script, want string }{
		{`const o = { m() { return names(); } }; o.m()`, "Object.m,-"},
		{`const o = { m() { return names(); } }; const p = { q: o.m }; p.q()`, "Object.m [as q],-"},
		{`const o = { get x() { return names(); } }; o.x`, "get x [as x],-"},
		{`class A { constructor() { this.n = names(); } } new A().n`, "new A,-"},
		{`class A { static s() { return names(); } } A.s()`, "A.s,-"},
		{`class A { m() { return names(); } } new A().m()`, "A.m,-"},
		{`function F() { this.n = names(); } new F().n`, "new F,-"},
		{`function g() { return names(); } function F() { this.n = g(); } new F().n`, "g,new F,-"},
		{`let n; [1].forEach(function () { n = names(); }); n`, "-,Array.forEach,-"},
		{`let n; [1].forEach(() => { n = names(); }, new Map()); n`, "Map.<anonymous>,Array.forEach,-"},
		{`(function () { return names(); }).call(5)`, "Number.<anonymous>,-"},
		{`({ [Symbol.toStringTag]: 'Tag', f() { return names(); } }).f()`, "Tag.f,-"},
		{`const n = Object.create(null); n.f = function () { return names(); }; n.f()`, "Object.f,-"},
		{`function h() { return names(); } h()`, "h,-"},
		{`(function (exports) { return names(); }).call({})`, "Object.<anonymous>,-"},
	} {
		v, err := r.RunString("{ " + c.script + " }")
		if err != nil {
			t.Fatalf("%s: %v", c.script, err)
		}
		if got := v.String(); got != c.want {
			t.Errorf("%s: got %q, want %q", c.script, got, c.want)
		}
	}
}

// gojanet: a runtime entered from another continues its stacks with the
// caller's frames; the caller's, re-entered from it, with its frames in
// between; no frame twice.
func TestGojanetStackAcrossRuntimes(t *testing.T) {
	a, b := New(), New()
	a.SetV8StackFrames(true)
	b.SetV8StackFrames(true)
	a.Set("names", frameNames(a))
	b.Set("names", frameNames(b))
	// a's callIntoB runs b's code; b's callIntoA runs a's function.
	a.Set("callIntoB", func(c FunctionCall) Value {
		b.EnterFrom(a)
		defer b.LeaveFrom()
		v, err := b.RunString(c.Argument(0).String())
		if err != nil {
			panic(err)
		}
		return a.ToValue(v.String())
	})
	b.Set("callIntoA", func(c FunctionCall) Value {
		a.EnterFrom(b)
		defer a.LeaveFrom()
		fn, _ := AssertFunction(a.Get(c.Argument(0).String()))
		v, err := fn(nil)
		if err != nil {
			panic(err)
		}
		return b.ToValue(v.String())
	})
	v, err := a.RunString(`
function inA() { return names(); }
function again() { return callIntoB('function deepest() { return names(); } deepest()'); }
function top() {
  return [
    callIntoB('function inB() { return names(); } inB()'),
    callIntoB('function viaB() { return callIntoA("inA"); } viaB()'),
    callIntoB('function viaB2() { return callIntoA("again"); } viaB2()'),
  ].join(' | ');
}
top()`)
	if err != nil {
		t.Fatal(err)
	}
	want := "inB,-,top,- | inA,viaB,-,top,- | deepest,-,again,viaB2,-,top,-"
	if got := v.String(); got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
}
