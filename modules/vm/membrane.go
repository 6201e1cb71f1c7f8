package vm

import (
	"reflect"
	"strconv"
	"sync"
	"time"

	"github.com/dop251/goja"
)

// A membrane joins two goja runtimes (the main one and a context's) that run
// on the same goroutine. A goja value may only be used by the runtime that
// made it, so an object crossing from one side to the other is replaced by
// a Proxy on the receiving side whose traps perform the same operation on
// the original through the original side's Reflect (values crossing back
// are translated the same way, a proxy crossing back becomes its original
// again). Primitives (strings, numbers, booleans, bigints, symbols) carry no
// runtime and cross as they are. An exception thrown on one side is
// rethrown on the other with its value translated; uncatchable ones
// (interrupts) propagate as Go panics, which goja passes through.
type membrane struct {
	a, b *side
}

// side is one runtime's half of a membrane.
type side struct {
	vm    *goja.Runtime
	other *side
	// proxies: an object of the other side → the proxy standing for it here.
	proxies map[*goja.Object]*goja.Object
	// origins: a proxy made here → the other side's object it stands for.
	origins map[*goja.Object]*goja.Object

	reflect  map[string]goja.Callable // this runtime's Reflect.*
	mkFunc   goja.Callable            // makes a constructible shadow target
	mkArrow  goja.Callable            // makes a callable, non-constructible one
	objProto *goja.Object
	dummy    goja.Value // stands in for accessors on shadow targets (mirrorDesc)
	// enterOther, if set, brackets every call into the other runtime
	// (loop.EnterNested: the main runtime's side of a context).
	enterOther func() (leave func())
}

// mirrorDesc is pd as it is copied onto a shadow target. goja's proxy
// check of a reported non-configurable accessor against the target's is
// inverted (it rejects the same getter or setter, accepts a different one),
// so the copy's accessors are a stand-in function, never the reported ones.
func (s *side) mirrorDesc(pd goja.PropertyDescriptor) goja.PropertyDescriptor {
	if pd.Getter != nil && !goja.IsUndefined(pd.Getter) {
		pd.Getter = s.dummy
	}
	if pd.Setter != nil && !goja.IsUndefined(pd.Setter) {
		pd.Setter = s.dummy
	}
	return pd
}

// Compiled when first used: compiling at package init parsed and compiled
// JavaScript in every process, before main.
var shadowSource = sync.OnceValue(func() *goja.Program {
	return goja.MustCompile("vm:shadow", `[function () { return function () {}.bind(); }, function () { return (() => {}).bind(); }]`, true)
})

func newSide(vm *goja.Runtime) *side {
	s := &side{vm: vm, proxies: map[*goja.Object]*goja.Object{}, origins: map[*goja.Object]*goja.Object{}, reflect: map[string]goja.Callable{}}
	r := vm.GlobalObject().Get("Reflect").ToObject(vm)
	for _, k := range r.GetOwnPropertyNames() {
		if fn, ok := goja.AssertFunction(r.Get(k)); ok {
			s.reflect[k] = fn
		}
	}
	mk, err := vm.RunProgram(shadowSource())
	if err != nil {
		panic(err)
	}
	arr := mk.ToObject(vm)
	s.mkFunc, _ = goja.AssertFunction(arr.Get("0"))
	s.mkArrow, _ = goja.AssertFunction(arr.Get("1"))
	s.objProto = vm.GlobalObject().Get("Object").ToObject(vm).Get("prototype").ToObject(vm)
	d, _ := s.mkArrow(goja.Undefined())
	s.dummy = d
	return s
}

func newMembrane(a, b *goja.Runtime) *membrane {
	m := &membrane{a: newSide(a), b: newSide(b)}
	m.a.other, m.b.other = m.b, m.a
	return m
}

