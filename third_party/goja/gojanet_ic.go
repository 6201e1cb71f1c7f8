package goja

// gojanet: inline caches for named property reads, method lookups and writes
// (getProp, getPropCallee, setProp, setPropP, setPropStrict, setPropStrictP).
//
// The path: each of those instructions carries a propIC. The first execution
// on a receiver that is a plain object in shape mode (gojanet_shape.go), or
// one with no property yet (keyed on its prototype's root shape), does
// the lookup itself (icLookup) and stores what it found as an immutable
// icEntry: the receiver's shape and either the slot (own property), or how
// many prototypes up the holder is and the holder's shape and slot, or that
// no object of the chain has the name. Later executions compare the
// receiver's shape with the entry's and read the slot at once (own), or walk
// `depth` prototype pointers with no lookups in between and read the
// holder's slot. Anything else takes goja's generic path, unchanged.
//
// Why a shape check is enough: a shape is immutable and implies the object's
// own string-keyed names and its prototype (shapes start from a root per
// prototype). What it does not imply is the prototypes' own names: every
// object between the receiver and the holder (and the whole chain for a
// miss) is marked protoWatched when an entry relies on it, and a watched
// object that gains a property or changes prototype bumps protoEpoch, which
// every prototype entry records and compares. The holder itself is checked by
// its shape (a slot read) or, a dictionary or template object, by its own
// lookup. Values are never cached: a slot holds the current value (or the
// *valueProperty, whose getter or attributes apply as in the generic path).
//
// Programs are compiled once per process and shared by every runtime, on any
// goroutine: an instruction's cache is an atomic.Pointer to an immutable
// icEntries (up to icWays receiver shapes), replaced whole, so two runtimes
// running one program only share or evict each other's entries (shapes are
// per runtime: an entry made by one never matches another's objects).
// Entries hold shapes only, no object, so a cache never keeps a runtime
// alive. A site that keeps seeing new shapes (megamorphic) stops taking them
// in after icMaxFills and then costs one failed check before the generic
// path.

import (
	"sync/atomic"
	"unsafe"

	"github.com/dop251/goja/unistring"
)

// protoEpoch is bumped whenever an object that inline caches rely on as a
// prototype gains a property or changes its prototype.
var protoEpoch atomic.Uint64

func bumpProtoEpoch() {
	protoEpoch.Add(1)
}

// icWays is how many receiver shapes one site remembers (node's event
// emitter and stream code sees sockets, requests and responses at one site);
// icMaxFills is how many times a site may take in a shape it did not have
// before it is left to the generic path (refreshing a shape's entry after an
// epoch bump does not count).
const (
	icWays     = 4
	icMaxFills = 16
)

type icEntry struct {
	sh    *shape // the receiver's shape
	hsh   *shape // depth > 0: the holder's shape (nil: not in shape mode)
	epoch uint64 // depth != 0: protoEpoch when made
	slot  int    // own: the receiver's slot; depth > 0: the holder's slot

	// writes that add a property: the shape after the addition
	next *shape

	// hname: a holder that is a template object (Object.prototype,
	// Array.prototype, Function.prototype: dictionaries) held the name at
	// its dictionary's index slot, under this very key; tmplHolderProp
	// checks that it still does instead of looking the name up
	hname unistring.String

	// plainOnly: an entry for `prototype` or `length` found past the
	// receiver's own names, or an own `length`, which fastGet takes for a
	// plain object only (an ordinary function makes its `prototype` on
	// first read; an array's `length` is its own, and its shape lists it
	// with no value in the slot: ownBase)
	plainOnly bool

	// 0: own property; n: the holder is n prototypes up; -1: absent
	// (gojanet: an int32 beside plainOnly, so that an entry is 64 bytes
	// and a one-way site's icEntries 128: gcperf1)
	depth int32
}

// icEntries is a site's cache: immutable once stored, replaced whole.
// gojanet (gcperf1): the first way inline and the others apart, made only
// when a second shape arrives; most sites see one shape, and their caches
// were a serving process's largest long-lived part (344 bytes each with
// four ways inline, 96 now).
type icEntries struct {
	// own0: e0's slot + 1 when e0 is an own property's entry (depth 0),
	// -1 when it is a read's name absent from the whole chain (fastGet's
	// first check), else 0: fastGet's inlined check reads it beside e0.sh
	own0 int
	n    int32
	// sym: the symbol key the entries are for (gojanet_symic.go); nil at
	// a string-named site
	sym  *Symbol
	e0   icEntry
	more *icMore // ways 1.. (nil while n == 1)
}

// icMore is a site's ways after the first: their receiver shapes side by
// side (nil past n), so a lookup compares words instead of walking entries.
type icMore struct {
	shapes [icWays - 1]*shape
	e      [icWays - 1]icEntry
}

const _ = uint(icWays-4) + uint(4-icWays) // find compares exactly four

