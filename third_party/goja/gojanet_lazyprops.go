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
//     per chunk): described as the accessor get/set while it stays data.

const (
	lazyData   = 1
	nativeData = 2
)

type lazyProps struct {
	getters map[*Object]uint8                           // marked getters, by kind
	views   map[*Object]map[unistring.String][2]*Object // data properties described as accessors
}

func (r *Runtime) lazy() *lazyProps {
	if r.lazyProps == nil {
		r.lazyProps = &lazyProps{getters: map[*Object]uint8{}, views: map[*Object]map[unistring.String][2]*Object{}}
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
// accessor with get and set (which should read and write it) for as long as
// it is a data property.
func (r *Runtime) DescribeAsAccessor(o *Object, name string, get, set *Object) {
	views := r.lazy().views
	m := views[o]
	if m == nil {
		m = make(map[unistring.String][2]*Object)
		views[o] = m
	}
	m[unistring.NewFromString(name)] = [2]*Object{get, set}
}

// dropAccessorView ends DescribeAsAccessor's view of o's property name when
// a script defines the property itself (Object.defineProperty(ies),
// Reflect.defineProperty): what it defines is what it should see described,
// as node's accessor is replaced by the script's definition. A host that
// defines the property again and wants the view calls DescribeAsAccessor
// again.
// A delete of the property ends it too (baseObject.deleteStr).
func (r *Runtime) dropAccessorView(o *Object, name Value) {
	if lp := r.lazyProps; lp != nil {
		if _, sym := name.(*Symbol); !sym {
			lp.dropView(o, name.string())
		}
	}
}

func (lp *lazyProps) dropView(o *Object, name unistring.String) {
	if m := lp.views[o]; m != nil {
		delete(m, name)
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
				if gs, ok := m[name.string()]; ok {
					enumerable, configurable := true, true // a plain value's flags
					if isProp {
						enumerable, configurable = v.enumerable, v.configurable
					}
					return &valueProperty{accessor: true, getterFunc: gs[0], setterFunc: gs[1],
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
