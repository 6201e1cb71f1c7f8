package firewall_test

import (
	"strings"
	"testing"

	"github.com/dop251/goja"

	"github.com/gojanet/gojanet/runtime/firewall"
)

func TestIsGoja(t *testing.T) {
	vm := goja.New()
	for _, x := range []any{vm.NewTypeError("x"), vm.ToValue(1), &goja.Exception{}, &goja.InterruptedError{}, &goja.StackOverflowError{}} {
		if !firewall.IsGoja(x) {
			t.Errorf("%T is goja's", x)
		}
	}
	for _, x := range []any{"s", 1, struct{}{}, &firewall.Panic{}, nil} {
		if firewall.IsGoja(x) {
			t.Errorf("%T is not goja's", x)
		}
	}
}

// JavaScript functions, frozen properties and Go values exposed by
// reflection are left alone; Go functions are wrapped once.
func TestWrapLeavesOthersAlone(t *testing.T) {
	vm := goja.New()
	w := firewall.NewWall(vm)
	o, err := vm.RunString(`({ js() { return 1 }, arrow: () => 2, frozen: null, n: 3, arr: [1, 2] })`)
	if err != nil {
		t.Fatal(err)
	}
	obj := o.ToObject(vm)
	js := obj.Get("js")
	fn := vm.ToValue(func(goja.FunctionCall) goja.Value { panic("x") })
	obj.DefineDataProperty("frozen", fn, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	obj.Set("go", func(goja.FunctionCall) goja.Value { panic("y") })
	obj.Set("self", obj)
	w.Wrap(obj, "o")
	w.Wrap(obj, "o") // idempotent
	if obj.Get("js") != js || obj.Get("frozen") != fn {
		t.Error("JS function or frozen property replaced")
	}
	vm.Set("o", obj)
	v, err := vm.RunString(`try { o.go() } catch (e) { e.message.split('\n')[0] + ' ' + e.code }`)
	if err != nil || v.String() != "Go panic in o.go: y ERR_INTERNAL_ASSERTION" {
		t.Errorf("got %v, %v", v, err)
	}
	func() {
		defer func() {
			if recover() != "x" {
				t.Error("an unwrapped function's panic did not escape as it was")
			}
		}()
		vm.RunString(`try { o.frozen() } catch (e) {}`)
	}()
}

// A wrapped function's panic is rethrown as an Error; goja's own
// exceptions and interrupts pass through untouched.
func TestWrapKeepsGojaExceptions(t *testing.T) {
	vm := goja.New()
	w := firewall.NewWall(vm)
	vm.Set("f", w.Wrap(vm.ToValue(func(call goja.FunctionCall) goja.Value {
		switch call.Argument(0).String() {
		case "type":
			panic(vm.NewTypeError("bad"))
		case "value":
			panic(vm.ToValue(7))
		case "interrupt":
			vm.Interrupt("stop")
			_, _ = vm.RunString("for(;;){}")
		}
		return goja.Undefined()
	}), "f"))
	v, err := vm.RunString(`
		const r = [];
		try { f('type') } catch (e) { r.push(e instanceof TypeError && e.message) }
		try { f('value') } catch (e) { r.push(e) }
		r.join()`)
	if err != nil || v.String() != "bad,7" {
		t.Fatalf("got %v, %v", v, err)
	}
	_, err = vm.RunString(`try { f('interrupt') } catch (e) { 'caught' }`)
	if _, ok := err.(*goja.InterruptedError); !ok {
		t.Fatalf("interrupt: %v", err)
	}
}

func TestPanicError(t *testing.T) {
	p := firewall.New("boom", "m.f")
	if p.Error() != "Go panic in m.f: boom" || !strings.Contains(string(p.Stack), "goroutine") {
		t.Errorf("%v\n%s", p, p.Stack)
	}
	if firewall.New(p, "other") != p {
		t.Error("a *Panic is not wrapped again")
	}
}

// The wrapper's cost per call (a deferred recover and one more call), on
// the cheapest Go function: compare Wrapped with Bare.
func benchCall(b *testing.B, wrap bool) {
	vm := goja.New()
	w := firewall.NewWall(vm)
	w.Disabled = !wrap
	obj := vm.NewObject()
	obj.Set("f", func(call goja.FunctionCall) goja.Value { return call.Argument(0) })
	vm.Set("o", w.Wrap(obj, "o"))
	loop, err := vm.RunString(`(function (n) { const f = o.f; for (let i = 0; i < n; i++) f(i); })`)
	if err != nil {
		b.Fatal(err)
	}
	run, _ := goja.AssertFunction(loop)
	b.ResetTimer()
	if _, err := run(goja.Undefined(), vm.ToValue(b.N)); err != nil {
		b.Fatal(err)
	}
}

func BenchmarkCallBare(b *testing.B)    { benchCall(b, false) }
func BenchmarkCallWrapped(b *testing.B) { benchCall(b, true) }
