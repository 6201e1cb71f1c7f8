package goja

// gojanet: lazy data properties. A host defines a property that is costly
// to make (a global whose module loads on first use: URL, Intl, console) as
// an accessor whose getter makes the value and redefines the property as a
// data one. Reads and writes cannot tell; a descriptor could, so
// Object.getOwnPropertyDescriptor(s) and Reflect.getOwnPropertyDescriptor
// run such a getter first and describe the data property it left.

// MarkLazyGetter marks getter as the getter of a lazy data property: it
// must replace its property with a data property when called (with the
// object as this).
func (r *Runtime) MarkLazyGetter(getter *Object) {
	if r.lazyGetters == nil {
		r.lazyGetters = make(map[*Object]struct{})
	}
	r.lazyGetters[getter] = struct{}{}
}

// resolveLazyProp returns o's own property name, prop, or, when prop is an
// accessor with a lazy getter, what the getter left in its place.
func (r *Runtime) resolveLazyProp(o *Object, name Value, prop Value) Value {
	if len(r.lazyGetters) == 0 {
		return prop
	}
	v, ok := prop.(*valueProperty)
	if !ok || !v.accessor || v.getterFunc == nil {
		return prop
	}
	g := v.getterFunc
	if _, lazy := r.lazyGetters[g]; !lazy {
		return prop
	}
	delete(r.lazyGetters, g)
	r.toCallable(g)(FunctionCall{This: o})
	return o.getOwnProp(name)
}
