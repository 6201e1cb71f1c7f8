package vm

import (
	"strings"
	"testing"

	"github.com/dop251/goja"

	"github.com/gojanet/gojanet/runtime/loop"
)

// run compiles src and runs it in c, returning the result as the main
// runtime sees it, or the exception the context threw.
func run(t *testing.T, c *context, src string) (goja.Value, error) {
	t.Helper()
	prg, err := goja.Compile("t.js", src, false)
	if err != nil {
		t.Fatal(err)
	}
	var v goja.Value
	func() {
		defer func() {
			if x := recover(); x != nil {
				t.Fatalf("%s: Go panic escaped: %v", src, x)
			}
		}()
		v, err = c.inner.RunProgram(prg)
	}()
	if err != nil {
		if _, ok := err.(*goja.Exception); !ok {
			t.Fatalf("%s: %v", src, err)
		}
		return nil, err
	}
	return c.m.a.in(v), nil
}

func newTestContext(t *testing.T, setup string) (*goja.Runtime, *context) {
	t.Helper()
	outer := goja.New()
	sb, err := outer.RunString("(" + setup + ")")
	if err != nil {
		t.Fatal(err)
	}
	return outer, newContext(outer, nil, sb.ToObject(outer), "test")
}

func mustRun(t *testing.T, c *context, src string) goja.Value {
	t.Helper()
	v, err := run(t, c, src)
	if err != nil {
		t.Fatalf("%s threw %v", src, err)
	}
	return v
}

func TestContextDeclarations(t *testing.T) {
	outer, c := newTestContext(t, "{a: 1}")
	v := mustRun(t, c, `var x = 1; function f() { return a } let y = 2; z = 3; this.w = 4; x + a + y`)
	if v.ToInteger() != 4 {
		t.Fatalf("got %v", v)
	}
	sb := c.sandbox
	for _, k := range []string{"x", "f", "z", "w"} {
		if sb.Get(k) == nil {
			t.Errorf("sandbox lacks %s", k)
		}
	}
	if sb.Get("y") != nil {
		t.Errorf("let leaked to the sandbox")
	}
	// f, made in the context, is called from the main runtime.
	f, ok := goja.AssertFunction(sb.Get("f"))
	if !ok {
		t.Fatal("f is not callable from the main runtime")
	}
	r, err := f(goja.Undefined())
	if err != nil || r.ToInteger() != 1 {
		t.Fatalf("f() = %v, %v", r, err)
	}
	// Intrinsics are the context's own.
	if mustRun(t, c, "Array").(*goja.Object) == outer.Get("Array") {
		t.Error("the context shares the main runtime's Array")
	}
}

// Every way an operation can fail on the far side of the membrane comes
// back as a JS exception, never as a Go panic or a value of the wrong runtime.
func TestMembraneThrows(t *testing.T) {
	_, c := newTestContext(t, `{
		get bad() { throw new TypeError("getter") },
		fn() { throw new RangeError("call") },
		frozen: Object.freeze({ k: 1 }),
		revoked: (() => { const r = Proxy.revocable({}, {}); r.revoke(); return r.proxy })(),
		hostile: new Proxy({}, { get() { throw 1 }, has() { throw 2 }, ownKeys() { throw 3 }, getOwnPropertyDescriptor() { throw 4 }, defineProperty() { throw 5 } }),
	}`)
	for _, src := range []string{
		"bad", "fn()", "frozen.k = 2; 'use strict'", "(function () { 'use strict'; frozen.k = 2 })()",
		"revoked.x", "Object.keys(revoked)", "hostile.x", "'x' in hostile", "Object.keys(hostile)",
		"Object.getOwnPropertyDescriptor(hostile, 'x')", "Object.defineProperty(hostile, 'x', {value: 1})",
		"new fn()", "undefinedName", "Object.setPrototypeOf(globalThis, null); Object", "Object.preventExtensions(globalThis); newGlobal = 1",
	} {
		_, _ = run(t, c, src)
	}
	// Frozen objects report consistently through the proxy invariants.
	v := mustRun(t, c, "Object.isFrozen(frozen) + ' ' + Object.keys(frozen) + ' ' + frozen.k")
	if v.String() != "true k 1" {
		t.Errorf("frozen: %v", v)
	}
}

func TestMembraneIdentity(t *testing.T) {
	outer, c := newTestContext(t, "{o: {}}")
	a := mustRun(t, c, "o")
	if a != c.sandbox.Get("o") {
		t.Error("an object crossing out and back is not itself")
	}
	in := mustRun(t, c, "globalThis.k = {}; k")
	if in != mustRun(t, c, "k") {
		t.Error("a context object crossing out twice is two objects")
	}
	if !strings.Contains(outer.ToValue(mustRun(t, c, "[1,2]")).String(), "1,2") {
		t.Error("array did not cross")
	}
}

// process.exit() from a sandboxed callback interrupts the main runtime;
// the loop passes that on to the context running inside it.
func TestInterruptThroughMembrane(t *testing.T) {
	outer := goja.New()
	l, err := loop.New(outer)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	c := newContext(outer, l, outer.NewObject(), "test")
	_ = c.sandbox.Set("exit", func() {
		outer.Interrupt("exit")
		l.InterruptNested("exit")
	})
	b := &binding{vm: outer, l: l, hooks: Hooks{Compile: func(f, src string) (*goja.Program, error) { return goja.Compile(f, src, false) }}}
	s := &script{prg: goja.MustCompile("t.js", "exit(); for (;;) {}", false)}
	defer func() {
		x := recover()
		ie, ok := x.(*goja.InterruptedError)
		if !ok || ie.Value() != "exit" {
			t.Fatalf("got %v, want the exit interrupt", x)
		}
	}()
	b.run(outer.ToValue(s), outer.ToValue(c), 0, false)
}

// A timeout ends a context's script even while it runs a main-runtime
// function it was handed, and leaves neither runtime interrupted.
func TestTimeoutThroughMembrane(t *testing.T) {
	outer := goja.New()
	l, err := loop.New(outer)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	spin, err := outer.RunString("(function () { for (;;) {} })")
	if err != nil {
		t.Fatal(err)
	}
	sb := outer.NewObject()
	_ = sb.Set("spin", spin)
	c := newContext(outer, l, sb, "test")
	b := &binding{vm: outer, l: l, timeout: outer.NewObject(), sigint: outer.NewObject()}
	for _, src := range []string{"for (;;) {}", "spin()", "Promise.resolve().then(spin)"} {
		s := &script{prg: goja.MustCompile("t.js", src, false)}
		func() {
			defer func() {
				if x := recover(); x != b.timeout {
					t.Fatalf("%s: got %v, want the timeout marker", src, x)
				}
			}()
			b.run(outer.ToValue(s), outer.ToValue(c), 20, false)
		}()
		// Both runtimes run again.
		if v, err := c.inner.RunString("1 + 1"); err != nil || v.ToInteger() != 2 {
			t.Fatalf("context after timeout: %v %v", v, err)
		}
		if v, err := outer.RunString("2 + 2"); err != nil || v.ToInteger() != 4 {
			t.Fatalf("main runtime after timeout: %v %v", v, err)
		}
	}
}
