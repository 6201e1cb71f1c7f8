package runtime

import (
	"reflect"

	"github.com/dop251/goja"

	vmmod "github.com/gojanet/gojanet/modules/vm"
	"github.com/gojanet/gojanet/runtime/loop"
)

var proxyType = reflect.TypeOf(goja.Proxy{})

// utilBinding is internalBinding('util'): engine internals util.inspect
// cannot reach from JavaScript.
func utilBinding(l *loop.Loop, exports *goja.Object) {
	vm := l.VM
	// getPromiseDetails(p) → [state, result]: 0 pending, 1 fulfilled, 2 rejected.
	exports.SetNamed("getPromiseDetails", func(v goja.Value) goja.Value { return vmmod.PromiseDetails(vm, v) })
	// getProxyDetails(v, full) → undefined if v is not a Proxy, null if it
	// was revoked, else [target, handler] (full) or the target: what V8
	// gives node's inspect, which formats a proxy without running its traps.
	// foreignClass(v) → the class of the object a vm context's membrane
	// proxy stands for ("Error", "Object", ...), or undefined: V8's brand
	// checks (isNativeError) see through realms, ours look here.
	exports.SetNamed("foreignClass", func(v goja.Value) goja.Value {
		o, ok := v.(*goja.Object)
		if !ok || o.ExportType() != proxyType {
			return goja.Undefined()
		}
		p, ok := o.Export().(goja.Proxy)
		if !ok || p.Target() == nil {
			return goja.Undefined()
		}
		if c := vmmod.ShadowClass(p.Target()); c != "" {
			return vm.ToValue(c)
		}
		return goja.Undefined()
	})
	// isAsyncMethod(v): v is an async method ({ async m() {} }, a class's),
	// which goja makes with Function.prototype instead of
	// AsyncFunction.prototype (js/internal/es_builtins.js corrects it).
	exports.SetNamed("isAsyncMethod", func(v goja.Value) bool {
		o, ok := v.(*goja.Object)
		return ok && o.IsAsyncMethod()
	})
	// ownNonIndexKeys(obj) → the own string keys of an array or a typed
	// array that are not indices (enumerable or not, in order), or
	// undefined for other objects: deep equality of an 8 MiB array and REPL
	// completion of a million-element one then need no million index
	// strings from Object.keys (node asks V8 the same,
	// getOwnNonIndexProperties).
	exports.SetNamed("ownNonIndexKeys", func(v goja.Value) goja.Value {
		o, ok := v.(*goja.Object)
		if !ok {
			return goja.Undefined()
		}
		// A vm context's array seen through the membrane: its own keys.
		if o.ExportType() == proxyType {
			if p, ok := o.Export().(goja.Proxy); ok && p.Target() != nil {
				if foreign := vmmod.Foreign(p.Target()); foreign != nil {
					o = foreign
				}
			}
		}
		if names, ok := o.OwnNonIndexKeys(); ok {
			return vm.ToValue(names)
		}
		return goja.Undefined()
	})
	exports.SetNamed("getProxyDetails", func(v, full goja.Value) goja.Value {
		if v == nil {
			return goja.Undefined()
		}
		o, ok := v.(*goja.Object)
		// ExportType first: Export of anything but a proxy converts the
		// whole object graph (and recurses forever on a cycle).
		if !ok || o.ExportType() != proxyType {
			return goja.Undefined()
		}
		p, ok := o.Export().(goja.Proxy)
		if !ok {
			return goja.Undefined()
		}
		target, handler := p.Target(), p.Handler()
		if target == nil || handler == nil {
			return goja.Null()
		}
		// A vm context's object seen through the membrane is inspected as
		// the object it stands for, as node shows other realms' objects;
		// process.env's target (env.go) stands for one of node's host
		// objects with interceptors: not a Proxy to util.types,
		// util.inspect or the serializer either, as in node.
		if _, env := target.Export().(*envObject); env || vmmod.IsShadow(target) {
			return goja.Undefined()
		}
		if full != nil && full.ToBoolean() {
			return vm.ToValue([]any{target, handler})
		}
		return target
	})
}
