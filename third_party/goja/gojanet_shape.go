package goja

import (
	"hash/maphash"
	"unsafe"
)

// gojanet: shared shapes (hidden classes) for ordinary objects' string-keyed
// properties.
//
// The path: an object starts empty (objProps zero value). Adding a property
// through baseObject's add paths (setOwnStr, defineOwnPropertyStr, _put: all
// go through baseObject.addOwnStr) moves it from its shape to the child shape
// for that name (shape.child; created once per runtime and then shared by
// every object that adds the same names in the same order) and appends the
// value to its slots. A shape is immutable once made: names[i] is the name of
// slots[i], and the object's propNames is the shape's names slice (its cap
// clipped to its len, so an append anywhere copies). Attributes are not part
// of the shape: a property with non-default attributes keeps its
// *valueProperty in the slot, as it did in the map.
//
// Dictionary mode (objProps.d, the per-object slice/map of
// gojanet_propvalues.go, with propNames owned by the object as upstream):
// after a delete, on an array-index-like name (those are enumerated first,
// sorted: fixPropOrder reorders propNames in place), past maxShapeProps
// names, for template objects (their properties appear lazily) and for any
// path that changes the layout other than by an append (error's `stack`
// moved first). toDict copies the names so that a shape's slice is never
// written.
//
// Shapes belong to one runtime (the roots are per prototype, Object.childShape,
// and Runtime.rootShape for a null prototype): a runtime runs on one
// goroutine, so transitions need no lock. A shape implies the prototype the
// object had when it got it; setProto moves the object to the new
// prototype's shapes (reshape). Inline caches in compiled programs
// (shared by every runtime) compare shape pointers only, so an entry made by
// one runtime simply misses in another (gojanet_ic.go).

import (
	"github.com/dop251/goja/unistring"
)

// maxShapeProps is the most properties an object keeps in shape mode; past
// that it becomes a dictionary (V8 does the same past its fast-property limit).
const maxShapeProps = 128

// shapeLinear: shapes with at most this many names are searched linearly;
// larger ones get an index map once they have been searched a few times.
const shapeLinear = 8

// propKey is a property key in a shape's transitions: a string name, or a
// symbol (sym != nil, name "").
type propKey struct {
	name unistring.String
	sym  *Symbol
}

type shape struct {
	names []unistring.String // len == cap

	// sx: the symbol keys, nil while there are none (most shapes; gojanet
	// gcperf1: a shape is 128 bytes without them inline, 208 with)
	sx *shapeSyms

	// first is the depth-1 ancestor (the shape of the object's first
	// property; itself at depth 1, nil for a root); slots, on a depth-1
	// shape, is the most slots an object that started there used: an
	// object that starts there allocates that many at once (V8's slack
	// tracking, from the objects made so far) instead of growing 4, 8, 16...
	// Plain objects only (class Object: literals, instances): functions and
	// arrays start with the same built-in properties whatever comes next.
	first *shape
	// root, on a depth-1 shape, is its parent (the prototype's root). A
	// root's slots is the most slots a plain object that started there used
	// (any first property): `new F()` and Object.create(proto) allocate an
	// object with that many slots in the same allocation (newObjectSlots).
	root *shape

	// transitions: the first child inline, the rest in ext
	t1key propKey
	t1    *shape
	// ext: what few shapes have (nil for most; gojanet gcperf2: shapes are
	// a serving process's long-lived memory, ≈ 3,500 in the hello server,
	// which every collection marks: 128 -> 96 bytes)
	ext *shapeExt

	// bufCap: names is the start of an array this long (at most twice
	// maxShapeProps); its first child (t1) extends names in place (see child)
	bufCap uint16
	finds  uint8 // searches so far without an index (an index at 5)
	slots  uint8
	// cloneSlots: the most slots a copy of a template of this shape grew
	// to (CloneObject allocates them at once; gojanet_alloc.go)
	cloneSlots uint8
	// n is how many slots (keys) an object of this shape has: names and
	// symbols (at most maxShapeProps)
	n uint8
	// symLast: the last key added was a symbol
	symLast bool
}

