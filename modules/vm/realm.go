package vm

import (
	"reflect"

	"github.com/dop251/goja"

	"github.com/gojanet/gojanet/modules/buffer"
)

// A context's realm can run gojanet's own builtins (js/internal/vm_realm.js
// loads them): what must make objects of the context's realm, as node's
// per-context scripts do, runs in the context's runtime. The MessagePort a
// port moved into a context becomes (worker_threads.moveMessagePortToContext,
// js/internal/worker/context_port.js) is one, with the serializer
// (internal/serdes) and DOMException evaluated in that runtime too.

// compileIn(context, id) → the wrapper function of builtin id, evaluated in
// the context's runtime (seen from the main runtime through the membrane).
func (b *binding) compileIn(cv goja.Value, id string) goja.Value {
	c := handleOf[*context](b.vm, cv, "context")
	if c == nil {
		panic(b.vm.NewTypeError("invalid context"))
	}
	if b.hooks.Builtin == nil {
		panic(b.vm.NewTypeError("no builtins for contexts"))
	}
	prg, err := b.hooks.Builtin(id)
	if err != nil {
		panic(b.vm.NewGoError(err))
	}
	defer b.l.EnterNested(c.inner)()
	defer enterFrom(c.inner, b.vm)()
	fn, err := c.inner.RunProgram(prg)
	return b.result(c, fn, err)
}

// realmBinding(context, name) → the context's own internalBinding(name) for
// the builtins that run in it: the engine introspection they need, answered
// about the context's values ('util': getProxyDetails, getPromiseDetails;
// 'buffer': isUtf8; 'messaging': detach). One object per name and context.
func (b *binding) realmBinding(cv goja.Value, name string) goja.Value {
	c := handleOf[*context](b.vm, cv, "context")
	if c == nil {
		panic(b.vm.NewTypeError("invalid context"))
	}
	if c.bindings == nil {
		c.bindings = map[string]*goja.Object{}
	}
	if o, ok := c.bindings[name]; ok {
		return c.m.a.in(o)
	}
	inner := c.inner
	o := inner.NewObject()
	switch name {
	case "util":
		// getProxyDetails(v, full): a Proxy made in the context, as V8
		// reports it. The membrane's proxies stand for the main runtime's
		// objects, which V8 would see as ordinary objects of another
		// context: they are not proxies here.
		_ = o.Set("getProxyDetails", func(v, full goja.Value) goja.Value {
			po, ok := v.(*goja.Object)
			if !ok || po.ExportType() != proxyType {
				return goja.Undefined()
			}
			if _, foreign := c.m.b.origins[po]; foreign {
				return goja.Undefined()
			}
			p, ok := po.Export().(goja.Proxy)
			if !ok || p.Target() == nil {
				return goja.Null()
			}
			if full != nil && full.ToBoolean() {
				return inner.NewArray(p.Target(), p.Handler())
			}
			return p.Target()
		})
		_ = o.Set("getPromiseDetails", func(v goja.Value) goja.Value { return PromiseDetails(inner, v) })
	case "buffer":
		// isUtf8(buffer) → 1 or 0, -1 for a detached ArrayBuffer.
		_ = o.Set("isUtf8", func(v goja.Value) int { return buffer.IsUtf8(inner, v) })
	case "messaging":
		// detach(ab): an ArrayBuffer of the context transferred away.
		_ = o.Set("detach", func(v goja.Value) {
			if ao, ok := v.(*goja.Object); ok && ao.ExportType() == arrayBufferType {
				if ab, ok := ao.Export().(goja.ArrayBuffer); ok && !ab.Detached() {
					ab.Detach()
				}
			}
		})
	case "host":
		// internal/error_stack in the context (V8's Error.captureStackTrace
		// and prepareStackTrace, which every context has): the context's
		// own frames, and its errors' stacks through prepareStackTrace.
		if b.hooks.Frames == nil || b.hooks.CallStack == nil {
			panic(b.vm.NewTypeError("No such binding: " + name))
		}
		frames := b.hooks.Frames
		callStack := b.hooks.CallStack
		_ = o.Set("callStack", func(below goja.Value) goja.Value {
			return inner.ToValue(callStack(inner, below))
		})
		_ = o.Set("setStackFormatter", func(fn goja.Value) {
			format, ok := goja.AssertFunction(fn)
			if !ok {
				return
			}
			inner.SetStackFormatter(func(err *goja.Object, stack []goja.StackFrame) goja.Value {
				ctor, _ := inner.GlobalObject().Get("Error").(*goja.Object)
				if ctor == nil {
					return nil
				}
				if _, ok := goja.AssertFunction(ctor.Get("prepareStackTrace")); !ok {
					return nil // the plain format
				}
				v, e := format(goja.Undefined(), err, inner.ToValue(frames(stack)))
				if e != nil {
					panic(e) // thrown from the read of `stack`, as in V8
				}
				return v
			})
		})
	default:
		panic(b.vm.NewTypeError("No such binding: " + name))
	}
	c.bindings[name] = o
	return c.m.a.in(o)
}

// PromiseDetails is internalBinding('util').getPromiseDetails for runtime r
// (the main one or a context's): [state, result], 0 pending, 1 fulfilled,
// 2 rejected; undefined for anything but a promise. The other realm's
// promise seen through the membrane has its details too, as V8 gives them
// for any context's promise.
func PromiseDetails(r *goja.Runtime, v goja.Value) goja.Value {
	po, ok := v.(*goja.Object)
	if !ok {
		return goja.Undefined()
	}
	in := func(v goja.Value) goja.Value { return v }
	if po.ExportType() == proxyType {
		if px, ok := po.Export().(goja.Proxy); ok && px.Target() != nil {
			if info := shadowOf(px.Target()); info != nil {
				po, in = info.o, info.s.in
			}
		}
	}
	if po.ExportType() != promiseType { // Export would copy an array
		return goja.Undefined()
	}
	p, ok := po.Export().(*goja.Promise)
	if !ok {
		return goja.Undefined()
	}
	switch p.State() {
	case goja.PromiseStateFulfilled:
		return r.NewArray(1, in(p.Result()))
	case goja.PromiseStateRejected:
		return r.NewArray(2, in(p.Result()))
	}
	return r.NewArray(0)
}

var (
	proxyType   = reflect.TypeOf(goja.Proxy{})
	promiseType = reflect.TypeOf((*goja.Promise)(nil))
)