// in translates v, a value of the other side, into a value of this side.
func (s *side) in(v goja.Value) goja.Value {
	o, ok := v.(*goja.Object)
	if !ok {
		return v // nil, undefined, null and primitives
	}
	if orig, ok := s.other.origins[o]; ok {
		return orig // one of our objects coming home
	}
	if p, ok := s.proxies[o]; ok {
		return p
	}
	// ExportType first: Export converts a whole plain object graph.
	if o.ExportType() == arrayBufferType {
		if ab, ok := o.Export().(goja.ArrayBuffer); ok {
			// An ArrayBuffer crosses as one of this side over the same
			// bytes: brand checks (Buffer.byteLength, isAnyArrayBuffer) hold.
			return s.vm.ToValue(s.vm.NewArrayBuffer(ab.Bytes()))
		}
	}
	if c := s.viewOf(o); c != nil {
		// A typed array or DataView crosses as one of this side over the
		// same bytes, kept as a copy is (below): brand checks hold, as for
		// another realm's view in node's one isolate.
		s.proxies[o] = c
		s.origins[c] = o
		return c
	}
	switch o.ClassName() {
	case "RegExp", "Date", "String", "Number", "Boolean":
		// Value-like objects whose methods need their internal slots
		// (which a proxy lacks) cross as copies: regular expressions,
		// dates and boxed primitives. A copy is made once and kept, as a
		// proxy is: the object keeps its identity on this side (a global
		// regexp's exec loop advances one lastIndex: js-tokens's
		// `while (m = jsTokens.default.exec(s))` looped forever on fresh
		// copies), and it becomes the original again when it crosses back.
		// State written on one side afterwards (lastIndex, a Date's time)
		// stays on that side.
		if c := s.copyOf(o); c != nil {
			s.proxies[o] = c
			s.origins[c] = o
			return c
		}
	}
	return s.wrap(o)
}

// viewOf is this side's view over the bytes of the other side's typed
// array or DataView o, its prototype the other side's as seen from here;
// nil for anything else (and for a view of a detached buffer).
func (s *side) viewOf(o *goja.Object) *goja.Object {
	if _, ok := o.ViewBytes(); !ok {
		return nil
	}
	proto, _ := s.call("getPrototypeOf", o).(*goja.Object)
	return s.vm.ViewOver(o, proto)
}

// copyOf makes this side's copy of the other side's RegExp or Date.
func (s *side) copyOf(o *goja.Object) *goja.Object {
	var c *goja.Object
	var err error
	switch o.ClassName() {
	case "String", "Number", "Boolean":
		// The boxed value, by the other runtime's own Cls.prototype.valueOf.
		ovm := s.other.vm
		proto := ovm.Get(o.ClassName()).ToObject(ovm).Get("prototype").ToObject(ovm)
		valueOf, ok := goja.AssertFunction(proto.Get("valueOf"))
		if !ok {
			return nil
		}
		v, err := valueOf(o)
		if err != nil {
			return nil
		}
		c, err = s.vm.New(s.vm.Get(o.ClassName()), v)
		if err != nil {
			return nil
		}
		return c
	}
	if o.ClassName() == "Date" {
		t, ok := o.Export().(time.Time)
		if !ok {
			return nil
		}
		c, err = s.vm.New(s.vm.Get("Date"), s.vm.ToValue(float64(t.UnixNano())/1e6))
	} else {
		src, flags := o.Get("source"), o.Get("flags")
		if src == nil || flags == nil {
			return nil
		}
		c, err = s.vm.New(s.vm.Get("RegExp"), src, flags)
		if err == nil {
			if li := o.Get("lastIndex"); li != nil {
				_ = c.Set("lastIndex", li.ToInteger())
			}
		}
	}
	if err != nil {
		return nil
	}
	return c
}

// enterFrom marks to as running for from (both on this goroutine) until the
// returned function runs: the stacks either captures show both runtimes'
// frames, as node's do for a context's code (goja's EnterFrom).
func enterFrom(to, from *goja.Runtime) func() {
	to.EnterFrom(from)
	return to.LeaveFrom
}

// out translates v, a value of this side, for the other side.
func (s *side) out(v goja.Value) goja.Value { return s.other.in(v) }

// rethrow turns an error returned by a call into the other runtime into a
// throw on this side (a Go panic a goja native function may raise).
func (s *side) rethrow(err error) {
	if ex, ok := err.(*goja.Exception); ok {
		panic(s.in(ex.Value()))
	}
	panic(err) // uncatchable (an interrupt): goja lets it through
}

// call runs the other side's Reflect[name](args...) and returns the result
// translated to this side; exceptions are rethrown here.
func (s *side) call(name string, args ...goja.Value) goja.Value {
	return s.in(s.callRaw(name, args...))
}