// shapeExt is a shape's rarely needed part.
type shapeExt struct {
	index shapeIndex         // a large shape searched often
	trans map[propKey]*shape // the children after t1

	// protoRoot, protoTo: the last prototype change from this shape
	// (reshape): an object of this shape whose new prototype's root shape
	// is protoRoot ends at protoTo. Express gives every request and
	// response a new prototype (≈ 30 properties each).
	protoRoot, protoTo *shape
}

// extOf returns s's ext, made on first use.
func (s *shape) extOf() *shapeExt {
	if s.ext == nil {
		s.ext = &shapeExt{}
	}
	return s.ext
}

// shapeSyms are a shape's symbol keys in the order they were added (len
// == cap). An object's slots are in the order its keys were added, strings
// and symbols mixed; names and syms each keep their own order, which is
// what OwnPropertyKeys lists (strings, then symbols). symSlots[j] is
// syms[j]'s slot; nameSlots[i] is names[i]'s, nil while every name's slot
// is its index (no symbol was added before a name).
type shapeSyms struct {
	syms      []*Symbol
	symSlots  []uint8
	nameSlots []uint8
}

var noShapeSyms shapeSyms

// sym is s's symbol keys (empty ones when it has none: read only).
func (s *shape) sym() *shapeSyms {
	if s.sx != nil {
		return s.sx
	}
	return &noShapeSyms
}

// nslots is how many properties (slots) an object of shape s has.
func (s *shape) nslots() int {
	return int(s.n)
}

// findSym returns the slot of symbol key sym, -1 when s has none.
func (s *shape) findSym(sym *Symbol) int {
	x := s.sym()
	for j, k := range x.syms {
		if k == sym {
			return int(x.symSlots[j])
		}
	}
	return -1
}

// nameSlot is the slot of names[i].
func (s *shape) nameSlot(i int) int {
	if s.sx != nil && s.sx.nameSlots != nil {
		return int(s.sx.nameSlots[i])
	}
	return i
}

// find returns the slot of name, -1 when s has none.
//
//go:nosplit
func (s *shape) find(name unistring.String) int {
	i := s.findName(name)
	if i >= 0 && s.sx != nil && s.sx.nameSlots != nil {
		return int(s.sx.nameSlots[i])
	}
	return i
}

// findName returns the index of name in s.names, -1 when absent.
//
//go:nosplit
func (s *shape) findName(name unistring.String) int {
	names := s.names
	if len(names) > shapeLinear {
		if x := s.ext; x != nil && x.index != nil {
			return x.index.find(names, name)
		}
		s.finds++
		if s.finds > 4 && len(names) < 255 {
			s.extOf().index = newShapeIndex(names)
		}
	}
	for i := range names {
		if names[i] == name {
			return i
		}
	}
	return -1
}

// shapeIndex is a large shape's index of its names: an open-addressed
// table, by a hash of the name, of the name's index + 1 (0: empty), at
// most half full. gojanet (gcperf5): without pointers, where the map it
// replaces (string keys) was ≈ 500 objects and ≈ 5,800 pointer words of
// the hello server's live heap that every collection scanned.
type shapeIndex []uint8

var shapeSeed = maphash.MakeSeed()

// newShapeIndex returns the index of names (fewer than 255).
func newShapeIndex(names []unistring.String) shapeIndex {
	n := 16
	for n < 2*len(names) {
		n <<= 1
	}
	t := make(shapeIndex, n)
	m := uint64(n - 1)
	for i, name := range names {
		h := maphash.String(shapeSeed, string(name)) & m
		for t[h] != 0 {
			h = (h + 1) & m
		}
		t[h] = uint8(i + 1)
	}
	return t
}

// find returns the index of name in names (the names t indexes), -1 when
// absent.
func (t shapeIndex) find(names []unistring.String, name unistring.String) int {
	m := uint64(len(t) - 1)
	for h := maphash.String(shapeSeed, string(name)) & m; ; h = (h + 1) & m {
		j := t[h]
		if j == 0 {
			return -1
		}
		if names[j-1] == name {
			return int(j - 1)
		}
	}
}

