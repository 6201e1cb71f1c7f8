package vm

import (
	"github.com/dop251/goja"

	"github.com/gojanet/gojanet/modules/asynccontext"
	"github.com/gojanet/gojanet/modules/buffer"
	"github.com/gojanet/gojanet/runtime/loop"
)

// context is one vm context: a goja runtime of its own (its own global
// object and intrinsics, as a V8 context has) joined to the main runtime by
// a membrane. Its global object is a Proxy (made in the context's runtime)
// over two objects, as node's interceptors are: the sandbox (the main
// runtime's object the script sees as its global: reads look there first,
// writes and declarations go there) and the context's own global (the
// intrinsics: Array, Object, JSON, ... and whatever the sandbox lacks).
type context struct {
	inner   *goja.Runtime
	m       *membrane
	sandbox *goja.Object // main runtime
	real    *goja.Object // the context runtime's own global object
	global  *goja.Object // the Proxy the context's code sees as its global
	name    string
	// strict counts the strict scripts running in the context. A failed
	// assignment to a global must throw in strict code and only there, and
	// the proxy's set trap cannot tell; a script's directive can.
	strict int
	// bindings are the internalBinding objects of the builtins running in
	// the context's realm (realm.go), made on first use.
	bindings map[string]*goja.Object
}

func newContext(outer *goja.Runtime, l *loop.Loop, sandbox *goja.Object, name string) *context {
	inner := goja.New()
	inner.SetMaxCallStackSize(10000)
	inner.SetStackOverflowCatchable(true)
	inner.SetV8StackFrames(true) // V8's frames, as the main runtime's

	c := &context{inner: inner, sandbox: sandbox, real: inner.GlobalObject(), name: name}
	c.m = newMembrane(outer, inner)
	if l != nil {
		// Calls from the main runtime into the context's objects run the
		// context's code: interrupts of the main runtime must reach it.
		c.m.a.enterOther = func() func() { return l.EnterNested(inner) }
		// A context's unhandled rejection is the process's, as in node
		// (one isolate): reported through the main runtime's tracker.
		if track := l.TrackRejection; track != nil {
			in := func(p *goja.Promise) (promise, reason goja.Value) {
				return c.m.a.in(inner.ToValue(p)), c.m.a.in(p.Result())
			}
			inner.SetPromiseRejectionTracker(func(p *goja.Promise, op goja.PromiseRejectionOperation) { track(p, op, in) })
		}
		// Its promises reach async_hooks and AsyncLocalStorage, as node's.
		asynccontext.Forward(l, outer, inner)
	}
	addConsole(inner)
	// V8's allocation limits, as in the main runtime: without them
	// new ArrayBuffer(2 ** 40) in a context kills the whole process.
	buffer.InstallLimits(inner)
	if sandbox == nil {
		return c // vm.constants.DONT_CONTEXTIFY: an ordinary global
	}
	b := c.m.b // the context's side
	real := c.real
	rf := b.reflect
	sb := goja.Value(sandbox)
	// own reports the real global's own property, if any.
	own := func(key goja.Value) (goja.PropertyDescriptor, bool) {
		d, _ := rf["getOwnPropertyDescriptor"](goja.Undefined(), real, key)
		o, ok := d.(*goja.Object)
		if !ok {
			return goja.PropertyDescriptor{}, false
		}
		return readDesc(o, func(v goja.Value) goja.Value { return v }), true
	}
	sandboxHas := func(key goja.Value) bool { return b.callRaw("has", sb, b.out(key)).ToBoolean() }
	get := func(key goja.Value) goja.Value {
		if sandboxHas(key) {
			return b.call("get", sb, b.out(key))
		}
		v, _ := rf["get"](goja.Undefined(), real, key)
		return v
	}
	set := func(key, v goja.Value) bool {
		if pd, ok := own(key); ok && pd.Writable == goja.FLAG_FALSE && pd.Configurable == goja.FLAG_FALSE {
			// NaN, Infinity, undefined, or a read-only property defined on the global.
			if c.strict > 0 {
				panic(inner.NewTypeError("Cannot assign to read only property '%s' of object '[object Object]'", key.String()))
			}
			return false
		}
		if b.call("set", sb, b.out(key), b.out(v)).ToBoolean() {
			return true
		}
		if c.strict > 0 {
			// V8 then tries to define the property on the global, which fails so.
			panic(inner.NewTypeError("Cannot redefine property: %s", key.String()))
		}
		return false
	}
	has := func(key goja.Value) bool {
		if sandboxHas(key) {
			return true
		}
		v, _ := rf["has"](goja.Undefined(), real, key)
		return v != nil && v.ToBoolean()
	}
	getOwn := func(key goja.Value) goja.PropertyDescriptor {
		rd, rok := own(key)
		d := b.callRaw("getOwnPropertyDescriptor", sb, b.out(key))
		o, ok := d.(*goja.Object)
		if !ok {
			return rd
		}
		pd := readDesc(o, b.in)
		if rok && rd.Configurable == goja.FLAG_FALSE {
			// A proxy must report a non-configurable property of its target
			// as such: declarations leave one on the real global.
			if rd.Writable == goja.FLAG_FALSE {
				return rd
			}
			pd.Configurable = goja.FLAG_FALSE
			if pd.Getter == nil && pd.Setter == nil {
				pd.Writable = goja.FLAG_TRUE
			}
		} else if pd.Configurable == goja.FLAG_FALSE {
			_, _ = rf["defineProperty"](goja.Undefined(), real, key, b.descObject(b.mirrorDesc(pd)))
		}
		return pd
	}
	define := func(key goja.Value, pd goja.PropertyDescriptor) bool {
		spd := pd
		if pd.Configurable == goja.FLAG_FALSE && pd.Writable == goja.FLAG_TRUE && pd.Enumerable == goja.FLAG_TRUE {
			// A var or function declaration: node's sandbox receives it as
			// an ordinary (configurable) property.
			spd.Configurable = goja.FLAG_TRUE
		}
		if !b.call("defineProperty", sb, b.out(key), b.descTo(spd)).ToBoolean() {
			panic(inner.NewTypeError("Cannot redefine property: %s", key.String()))
		}
		if pd.Configurable == goja.FLAG_FALSE {
			r, _ := rf["defineProperty"](goja.Undefined(), real, key, b.descObject(b.mirrorDesc(pd)))
			return r != nil && r.ToBoolean()
		}
		return true
	}
	del := func(key goja.Value) bool {
		if pd, ok := own(key); ok {
			if pd.Configurable == goja.FLAG_FALSE {
				return false
			}
			_, _ = rf["deleteProperty"](goja.Undefined(), real, key)
		}
		return b.call("deleteProperty", sb, b.out(key)).ToBoolean()
	}
	ownKeys := func() *goja.Object {
		seen := map[any]bool{}
		var keys []any
		add := func(arr goja.Value) {
			o, ok := arr.(*goja.Object)
			if !ok {
				return
			}
			n := int(o.Get("length").ToInteger())
			for i := 0; i < n; i++ {
				k := o.Get(itoa(i))
				var id any = k.String()
				if sym, ok := k.(*goja.Symbol); ok {
					id = sym
				}
				if !seen[id] {
					seen[id] = true
					keys = append(keys, k)
				}
			}
		}
		add(b.callRaw("ownKeys", sb)) // strings and symbols: primitives
		rk, _ := rf["ownKeys"](goja.Undefined(), real)
		add(rk)
		return inner.NewArray(keys...)
	}
	str := keyValue
	p := inner.NewProxy(real, &goja.ProxyTrapConfig{
		GetPrototypeOf: func(t *goja.Object) *goja.Object { return t.Prototype() },
		SetPrototypeOf: func(t *goja.Object, proto *goja.Object) bool { return t.SetPrototype(proto) == nil },
		IsExtensible: func(t *goja.Object) bool {
			v, _ := rf["isExtensible"](goja.Undefined(), t)
			return v != nil && v.ToBoolean()
		},
		PreventExtensions: func(t *goja.Object) bool {
			v, _ := rf["preventExtensions"](goja.Undefined(), t)
			return v != nil && v.ToBoolean()
		},
		GetOwnPropertyDescriptor:    func(_ *goja.Object, k string) goja.PropertyDescriptor { return getOwn(str(k)) },
		GetOwnPropertyDescriptorIdx: func(_ *goja.Object, k int) goja.PropertyDescriptor { return getOwn(idxKey(k)) },
		GetOwnPropertyDescriptorSym: func(_ *goja.Object, k *goja.Symbol) goja.PropertyDescriptor { return getOwn(k) },
		DefineProperty:              func(_ *goja.Object, k string, pd goja.PropertyDescriptor) bool { return define(str(k), pd) },
		DefinePropertyIdx:           func(_ *goja.Object, k int, pd goja.PropertyDescriptor) bool { return define(idxKey(k), pd) },
		DefinePropertySym:           func(_ *goja.Object, k *goja.Symbol, pd goja.PropertyDescriptor) bool { return define(k, pd) },
		Has:                         func(_ *goja.Object, k string) bool { return has(str(k)) },
		HasIdx:                      func(_ *goja.Object, k int) bool { return has(idxKey(k)) },
		HasSym:                      func(_ *goja.Object, k *goja.Symbol) bool { return has(k) },
		Get:                         func(_ *goja.Object, k string, _ goja.Value) goja.Value { return get(str(k)) },
		GetIdx:                      func(_ *goja.Object, k int, _ goja.Value) goja.Value { return get(idxKey(k)) },
		GetSym:                      func(_ *goja.Object, k *goja.Symbol, _ goja.Value) goja.Value { return get(k) },
		Set:                         func(_ *goja.Object, k string, v, _ goja.Value) bool { return set(str(k), v) },
		SetIdx:                      func(_ *goja.Object, k int, v, _ goja.Value) bool { return set(idxKey(k), v) },
		SetSym:                      func(_ *goja.Object, k *goja.Symbol, v, _ goja.Value) bool { return set(k, v) },
		DeleteProperty:              func(_ *goja.Object, k string) bool { return del(str(k)) },
		DeletePropertyIdx:           func(_ *goja.Object, k int) bool { return del(idxKey(k)) },
		DeletePropertySym:           func(_ *goja.Object, k *goja.Symbol) bool { return del(k) },
		OwnKeys:                     func(*goja.Object) *goja.Object { return ownKeys() },
	})
	gp := inner.ToValue(p).(*goja.Object)
	c.global = gp
	// globalThis (and the sandbox, when it crosses into the context: node's
	// interceptors turn it into the global proxy) is the proxy. The proxy
	// crossing out is not the sandbox but an object of its own, as in node.
	_ = real.DefineDataProperty("globalThis", gp, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	b.proxies[sandbox] = gp
	inner.SetGlobalObject(gp)
	return c
}

// readDesc reads a descriptor object (made by Reflect.getOwnPropertyDescriptor,
// so a plain data object) into a PropertyDescriptor, translating values with conv.
func readDesc(o *goja.Object, conv func(goja.Value) goja.Value) goja.PropertyDescriptor {
	var pd goja.PropertyDescriptor
	flag := func(name string) goja.Flag {
		v := o.Get(name)
		if v == nil {
			return goja.FLAG_NOT_SET
		}
		if v.ToBoolean() {
			return goja.FLAG_TRUE
		}
		return goja.FLAG_FALSE
	}
	pd.Configurable = flag("configurable")
	pd.Enumerable = flag("enumerable")
	g, st := o.Get("get"), o.Get("set")
	if g != nil || st != nil {
		if g != nil {
			pd.Getter = conv(g)
		}
		if st != nil {
			pd.Setter = conv(st)
		}
		return pd
	}
	pd.Writable = flag("writable")
	if v := o.Get("value"); v != nil {
		pd.Value = conv(v)
	}
	return pd
}

// consoleMethods are those of V8's console object, which every V8 context
// has; without an inspector attached they print nothing, and so do these.
var consoleMethods = []string{"debug", "error", "info", "log", "warn", "dir", "dirxml", "table", "trace",
	"group", "groupCollapsed", "groupEnd", "clear", "count", "countReset", "assert", "profile", "profileEnd",
	"time", "timeLog", "timeEnd", "timeStamp", "context", "createTask"}

func addConsole(vm *goja.Runtime) {
	console := vm.NewObject()
	for _, name := range consoleMethods {
		_ = console.Set(name, func(goja.FunctionCall) goja.Value { return goja.Undefined() })
	}
	_ = vm.GlobalObject().DefineDataProperty("console", console, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}
