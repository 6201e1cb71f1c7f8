package goja

// gojanet: calls from Go paths of the engine into a callable object without
// making a method value.
//
// assertCallable returns f.Call (or a native's f), and a method value that
// leaves through an interface is a heap closure: upstream made one on every
// accessor call (valueProperty.get/set), every `instanceof` (the
// @@hasInstance lookup and Function.prototype[@@hasInstance]'s own
// callability check). callObj calls the same method directly for the common
// function kinds and falls back to assertCallable for the rest, so what runs
// is unchanged.

// callObj calls o, which must be callable (as `f, _ := o.self.assertCallable(); f(call)`).
func callObj(o *Object, call FunctionCall) Value {
	switch f := o.self.(type) {
	case *funcObject:
		return f.Call(call) // baseJsFuncObject.Call, as its assertCallable returns
	case *methodFuncObject:
		return f.Call(call)
	case *arrowFuncObject:
		return f.Call(call)
	case *nativeFuncObject:
		if f.f != nil {
			return f.f(call)
		}
	}
	fn, _ := o.self.assertCallable()
	return fn(call)
}

// isCallableObj reports whether assertCallable would succeed, without its method value.
func isCallableObj(o *Object) bool {
	switch f := o.self.(type) {
	case *funcObject, *methodFuncObject, *arrowFuncObject, *classFuncObject,
		*asyncFuncObject, *asyncArrowFuncObject, *asyncMethodFuncObject,
		*generatorFuncObject, *generatorMethodFuncObject:
		return true
	case *nativeFuncObject:
		return f.f != nil
	}
	_, ok := o.self.assertCallable()
	return ok
}

// hasInstance of a callable Proxy is OrdinaryHasInstance: its "prototype"
// read through the get trap, the object's chain through getPrototypeOf
// traps. Upstream threw "Expecting a function in instanceof check" for
// `x instanceof new Proxy(F, {})`, which V8 answers.
func (p *proxyObject) hasInstance(v Value) bool {
	if p.call == nil {
		return p.baseObject.hasInstance(v)
	}
	return hasInstance(p.val, v)
}

// ownGlobalObject reports whether the global object is the one the runtime
// made (goja's global template), not one set with SetGlobalObject (a vm
// context's proxy). Its `undefined` is non-writable and non-configurable, so
// a reference to the global `undefined` that no stash binds is undefined
// without the lookup: loadDynamic and loadDynamicRef skip it. node's modules
// read `undefined` ≈ 84 times per http request, each a hash lookup in the
// global object's property map and a getter call (≈ 350 machine
// instructions).
func (r *Runtime) ownGlobalObject() bool {
	g, ok := r.globalObject.self.(*templatedObject)
	return ok && g.tmpl == globalObjectTemplate
}
