package goja

import "testing"

func TestToNamedValue(t *testing.T) {
	vm := New()
	o := vm.NewObject()
	_ = o.SetNamed("native", func(FunctionCall) Value { return valueInt(1) })
	_ = o.SetNamed("withRuntime", func(FunctionCall, *Runtime) Value { return valueInt(2) })
	_ = o.SetNamed("ctor", func(c ConstructorCall) *Object { return c.This })
	_ = o.SetNamed("reflected", func(a, b int) int { return a + b })
	_ = o.SetNamed("plain", 42)
	_ = o.SetNamed("nilFunc", (func())(nil)) // as Set does it
	_ = o.Set("nilFuncSet", (func())(nil))
	vm.Set("o", o)
	res, err := vm.RunString(`[
		o.native.name, o.native(), o.withRuntime.name, o.withRuntime(),
		o.ctor.name, typeof new o.ctor(),
		o.reflected.name, o.reflected.length, o.reflected(2, 3),
		o.plain, typeof o.nilFunc === typeof o.nilFuncSet,
	].join()`)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := res.String(), "native,1,withRuntime,2,ctor,object,reflected,2,5,42,true"; got != want {
		t.Fatalf("got %s, want %s", got, want)
	}
	if v := vm.ToNamedValue("x", "s"); v.String() != "s" {
		t.Fatalf("a string: %v", v)
	}
}
