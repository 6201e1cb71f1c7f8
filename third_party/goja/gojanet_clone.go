package goja

import "unsafe"

// gojanet: CloneObject, an object made in one step from a template of its
// final shape (httpperf15: the http server's IncomingMessage and its
// ReadableState and listener map, which otherwise gain ≈ 35 properties one
// shape transition at a time per request).

// CloneObject returns a new ordinary object with tpl's prototype, shape and
// property values, or nil when tpl is not a plain extensible object in
// shape mode whose properties are all writable, enumerable, configurable
// data properties, or an empty one (not a dictionary, an array, a function,
// a proxy, accessors, non-default attributes, a prototype inline caches
// watch). With nested, a
// property value that is itself such an object is cloned the same way (one
// level, nested false), so the copy shares no such object with tpl; a value
// that is not such an object (an array, a function, a frozen object) is
// shared.
func (r *Runtime) CloneObject(tpl *Object, nested bool) *Object {
	if tpl == nil || tpl.runtime != r {
		return nil
	}
	src, ok := tpl.self.(*baseObject)
	if !ok || !cloneable(src) {
		return nil
	}
	sh := src.values.sh
	if sh == nil { // (an empty object)
		// gojanet: with as many slots as its last copy grew to (kept as the
		// template's spare capacity: slotsSeen), which the http server's
		// listener maps get at once
		room := 0
		if src.cloneSized {
			room = cap(src.values.v)
		}
		o := r.newObjectSlots(src.prototype, room)
		r.trackClone(o, src)
		return o.val
	}
	n := sh.nslots()
	// (room for what earlier copies grew to: a script's fields, Express's
	// on a request, in the same allocation)
	room := n
	if h := int(sh.cloneSlots); h > room {
		room = h
	}
	o := r.newObjectSlots(src.prototype, room)
	if cap(o.values.v) < n {
		o.values.v = make([]Value, 0, n)
	}
	r.trackClone(o, sh)
	v := append(o.values.v, src.values.v[:n]...)
	if pl := tpl.clonePlanFor(sh, src.values.v[:n]); pl != nil {
		// (the template's slots are what the plan saw: only its object
		// slots need a look)
		if nested {
			for _, i := range pl.objs {
				if r.cloneNested(v, int(i)) == nil {
					return nil
				}
			}
		}
	} else {
		// one pass: attributes (a *valueProperty in a slot) refuse, nested
		// objects are copied
		for i, x := range v {
			switch x.(type) {
			case *valueProperty:
				return nil
			case *Object:
				if nested && r.cloneNested(v, i) == nil {
					return nil
				}
			}
		}
		tpl.planClone(sh, src.values.v[:n])
	}
	o.values.v = v
	o.values.sh = sh
	return o.val
}

// cloneNested copies the object in v[i] when CloneObject copies such an
// object: the copy (or v[i] itself when it is shared), nil when it should be
// copied and could not be (never a copy sharing what should be copied).
func (r *Runtime) cloneNested(v []Value, i int) Value {
	x := v[i].(*Object)
	if s, ok := x.self.(*baseObject); ok && cloneable(s) {
		c := r.CloneObject(x, false)
		if c == nil {
			return nil
		}
		v[i] = c
		return c
	}
	return x
}

// clonePlan: what CloneObject found in a template's slots (cloneperf: the
// type check of every slot of the http templates was ≈ 0.9 K machine
// instructions a request). snap is the slot values it looked at; while the
// template has that shape and, word for word, those values, the slots
// holding objects are objs and none holds attributes. (snap keeps the
// values the template had at its last look alive until the next one.)
type clonePlan struct {
	sh   *shape
	snap []Value
	objs []uint8
}

// clonePlanFor returns tpl's plan when it holds for shape sh and slot
// values v, nil otherwise.
func (tpl *Object) clonePlanFor(sh *shape, v []Value) *clonePlan {
	if tpl.ext == nil || tpl.ext.clone == nil {
		return nil
	}
	pl := tpl.ext.clone
	if pl.sh != sh || len(pl.snap) != len(v) || !sameWords(pl.snap, v) {
		return nil
	}
	return pl
}

// planClone records the plan for tpl's shape sh and slot values v (all
// checked: no attributes).
func (tpl *Object) planClone(sh *shape, v []Value) {
	if len(v) == 0 || len(v) > 255 {
		return
	}
	pl := tpl.extOf().clone
	if pl == nil {
		pl = &clonePlan{}
		tpl.ext.clone = pl
	}
	pl.sh = sh
	pl.snap = append(pl.snap[:0], v...)
	pl.objs = pl.objs[:0]
	for i, x := range v {
		if _, ok := x.(*Object); ok {
			pl.objs = append(pl.objs, uint8(i))
		}
	}
}

// sameWords: a and b (as long) hold the same interface words, so the same
// values (a vectorized compare, ≈ 2 instructions a slot).
func sameWords(a, b []Value) bool {
	const w = int(unsafe.Sizeof(Value(nil)))
	return unsafe.String((*byte)(unsafe.Pointer(&a[0])), len(a)*w) ==
		unsafe.String((*byte)(unsafe.Pointer(&b[0])), len(b)*w)
}

// cloneable: o's layout can be copied slot by slot (see CloneObject; its
// values are checked as they are copied).
func cloneable(o *baseObject) bool {
	if o.class != classObject || !o.extensible || o.protoWatched || o.values.d != nil || o.symValues != nil ||
		(o.val.ext != nil && o.val.ext.privateElements != nil) {
		return false
	}
	if o.values.sh == nil {
		return true // (empty: no dictionary, checked above)
	}
	return len(o.values.v) >= o.values.sh.nslots()
}

// DataSlot returns the slot of o's own property key (a string or a
// Symbol) when o is an object CloneObject copies and the property holds a
// plain value, -1 otherwise. A copy of o made by CloneObject has the same
// slots: SetDataSlot writes one in place of a property store (httpperf17:
// the http server's request, filled in by the parser binding).
func (o *Object) DataSlot(key Value) int {
	src, ok := o.self.(*baseObject)
	if !ok || !cloneable(src) || src.values.sh == nil {
		return -1
	}
	sh := src.values.sh
	slot := -1
	switch k := key.(type) {
	case *Symbol:
		slot = sh.findSym(k)
	case String:
		slot = sh.find(k.string())
	}
	if slot < 0 || slot >= len(src.values.v) {
		return -1
	}
	if _, ok := src.values.v[slot].(*valueProperty); ok {
		return -1
	}
	return slot
}

// SetDataSlot stores v in slot of o (a slot DataSlot gave for the object o
// was cloned from), as a plain assignment to that property would: false,
// and nothing stored, when o is not in shape mode with a plain value there.
func (o *Object) SetDataSlot(slot int, v Value) bool {
	b, ok := o.self.(*baseObject)
	if !ok || b.values.sh == nil || b.values.d != nil || slot < 0 || slot >= len(b.values.v) {
		return false
	}
	if _, ok := b.values.v[slot].(*valueProperty); ok {
		return false
	}
	b.values.v[slot] = v
	return true
}

// slotsSeen: a copy of the empty template o grew to n slots; the next copy
// gets them at once (o's own spare capacity says how many: an empty
// object's slot array holds nothing, so its capacity is free to carry it).
func (o *baseObject) slotsSeen(n int) {
	if o.values.sh != nil || o.values.d != nil || n > maxInstanceSlots || (o.cloneSized && n <= cap(o.values.v)) {
		return
	}
	// (the first time, whatever capacity o was allocated with: a literal
	// site's four for a listener map that gets one)
	o.values.v = make([]Value, 0, n)
	o.cloneSized = true
}
