package goja

// gojanet: one signal for "nothing watched has changed" (V8's validity
// cells and protectors, for the builtins' JavaScript).
//
// node's http on gojanet takes shortcuts that hold only while a script has
// changed none of the objects they assume: a prototype's method still the
// builtin one, a template's defaults as made, a module's flag unset. Each
// shortcut checked those by reading them, ≈ 40 reads a response. Instead a
// builtin watches the objects (WatchValues: each with its prototypes) and
// compares one number, the runtime's watch epoch, with the one its checks
// last passed at: any change to a watched object's properties (a write, an
// addition, a definition, a deletion) or prototype bumps the epoch, and the
// next check runs in full again.
//
// The epoch is a data property of a plain object the builtins hold
// (WatchCell), so the check is one cached own-property read and a compare in
// the interpreter, no call.
//
// How writes are seen: the generic write paths (setOwnStr, setOwnSym,
// defineOwnProperty*, _delete, deleteSym, _put, setSymValue) and
// shapeChanged (an addition, a mode change, setProto) bump for a watched
// object. The inline caches' write fast paths (ownSet, setHit, the symbol
// sites, SetDataSlot) write a slot in place only when it holds a plain
// value, so a watched object keeps every data property as a *valueProperty
// (same attributes: writable, enumerable, configurable as they were), which
// sends those writes to the generic path. Reads take a *valueProperty in
// their stride (a class's methods are ones already).

// WatchCell returns the runtime's watch cell, a plain object whose `epoch`
// is a number that changes whenever a watched object changes. Builtins read
// it; nothing else should hold it.
func (r *Runtime) WatchCell() *Object {
	if r.watchCell == nil {
		r.watchCell = r.NewObject()
		r.watchCell.self._putProp("epoch", intToValue(r.watchEpoch), true, true, true)
	}
	return r.watchCell
}

// WatchValues watches o and every object on its prototype chain: any change
// to their properties or prototypes changes the watch cell's epoch. It
// reports false, and watches nothing more, when an object of the chain is
// of a kind whose writes it cannot see (a proxy, an array, a host object):
// the caller's checks then have no epoch to rely on.
func (r *Runtime) WatchValues(o *Object) bool {
	for p := o; p != nil; p = p.self.proto() {
		bo := watchableBase(p)
		if bo == nil {
			return false
		}
		if !bo.valueWatched {
			bo.valueWatched = true
			bo.protoWatched = true // (shapeChanged asks protoWatched first)
			bo.wrapWatchedValues()
		}
	}
	return true
}

// watchableBase is the baseObject of an object whose every property change
// goes through the hooked paths: plain objects, functions and the builtin
// prototypes made from templates.
func watchableBase(o *Object) *baseObject {
	switch s := o.self.(type) {
	case *baseObject:
		return s
	case *funcObject:
		return &s.baseObject
	case *classFuncObject:
		return &s.baseObject
	case *arrowFuncObject:
		return &s.baseObject
	case *methodFuncObject:
		return &s.baseObject
	case *nativeFuncObject:
		return &s.baseObject
	case *templatedObject:
		return &s.baseObject
	case *templatedFuncObject:
		return &s.baseObject
	}
	return nil
}

// watchChanged is called when a watched object gained or redefined a
// property: the epoch moves on, and a property the change left as a plain
// value is wrapped again.
func (o *baseObject) watchChanged() {
	o.watchBump()
	o.wrapWatchedValues()
}

// watchBump moves the epoch on: a watched object's value written (its slot
// stays as it was), a property deleted, extensions prevented.
func (o *baseObject) watchBump() {
	r := o.val.runtime
	if r == nil {
		return
	}
	r.watchEpoch++
	if c := r.watchCell; c != nil {
		c.self.(*baseObject).values.set("epoch", intToValue(r.watchEpoch))
	}
}

