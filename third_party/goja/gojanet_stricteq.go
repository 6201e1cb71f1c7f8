package goja

// gojanet (engineperf41): `===` in the fused comparisons without the
// interface call. a.StrictEquals(b) is an indirect call, and for a value
// type (an integer, a boolean) a second one, the wrapper Go makes for the
// interface's pointer; together ≈ 20-25 machine instructions, and the
// hello request compares ≈ 70 times. strictEquals answers from the two type
// words and payloads when they decide it (the same type: an object's
// identity, an integer's or a boolean's value, undefined or null) and asks
// StrictEquals for the rest (strings, floats, numbers of two types, host
// objects that compare by what they wrap).

import "unsafe"

var (
	objectType = typeWord(&Object{})
	intType    = typeWord(valueInt(0))
	boolType   = typeWord(valueTrue)
)

// dataWord is v's data word: a pointer-shaped value itself (*Object), a
// pointer to the value for any other type.
func dataWord(v Value) unsafe.Pointer {
	return (*[2]unsafe.Pointer)(unsafe.Pointer(&v))[1]
}

// strictEquals is a.StrictEquals(b).
func strictEquals(a, b Value) bool {
	t := typeWord(a)
	if t == typeWord(b) {
		switch t {
		case objectType:
			if dataWord(a) == dataWord(b) {
				return true
			}
			return (*Object)(dataWord(a)).StrictEquals(b) // (a direct call)
		case intType:
			return *(*int64)(dataWord(a)) == *(*int64)(dataWord(b))
		case boolType:
			return *(*bool)(dataWord(a)) == *(*bool)(dataWord(b))
		case undefinedType, nullType:
			return true
		}
	}
	return a.StrictEquals(b)
}
