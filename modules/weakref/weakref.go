// Package weakref is the Go half of WeakRef and FinalizationRegistry
// (js/internal/weakref.js), which goja lacks: reached from JS as
// internalBinding('weakref').
//
// A goja object is a Go *goja.Object, so Go's garbage collector decides
// when it is gone: a WeakRef holds a weak.Pointer to it, and deref() gives
// the object while anything else still holds it. A FinalizationRegistry
// entry is a runtime.AddCleanup on the target with the held value as its
// argument; the cleanup runs on a Go runtime goroutine, so it posts the
// JS callback to the loop (which it does not keep alive: like V8, a
// program may exit before a cleanup runs). unregister stops the cleanups
// registered with the token.
package weakref

import (
	"runtime"
	"weak"

	"github.com/dop251/goja"

	"github.com/gojanet/gojanet/runtime/loop"
)

type ref struct{ p weak.Pointer[goja.Object] }

// registry is one FinalizationRegistry; cleanups and tokens are loop-owned.
type registry struct {
	l        *loop.Loop
	callback goja.Value
	tokens   map[weak.Pointer[goja.Object]][]runtime.Cleanup // tokens are held weakly, as the spec says
}

// as returns the Go value v wraps, made by this binding; anything else (a
// plain object goja would convert into a fresh zero value) is a TypeError.
func as[T any](vm *goja.Runtime, v goja.Value) T {
	var x T
	ok := false
	if v != nil {
		x, ok = v.Export().(T)
	}
	if !ok {
		panic(vm.NewTypeError("invalid receiver"))
	}
	return x
}

// Binding fills internalBinding('weakref').
func Binding(l *loop.Loop, exports *goja.Object) {
	vm := l.VM
	exports.Set("newRef", func(target *goja.Object) *ref { return &ref{p: weak.Make(target)} })
	exports.Set("deref", func(v goja.Value) goja.Value {
		if o := as[*ref](vm, v).p.Value(); o != nil {
			return o
		}
		return goja.Undefined()
	})
	exports.Set("newRegistry", func(callback goja.Value) *registry {
		if _, ok := goja.AssertFunction(callback); !ok {
			panic(vm.NewTypeError("FinalizationRegistry: cleanup must be callable"))
		}
		return &registry{l: l, callback: callback, tokens: map[weak.Pointer[goja.Object]][]runtime.Cleanup{}}
	})
	exports.Set("register", func(regv goja.Value, target *goja.Object, held goja.Value, token goja.Value) {
		reg := as[*registry](vm, regv)
		tok, _ := token.(*goja.Object)
		c := runtime.AddCleanup(target, func(held goja.Value) {
			reg.l.Post(func() {
				if reg.l.Stopped {
					return
				}
				reg.l.Call(reg.callback, goja.Undefined(), held)
			})
		}, held)
		if tok != nil {
			k := weak.Make(tok)
			reg.tokens[k] = append(reg.tokens[k], c)
		}
	})
	exports.Set("unregister", func(regv goja.Value, token *goja.Object) bool {
		reg := as[*registry](vm, regv)
		k := weak.Make(token)
		cs, ok := reg.tokens[k]
		for _, c := range cs {
			c.Stop()
		}
		delete(reg.tokens, k)
		return ok
	})
}