// find returns the entry for shape sh (not nil), nil when there is none.
func (es *icEntries) find(sh *shape) *icEntry {
	if sh == es.e0.sh {
		return &es.e0
	}
	if m := es.more; m != nil {
		switch sh {
		case m.shapes[0]:
			return &m.e[0]
		case m.shapes[1]:
			return &m.e[1]
		case m.shapes[2]:
			return &m.e[2]
		}
	}
	return nil
}

// entry is way i's entry (i < n).
func (es *icEntries) entry(i int) *icEntry {
	if i == 0 {
		return &es.e0
	}
	return &es.more.e[i-1]
}

// newICEntries makes the icEntries of the n entries e (n >= 1) for key sym.
func newICEntries(sym *Symbol, e *[icWays]icEntry, n int) *icEntries {
	es := &icEntries{n: int32(n), sym: sym, e0: e[0]}
	if n > 1 {
		es.more = new(icMore)
		for i := 1; i < n; i++ {
			es.more.e[i-1] = e[i]
			es.more.shapes[i-1] = e[i].sh
		}
	}
	if e[0].next == nil && sym == nil {
		switch {
		case e[0].depth == 0:
			es.own0 = e[0].slot + 1
		case e[0].depth < 0:
			es.own0 = -1
		}
	}
	return es
}

type propIC struct {
	p     atomic.Pointer[icEntries]
	fills atomic.Int32
}

// lookup returns the entry for shape sh, nil when there is none.
func (c *propIC) lookup(sh *shape) *icEntry {
	if es := c.p.Load(); es != nil && sh != nil {
		return es.find(sh)
	}
	return nil
}

// exhausted reports whether the site has stopped taking in new shapes.
func (c *propIC) exhausted() bool {
	return c.fills.Load() >= icMaxFills
}

func (c *propIC) store(e icEntry) {
	c.storeFor(nil, e)
}

// storeFor stores e in entries for key sym (nil: a named site's); the
// caller has made sure the stored entries are for sym.
func (c *propIC) storeFor(sym *Symbol, e icEntry) {
	var all [icWays]icEntry
	n := 0
	old := c.p.Load()
	if old != nil {
		n = int(old.n)
		for i := 0; i < n; i++ {
			all[i] = *old.entry(i)
		}
	}
	if old != nil && old.sym == sym {
		// gojanet: the same entry again (a slow path that found what the
		// site holds, e.g. a check the hit path leaves to it): no new copy
		for i := 0; i < n; i++ {
			if all[i] == e {
				return
			}
		}
	}
	for i := 0; i < n; i++ {
		if all[i].sh == e.sh {
			all[i] = e
			c.p.Store(newICEntries(sym, &all, n))
			return
		}
	}
	if c.fills.Load() >= icMaxFills {
		return
	}
	c.fills.Add(1)
	// the newest entry goes first, the oldest out when all ways are taken:
	// fastGet's inlined check looks at the first way only, and entries
	// left by a runtime that is gone (a program is shared by every runtime
	// of the process) move back instead of shadowing the live one's
	if n < icWays {
		n++
	}
	copy(all[1:n], all[:n-1])
	all[0] = e
	c.p.Store(newICEntries(sym, &all, n))
}

// readReceiver returns the baseObject through which a read of name from o
// may use the cache: ownBase's, in shape mode. Writes stay with plain
// objects (arrays and functions have their own setters).
func readReceiver(o *Object, name unistring.String) *baseObject {
	bo, ok := o.self.(*baseObject)
	if !ok {
		bo = ownBase(o, name)
	}
	if bo == nil || bo.icShape() == nil {
		return nil
	}
	return bo
}

// icShape is the shape inline caches key o on: its shape, or for an object
// with no string-keyed property yet (objProps' zero value) the root shape
// it would start from, which says as much (no own names, its prototype).
// nil: a dictionary.
func (o *baseObject) icShape() *shape {
	if sh := o.values.sh; sh != nil {
		return sh
	}
	return o.emptyShape()
}

// emptyRoot is the root shape an empty o (no shape yet) would start from,
// nil when it has none yet or o is not an empty shape-mode object. A
// null-prototype object's root is the runtime's (gojanet: such objects,
// `{ __proto__: null }` maps, hit the caches as others do).
func (o *baseObject) emptyRoot() *shape {
	if o.values.d != nil || len(o.names()) != 0 {
		return nil
	}
	if p := o.prototype; p != nil {
		return p.childShape
	}
	if o.val == nil || o.val.runtime == nil {
		return nil
	}
	return o.val.runtime.rootShape
}

// kept out of line so that icShape inlines
//
//go:noinline
func (o *baseObject) emptyShape() *shape {
	if o.values.d == nil && len(o.names()) == 0 && o.val != nil && o.val.runtime != nil {
		return o.rootShape()
	}
	return nil
}

