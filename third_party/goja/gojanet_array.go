package goja

// gojanet: Array.prototype.push on an ordinary dense array appends its
// arguments at once.
//
// The generic path (generic_push) stores each argument with setOwnIdx, and
// a new index first asks the prototype chain for a setter or a read-only
// property there (setForeignIdx): Array.prototype and Object.prototype are
// template objects, so each element cost the index's decimal string and
// four map lookups; then the length is read as a property and written back.
// When nothing in the chain can have an index property, and the array is
// extensible with a writable length and no holes past its values, the
// result is the same as appending: that is what pushFast does, else it
// leaves the call to generic_push.
//
// "Nothing in the chain can have an index property": the array's prototype
// is the runtime's Array.prototype, whose prototype is Object.prototype,
// whose prototype is null, and neither has an own array-index key. The scan
// that shows the last is kept while protoEpoch is unchanged: both are
// marked protoWatched first, and a watched object that gains a property
// bumps the epoch (gojanet_shape.go shapeChanged), so a later
// `Array.prototype[3] = x` or defineProperty(Object.prototype, '0', ...)
// invalidates it.

import (
	"math"
)

func (r *Runtime) pushFast(a *arrayObject, args []Value) bool {
	n := len(args)
	if !a.extensible || !a.lengthProp.writable || a.length != uint32(len(a.values)) ||
		uint64(a.length)+uint64(n) > math.MaxUint32 {
		return false
	}
	if n == 0 {
		return true
	}
	// the dense-to-sparse switch arrayObject.expand makes for a large
	// index in an array of holes: leave that to the generic path
	if last := a.length + uint32(n) - 1; last > 4096 && (a.objCount == 0 || last/uint32(a.objCount) > 10) {
		return false
	}
	if !r.noIndexedArrayProtos(a) {
		return false
	}
	a.values = append(a.values, args...)
	a.objCount += n
	a.length += uint32(n)
	return true
}

// noIndexedArrayProtos reports whether a's prototype chain is
// Array.prototype, Object.prototype, null, with no own array-index key on
// either.
func (r *Runtime) noIndexedArrayProtos(a *arrayObject) bool {
	ap, op := r.global.ArrayPrototype, r.global.ObjectPrototype
	if a.prototype != ap || ap == nil || op == nil {
		return false
	}
	apt, ok := ap.self.(*templatedArrayObject)
	if !ok {
		return false
	}
	opt, ok := op.self.(*templatedObject)
	if !ok || apt.proto() != op || opt.proto() != nil {
		return false
	}
	epoch := protoEpoch.Load()
	if r.pushProtosEpoch == epoch+1 {
		return true
	}
	apt.protoWatched = true
	opt.protoWatched = true
	if templateHasIndexKey(&apt.templatedObject) || templateHasIndexKey(opt) {
		return false
	}
	r.pushProtosEpoch = epoch + 1 // 0: never shown
	return true
}

// templateHasIndexKey reports whether o has an own key that is an array
// index. A template object's names are the template's until one is added,
// then o.propNames (materialisePropNames); symbols are not indices.
func templateHasIndexKey(o *templatedObject) bool {
	names := o.values.d.propNames // (a template object's values are a dictionary)
	if names == nil {
		names = o.tmpl.propNames
	}
	for _, name := range names {
		if strToArrayIdx(name) != math.MaxUint32 {
			return true
		}
	}
	return false
}
