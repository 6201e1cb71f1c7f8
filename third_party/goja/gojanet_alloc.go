package goja

// gojanet: objects allocated with their property slots (engineperf18).

import (
	"sync/atomic"
	"unsafe"

	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/unistring"
)

// An ordinary object with its first property slots in the same allocation
// (Object, baseObject and the slots live and die together): one malloc
// instead of two for an object that gets properties. The sizes follow Go's
// size classes: the object alone is 128 bytes (a class of its own), and
// each slot 16, so with 2 slots 160, 3 176, 4 192, 5 208, 6 224, 8 256,
// 10 288, 12 320, 14 352, 16 384, 18 416, 20 448, 22 480, 28 576, 32 640,
// 36 704, each the most slots its class holds (allocperf1: the header was
// 184 bytes, and 13 or 18 slots took the class of 16 or 20; gcperf3: 160
// before the names moved to the shape or dictionary). An object that
// outgrows them appends into a new array as before (the inline ones stay
// unused).
type baseObjectSlots2 struct {
	baseObjectAlloc
	s [2]Value
}

type baseObjectSlots3 struct {
	baseObjectAlloc
	s [3]Value
}

type baseObjectSlots4 struct {
	baseObjectAlloc
	s [4]Value
}

type baseObjectSlots5 struct {
	baseObjectAlloc
	s [5]Value
}

type baseObjectSlots6 struct {
	baseObjectAlloc
	s [6]Value
}

type baseObjectSlots8 struct {
	baseObjectAlloc
	s [8]Value
}

type baseObjectSlots10 struct {
	baseObjectAlloc
	s [10]Value
}

type baseObjectSlots12 struct {
	baseObjectAlloc
	s [12]Value
}

type baseObjectSlots14 struct {
	baseObjectAlloc
	s [14]Value
}

type baseObjectSlots16 struct {
	baseObjectAlloc
	s [16]Value
}

type baseObjectSlots18 struct {
	baseObjectAlloc
	s [18]Value
}

type baseObjectSlots20 struct {
	baseObjectAlloc
	s [20]Value
}

type baseObjectSlots22 struct {
	baseObjectAlloc
	s [22]Value
}

type baseObjectSlots28 struct {
	baseObjectAlloc
	s [28]Value
}

type baseObjectSlots32 struct {
	baseObjectAlloc
	s [32]Value
}

type baseObjectSlots36 struct {
	baseObjectAlloc
	s [36]Value
}

// newObjectSlots returns a plain object (class Object) with prototype proto
// and room for at least n property slots, in one allocation up to 34 slots.
func (r *Runtime) newObjectSlots(proto *Object, n int) *baseObject {
	var m *baseObjectAlloc
	var s []Value
	switch {
	case n <= 0:
		return r.newBaseObject(proto, classObject)
	case n <= 2:
		a := &baseObjectSlots2{}
		m, s = &a.baseObjectAlloc, a.s[:0:2]
	case n <= 3:
		a := &baseObjectSlots3{}
		m, s = &a.baseObjectAlloc, a.s[:0:3]
	case n <= 4:
		a := &baseObjectSlots4{}
		m, s = &a.baseObjectAlloc, a.s[:0:4]
	case n <= 5:
		a := &baseObjectSlots5{}
		m, s = &a.baseObjectAlloc, a.s[:0:5]
	case n <= 6:
		a := &baseObjectSlots6{}
		m, s = &a.baseObjectAlloc, a.s[:0:6]
	case n <= 8:
		a := &baseObjectSlots8{}
		m, s = &a.baseObjectAlloc, a.s[:0:8]
	case n <= 10:
		a := &baseObjectSlots10{}
		m, s = &a.baseObjectAlloc, a.s[:0:10]
	case n <= 12:
		a := &baseObjectSlots12{}
		m, s = &a.baseObjectAlloc, a.s[:0:12]
	case n <= 14:
		a := &baseObjectSlots14{}
		m, s = &a.baseObjectAlloc, a.s[:0:14]
	case n <= 16:
		a := &baseObjectSlots16{}
		m, s = &a.baseObjectAlloc, a.s[:0:16]
	case n <= 18:
		a := &baseObjectSlots18{}
		m, s = &a.baseObjectAlloc, a.s[:0:18]
	case n <= 20:
		a := &baseObjectSlots20{}
		m, s = &a.baseObjectAlloc, a.s[:0:20]
	case n <= 22:
		a := &baseObjectSlots22{}
		m, s = &a.baseObjectAlloc, a.s[:0:22]
	case n <= 28:
		a := &baseObjectSlots28{}
		m, s = &a.baseObjectAlloc, a.s[:0:28]
	case n <= 32:
		a := &baseObjectSlots32{}
		m, s = &a.baseObjectAlloc, a.s[:0:32]
	case n <= 36:
		a := &baseObjectSlots36{}
		m, s = &a.baseObjectAlloc, a.s[:0:36]
	default:
		o := r.newBaseObject(proto, classObject)
		o.values.v = make([]Value, 0, n)
		return o
	}
	v := &m.obj
	v.runtime = r
	o := &m.o
	o.class = classObject
	o.val = v
	o.extensible = true
	o.prototype = proto
	v.self = o
	o.values.v = s
	return o
}