// ownBase returns the baseObject whose own lookup of name is o's: a plain
// object's, and the embedded one of an array, a function, a Map, a Set, a
// RegExp or RegExp.prototype when their own lookup of name is baseObject's
// (not an array's `length` or index, not an ordinary function's `prototype`
// before it is made). nil for every other kind of object.
func ownBase(o *Object, name unistring.String) *baseObject {
	switch s := o.self.(type) {
	case *baseObject:
		return s
	case *arrayObject:
		if name == "length" || strToArrayIdx(name) != maxUint32Idx {
			return nil
		}
		return &s.baseObject
	case *funcObject:
		// `prototype` is made on its first read (funcObject._addProto):
		// until then the shape lacks it and the generic path makes it; once
		// made, it is an own data property like any other
		if name == "prototype" && (s.values.sh == nil || s.values.sh.find(name) < 0) {
			return nil
		}
		return &s.baseObject
	case *methodFuncObject:
		return &s.baseObject
	case *arrowFuncObject:
		return &s.baseObject
	case *classFuncObject:
		return &s.baseObject
	case *nativeFuncObject:
		return &s.baseObject
	case *mapObject:
		return &s.baseObject
	case *setObject:
		return &s.baseObject
	case *regexpObject:
		return &s.baseObject
	case *guardedObject: // RegExp.prototype: its writes are watched, its reads plain
		return &s.baseObject
	case *typedArrayObject:
		// a Buffer's `length`, `byteLength`: getters on its prototypes
		// (a numeric name is an element, or no property at all)
		if numericName(name) {
			return nil
		}
		return &s.baseObject
	}
	return nil
}

// numericName: a canonical numeric string, which a typed array answers
// itself (an element or nothing) instead of its baseObject. Inline caches
// keep no entry for such a name (an entry made from a plain object would
// hold for a typed array of the same shape).
func numericName(name unistring.String) bool {
	idx, ok := strToIntNum(name)
	return ok || idx == 0
}

// get is the read entry e stands for, from bo (of e's shape).
func (e *icEntry) get(bo *baseObject, name unistring.String, receiver Value) (Value, bool) {
	var prop Value
	switch {
	case e.depth == 0:
		prop = bo.values.v[e.slot]
	case e.epoch != protoEpoch.Load():
		return nil, false
	case e.depth < 0:
		return nil, true // absent, as getStr says it
	default:
		h := bo.prototype
		for i := int32(1); i < e.depth; i++ {
			if hb, ok := h.self.(*baseObject); ok {
				h = hb.prototype
			} else {
				h = h.self.proto()
			}
		}
		hb, ok := h.self.(*baseObject)
		if !ok && e.hsh != nil {
			hb = ownBase(h, name) // a function or a RegExp.prototype holder
		}
		if hb != nil && e.hsh != nil && hb.values.sh == e.hsh {
			prop = hb.values.v[e.slot]
		} else if p := tmplHolderProp(h, e); p != nil {
			prop = p
		} else {
			prop = h.self.getOwnPropStr(name)
		}
	}
	if prop == nil {
		return nil, false
	}
	if p, ok := prop.(*valueProperty); ok {
		if p.getterFunc != nil {
			if v := typedArrayGet(receiver, p.getterFunc); v != nil {
				return v, true
			}
		}
		return p.get(receiver), true
	}
	return prop, true
}

// fill looks name up from bo (in shape mode) the way baseObject.getStr does
// and, when every object on the way is one whose lookups the entry can
// stand for, stores an entry. It returns the property as getOwnPropStr
// would (nil: absent everywhere) and ok false when it could not look it up
// (the caller takes the generic path).
func (c *propIC) fill(bo *baseObject, name unistring.String) (Value, bool) {
	prop, e, ok := fillEntry(bo, name)
	if ok && e.sh != nil && !numericName(name) {
		c.store(e)
	}
	return prop, ok
}

// fillEntry is fill's lookup: the entry (sh nil: none to store) besides
// the property.
func fillEntry(bo *baseObject, name unistring.String) (Value, icEntry, bool) {
	sh := bo.icShape()
	if i := sh.find(name); i >= 0 {
		v := bo.values.v[i]
		if v == nil {
			// present with no value (from Go): the generic path decides
			return nil, icEntry{}, false
		}
		// (an array's shape lists `length` too, with no value of its own
		// in the slot)
		return v, icEntry{sh: sh, slot: i, plainOnly: name == "length"}, true
	}
	epoch := protoEpoch.Load()
	depth := 0
	for p := bo.prototype; p != nil; {
		depth++
		var prop Value
		var next *Object
		var hsh *shape
		slot := -1
		if pb := ownBase(p, name); pb != nil {
			var exists bool
			if pb.values.sh != nil {
				if slot = pb.values.sh.find(name); slot >= 0 {
					prop, hsh, exists = pb.values.v[slot], pb.values.sh, true
				}
			} else {
				prop, exists = pb.values.get(name)
			}
			if exists && prop == nil {
				return nil, icEntry{}, false
			}
			next = pb.prototype
		} else {
			switch pb := p.self.(type) {
			case *templatedObject:
				prop = pb.getOwnPropStr(name)
				next = pb.proto()
			case *templatedArrayObject: // Array.prototype
				prop = pb.getOwnPropStr(name)
				next = pb.proto()
			case *templatedFuncObject: // Function.prototype, Object, ...
				prop = pb.getOwnPropStr(name)
				next = pb.proto()
			default:
				return nil, icEntry{}, false
			}
		}
		if prop != nil {
			e := icEntry{sh: sh, slot: slot, depth: int32(depth), hsh: hsh, epoch: epoch, plainOnly: isLazyOwnName(name)}
			if hsh == nil {
				e.slot, e.hname = tmplSlot(p, name)
			}
			return prop, e, true
		}
		watch(p)
		p = next
	}
	return nil, icEntry{sh: sh, depth: -1, epoch: epoch, plainOnly: isLazyOwnName(name)}, true
}