// child returns the shape of an object of shape s after adding name.
func (s *shape) child(name unistring.String) *shape {
	return s.childKey(propKey{name: name})
}

// childSym returns the shape of an object of shape s after adding symbol
// key sym.
func (s *shape) childSym(sym *Symbol) *shape {
	return s.childKey(propKey{sym: sym})
}

func (s *shape) childKey(k propKey) *shape {
	if s.t1 != nil {
		if s.t1key == k {
			return s.t1
		}
		if x := s.ext; x != nil {
			if c := x.trans[k]; c != nil {
				return c
			}
		}
	}
	n := len(s.names)
	var c *shape
	if k.sym != nil {
		// the same names (its bufCap their length: only s's first child
		// may extend s's array), one more symbol; symbol lists are short
		// and copied whole
		x := s.sym()
		syms := make([]*Symbol, len(x.syms)+1)
		copy(syms, x.syms)
		syms[len(x.syms)] = k.sym
		slots := make([]uint8, len(x.syms)+1)
		copy(slots, x.symSlots)
		slots[len(x.syms)] = uint8(s.nslots())
		c = &shape{names: s.names, bufCap: uint16(n), sx: &shapeSyms{syms: syms, symSlots: slots, nameSlots: x.nameSlots}, symLast: true, first: s.first}
	} else {
		var names []unistring.String
		if s.t1 == nil && int(s.bufCap) > n {
			// The first child writes names[n] of the array s's names start, and
			// no one else does: a chain of shapes shares one array, grown by
			// doubling, instead of copying its names at every step (≈ 0.5 MB
			// before the docs' echo server is listening). Each shape's names
			// stay clipped to their length, so an append anywhere copies.
			names = unsafe.Slice(unsafe.SliceData(s.names), s.bufCap)[:n+1]
		} else {
			c := 2 * n
			if c < 4 {
				c = 4
			}
			names = make([]unistring.String, n+1, c)
			copy(names, s.names)
		}
		names[n] = k.name
		c = &shape{names: names[: n+1 : n+1], bufCap: uint16(cap(names)), first: s.first}
		if s.sx != nil {
			// a name after symbols: its slot is not its index
			slots := make([]uint8, n+1)
			for i := range slots[:n] {
				slots[i] = uint8(s.nameSlot(i))
			}
			slots[n] = uint8(s.nslots())
			c.sx = &shapeSyms{syms: s.sx.syms, symSlots: s.sx.symSlots, nameSlots: slots}
		}
	}
	c.n = s.n + 1
	if s.nslots() == 0 {
		c.first = c
		c.root = s
	}
	if s.t1 == nil {
		s.t1key, s.t1 = k, c
	} else {
		x := s.extOf()
		if x.trans == nil {
			x.trans = make(map[propKey]*shape)
		}
		x.trans[k] = c
	}
	return c
}

// rootShape is the shape of an empty object with o's prototype: shapes
// start from one root per prototype (kept on the prototype's Object, where it
// costs nothing: Object's size class has room), so that an object's shape
// also tells its prototype, which inline caches rely on.
func (o *baseObject) rootShape() *shape {
	if p := o.prototype; p != nil {
		if p.childShape == nil {
			p.childShape = &shape{}
		}
		return p.childShape
	}
	r := o.val.runtime
	if r.rootShape == nil {
		r.rootShape = &shape{}
	}
	return r.rootShape
}

// reshape moves a shape-mode o to the shapes of its new prototype.
func (o *baseObject) reshape() {
	if o.values.sh == nil {
		return
	}
	old := o.values.sh
	root := o.rootShape()
	if x := old.ext; x != nil && x.protoRoot == root {
		o.values.sh = x.protoTo
		return
	}
	keys := make([]propKey, old.nslots()) // in slot order: the slots stay where they are
	for i, n := range old.names {
		keys[old.nameSlot(i)] = propKey{name: n}
	}
	for j, s := range old.sym().syms {
		keys[old.sx.symSlots[j]] = propKey{sym: s}
	}
	sh := root
	for _, k := range keys {
		sh = sh.childKey(k)
	}
	// childKey answers the same child for the same key from then on, so
	// the walk's result for (old, root) never changes
	x := old.extOf()
	x.protoRoot, x.protoTo = root, sh
	o.values.sh = sh
}