// maxInstanceSlots: past this many, newInstance allocates 4 slots ahead.
const maxInstanceSlots = 32

// newInstance returns a plain object with prototype proto sized for what
// earlier objects with that prototype grew to (`new F()`, Object.create).
func (r *Runtime) newInstance(proto *Object) *baseObject {
	n := 0
	if proto != nil {
		if rt := proto.childShape; rt != nil {
			n = int(rt.slots)
		}
	} else if rt := r.rootShape; rt != nil {
		n = int(rt.slots)
	}
	if n > maxInstanceSlots {
		// a large object (or a prototype whose objects serve as
		// dictionaries, as Object.create(null)'s often do): room for the
		// first few properties, which appendSlot would allocate anyway
		n = 4
	}
	return r.newObjectSlots(proto, n)
}

// newLiteralObject returns the object of an object literal with n
// properties, first (when not "") the name of its first: room for n slots, or
// for as many as earlier objects that started with that name grew to.
func (r *Runtime) newLiteralObject(n int, first unistring.String, nullProto bool) *baseObject {
	proto := r.global.ObjectPrototype
	rt := proto.childShape
	if nullProto {
		proto, rt = nil, r.rootShape
	}
	if first != "" {
		if rt != nil {
			if f := rt.peekChild(first); f != nil && int(f.slots) > n {
				n = int(f.slots)
			}
		}
	}
	return r.newObjectSlots(proto, n)
}

// peekChild is child without making the shape: nil when no object of shape s
// has added name yet.
func (s *shape) peekChild(name unistring.String) *shape {
	if s.t1 == nil {
		return nil
	}
	k := propKey{name: name}
	if s.t1key == k {
		return s.t1
	}
	if x := s.ext; x != nil {
		return x.trans[k]
	}
	return nil
}

// newObjectLit makes an object literal's object: n is how many properties the
// literal defines (spread and __proto__ not counted), first the name of its
// first when that is a plain name ("" otherwise).
type newObjectLit struct {
	n         uint32
	first     unistring.String
	nullProto bool // `__proto__: null` first: made with no prototype
}

//go:nosplit
func (l *newObjectLit) exec(vm *vm) {
	vm.push(vm.r.newLiteralObject(int(l.n), l.first, l.nullProto).val)
	vm.pc++
}

// newObjectSite makes the object of a literal that defines no property,
// `{}` or `{ __proto__: null }` (the object is filled afterwards, if at all),
// with room for as many slots as the last objects made here needed when
// they grew: the site learns it (slotsSeen) from its newest object, as long
// as that is the runtime's newest such object. slots is a hint shared by
// every runtime that runs the program (atomic; a wrong one costs bytes or
// an allocation, nothing else).
type newObjectSite struct {
	nullProto bool
	slots     atomic.Uint32
}

//go:nosplit
func (l *newObjectSite) exec(vm *vm) {
	r := vm.r
	proto := r.global.ObjectPrototype
	if l.nullProto {
		proto = nil
	}
	o := r.newObjectSlots(proto, int(l.slots.Load()))
	r.slotsObj, r.slotsSite = objAddr(o), l
	vm.push(o.val)
	vm.pc++
}

func (l *newObjectSite) slotsSeen(n int) {
	if n > maxInstanceSlots {
		n = 0 // (a dictionary-sized object: grown as before)
	}
	l.slots.Store(uint32(n))
}

// slotsHint is where an object's size is learned for the next of its kind
// (Runtime.slotsObj): a literal's site, or CloneObject's empty template.
type slotsHint interface {
	slotsSeen(n int)
}

// grewSlots: o (a plain object) is about to hold n slots in a new slot
// array; when it is the runtime's last object from a site that learns
// sizes, or one of its last copies of a template (cloneTrack), the site's
// (the template's) next objects get that many at once.
func (o *baseObject) grewSlots(n int) {
	r := o.val.runtime
	if r == nil {
		return
	}
	a := objAddr(o)
	if r.slotsObj == a {
		r.slotsSite.slotsSeen(n)
		return
	}
	for i := range r.clones {
		if c := &r.clones[i]; c.o == a {
			c.h.slotsSeen(n)
			return
		}
	}
}

// cloneTrack: a copy CloneObject made and where its growth is learned (its
// template's shape; for an empty template, the template). The runtime
// keeps the last few (a request's message, its state, its response and
// their listener maps), as a script adds its properties to them later.
type cloneTrack struct {
	o uintptr // objAddr
	h slotsHint
}

// objAddr is o's address, which the trackers compare without keeping o
// alive (a request is collected as soon as a script lets go of it; Go's
// heap does not move objects). An address reused by a later object gives
// that object's growth to the site: a size hint, nothing else.
func objAddr(o *baseObject) uintptr {
	return uintptr(unsafe.Pointer(o))
}