// isLazyOwnName: names some kinds of object have as own properties that
// their shape does not list (see icEntry.plainOnly)
func isLazyOwnName(name unistring.String) bool {
	return name == "prototype" || name == "length"
}

func watch(p *Object) {
	if pb := ownBase(p, ""); pb != nil {
		pb.protoWatched = true
		return
	}
	switch pb := p.self.(type) {
	case *templatedObject:
		pb.protoWatched = true
	case *templatedArrayObject:
		pb.protoWatched = true
	case *templatedFuncObject:
		pb.protoWatched = true
	}
}

// getStr is obj.self.getStr(name, receiver) through the cache.
func (c *propIC) getStr(obj *Object, name unistring.String, receiver Value) Value {
	bo := readReceiver(obj, name)
	if bo == nil {
		if d, ok := obj.self.(*dynamicObject); ok {
			return c.dynamicGet(d, name, receiver)
		}
		return obj.self.getStr(name, receiver)
	}
	e := c.lookup(bo.icShape())
	if e != nil {
		if v, ok := e.get(bo, name, receiver); ok {
			return v
		}
	}
	if e == nil && c.exhausted() {
		// (an entry of the shape that no longer holds, after an epoch
		// bump, is refreshed in its way even so: fill replaces it)
		return megaGet(obj, bo, name, receiver)
	}
	prop, ok := c.fill(bo, name)
	if !ok {
		return obj.self.getStr(name, receiver)
	}
	if p, ok := prop.(*valueProperty); ok {
		return p.get(receiver)
	}
	return prop
}

// dynamicGet is d.getStr(name, receiver) with the prototype's part through
// the cache (engineperf40): a host object (a DynamicObject: the http
// parser, a socket's handle) answers its own names in Go, and its methods
// come from its prototype, a plain object (`parser._p.executeHeld(...)`
// looked the name up in the prototype's properties on every read). The
// site's entries are the prototype's shape's, valid for any object of
// that shape; a getter there gets the host object as `this`, as before.
func (c *propIC) dynamicGet(d *dynamicObject, name unistring.String, receiver Value) Value {
	if v := d.d.Get(name.String()); v != nil {
		return v
	}
	proto := d.prototype
	if proto == nil {
		return nil
	}
	if receiver == nil {
		receiver = d.val
	}
	return c.getStr(proto, name, receiver)
}

// Writes (setProp, setPropP, setPropStrict, setPropStrictP) are
// obj.self.setOwnStr(name, val, throw) through the cache: an own writable
// data property is written in its slot; an addition whose prototype chain
// has nothing under the name (no setter, no read-only property) moves the
// object to the cached next shape. The instructions ask ownSet (inlined),
// then setHit, then setOwnStrSlow.

// setHit is the write that the entry of o's shape stands for, done: o a
// plain object (shape mode or empty); false: no entry, or it does not hold
// (setOwnStrSlow decides). Few arguments and no call on the way: an
// addition appends to the slots in place when they have room.
//
//go:nosplit
func (c *propIC) setHit(o *Object, val Value) bool {
	bo, ok := o.self.(*baseObject)
	es := c.p.Load()
	if !ok || es == nil {
		return false
	}
	sh := bo.values.sh
	if sh == nil {
		// empty: its root shape (icShape)
		if sh = bo.emptyRoot(); sh == nil {
			return false
		}
	}
	e := es.find(sh)
	if e == nil {
		return false
	}
	switch {
	case e.depth == 0:
		p := &bo.values.v[e.slot]
		if _, isProp := (*p).(*valueProperty); !isProp && *p != nil {
			*p = val
			return true
		}
		return false
	case e.epoch != protoEpoch.Load():
		return false
	case e.depth > 0:
		// a prototype has the name: a setter to call, or a writable data
		// property the receiver shadows
		h := bo.prototype
		for d := int32(1); d < e.depth; d++ {
			hb, ok := h.self.(*baseObject)
			if !ok {
				return false
			}
			h = hb.prototype
		}
		hb, ok := h.self.(*baseObject)
		if !ok || hb.values.sh != e.hsh {
			return false
		}
		prop := hb.values.v[e.slot]
		vp, isProp := prop.(*valueProperty)
		if e.next == nil {
			if isProp && vp.accessor && vp.setterFunc != nil {
				vp.set(bo.val, val)
				return true
			}
			return false
		}
		if isProp && (vp.accessor || !vp.writable) || prop == nil {
			return false
		}
	}
	// an addition (depth < 0: no object of the chain has the name; such
	// entries are stored with next)
	next := e.next
	p := &bo.values
	n := len(p.v)
	if next == nil || !bo.extensible || n != e.sh.nslots() {
		return false
	}
	if f := next.first; n == cap(p.v) || f != nil && n >= int(f.slots) {
		bo.appendSlot(next, val) // growth, slack tracking
		return true
	}
	p.v = p.v[:n+1]
	p.v[n] = val
	p.sh = next
	bo.shapeChanged()
	return true
}

