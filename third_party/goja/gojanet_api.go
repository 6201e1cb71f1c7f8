package goja

// gojanet: what the host asks of the engine that goja's API has no call for.
// Kept in one file of additions so that the fork's changes stay easy to see.

// OwnNonIndexKeys returns the own string keys of an array or a typed array
// that are not indices (enumerable or not, in order) — V8's
// GetOwnNonIndexProperties, which node uses to inspect, compare and
// complete an array of a million elements without a million index strings.
// ok is false for any other kind of object (the caller enumerates instead).
func (o *Object) OwnNonIndexKeys() (keys []string, ok bool) {
	var base *baseObject
	switch self := o.self.(type) {
	case *arrayObject:
		base = &self.baseObject
	case *sparseArrayObject:
		base = &self.baseObject
	case *typedArrayObject:
		base = &self.baseObject
	default:
		return nil, false
	}
	names := base.stringKeys(true, nil)
	keys = make([]string, len(names))
	for i, n := range names {
		keys[i] = n.String()
	}
	return keys, true
}