const cloneTracks = 8

func (r *Runtime) trackClone(o *baseObject, h slotsHint) {
	r.clones[r.cloneNext%cloneTracks] = cloneTrack{objAddr(o), h}
	r.cloneNext++
}

// slotsSeen: an object copied from a template of shape s grew to n slots.
func (s *shape) slotsSeen(n int) {
	if n <= maxInstanceSlots && n > int(s.cloneSlots) {
		s.cloneSlots = uint8(n)
	}
}

// newObjectInstr is the instruction that makes literal e's object: newObject
// for `{}`, newObjectLit with its property count otherwise.
func (e *compiledObjectLiteral) newObjectInstr() instruction {
	var n uint32
	var first unistring.String
	for i, prop := range e.expr.Value {
		switch prop := prop.(type) {
		case *ast.PropertyKeyed:
			if !prop.Computed {
				if k, ok := prop.Key.(*ast.StringLiteral); ok && k.Value == __proto__ {
					continue
				}
			}
			if i == 0 && prop.Kind == ast.PropertyKindValue && !prop.Computed {
				if k, ok := prop.Key.(*ast.StringLiteral); ok {
					first = k.Value
				}
			}
			n++
		case *ast.PropertyShort:
			if i == 0 {
				first = prop.Name.Name
			}
			n++
		}
	}
	nullProto := e.nullProtoFirst()
	if n == 0 {
		return &newObjectSite{nullProto: nullProto}
	}
	return &newObjectLit{n: n, first: first, nullProto: nullProto}
}

// An array literal's array with room for its n elements in the same
// allocation (the array alone is 224 bytes, 256 before gcperf3, 288 before
// allocperf1; with 2 elements 256, 4 288, 6 320, 8 352, 12 416, 18 512 and
// 26 640, each a Go size class: the bytes of the array and a separate
// element slice, one allocation less). Pushing past them appends into a new slice as
// before.
type arrayAlloc2 struct {
	arrayAlloc
	e [2]Value
}

type arrayAlloc4 struct {
	arrayAlloc
	e [4]Value
}

type arrayAlloc6 struct {
	arrayAlloc
	e [6]Value
}

type arrayAlloc8 struct {
	arrayAlloc
	e [8]Value
}

type arrayAlloc12 struct {
	arrayAlloc
	e [12]Value
}

type arrayAlloc18 struct {
	arrayAlloc
	e [18]Value
}

type arrayAlloc26 struct {
	arrayAlloc
	e [26]Value
}

// newArrayLiteral returns an empty array (the literal's items are pushed
// next) with room for n elements.
func (r *Runtime) newArrayLiteral(n int) *arrayObject {
	return r.newArraySized(n, r.getArrayPrototype())
}

// newArraySized is newArrayLiteral with prototype proto.
func (r *Runtime) newArraySized(n int, proto *Object) *arrayObject {
	var m *arrayAlloc
	var e []Value
	switch {
	case n <= 0:
		m, e = &arrayAlloc{}, make([]Value, 0)
	case n <= 2:
		a := &arrayAlloc2{}
		m, e = &a.arrayAlloc, a.e[:0:2]
	case n <= 4:
		a := &arrayAlloc4{}
		m, e = &a.arrayAlloc, a.e[:0:4]
	case n <= 6:
		a := &arrayAlloc6{}
		m, e = &a.arrayAlloc, a.e[:0:6]
	case n <= 8:
		a := &arrayAlloc8{}
		m, e = &a.arrayAlloc, a.e[:0:8]
	case n <= 12:
		a := &arrayAlloc12{}
		m, e = &a.arrayAlloc, a.e[:0:12]
	case n <= 18:
		a := &arrayAlloc18{}
		m, e = &a.arrayAlloc, a.e[:0:18]
	case n <= 26:
		a := &arrayAlloc26{}
		m, e = &a.arrayAlloc, a.e[:0:26]
	default:
		m, e = &arrayAlloc{}, make([]Value, 0, n)
	}
	a := r.newArrayIn(m, proto)
	setArrayValues(a, e)
	return a
}

// nullProtoFirst: the literal's first property is `__proto__: null` (not
// computed, a plain value): its object is made with no prototype instead of
// Object.prototype and then [[SetPrototypeOf]] null (nothing can see the
// object in between: the same object either way).
func (e *compiledObjectLiteral) nullProtoFirst() bool {
	if len(e.expr.Value) == 0 {
		return false
	}
	prop, ok := e.expr.Value[0].(*ast.PropertyKeyed)
	if !ok || prop.Computed || prop.Kind != ast.PropertyKindValue {
		return false
	}
	if _, ok := prop.Value.(*ast.NullLiteral); !ok {
		return false
	}
	switch k := prop.Key.(type) {
	case *ast.StringLiteral:
		return k.Value == __proto__
	case *ast.Identifier:
		return k.Name == __proto__
	}
	return false
}