// appendHit adds the property of an addition's entry e to bo (of shape
// e.sh) when bo may have it: extensible, and its slots those of e.sh.
//
//go:nosplit
func (o *baseObject) appendHit(e *icEntry, val Value) bool {
	if !o.extensible || len(o.values.v) != e.sh.nslots() {
		return false
	}
	o.appendSlot(e.next, val)
	return true
}

// setOwnStrSlow is setOwnStr when setHit had no answer: the entry's own
// checks again (for an empty receiver of another kind) and the lookup that
// fills an entry.
func (c *propIC) setOwnStrSlow(obj *Object, name unistring.String, val Value, throw bool) {
	bo, ok := obj.self.(*baseObject)
	if !ok {
		if d, isDyn := obj.self.(*dynamicObject); isDyn {
			c.dynamicSet(d, name, val, throw)
			return
		}
	}
	var sh *shape
	if ok {
		sh = bo.icShape()
	}
	if sh == nil {
		obj.self.setOwnStr(name, val, throw)
		return
	}
	if c.lookup(sh) != nil && c.setHit(obj, val) {
		return
	}
	if c.exhausted() {
		bo.setOwnStr(name, val, throw)
		return
	}
	if i := sh.find(name); i >= 0 {
		if _, isProp := bo.values.v[i].(*valueProperty); !isProp && bo.values.v[i] != nil {
			c.store(icEntry{sh: sh, slot: i})
			bo.values.v[i] = val
			return
		}
		bo.setOwnStr(name, val, throw)
		return
	}
	// Not an own property: cacheable when the chain, up to the first
	// object that has the name (the holder, depth hdepth; none: -1), is
	// plain and templated objects, and the holder is a plain object in
	// shape mode whose property is a setter (called with the receiver) or
	// a writable data property (the receiver gets its own, as when the
	// chain lacks the name).
	epoch := protoEpoch.Load()
	cacheable := isShapeName(name)
	depth, hdepth, slot := 0, -1, -1
	var hsh *shape
	var hprop Value
	for p := bo.prototype; p != nil && cacheable; {
		depth++
		switch pb := p.self.(type) {
		case *baseObject:
			if pb.values.sh != nil {
				if i := pb.values.sh.find(name); i >= 0 {
					hdepth, hsh, slot, hprop = depth, pb.values.sh, i, pb.values.v[i]
					p = nil
					continue
				}
			} else if pb.values.has(name) {
				cacheable = false
			}
			p = pb.prototype
		case *templatedObject:
			if pb.getOwnPropStr(name) != nil {
				cacheable = false
			}
			p = pb.proto()
		default:
			cacheable = false
		}
	}
	setter := false
	if cacheable && hdepth > 0 {
		if vp, ok := hprop.(*valueProperty); ok {
			if vp.accessor {
				setter = vp.setterFunc != nil
				cacheable = setter
			} else {
				cacheable = vp.writable
			}
		} else if hprop == nil {
			cacheable = false // present with no value (from Go)
		}
	}
	if cacheable && !setter && !bo.extensible {
		cacheable = false
	}
	bo.setOwnStr(name, val, throw)
	if !cacheable {
		return
	}
	if setter {
		watchChain(bo.prototype, hdepth)
		c.store(icEntry{sh: sh, slot: slot, depth: int32(hdepth), hsh: hsh, epoch: epoch})
		return
	}
	if bo.values.sh != nil && bo.values.sh != sh && len(bo.values.sh.names) == len(sh.names)+1 {
		watchChain(bo.prototype, hdepth)
		c.store(icEntry{sh: sh, slot: slot, depth: int32(hdepth), hsh: hsh, epoch: epoch, next: bo.values.sh})
	}
}

