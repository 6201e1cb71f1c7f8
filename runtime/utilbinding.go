package runtime

import (
	"github.com/dop251/goja"

	"github.com/gojanet/gojanet/runtime/loop"
)

// utilBinding is internalBinding('util'): engine internals util.inspect
// cannot reach from JavaScript.
func utilBinding(l *loop.Loop, exports *goja.Object) {
	vm := l.VM
	// getPromiseDetails(p) → [state, result]: 0 pending, 1 fulfilled, 2 rejected.
	exports.Set("getPromiseDetails", func(v goja.Value) goja.Value {
		if v == nil { // called with no argument
			return goja.Undefined()
		}
		p, ok := v.Export().(*goja.Promise)
		if !ok {
			return goja.Undefined()
		}
		switch p.State() {
		case goja.PromiseStateFulfilled:
			return vm.ToValue([]any{1, p.Result()})
		case goja.PromiseStateRejected:
			return vm.ToValue([]any{2, p.Result()})
		}
		return vm.ToValue([]any{0})
	})
}