// callRaw is call without translating the result.
func (s *side) callRaw(name string, args ...goja.Value) goja.Value {
	if s.enterOther != nil {
		defer s.enterOther()()
	}
	s.other.vm.EnterFrom(s.vm)
	defer s.other.vm.LeaveFrom()
	v, err := s.other.reflect[name](goja.Undefined(), args...)
	if err != nil {
		s.rethrow(err)
	}
	return v
}

var arrayBufferType = reflect.TypeOf(goja.ArrayBuffer{})

// Strings carry no runtime: any runtime makes them for all.
var strVM = sync.OnceValue(goja.New)

func keyValue(key string) goja.Value { return strVM().ToValue(key) }

// descTo builds the other side's descriptor object for pd: its values
// cross the membrane, then the other side builds it (descObject).
func (s *side) descTo(pd goja.PropertyDescriptor) goja.Value {
	if pd.Value != nil {
		pd.Value = s.out(pd.Value)
	}
	if pd.Getter != nil {
		pd.Getter = s.out(pd.Getter)
	}
	if pd.Setter != nil {
		pd.Setter = s.out(pd.Setter)
	}
	return s.other.descObject(pd)
}

func idxKey(i int) goja.Value { return keyValue(strconv.Itoa(i)) }

func itoa(i int) string { return strconv.Itoa(i) }

// shadowMark marks the targets of membrane proxies (never seen by scripts:
// only the proxies are), so util.inspect can tell them from user proxies.
var shadowMark = goja.NewSymbol("gojanet.vm.shadow")

// shadowInfo is the mark's value: what the proxy stands for.
type shadowInfo struct {
	class string       // Error, Object, Array, Function, ...
	o     *goja.Object // the other side's object
	s     *side        // the side the proxy belongs to (s.in brings o's values over)
}

func shadowOf(target *goja.Object) *shadowInfo {
	if v := target.GetSymbol(shadowMark); v != nil {
		info, _ := v.Export().(*shadowInfo)
		return info
	}
	return nil
}

// IsShadow reports whether target is the target of a membrane proxy.
func IsShadow(target *goja.Object) bool {
	return target.GetSymbol(shadowMark) != nil
}

// ShadowClass is the class (Error, Object, Array, Function, ...) of the
// object a membrane proxy with this target stands for, or "".
func ShadowClass(target *goja.Object) string {
	if info := shadowOf(target); info != nil {
		return info.class
	}
	return ""
}

// Foreign is the other side's object a membrane proxy with this target
// stands for, or nil. Only Go may touch it, on the loop goroutine that
// runs both sides (it belongs to the other side's runtime).
func Foreign(target *goja.Object) *goja.Object {
	if info := shadowOf(target); info != nil {
		return info.o
	}
	return nil
}