// dynamicSet is d.setOwnStr(name, val, throw) with the prototype chain's
// part through the cache (connperf7): a host object (a socket's handle)
// that lacks the name asks its chain for a setter or a read-only property
// first, a walk of ≈ 600 machine instructions on every first write of a
// field (owner, onread, reading: three a connection). The chain's answer
// is the one an empty plain object with the same prototype gets, so it is
// kept as that object's entry (keyed on the prototype's root shape, the
// chain watched): a write with such an entry of the current epoch goes to
// the host object at once.
func (c *propIC) dynamicSet(d *dynamicObject, name unistring.String, val Value, throw bool) {
	prop := name.String()
	proto := d.prototype
	if proto == nil || d.d.Has(prop) {
		d._set(prop, val, throw)
		return
	}
	root := proto.childShape
	if e := c.lookup(root); e != nil && e.depth < 0 && e.next != nil && e.epoch == protoEpoch.Load() {
		d._set(prop, val, throw)
		return
	}
	// cacheable when no object of the chain has the name and each is plain
	// or templated (as setOwnStrSlow's walk for a plain receiver)
	epoch := protoEpoch.Load()
	cacheable := isShapeName(name) && !c.exhausted()
	for p := proto; p != nil && cacheable; {
		switch pb := p.self.(type) {
		case *baseObject:
			if pb.values.sh != nil {
				cacheable = pb.values.sh.find(name) < 0
			} else {
				cacheable = !pb.values.has(name)
			}
			p = pb.prototype
		case *templatedObject:
			cacheable = pb.getOwnPropStr(name) == nil
			p = pb.proto()
		default:
			cacheable = false
		}
	}
	d.setOwnStr(name, val, throw)
	if !cacheable {
		return
	}
	if root == nil {
		root = &shape{}
		proto.childShape = root
	}
	watchChain(proto, -1)
	c.store(icEntry{sh: root, slot: -1, depth: -1, epoch: epoch, next: root.child(name)})
}

// putHit is an object literal's `name: value` (putProp) through the cache:
// a literal of a cached shape, which lacks the name, moves to the entry's
// next shape with the value in the new slot (an own data property, with no
// prototype involved, as _putProp defines it). false: putFill.
//
//go:nosplit
func (c *propIC) putHit(o *Object, val Value) bool {
	es := c.p.Load()
	bo, ok := o.self.(*baseObject)
	if es == nil || !ok {
		return false
	}
	sh := bo.values.sh
	if sh == nil {
		if sh = bo.emptyRoot(); sh == nil {
			return false // (icShape would make it)
		}
	}
	if e := es.find(sh); e != nil {
		return bo.appendHit(e, val)
	}
	return false
}

// putFill is putProp's own work, o._putProp(name, val) as a plain data
// property, and stores the transition when it was an addition to a plain
// object in shape mode (or empty).
func (c *propIC) putFill(o *Object, name unistring.String, val Value) {
	bo, ok := o.self.(*baseObject)
	var sh *shape
	if ok && !c.exhausted() {
		if sh = bo.icShape(); sh != nil && sh.find(name) >= 0 {
			sh = nil // already there (`{a: 1, a: 2}`): a write, not cached
		}
	}
	o.self._putProp(name, val, true, true, true)
	if sh != nil {
		if next := bo.values.sh; next != nil && next != sh && len(next.names) == len(sh.names)+1 && next.nslots() == sh.nslots()+1 {
			c.store(icEntry{sh: sh, depth: -1, next: next})
		}
	}
}

// watchChain watches the prototypes from p up to (not including) the
// holder at depth hdepth, all of them when hdepth < 0.
func watchChain(p *Object, hdepth int) {
	for d := 1; p != nil && (hdepth < 0 || d < hdepth); d++ {
		watch(p)
		p = p.self.proto()
	}
}

// Kinds of receiver embeddedBase reports: whose entries marked plainOnly
// (icEntry) fastGet may not take.
const (
	embPlain = iota // every entry holds
	embFunc         // an ordinary function: not past its own names (its `prototype` is made lazily)
	embArray        // an array: none (its own `length` slot is not kept current)
)

// embeddedBase is fastGet's receiver (or holder) for an object other than
// a plain one: the embedded baseObject of a function, a Map, a Set, a
// RegExp, RegExp.prototype or an array (their reads of shape names are
// baseObject's: ownBase), and which kind of receiver it is for plainOnly
// entries (nil: no such object).
//
//go:noinline
//go:nosplit
func embeddedBase(o *Object) (bo *baseObject, kind uint8) {
	// (a type switch: measured cheaper than assertions one by one, most
	// receivers that reach here being none of these)
	switch s := o.self.(type) {
	case *funcObject:
		return &s.baseObject, embFunc
	case *arrayObject:
		return &s.baseObject, embArray
	case *methodFuncObject:
		return &s.baseObject, embPlain
	case *arrowFuncObject:
		return &s.baseObject, embPlain
	case *classFuncObject:
		return &s.baseObject, embPlain
	case *nativeFuncObject:
		return &s.baseObject, embPlain
	case *mapObject:
		return &s.baseObject, embPlain
	case *setObject:
		return &s.baseObject, embPlain
	case *regexpObject:
		return &s.baseObject, embPlain
	case *guardedObject:
		return &s.baseObject, embPlain
	case *typedArrayObject: // (no entry is kept for a numeric name: ownBase)
		return &s.baseObject, embPlain
	}
	return nil, embPlain
}

