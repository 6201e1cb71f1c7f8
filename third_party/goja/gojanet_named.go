package goja

import (
	"reflect"

	"github.com/dop251/goja/unistring"
)

// ToValue names a Go function it wraps after the function's Go symbol,
// which it looks up with runtime.FuncForPC. That reads the binary's
// pclntab, and the scattered pages it touches were ≈ 1 MiB of gojanet's
// start-up RSS (≈ 320 functions registered before the docs' echo server
// listens). ToNamedValue and SetNamed take the name from the caller.

// ToNamedValue is ToValue(i), except that a Go function is named name
// instead of after its Go symbol.
func (r *Runtime) ToNamedValue(name string, i interface{}) Value {
	n := unistring.NewFromString(name)
	switch f := i.(type) {
	case func(FunctionCall) Value:
		return hostFunc(r.newNativeFunc(f, n, 0))
	case func(FunctionCall, *Runtime) Value:
		return hostFunc(r.newNativeFunc(func(call FunctionCall) Value {
			return f(call, r)
		}, n, 0))
	case func(ConstructorCall) *Object:
		return hostFunc(r.newNativeConstructor(f, n, 0))
	case func(ConstructorCall, *Runtime) *Object:
		return hostFunc(r.newNativeConstructor(func(call ConstructorCall) *Object {
			return f(call, r)
		}, n, 0))
	}
	if v := reflect.ValueOf(i); v.Kind() == reflect.Func && !v.IsNil() {
		return r.newNamedWrappedFunc(v, n)
	}
	return r.ToValue(i)
}

// SetNamed is Set(name, value) with a Go function named name (ToNamedValue).
func (o *Object) SetNamed(name string, value interface{}) error {
	return o.runtime.try(func() {
		o.self.setOwnStr(unistring.NewFromString(name), o.runtime.ToNamedValue(name, value), true)
	})
}

// newNamedWrappedFunc is newWrappedFunc with the name given.
func (r *Runtime) newNamedWrappedFunc(value reflect.Value, name unistring.String) *Object {
	v := &Object{runtime: r}
	f := &wrappedFuncObject{
		nativeFuncObject: nativeFuncObject{
			baseFuncObject: baseFuncObject{
				baseObject: baseObject{
					class:      classFunction,
					val:        v,
					extensible: true,
					prototype:  r.getFunctionPrototype(),
				},
			},
			f: r.wrapReflectFunc(value),
		},
		wrapped: value,
	}
	v.self = f
	f.init(name, intToValue(int64(value.Type().NumIn())))
	return v
}
