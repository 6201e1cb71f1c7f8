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

// gojanet: recently boxed numbers. An integer past intCache's range or a
// float is a heap allocation each time it is stored in a Value, and node's
// modules make the same few per request again and again: the loop clock read
// from the host's Float64Array a few times between two updates, a socket's
// timeout (`keepAliveTimeout + 1000`), a pool buffer's length. vm.boxes
// keeps the last boxed number per slot (direct-mapped on the low bits), so a
// repeat is a compare instead of an allocation. A Value is immutable, so
// handing out the same box twice is invisible to scripts.
const boxSlots = 16

type boxCache [boxSlots]Value

// boxSlot is the slot of a number's bits: a multiplicative hash, not the
// low bits (gcperf4: the loop clock and a timeout's expiry a round number
// of milliseconds later, `now + 6000`, shared their low bits and evicted
// each other on every request).
func boxSlot(b uint64) uint64 {
	return b * 0x9E3779B97F4A7C15 >> (64 - 4) // 4: log2(boxSlots)
}

const _ = uint(boxSlots-16) + uint(16-boxSlots) // boxSlot's shift

// int is intToValue(i) through the cache; inlined, so that the small
// integers most results are cost no call.
func (c *boxCache) int(i int64) Value {
	if uint64(i) < 256 {
		return valueInt(i) // Go's static table: no allocation
	}
	return c.box(i)
}

// kept out of line so that int inlines
//
//go:noinline
func (c *boxCache) box(i int64) Value {
	if uint64(i+256) < 256 {
		return intCache[i+256]
	}
	e := &c[boxSlot(uint64(i))]
	if v, ok := (*e).(valueInt); ok && int64(v) == i {
		return *e
	}
	v := intToValue(i)
	*e = v
	return v
}

// float is floatToValue(f) through the cache.
func (c *boxCache) float(f float64) Value {
	if i, ok := floatToInt(f); ok {
		return c.int(i)
	}
	b := math.Float64bits(f)
	e := &c[boxSlot(b)]
	if v, ok := (*e).(valueFloat); ok && math.Float64bits(float64(v)) == b {
		return *e
	}
	v := floatToValue(f)
	*e = v
	return v
}

// vmGetIdx is a.getIdx(idx, _) for the getElem instructions: the same
// element (undefined out of range or detached, no prototype lookup, as an
// integer-indexed exotic object's [[Get]]), a Uint8Array's (a Buffer's) byte
// without the interface call, and a number that needs a box through
// vm.boxes: node reads the loop clock from the host's Float64Array a few
// times per request.
func (a *typedArrayObject) vmGetIdx(vm *vm, idx valueInt) Value {
	i := toIntClamp(int64(idx))
	if i < 0 || i >= a.length || !a.viewedArrayBuf.ensureNotDetached(false) {
		return _undefined
	}
	i += a.offset
	switch ta := a.typedArray.(type) {
	case *uint8Array:
		return intToValue(int64(*ta.ptr(i)))
	case *float64Array:
		return vm.boxes.float(*ta.ptr(i))
	case *uint32Array:
		return vm.boxes.int(int64(*ta.ptr(i)))
	case *int32Array:
		return vm.boxes.int(int64(*ta.ptr(i)))
	}
	return nilSafe(a.typedArray.get(i))
}