// fastGet is the cache's answer for a receiver in shape mode (a plain
// object, or one embeddedBase takes) whose entry names a data property,
// own or on a chain of plain objects ending at a plain or built-in holder,
// or a name absent from the whole chain (undefined): what get would
// return, without readReceiver's type switch, the receiver argument and
// the accessor paths. nil means no such answer (another kind of receiver,
// no entry, a getter, a holder that is not in the entry's shape or slot, a
// changed epoch): the caller then takes getStr, which decides as before.
//
// The read instructions ask ownHit first (inlined into them) and call
// fastGet when it has no answer: mostly a prototype's property (a method).
//
//go:nosplit
func (c *propIC) fastGet(o *Object) Value {
	if countOn {
		countFast(c, o)
	}
	es := c.p.Load()
	if es == nil {
		return nil // a site that caches nothing (an array's `length`)
	}
	bo, ok := o.self.(*baseObject)
	if ok && es.own0 < 0 && bo.values.sh == es.e0.sh && es.e0.epoch == protoEpoch.Load() {
		// gojanet (engineperf39): the first way's name is absent from a
		// plain receiver's whole chain (`opts.x === undefined`, 40 reads
		// an Express request): no find, kind or depth checks
		return _undefined
	}
	kind := uint8(embPlain)
	if !ok {
		if bo, kind = embeddedBase(o); bo == nil {
			return nil
		}
	}
	sh := bo.values.sh
	if sh == nil {
		// an empty receiver (a new Map, an object made by Object.create):
		// the root shape it would start from (icShape), if made
		if sh = bo.emptyRoot(); sh == nil {
			return nil
		}
	}
	e := es.find(sh)
	if e == nil {
		return nil
	}
	if kind != embPlain && e.plainOnly && (kind == embArray || e.depth != 0) {
		return nil
	}
	var prop Value
	switch {
	case e.depth == 1:
		// the receiver's shape implies its prototype, the holder's shape
		// (or its dictionary slot's name) that it still has the name: no
		// object in between for the epoch to watch
		h := bo.prototype
		if e.hsh == nil {
			if prop = tmplHolderProp(h, e); prop == nil {
				return nil
			}
			break
		}
		// (a function or RegExp.prototype holder: embeddedBase's
		// baseObject, as ownBase's when the entry was made)
		hb, ok := h.self.(*baseObject)
		if !ok {
			if hb, _ = embeddedBase(h); hb == nil {
				return nil
			}
		}
		if hb.values.sh != e.hsh {
			return nil
		}
		prop = hb.values.v[e.slot]
	case e.depth == 0:
		prop = bo.values.v[e.slot]
	case e.epoch != protoEpoch.Load():
		return nil
	case e.depth > 0:
		h := bo.prototype
		for d := int32(1); d < e.depth; d++ {
			hb, ok := h.self.(*baseObject)
			if !ok {
				return nil
			}
			h = hb.prototype
		}
		if e.hsh == nil {
			// a built-in prototype: its dictionary's slot
			if prop = tmplHolderProp(h, e); prop == nil {
				return nil
			}
			break
		}
		hb, ok := h.self.(*baseObject)
		if !ok {
			if hb, _ = embeddedBase(h); hb == nil {
				return nil
			}
		}
		if hb.values.sh != e.hsh {
			return nil
		}
		prop = hb.values.v[e.slot]
	default:
		return _undefined // absent from the whole chain
	}
	if p, isProp := prop.(*valueProperty); isProp {
		// a class's methods are non-enumerable: data properties with
		// attributes; what valueProperty.get returns without a getter
		if p.getterFunc != nil {
			return nil
		}
		if p.value != nil {
			return p.value
		}
		return _undefined
	}
	return prop
}

// typedArrayGet is what getter g returns for receiver v, a typed array,
// when g is %TypedArray%.prototype's length or byteLength getter as made (a
// native function that cannot throw for such a receiver: a Buffer's
// `length` without a call); nil for any other getter or receiver.
func typedArrayGet(v Value, g *Object) Value {
	o, ok := v.(*Object)
	if !ok || o.runtime == nil {
		return nil
	}
	ta, ok := o.self.(*typedArrayObject)
	r := o.runtime
	if !ok {
		return nil
	}
	var n int
	switch g {
	case r.global.typedArrayLengthGetter:
		n = ta.length
	case r.global.typedArrayByteLengthGetter:
		n = ta.length * ta.elemSize
	default:
		return nil
	}
	if ta.viewedArrayBuf.data == nil { // detached, as the getters answer
		return _positiveZero
	}
	return r.vm.boxes.int(int64(n))
}

// ownHit is fastGet's answer when the first way is an own data property of
// o's shape, nil otherwise (ask fastGet): small enough to be inlined into
// the read instructions, for the commonest read (an own property at a
// site that sees one shape).
func (c *propIC) ownHit(o *Object) Value {
	if bo, ok := o.self.(*baseObject); ok {
		if es := c.p.Load(); es != nil && es.own0 > 0 && es.e0.sh == bo.values.sh {
			v := bo.values.v[es.own0-1]
			if _, isProp := v.(*valueProperty); !isProp {
				return v // (nil, a slot with no value: no answer either)
			}
		}
	}
	return nil
}

