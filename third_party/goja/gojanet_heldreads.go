package goja

// gojanet: what a builtin's checks read of a few objects' own properties,
// for the host to compare again without the interpreter (httpperf24: the
// http server's checks before a read is parsed, js/_http_server.js
// consumeSocketChunk, answered by the parser binding). An object's layout
// (its shape: own names, their order, its prototype) gives each own
// property a slot; a check that read slot i of an object of that layout
// reads the same property while the object keeps the layout, and a name
// the layout lacks is inherited, fixed while the prototype chain is
// watched (WatchValues) and the watch epoch stays.

// ShapeRef is an object's layout, compared by identity; the zero ShapeRef
// is no layout (not a plain object in shape mode).
type ShapeRef struct{ sh *shape }

// Valid reports whether s is a layout.
func (s ShapeRef) Valid() bool { return s.sh != nil }

// ShapeOf returns o's layout when o is an ordinary object in shape mode,
// the zero ShapeRef otherwise.
func (o *Object) ShapeOf() ShapeRef {
	if o == nil {
		return ShapeRef{}
	}
	bo, ok := o.self.(*baseObject)
	if !ok || bo.values.sh == nil || len(bo.values.v) < bo.values.sh.nslots() { // (sh set: no dictionary, objProps)
		return ShapeRef{}
	}
	return ShapeRef{bo.values.sh}
}

// SlotsIf returns o's slot values when o has layout s (read only: a slot
// holds a plain data value, or a *valueProperty for a property with other
// attributes or a watched object's), nil otherwise.
func (o *Object) SlotsIf(s ShapeRef) []Value {
	if bo, ok := o.self.(*baseObject); ok && bo.values.sh == s.sh && s.sh != nil && len(bo.values.v) >= int(s.sh.n) {
		return bo.values.v
	}
	return nil
}

// OwnSlot returns the slot of o's own property key (a string or a Symbol)
// when o is in shape mode and the property is a plain data property (a
// writable, enumerable, configurable value), -1 when o has no such own
// key, and -2 otherwise (another kind of property, or o not in shape mode).
func (o *Object) OwnSlot(key Value) int {
	s := o.ShapeOf()
	if !s.Valid() {
		return -2
	}
	i := -1
	switch k := key.(type) {
	case *Symbol:
		i = s.sh.findSym(k)
	case String:
		i = s.sh.find(k.string())
	default:
		return -2
	}
	if i < 0 {
		return -1
	}
	if _, ok := o.self.(*baseObject).values.v[i].(*valueProperty); ok {
		return -2
	}
	return i
}

// InheritsPlain reports whether key (a string or a Symbol), which o does
// not have as its own, is on o's prototype chain as a data property or not
// at all, with the chain watched: the value read through o stays what it
// is while o keeps its layout and the watch epoch stays.
func (r *Runtime) InheritsPlain(o *Object, key Value) bool {
	p := o.self.proto()
	if p == nil {
		return true
	}
	if !r.WatchValues(p) {
		return false
	}
	for ; p != nil; p = p.self.proto() {
		var v Value
		switch k := key.(type) {
		case *Symbol:
			v = p.self.getOwnPropSym(k)
		case String:
			v = p.self.getOwnPropStr(k.string())
		default:
			return false
		}
		if v == nil {
			continue
		}
		if vp, ok := v.(*valueProperty); ok && vp.accessor {
			return false
		}
		return true
	}
	return true
}

// WatchEpoch is the runtime's watch epoch (WatchCell's `epoch`).
func (r *Runtime) WatchEpoch() int64 {
	return r.watchEpoch
}
