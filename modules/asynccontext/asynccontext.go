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
	"weak"

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
		if hooks.Init == nil && hooks.Before == nil && hooks.After == nil && hooks.Settled == nil {
			hooks = nil
		}
		l.PromiseHooks = hooks
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

// Forward makes the promises of inner (a vm context's runtime) reach the
// main runtime's hooks, as in node, where a context's promises are the
// isolate's: AsyncLocalStorage's store survives an await in a context, and
// async_hooks sees them as PROMISE resources. Each inner promise stands in
// the main runtime as an empty object of its own (the hooks keep their
// records on it), made when the promise is first reported and dropped when
// the promise is collected. With no main hooks set, an event costs one nil
// check. Loop goroutine only, as the runtimes are.
func Forward(l *loop.Loop, main, inner *goja.Runtime) {
	shadows := map[weak.Pointer[goja.Object]]*goja.Object{}
	prunedAt := 64
	shadow := func(p *goja.Object) *goja.Object {
		k := weak.Make(p)
		if s, ok := shadows[k]; ok {
			return s
		}
		if len(shadows) >= prunedAt {
			for k := range shadows {
				if k.Value() == nil {
					delete(shadows, k)
				}
			}
			prunedAt = max(64, 2*len(shadows))
		}
		s := main.NewObject()
		shadows[k] = s
		return s
	}
	inner.SetPromiseHooks(&goja.PromiseHooks{
		Init: func(p, parent *goja.Object) {
			if h := l.PromiseHooks; h != nil && h.Init != nil {
				var ps *goja.Object
				if parent != nil {
					ps = shadow(parent)
				}
				h.Init(shadow(p), ps)
			}
		},
		Before: func(p *goja.Object) {
			if h := l.PromiseHooks; h != nil && h.Before != nil {
				h.Before(shadow(p))
			}
		},
		After: func(p *goja.Object) {
			if h := l.PromiseHooks; h != nil && h.After != nil {
				h.After(shadow(p))
			}
		},
		Settled: func(p *goja.Object) {
			if h := l.PromiseHooks; h != nil && h.Settled != nil {
				h.Settled(shadow(p))
			}
		},
	})
}