// ownSet is setOwnStr's write of an own data property when the first way
// is its entry (a plain value in the slot: writable, no setter), inlined
// into the write instructions; false: call setOwnStr.
func (c *propIC) ownSet(o *Object, val Value) bool {
	if bo, ok := o.self.(*baseObject); ok {
		if es := c.p.Load(); es != nil && es.own0 > 0 && es.e0.sh == bo.values.sh {
			p := &bo.values.v[es.own0-1]
			if _, isProp := (*p).(*valueProperty); !isProp && *p != nil {
				*p = val
				return true
			}
		}
	}
	return false
}

// tmplDict returns the dictionary of a template object's own properties
// (those made so far), nil for another kind of object.
func tmplDict(o *Object) *propValues {
	// assertions one by one (an itab compare each), not a type switch
	self := o.self
	if t, ok := self.(*templatedObject); ok {
		return t.values.d
	}
	if t, ok := self.(*templatedFuncObject); ok {
		return t.values.d
	}
	if t, ok := self.(*templatedArrayObject); ok {
		return t.values.d
	}
	return nil
}

// tmplSlot is the index of name in template object o's dictionary and
// the key stored there, for an entry (-1, "": none).
func tmplSlot(o *Object, name unistring.String) (int, unistring.String) {
	if d := tmplDict(o); d != nil {
		if i := d.find(name); i >= 0 && len(name) > 0 {
			return i, d.e[i].name
		}
	}
	return -1, ""
}

// tmplHolderProp is the property entry e's template holder h has at the
// entry's slot when that is still the entry's name (a property deleted or
// the dictionary grown into a map moves or drops it); nil: look it up.
func tmplHolderProp(h *Object, e *icEntry) Value {
	if e.hname == "" {
		return nil
	}
	// the very key stored (its bytes' address and length) is still at the
	// slot: it holds the name's property. Another key moved in by a
	// delete, or an equal name stored from another string, is no answer
	// (the lookup decides)
	if d := tmplDict(h); d != nil && e.slot < len(d.e) {
		if k := d.e[e.slot].name; len(k) == len(e.hname) && unsafe.StringData(string(k)) == unsafe.StringData(string(e.hname)) {
			return d.e[e.slot].v
		}
	}
	return nil
}

// The megamorphic table: a read site that has stopped taking in shapes
// (node's EventEmitter code reads `_events` from sockets, servers, requests,
// responses, parsers...) looks its receiver's shape and name up in a small
// table per runtime, filled as a site's entries are, instead of the generic
// lookup (a shape's name index, a prototype walk) every time. V8 has the
// same fallback (its megamorphic stub cache). gojanet (engineperf39): two
// ways a set, the newest first: Express's `headers[name]` and
// `req.params` reads took one direct-mapped slot in turn, each refilling it
// (a chain walk, ≈ 800 machine instructions) on every request.
const megaSlots = 256

type megaEntry struct {
	name unistring.String
	e    icEntry
}

type megaTable [megaSlots]megaEntry

// megaIndex is the first slot of (sh, name)'s set; the set's other way is
// the next slot.
func megaIndex(sh *shape, name unistring.String) uintptr {
	h := uintptr(unsafe.Pointer(sh))>>4 ^ uintptr(len(name))*0x9e37
	if len(name) > 0 {
		h ^= uintptr(name[0])<<3 ^ uintptr(name[len(name)-1])<<7
	}
	return (h ^ h>>8) & (megaSlots - 2)
}

// megaGet is obj.self.getStr(name, receiver) for bo (obj's, in shape mode)
// through the runtime's table.
func megaGet(obj *Object, bo *baseObject, name unistring.String, receiver Value) Value {
	r := obj.runtime
	sh := bo.icShape()
	if r == nil || sh == nil {
		return obj.self.getStr(name, receiver)
	}
	if r.megaIC == nil {
		r.megaIC = new(megaTable)
	}
	i := megaIndex(sh, name)
	m := &r.megaIC[i]
	if m.e.sh == sh && m.name == name {
		if v, ok := m.e.get(bo, name, receiver); ok {
			return v
		}
	} else if m1 := &r.megaIC[i+1]; m1.e.sh == sh && m1.name == name {
		if v, ok := m1.e.get(bo, name, receiver); ok {
			return v
		}
		m = m1 // refilled in place
	} else {
		// a new (shape, name): the set's first way moves to the second
		*m1 = *m
	}
	prop, e, ok := fillEntry(bo, name)
	if !ok {
		return obj.self.getStr(name, receiver)
	}
	if e.sh != nil {
		*m = megaEntry{name: name, e: e}
	}
	if p, ok := prop.(*valueProperty); ok {
		return p.get(receiver)
	}
	return prop
}
