package runtime

import (
	"github.com/dop251/goja"
	"github.com/dop251/goja_nodejs/buffer"

	"github.com/gojanet/gojanet/internal/encoding"
	bufmod "github.com/gojanet/gojanet/modules/buffer"
	"github.com/gojanet/gojanet/runtime/loop"
)

// utilBinding is internalBinding('util'): engine internals util.inspect
// cannot reach from JavaScript.
func utilBinding(l *loop.Loop, exports *goja.Object) {
	vm := l.VM
	// getPromiseDetails(p) → [state, result]: 0 pending, 1 fulfilled, 2 rejected.
	exports.Set("getPromiseDetails", func(v goja.Value) goja.Value {
		if v == nil {
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
	// Buffer encodings goja_nodejs lacks (see internal/buffer.js).
	exports.Set("normalizeEncoding", encoding.Normalize)
	exports.Set("encodeString", func(s goja.Value, enc string) goja.Value {
		if s == nil {
			panic(vm.NewTypeError("encodeString: not a string"))
		}
		str, ok := s.(goja.String)
		if !ok {
			// ToString of undefined, null, booleans and numbers is not a goja.String.
			str, ok = s.ToString().(goja.String)
		}
		if !ok {
			str = vm.ToValue(s.String()).(goja.String)
		}
		return buffer.WrapBytes(vm, encoding.Encode(str, enc))
	})
	exports.Set("decodeBytes", func(b goja.Value, enc string) goja.Value {
		// Only real byte views: exporting an array-like copied it element by
		// element ({length: 2 ** 32} took minutes and 4 GiB).
		bytes, ok := bufmod.Bytes(vm, b)
		if !ok {
			panic(vm.NewTypeError("decodeBytes: not a byte array"))
		}
		return encoding.Decode(vm, bytes, enc)
	})
}
