package goja

import "github.com/dop251/goja/unistring"

// gojanet: properties that describe themselves otherwise than goja stores
// them, so that a host's globals and process properties answer
// Object.getOwnPropertyDescriptor(s) and Reflect.getOwnPropertyDescriptor
// as node's do, while reads and writes keep their cheap form:
//   - a lazy data property: an accessor whose getter makes the value (a
//     global whose module loads on first use: URL, Intl, console) and
//     redefines the property as a data one. A descriptor runs the getter
//     first and describes what it left.
//   - a native data property (V8's, an accessor underneath: process.title):
//     an accessor described as a writable data property holding what its
//     getter returns.
//   - a data property node defines as an accessor (globalThis.process and
//     Buffer: a getter on every read would cost the builtins that read them
//     per chunk): described as the accessor get/set while it stays data. A
//     script's definition applies to that accessor (made real first: a
//     partial one keeps the other function), and once a definition or a
//     delete ends the data property, get and set keep a value of their own
//     (AccessorViewGet/Set), as node's accessor keeps its variable.

const (
	lazyData   = 1
	nativeData = 2
)

type lazyProps struct {
	getters map[*Object]uint8                              // marked getters, by kind
	views   map[*Object]map[unistring.String]*accessorView // data properties described as accessors
}

// accessorView is DescribeAsAccessor's accessor of a data property.
type accessorView struct {
	get, set *Object
	off      bool  // a script's definition or a delete ended the data property
	slot     Value // the accessor's value once off
}

func (r *Runtime) lazy() *lazyProps {
	if r.lazyProps == nil {
		r.lazyProps = &lazyProps{getters: map[*Object]uint8{}, views: map[*Object]map[unistring.String]*accessorView{}}
	}
	return r.lazyProps
}

// MarkLazyGetter marks getter as the getter of a lazy data property: it
// must replace its property with a data property when called (with the
// object as this).
func (r *Runtime) MarkLazyGetter(getter *Object) { r.markGetter(getter, lazyData) }

// MarkNativeDataGetter marks getter as a native data property's: the
// accessor is described as a data property, writable if it has a setter.
func (r *Runtime) MarkNativeDataGetter(getter *Object) { r.markGetter(getter, nativeData) }

func (r *Runtime) markGetter(getter *Object, kind uint8) {
	r.lazy().getters[getter] = kind
}

// DescribeAsAccessor makes o's data property name describe itself as an
// accessor with get and set for as long as it is that data property; get
// and set read and write it with AccessorViewGet and AccessorViewSet. o is
// an ordinary object (its definitions are baseObject's or
// templatedObject's, which end the view).
func (r *Runtime) DescribeAsAccessor(o *Object, name string, get, set *Object) {
	if o == nil {
		return
	}
	if h, ok := o.self.(interface{ markViews() }); ok {
		h.markViews()
	}
	views := r.lazy().views
	m := views[o]
	if m == nil {
		m = make(map[unistring.String]*accessorView)
		views[o] = m
	}
	m[unistring.NewFromString(name)] = &accessorView{get: get, set: set}
}

// AccessorViewGet is what the get of DescribeAsAccessor's accessor of o's
// name answers: the data property while it lasts, then the accessor's own
// value (the property's when a script's definition or a delete ended it,
// or what set was given since).
func (r *Runtime) AccessorViewGet(o *Object, name string) Value {
	if av := r.accessorView(o, unistring.NewFromString(name)); av != nil && av.off {
		return nilSafe(av.slot)
	}
	return o.self.getStr(unistring.NewFromString(name), nil)
}

// AccessorViewSet is what its set does: assigns the data property while it
// lasts, then keeps value as the accessor's own.
func (r *Runtime) AccessorViewSet(o *Object, name string, value Value) {
	if av := r.accessorView(o, unistring.NewFromString(name)); av != nil && av.off {
		av.slot = value
		return
	}
	o.self.setOwnStr(unistring.NewFromString(name), value, true)
}

func (r *Runtime) accessorView(o *Object, name unistring.String) *accessorView {
	if lp := r.lazyProps; lp != nil {
		return lp.views[o][name]
	}
	return nil
}

func (o *baseObject) markViews() { o.hasViews = true }