// objProps is baseObject.values: shape mode (sh != nil, values in v) or
// dictionary mode (d != nil); the zero value is an empty object.
type objProps struct {
	sh *shape
	v  []Value
	d  *propValues
}

// get returns the value and whether the property exists (as `v, ok := m[name]`).
func (p *objProps) get(name unistring.String) (Value, bool) {
	if p.sh != nil {
		if i := p.sh.find(name); i >= 0 {
			return p.v[i], true
		}
		return nil, false
	}
	if p.d != nil {
		return p.d.get(name)
	}
	return nil, false
}

// lookup returns the value, nil when absent (as `m[name]`).
func (p *objProps) lookup(name unistring.String) Value {
	if p.sh != nil {
		if i := p.sh.find(name); i >= 0 {
			return p.v[i]
		}
		return nil
	}
	if p.d != nil {
		return p.d.lookup(name)
	}
	return nil
}

func (p *objProps) has(name unistring.String) bool {
	_, ok := p.get(name)
	return ok
}

// set stores v under name. In shape mode an existing property is updated in
// its slot; a new name turns the object into a dictionary (the caller keeps
// propNames, as upstream: only baseObject.addOwnStr makes transitions). No
// baseObject path adds a name through set (only template objects, which are
// dictionaries from the start): propNames would still be the shape's slice.
func (p *objProps) set(name unistring.String, v Value) {
	if p.sh != nil {
		if i := p.sh.find(name); i >= 0 {
			p.v[i] = v
			return
		}
		p.toDict()
	}
	if p.d == nil {
		p.d = &propValues{}
	}
	p.d.set(name, v)
}

func (p *objProps) del(name unistring.String) {
	if p.sh != nil {
		if p.sh.find(name) < 0 {
			return
		}
		p.toDict()
	}
	if p.d != nil {
		p.d.del(name)
	}
}

func (p *objProps) len() int {
	if p.sh != nil {
		return len(p.sh.names)
	}
	if p.d != nil {
		return p.d.len()
	}
	return 0
}

// reset empties p, keeping nothing.
func (p *objProps) reset() {
	p.sh = nil
	p.v = nil
	p.d = nil
}

// dict puts an empty p in dictionary mode for good (template objects).
func (p *objProps) dict() {
	if p.sh == nil && p.d == nil {
		p.d = &propValues{}
	}
}

// toDict moves the string-keyed values of a shape-mode p into a
// dictionary. Symbol-keyed ones are baseObject.toDict's (set and del reach
// here only on a name p has not, from template objects, which have no shape).
func (p *objProps) toDict() {
	if p.sh == nil {
		if p.d == nil {
			p.d = &propValues{}
		}
		return
	}
	d := &propValues{}
	for i, n := range p.sh.names {
		d.set(n, p.v[p.sh.nameSlot(i)])
	}
	// (a copy: a shape's names are never written)
	d.propNames = append(make([]unistring.String, 0, len(p.sh.names)+1), p.sh.names...)
	p.sh = nil
	p.v = nil
	p.d = d
}

// isShapeName reports whether name may live in a shape: array-index names
// are enumerated first, sorted, which needs an object-owned order.
func isShapeName(name unistring.String) bool {
	return strToArrayIdx(name) == maxUint32Idx
}

const maxUint32Idx = 1<<32 - 1

// toDict turns o into a dictionary object: its values into the map, its
// names into a slice of its own (a shape's names are never written) and its
// symbol-keyed values into symValues, in their order.
func (o *baseObject) toDict() {
	sh := o.values.sh
	if sh == nil {
		o.values.dict()
		return
	}
	if sh.sx != nil && len(sh.sx.syms) > 0 {
		m := newSymbolMap()
		for j, s := range sh.sx.syms {
			m.set(s, o.values.v[sh.sx.symSlots[j]])
		}
		o.symValues = m
	}
	o.values.toDict()
	o.shapeChanged()
}

