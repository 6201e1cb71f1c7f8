// Package asynccontext carries async_hooks' execution context across
// promise reactions and await, which goja runs as jobs of its own: through
// goja's AsyncContextTracker, each reaction keeps the resource that was
// current when it was scheduled (Grab) and runs with it (Resumed), then the
// top-level resource is current again (Exited). JS (js/internal/
// async_context.js) owns the resources; it turns tracking on with
// internalBinding('async_context').track(state, capture, top) once the
// first AsyncLocalStorage is used, so programs without one pay nothing.
package asynccontext

import (
	"github.com/dop251/goja"

	"github.com/gojanet/gojanet/runtime/loop"
)

type tracker struct {
	state   *goja.Object
	capture goja.Callable
	top     goja.Value
}

func (t *tracker) Grab() any {
	v, err := t.capture(goja.Undefined())
	if err != nil || v == nil || goja.IsUndefined(v) {
		return nil
	}
	return v
}

func (t *tracker) Resumed(r any) {
	if v, ok := r.(goja.Value); ok {
		t.state.Set("current", v)
		return
	}
	t.state.Set("current", t.top)
}

func (t *tracker) Exited() { t.state.Set("current", t.top) }

// Binding fills internalBinding('async_context').
func Binding(l *loop.Loop, exports *goja.Object) {
	vm := l.VM
	exports.Set("track", func(call goja.FunctionCall) goja.Value {
		state, ok := call.Argument(0).(*goja.Object)
		capture, ok2 := goja.AssertFunction(call.Argument(1))
		if !ok || !ok2 {
			panic(vm.NewTypeError("track(state, capture, top)"))
		}
		vm.SetAsyncContextTracker(&tracker{state: state, capture: capture, top: call.Argument(2)})
		return goja.Undefined()
	})
}