// dropAccessorViewStr comes before any definition of o's property name
// (baseObject's and templatedObject's defineOwnPropertyStr, for an object
// with views: a script's Object.defineProperty(ies), Reflect.defineProperty,
// through a Proxy or not): while it is the data property DescribeAsAccessor
// describes, it becomes that accessor for real, with the data's value as
// its own, so that the definition applies to what node has (a partial one
// keeps the other function; a data one takes the accessor's flags). A host
// that defines the property again and wants the view calls
// DescribeAsAccessor again after its definition.
// A delete of the property ends it too (baseObject.deleteStr), and
// Object.freeze and Object.seal end all of an object's (dropAccessorViews).
func (r *Runtime) dropAccessorViewStr(o *Object, name unistring.String) {
	if r.lazyProps == nil {
		return
	}
	av := r.accessorView(o, name)
	if av == nil || av.off {
		return
	}
	av.off = true
	prop := o.self.getOwnPropStr(name)
	v, isProp := prop.(*valueProperty)
	if prop == nil || isProp && v.accessor {
		return // (gone, or the host's accessor itself: it is what it describes)
	}
	enumerable, configurable := true, true // a plain value's flags
	av.slot = prop
	if isProp {
		enumerable, configurable, av.slot = v.enumerable, v.configurable, v.value
	}
	var get, set Value = _undefined, _undefined // (a host's nil: none)
	if av.get != nil {
		get = av.get
	}
	if av.set != nil {
		set = av.set
	}
	o.self.defineOwnPropertyStr(name, PropertyDescriptor{Getter: get, Setter: set,
		Enumerable: ToFlag(enumerable), Configurable: ToFlag(configurable)}, false)
}

// dropAccessorViews ends the views of all of o's properties (before
// Object.freeze and Object.seal change their flags in place: node's
// accessor, made non-configurable, keeps working).
func (r *Runtime) dropAccessorViews(o *Object) {
	if lp := r.lazyProps; lp != nil {
		for name := range lp.views[o] {
			r.dropAccessorViewStr(o, name)
		}
	}
}

// resolveLazyGetters runs the getters of o's lazy data properties before
// Object.freeze or Object.seal fixes o's properties: node's are data from
// the start, so they are there afterwards (frozen), where a getter could no
// longer redefine its property. A Proxy holds no properties of its own:
// listing its keys would run its ownKeys trap before preventExtensions.
func (r *Runtime) resolveLazyGetters(o *Object) {
	lp := r.lazyProps
	if lp == nil || len(lp.getters) == 0 {
		return
	}
	if _, isProxy := o.self.(*proxyObject); isProxy {
		return
	}
	var getters []*Object
	for item, next := o.self.iterateKeys()(); next != nil; item, next = next() {
		if v, ok := item.value.(*valueProperty); ok && v.accessor && v.getterFunc != nil && lp.getters[v.getterFunc] == lazyData {
			getters = append(getters, v.getterFunc)
		}
	}
	for _, g := range getters {
		delete(lp.getters, g)
		r.toCallable(g)(FunctionCall{This: o})
	}
}

// dropView ends the view of o's name, whose value was val, at its delete.
func (lp *lazyProps) dropView(o *Object, name unistring.String, val Value) {
	if av := lp.views[o][name]; av != nil && !av.off {
		av.off = true
		if v, ok := val.(*valueProperty); ok {
			val = nil
			if !v.accessor {
				val = v.value
			}
		}
		av.slot = val
	}
}

// resolveLazyProp returns o's own property name, prop, as its descriptor
// should show it (see above).
func (r *Runtime) resolveLazyProp(o *Object, name Value, prop Value) Value {
	lp := r.lazyProps
	if prop == nil || lp == nil {
		return prop
	}
	v, isProp := prop.(*valueProperty)
	if !isProp || !v.accessor {
		if m := lp.views[o]; m != nil {
			if _, sym := name.(*Symbol); !sym {
				if av := m[name.string()]; av != nil && !av.off {
					enumerable, configurable := true, true // a plain value's flags
					if isProp {
						enumerable, configurable = v.enumerable, v.configurable
					}
					return &valueProperty{accessor: true, getterFunc: av.get, setterFunc: av.set,
						enumerable: enumerable, configurable: configurable}
				}
			}
		}
		return prop
	}
	g := v.getterFunc
	if g == nil {
		return prop
	}
	switch lp.getters[g] {
	case lazyData:
		delete(lp.getters, g)
		r.toCallable(g)(FunctionCall{This: o})
		return o.getOwnProp(name)
	case nativeData:
		return &valueProperty{value: r.toCallable(g)(FunctionCall{This: o}), writable: v.setterFunc != nil,
			enumerable: v.enumerable, configurable: v.configurable}
	}
	return prop
}
