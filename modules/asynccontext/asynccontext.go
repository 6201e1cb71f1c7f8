// Package asynccontext is internalBinding('async_context'): the engine's
// promise hooks (goja fork, SetPromiseHooks: V8's PromiseHook) for
// js/internal/promise_hooks.js, which fans them out to v8.promiseHooks and
// to async_hooks' PROMISE resources (js/internal/async_context.js).
//
// The path: JS calls setPromiseHooks(init, before, after, settled) with a
// function for each kind something listens to (undefined for the others)
// whenever that set changes; each engine event calls the JS function on the
// loop goroutine (the engine runs them inside its promise machinery: init
// where a promise is made, settled where one is fulfilled or rejected,
// before/after around a reaction or thenable job). JS catches what a hook
// throws (the uncaught-exception path); only an interrupt (process.exit,
// a timeout) comes back here, and it goes on unwinding the VM. With every
// kind undefined the engine's hooks are removed: programs with no hook and
// no AsyncLocalStorage pay one nil check per promise operation.
package asynccontext

import (
	"github.com/dop251/goja"

	"github.com/gojanet/gojanet/runtime/loop"
)

// rethrow keeps an interrupt going: a hook's JS exceptions never get here
// (JS catches them), an interrupt must stop the script that made the promise.
func rethrow(err error) {
	if err == nil {
		return
	}
	if _, ok := err.(*goja.InterruptedError); ok {
		panic(err)
	}
	if _, ok := err.(*goja.StackOverflowError); ok {
		panic(err)
	}
}

func hook1(fn goja.Callable) func(*goja.Object) {
	if fn == nil {
		return nil
	}
	return func(p *goja.Object) {
		_, err := fn(goja.Undefined(), p)
		rethrow(err)
	}
}

// Binding fills internalBinding('async_context').
func Binding(l *loop.Loop, exports *goja.Object) {
	vm := l.VM
	fnArg := func(v goja.Value, name string) goja.Callable {
		if v == nil || goja.IsUndefined(v) {
			return nil
		}
		fn, ok := goja.AssertFunction(v)
		if !ok {
			panic(vm.NewTypeError("setPromiseHooks: %s is not a function", name))
		}
		return fn
	}
	exports.SetNamed("setPromiseHooks", func(call goja.FunctionCall) goja.Value {
		init := fnArg(call.Argument(0), "init")
		hooks := &goja.PromiseHooks{
			Before:  hook1(fnArg(call.Argument(1), "before")),
			After:   hook1(fnArg(call.Argument(2), "after")),
			Settled: hook1(fnArg(call.Argument(3), "settled")),
		}
		if init != nil {
			hooks.Init = func(p, parent *goja.Object) {
				var err error
				if parent == nil {
					_, err = init(goja.Undefined(), p)
				} else {
					_, err = init(goja.Undefined(), p, parent)
				}
				rethrow(err)
			}
		}
		vm.SetPromiseHooks(hooks)
		return goja.Undefined()
	})
	// setMultipleResolves(fn): fn(type, promise, value) when a settled
	// promise's resolve ('resolve') or reject ('reject') is called again.
	exports.SetNamed("setMultipleResolves", func(call goja.FunctionCall) goja.Value {
		fn := fnArg(call.Argument(0), "callback")
		if fn == nil {
			vm.SetResolveAfterResolved(nil)
			return goja.Undefined()
		}
		resolveType, rejectType := vm.ToValue("resolve"), vm.ToValue("reject")
		vm.SetResolveAfterResolved(func(p *goja.Object, reject bool, value goja.Value) {
			typ := resolveType
			if reject {
				typ = rejectType
			}
			_, err := fn(goja.Undefined(), typ, p, value)
			rethrow(err)
		})
		return goja.Undefined()
	})
	// queueJob(fn): fn runs as a microtask with no promise of its own.
	exports.SetNamed("queueJob", func(call goja.FunctionCall) goja.Value {
		fn := fnArg(call.Argument(0), "job")
		if fn == nil {
			panic(vm.NewTypeError("queueJob: job is not a function"))
		}
		vm.QueueJob(func() {
			_, err := fn(goja.Undefined())
			rethrow(err)
		})
		return goja.Undefined()
	})
}