// wrapWatchedValues gives each plain data property of o (string- or
// symbol-keyed, in a shape's slots or a dictionary) the *valueProperty form
// with the same attributes, so the caches' write fast paths leave it to
// the hooked generic path. (A template object's values are never written in
// place by those paths; a dictionary's are not either, but are wrapped in
// case it goes back to a shape.)
func (o *baseObject) wrapWatchedValues() {
	wrap := func(v Value) Value {
		if v == nil {
			return nil
		}
		if _, ok := v.(*valueProperty); ok {
			return v
		}
		return &valueProperty{value: v, writable: true, enumerable: true, configurable: true}
	}
	p := &o.values
	if p.sh != nil {
		for i, v := range p.v {
			p.v[i] = wrap(v)
		}
		return
	}
	if _, ok := o.val.self.(*templatedObject); ok {
		return
	}
	if _, ok := o.val.self.(*templatedFuncObject); ok {
		return
	}
	if p.d != nil {
		for i := range p.d.e {
			p.d.e[i].v = wrap(p.d.e[i].v)
		}
	}
	if o.symValues != nil {
		for it := o.symValues.newIter(); ; {
			e := it.next()
			if e == nil {
				break
			}
			e.value = wrap(e.value)
		}
	}
}

// Instances: a builtin's checks of an instance's methods (`req.resume ===
// ReadableResume`) hold for another instance of the same shape while no
// watched object changed, as long as none of the names is the instance's
// own and its prototype chain is watched: the shape implies the own names
// and the prototype. ShapeHolds gives the builtins two functions for that:
//
//	held(site, a, b, ...): a, b, ... have the shapes hold recorded for site
//	(a small integer of the builtin's), and the epoch has not moved since;
//	a leaf builtin (no frame: it cannot throw or run code).
//	hold(site, epoch, names, a, b, ...): after the checks passed, at epoch
//	(watchCell.epoch read before them), records the shapes for site: only
//	if the epoch is still that, every object is plain and in shape mode
//	with none of names (an array of strings) its own, and every chain could
//	be watched (WatchValues of each prototype). It says whether it did.
type shapeHold struct {
	epoch int64
	n     int
	// gojanet: six (http's resFinished holds the request, its state, the
	// response, the socket and the socket's Writable state)
	sh [6]*shape
}

const maxShapeHoldSites = 64

func (r *Runtime) ShapeHolds() (held, hold *Object) {
	held = r.markFastCall(r.newNativeFunc(r.shapesHeld, "held", 2), leafAny)
	hold = r.newNativeFunc(r.holdShapes, "hold", 4)
	return
}

func (r *Runtime) shapesHeld(call FunctionCall) Value {
	args := call.Arguments
	if len(args) < 2 {
		return valueFalse
	}
	site, ok := args[0].(valueInt)
	if !ok || site < 0 || int(site) >= len(r.shapeHolds) {
		return valueFalse
	}
	h := &r.shapeHolds[site]
	objs := args[1:]
	if h.n != len(objs) || h.epoch != r.watchEpoch {
		return valueFalse
	}
	for i, v := range objs {
		o, ok := v.(*Object)
		if !ok {
			return valueFalse
		}
		bo, ok := o.self.(*baseObject)
		if !ok || bo.values.sh == nil || bo.values.sh != h.sh[i] {
			return valueFalse
		}
	}
	return valueTrue
}

func (r *Runtime) holdShapes(call FunctionCall) Value {
	args := call.Arguments
	if len(args) < 4 || len(args)-3 > len(shapeHold{}.sh) {
		return valueFalse
	}
	site, ok := args[0].(valueInt)
	if !ok || site < 0 || site >= maxShapeHoldSites || args[1].ToInteger() != r.watchEpoch {
		return valueFalse
	}
	no, ok := args[2].(*Object)
	if !ok {
		return valueFalse
	}
	na, ok := no.self.(*arrayObject)
	if !ok {
		return valueFalse
	}
	var h shapeHold
	for i, v := range args[3:] {
		o, ok := v.(*Object)
		if !ok {
			return valueFalse
		}
		bo, ok := o.self.(*baseObject)
		if !ok || bo.values.sh == nil {
			return valueFalse
		}
		for _, nv := range na.values {
			s, ok := nv.(String)
			if !ok || bo.values.sh.find(s.string()) >= 0 {
				return valueFalse
			}
		}
		if bo.prototype != nil && !r.WatchValues(bo.prototype) {
			return valueFalse
		}
		h.sh[i] = bo.values.sh
		h.n++
	}
	if r.watchEpoch != args[1].ToInteger() {
		return valueFalse // (watching changed nothing, but to be sure)
	}
	h.epoch = r.watchEpoch
	for int(site) >= len(r.shapeHolds) {
		r.shapeHolds = append(r.shapeHolds, shapeHold{})
	}
	r.shapeHolds[site] = h
	return valueTrue
}
