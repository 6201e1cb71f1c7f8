package goja

import "math"

// gojanet: numbers without boxing them again.
//
// valueInt and valueFloat are non-pointer types held in a Value interface:
// Go boxes them (a heap allocation for an integer outside its static table
// of 0-255 and for every float) whenever one is stored in an interface. Their
// ToNumber methods return the receiver, a copy, which is boxed again, so
// `x | 0` on a byte count or the loop clock allocated only to read the
// number back. numberOf hands the interface it was given back instead.
func numberOf(v Value) Value {
	switch v.(type) {
	case valueInt, valueFloat:
		return v
	}
	return v.ToNumber()
}

// modulo32 is a finite number's integer part modulo 2^32, the step
// ToInt32, ToUint32, ToInt16, ... share. Upstream converted with int64(f),
// which Go leaves undefined past ±2^63 (amd64 gives 0x8000000000000000), so
// `1e21 | 0` was 0 where V8 gives -559939584.
func modulo32(f float64) uint32 {
	f = math.Trunc(f)
	if f >= -(1<<63) && f < 1<<63 {
		return uint32(int64(f))
	}
	return uint32(int64(math.Mod(f, 1<<32))) // exact; the sign of f, |result| < 2^32
}

// truthy is v.ToBoolean() with a boolean (what most conditions hold: a
// comparison's result, a flag) read directly instead of through an interface
// call of valueBool's pointer wrapper. gojanet: the conditional jumps.
func truthy(v Value) bool {
	if b, ok := v.(valueBool); ok {
		return bool(b)
	}
	return v.ToBoolean()
}
