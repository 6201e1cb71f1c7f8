package goja

import "github.com/dop251/goja/unistring"

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