// addOwnStr adds a property known to be absent.
func (o *baseObject) addOwnStr(name unistring.String, v Value) {
	p := &o.values
	if p.d == nil && o.symValues == nil && o.val != nil && o.val.runtime != nil && isShapeName(name) {
		sh := p.sh
		if sh == nil {
			sh = o.rootShape() // (empty: no dictionary)
		}
		if sh != nil && sh.nslots() < maxShapeProps {
			o.appendSlot(sh.child(name), v)
			return
		}
	}
	if p.sh != nil {
		o.toDict()
	}
	p.set(name, v)
	names := copyNamesIfNeeded(p.d.propNames, 1)
	p.d.propNames = append(names, name)
	o.shapeChanged()
}

// shapeChanged is called when o gains a property or changes mode; a
// prototype that inline caches rely on invalidates them (gojanet_ic.go).
func (o *baseObject) shapeChanged() {
	if o.protoWatched {
		bumpProtoEpoch()
		if o.valueWatched {
			o.watchChanged() // gojanet_watch.go
		}
	}
}

// appendSlot moves a shape-mode (or empty) o to c, a child of its shape, with
// v as the new property's value.
//
//go:nosplit
func (o *baseObject) appendSlot(c *shape, v Value) {
	p := &o.values
	f := c.first
	if p.v == nil {
		// Most objects get a few properties: start with room for four, or
		// for as many as earlier objects that started here reached.
		n := 4
		if f != nil && int(f.slots) > n && o.class == classObject {
			n = int(f.slots)
		}
		if o.class == classObject {
			// gojanet: a site that learns sizes (gojanet_alloc.go) learns
			// what objects that started here used (at least this one
			// slot), not the 4 allocated ahead: its next objects are
			// allocated with their slots, and an object that outgrows
			// them teaches it more (gcperf3: the http server's outgoing
			// headers and a response's listener map hold one property
			// each, and were allocated with four: 32 bytes each a request)
			learn := 1
			if f != nil && f.slots > 1 {
				learn = int(f.slots)
			}
			o.grewSlots(learn)
		}
		p.v = make([]Value, 0, n)
	} else if len(p.v) == cap(p.v) && o.class == classObject {
		o.grewSlots(len(p.v) + 1)
	}
	n := len(p.v)
	p.v = append(p.v, v)
	if f != nil && n >= int(f.slots) && o.class == classObject {
		// the most slots an object that started at f has used (at most
		// maxShapeProps): the next one allocates as many at once
		f.slots = uint8(n + 1)
		if rt := f.root; rt != nil && n >= int(rt.slots) {
			rt.slots = uint8(n + 1)
		}
	}
	p.sh = c
	o.shapeChanged()
}

// addOwnSym adds a symbol-keyed property known to be absent: to the shape in
// shape mode (or for an empty object), to symValues for a dictionary.
func (o *baseObject) addOwnSym(s *Symbol, v Value) {
	p := &o.values
	if p.d == nil && o.symValues == nil && o.val != nil && o.val.runtime != nil {
		sh := p.sh
		if sh == nil {
			sh = o.rootShape() // (empty: no dictionary)
		}
		if sh != nil && sh.nslots() < maxShapeProps {
			o.appendSlot(sh.childSym(s), v)
			return
		}
	}
	if p.sh != nil {
		o.toDict()
	}
	if o.symValues == nil {
		o.symValues = newSymbolMap()
	}
	o.symValues.set(s, v)
	o.shapeChanged()
}

// setSymValue stores v in the existing symbol-keyed property s.
func (o *baseObject) setSymValue(s *Symbol, v Value) {
	if sh := o.values.sh; sh != nil {
		if i := sh.findSym(s); i >= 0 {
			o.values.v[i] = v
		}
	} else if o.symValues != nil {
		o.symValues.set(s, v)
	}
	if o.valueWatched {
		o.watchChanged() // gojanet_watch.go
	}
}