// wrap makes the proxy for o, an object of the other side.
func (s *side) wrap(o *goja.Object) *goja.Object {
	vm := s.vm
	var target *goja.Object
	if _, ok := goja.AssertConstructor(o); ok {
		t, _ := s.mkFunc(goja.Undefined())
		target = t.(*goja.Object)
	} else if _, ok := goja.AssertFunction(o); ok {
		t, _ := s.mkArrow(goja.Undefined())
		target = t.(*goja.Object)
	} else if o.ClassName() == "Array" {
		target = vm.NewArray()
	} else {
		target = vm.NewObject()
	}
	// Configurable, so the proxy invariants never hold scripts to it.
	_ = target.DefineDataPropertySymbol(shadowMark, vm.ToValue(&shadowInfo{class: o.ClassName(), o: o, s: s}), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	ov := goja.Value(o)
	t := &traps{s: s, o: ov}
	p := vm.NewProxy(target, &goja.ProxyTrapConfig{
		GetPrototypeOf: func(*goja.Object) *goja.Object {
			if p, ok := s.call("getPrototypeOf", ov).(*goja.Object); ok {
				return p
			}
			return nil
		},
		SetPrototypeOf: func(_ *goja.Object, proto *goja.Object) bool {
			var pv goja.Value = goja.Null()
			if proto != nil {
				pv = s.out(proto)
			}
			return s.call("setPrototypeOf", ov, pv).ToBoolean()
		},
		IsExtensible: func(target *goja.Object) bool {
			if s.call("isExtensible", ov).ToBoolean() {
				return true
			}
			t.freezeShadow(target)
			return false
		},
		PreventExtensions: func(target *goja.Object) bool {
			if !s.call("preventExtensions", ov).ToBoolean() {
				return false
			}
			t.freezeShadow(target)
			return true
		},
		GetOwnPropertyDescriptor: func(target *goja.Object, key string) goja.PropertyDescriptor {
			return t.getOwn(target, keyValue(key))
		},
		GetOwnPropertyDescriptorIdx: func(target *goja.Object, key int) goja.PropertyDescriptor {
			return t.getOwn(target, idxKey(key))
		},
		GetOwnPropertyDescriptorSym: func(target *goja.Object, key *goja.Symbol) goja.PropertyDescriptor {
			return t.getOwn(target, key)
		},
		DefineProperty: func(target *goja.Object, key string, pd goja.PropertyDescriptor) bool {
			return t.define(target, keyValue(key), pd)
		},
		DefinePropertyIdx: func(target *goja.Object, key int, pd goja.PropertyDescriptor) bool {
			return t.define(target, idxKey(key), pd)
		},
		DefinePropertySym: func(target *goja.Object, key *goja.Symbol, pd goja.PropertyDescriptor) bool {
			return t.define(target, key, pd)
		},
		Has:    func(_ *goja.Object, key string) bool { return s.call("has", ov, keyValue(key)).ToBoolean() },
		HasIdx: func(_ *goja.Object, key int) bool { return s.call("has", ov, idxKey(key)).ToBoolean() },
		HasSym: func(_ *goja.Object, key *goja.Symbol) bool { return s.call("has", ov, key).ToBoolean() },
		// A getter found through the proxy runs with the receiver as `this`.
		Get: func(_ *goja.Object, key string, receiver goja.Value) goja.Value {
			return s.call("get", ov, keyValue(key), s.out(receiver))
		},
		GetIdx: func(_ *goja.Object, key int, receiver goja.Value) goja.Value {
			return s.call("get", ov, idxKey(key), s.out(receiver))
		},
		GetSym: func(_ *goja.Object, key *goja.Symbol, receiver goja.Value) goja.Value {
			return s.call("get", ov, key, s.out(receiver))
		},
		// The receiver goes along: a proxy that is another object's
		// prototype (a context's class inheriting from a main-runtime one,
		// util.inherits(Request, Stream)) gets that object's assignments,
		// which land on the object itself (or reach a setter with it as
		// `this`), never on the original.
		Set: func(_ *goja.Object, key string, v goja.Value, receiver goja.Value) bool {
			return s.call("set", ov, keyValue(key), s.out(v), s.out(receiver)).ToBoolean()
		},
		SetIdx: func(_ *goja.Object, key int, v goja.Value, receiver goja.Value) bool {
			return s.call("set", ov, idxKey(key), s.out(v), s.out(receiver)).ToBoolean()
		},
		SetSym: func(_ *goja.Object, key *goja.Symbol, v goja.Value, receiver goja.Value) bool {
			return s.call("set", ov, key, s.out(v), s.out(receiver)).ToBoolean()
		},
		// A strict-mode assignment the other side's global refused (a
		// non-writable property of a context's global) fails in V8's words
		// for node's global interceptor; other objects keep goja's.
		SetFailed: func(_ *goja.Object, key string) *goja.Object {
			if o, ok := ov.(*goja.Object); ok && o == s.other.vm.GlobalObject() {
				return vm.NewTypeError("Cannot redefine property: " + key)
			}
			return nil
		},
		DeleteProperty: func(target *goja.Object, key string) bool {
			return t.del(target, keyValue(key))
		},
		DeletePropertyIdx: func(target *goja.Object, key int) bool {
			return t.del(target, idxKey(key))
		},
		DeletePropertySym: func(target *goja.Object, key *goja.Symbol) bool {
			return t.del(target, key)
		},
		OwnKeys: func(*goja.Object) *goja.Object {
			keys := s.call("ownKeys", ov)
			if k, ok := keys.(*goja.Object); ok {
				return k
			}
			return vm.NewArray()
		},
		Apply: func(_ *goja.Object, this goja.Value, args []goja.Value) goja.Value {
			return s.call("apply", ov, s.out(this), s.outArray(args))
		},
		Construct: func(_ *goja.Object, args []goja.Value, newTarget *goja.Object) *goja.Object {
			var nt goja.Value = ov
			if newTarget != nil {
				nt = s.out(newTarget)
			}
			r, _ := s.call("construct", ov, s.outArray(args), nt).(*goja.Object)
			return r
		},
	})
	pv := vm.ToValue(p).(*goja.Object)
	s.proxies[o] = pv
	s.origins[pv] = o
	return pv
}

// outArray builds an array of the other side holding args translated.
func (s *side) outArray(args []goja.Value) goja.Value {
	vals := make([]any, len(args))
	for i, a := range args {
		vals[i] = s.out(a)
	}
	return s.other.vm.NewArray(vals...)
}

// traps holds what the property traps of one proxy share.
type traps struct {
	s *side
	o goja.Value // the other side's object
}

// getOwn reports the original's own property. A proxy may only report a
// property as non-configurable if its target has it so: such properties
// are copied onto the shadow target as they are reported.
func (t *traps) getOwn(target *goja.Object, key goja.Value) goja.PropertyDescriptor {
	d := t.s.callRaw("getOwnPropertyDescriptor", t.o, t.s.out(key))
	o, ok := d.(*goja.Object)
	if !ok {
		return goja.PropertyDescriptor{}
	}
	pd := readDesc(o, t.s.in)
	if pd.Configurable == goja.FLAG_FALSE {
		t.shadow(target, key, pd)
	}
	return pd
}

func (t *traps) shadow(target *goja.Object, key goja.Value, pd goja.PropertyDescriptor) {
	pd = t.s.mirrorDesc(pd)
	if sym, ok := key.(*goja.Symbol); ok {
		_ = target.DefineDataPropertySymbol(sym, goja.Undefined(), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
		_, _ = t.s.reflect["defineProperty"](goja.Undefined(), target, sym, t.s.descObject(pd))
		return
	}
	_, _ = t.s.reflect["defineProperty"](goja.Undefined(), target, key, t.s.descObject(pd))
}

// descObject builds a descriptor object on this side for pd.
func (s *side) descObject(pd goja.PropertyDescriptor) goja.Value {
	o := s.vm.NewObject()
	set := func(name string, f goja.Flag) {
		if f != goja.FLAG_NOT_SET {
			_ = o.Set(name, f == goja.FLAG_TRUE)
		}
	}
	set("configurable", pd.Configurable)
	set("enumerable", pd.Enumerable)
	set("writable", pd.Writable)
	if pd.Value != nil {
		_ = o.Set("value", pd.Value)
	}
	if pd.Getter != nil {
		_ = o.Set("get", pd.Getter)
	}
	if pd.Setter != nil {
		_ = o.Set("set", pd.Setter)
	}
	return o
}

func (t *traps) define(target *goja.Object, key goja.Value, pd goja.PropertyDescriptor) bool {
	ok := t.s.call("defineProperty", t.o, t.s.out(key), t.s.descTo(pd)).ToBoolean()
	if ok && pd.Configurable == goja.FLAG_FALSE {
		t.getOwn(target, key)
	}
	return ok
}

func (t *traps) del(target *goja.Object, key goja.Value) bool {
	return t.s.call("deleteProperty", t.o, t.s.out(key)).ToBoolean()
}

// freezeShadow makes the shadow target match a non-extensible original:
// all its own properties and its prototype, then not extensible either,
// which the proxy invariants then require of every later answer.
func (t *traps) freezeShadow(target *goja.Object) {
	if ok, _ := t.s.reflect["isExtensible"](goja.Undefined(), target); ok != nil && !ok.ToBoolean() {
		return
	}
	// A non-extensible target must list exactly the original's keys; its
	// copied properties are what inspect then shows.
	_ = target.DeleteSymbol(shadowMark)
	keys, _ := t.s.call("ownKeys", t.o).(*goja.Object)
	if keys != nil {
		n := int(keys.Get("length").ToInteger())
		for i := 0; i < n; i++ {
			k := keys.Get(strconv.Itoa(i))
			if pd := t.getOwn(target, k); pd.Configurable != goja.FLAG_FALSE && (pd.Value != nil || pd.Getter != nil || pd.Setter != nil) {
				_, _ = t.s.reflect["defineProperty"](goja.Undefined(), target, k, t.s.descObject(pd))
			}
		}
	}
	if p, ok := t.s.call("getPrototypeOf", t.o).(*goja.Object); ok {
		_ = target.SetPrototype(p)
	} else {
		_ = target.SetPrototype(nil)
	}
	_, _ = t.s.reflect["preventExtensions"](goja.Undefined(), target)
}
