// Package asynccontext carries async_hooks' execution context across
// promise reactions and await, which goja runs as jobs of its own: through
// goja's AsyncContextTracker, each reaction asks JS for a record when it is
// scheduled (Grab: a PROMISE resource triggered by the current one, or
// nothing while no hook or storage is enabled) and runs between JS's
// before and after for it (Resumed, Exited). JS (js/internal/
// async_context.js) owns the records; it turns tracking on with
// internalBinding('async_context').track(grab, resumed, exited) the first
// time a hook or an AsyncLocalStorage is enabled, so programs without one
// pay nothing.
package asynccontext

import (
	"github.com/dop251/goja"

	"github.com/gojanet/gojanet/runtime/loop"
)

type tracker struct {
	grab, resumed, exited goja.Callable
	entered               bool // Resumed entered a record (calls do not nest)
}

func (t *tracker) Grab() any {
	v, err := t.grab(goja.Undefined())
	if err != nil || v == nil || goja.IsUndefined(v) {
		return nil
	}
	return v
}

func (t *tracker) Resumed(r any) {
	v, ok := r.(goja.Value)
	if !ok {
		return
	}
	t.entered = true
	// A hook that throws exits the process from JS; nothing to do with err.
	_, _ = t.resumed(goja.Undefined(), v)
}

func (t *tracker) Exited() {
	if !t.entered {
		return
	}
	t.entered = false
	_, _ = t.exited(goja.Undefined())
}

// Binding fills internalBinding('async_context').
func Binding(l *loop.Loop, exports *goja.Object) {
	vm := l.VM
	exports.Set("track", func(call goja.FunctionCall) goja.Value {
		grab, ok := goja.AssertFunction(call.Argument(0))
		resumed, ok2 := goja.AssertFunction(call.Argument(1))
		exited, ok3 := goja.AssertFunction(call.Argument(2))
		if !ok || !ok2 || !ok3 {
			panic(vm.NewTypeError("track(grab, resumed, exited)"))
		}
		vm.SetAsyncContextTracker(&tracker{grab: grab, resumed: resumed, exited: exited})
		return goja.Undefined()
	})
}
