package goja

import (
	"unsafe"

	"github.com/dop251/goja/unistring"
)

// gojanet: string primitives without their wrapper.
//
// Reading a property of a string primitive (`s.length`, `s.slice(…)`) went
// through String's baseObject: the runtime's one String wrapper given the
// primitive (boxed again into an interface: an allocation), its length
// recomputed and re-stored as an own property, then the wrapper's own
// lookup before String.prototype's. A name that is neither `length` nor an
// index is none of the wrapper's own properties, so it is String.prototype's
// (read with the primitive as the receiver, as before); `length` is the
// string's length. Indices keep the wrapper path.

// stringPrimitiveProp reads name from the string primitive s as
// s.baseObject(r).self.getStr(name, s) does; ok is false when the caller
// must take that path (an index).
func (r *Runtime) stringPrimitiveProp(s String, name unistring.String) (v Value, ok bool) {
	if name == "length" {
		return intToValue(int64(s.Length())), true
	}
	if strToGoIdx(name) >= 0 {
		return nil, false
	}
	return r.getStringPrototype().self.getStr(name, s), true
}

// stringOf is v.toString() for a string primitive without copying it into a
// new interface value (asciiString.toString's value receiver does).
func stringOf(v Value) String {
	switch v.(type) {
	case asciiString, unicodeString:
		return v.(String)
	}
	return v.toString()
}

// stringPrimitivePropIC is stringPrimitiveProp through the read site's
// cache c: a String.prototype method read from a string primitive is an
// entry keyed on String.prototype's root shape (what an empty object
// inheriting from it has, whose read of any name but `length` and an
// index is the primitive's too), one prototype up, at the slot of
// String.prototype's dictionary that still holds the name
// (tmplHolderProp), instead of a lookup by name each time.
func (r *Runtime) stringPrimitivePropIC(s String, name unistring.String, c *propIC) (v Value, ok bool) {
	if name == "length" {
		return intToValue(int64(s.Length())), true
	}
	sp := r.getStringPrototype()
	if root := sp.childShape; root != nil {
		if es := c.p.Load(); es != nil {
			if e := es.find(root); e != nil && e.depth == 1 && e.hsh == nil {
				if prop := tmplHolderProp(sp, e); prop != nil {
					if p, ok := prop.(*valueProperty); ok {
						return p.get(s), true
					}
					return prop, true
				}
			}
		}
	}
	if strToGoIdx(name) >= 0 {
		return nil, false
	}
	v = sp.self.getStr(name, s)
	if !c.exhausted() {
		if slot, hname := tmplSlot(sp, name); slot >= 0 {
			if sp.childShape == nil {
				sp.childShape = &shape{}
			}
			c.store(icEntry{sh: sp.childShape, slot: slot, depth: 1, epoch: protoEpoch.Load(), hname: hname})
		}
	}
	return v, true
}

// strMethodHit is stringPrimitivePropIC's answer from the site's first way
// alone, checked before anything else by getPropCallee.slow for an ASCII
// string primitive (`name.toLowerCase()`, `s.indexOf(x)`: ≈ 25 such reads an
// Express request): the entry keyed on String.prototype's root shape, one
// prototype up, whose template slot still holds the very key it recorded,
// a data property with a value. nil: ask stringPrimitivePropIC.
//
//go:nosplit
func (c *propIC) strMethodHit(r *Runtime, name unistring.String) Value {
	sp := r.global.StringPrototype
	if sp == nil || sp.childShape == nil || name == "length" {
		return nil
	}
	es := c.p.Load()
	if es == nil || es.e0.sh != sp.childShape {
		return nil
	}
	e := &es.e0
	if e.depth != 1 || e.hsh != nil || e.hname == "" {
		return nil
	}
	t, ok := sp.self.(*templatedObject)
	if !ok || t.values.d == nil || e.slot >= len(t.values.d.e) {
		return nil
	}
	de := &t.values.d.e[e.slot]
	if len(de.name) != len(e.hname) || unsafe.StringData(string(de.name)) != unsafe.StringData(string(e.hname)) {
		return nil
	}
	if p, ok := de.v.(*valueProperty); ok {
		if p.getterFunc != nil || p.value == nil {
			return nil
		}
		return p.value
	}
	return de.v
}
