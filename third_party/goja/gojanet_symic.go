package goja

// gojanet: inline caches for symbol-keyed properties: computed members whose
// key is a symbol (`this[kState]`, `this[kOnFinish](...)`, `this[kX] = v`)
// and instanceof's Symbol.hasInstance lookup.
//
// The path: symbol keys live in shapes as string keys do (gojanet_shape.go),
// so the string caches' entries (gojanet_ic.go: own slot, holder depth and
// shape, absent, a write's next shape) hold for them too, with the key
// added: a site's icEntries carry the symbol they were made for (sym), and
// an entry is used only when the key at hand is that symbol. A site that
// sees another symbol starts over with it (it counts towards icMaxFills,
// so a site whose key keeps changing settles on the generic path). The sites
// are the getElem, getElemCallee, setElem* and op_instanceof instructions,
// each given its own cache by directCode (gojanet_direct.go); the key is
// checked per execution, so a string or number key costs one type check
// before the instruction's usual work.

import (
	"fmt"

	"github.com/dop251/goja/unistring"
)

// symBase returns the baseObject whose symbol-keyed lookups are o's (every
// kind that keeps baseObject's getOwnPropSym), nil for any other.
func symBase(o *Object) *baseObject {
	switch s := o.self.(type) {
	case *baseObject:
		return s
	case *arrayObject:
		return &s.baseObject
	case *funcObject:
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
	case *guardedObject:
		return &s.baseObject
	}
	return nil
}

// lookupSym returns the entry for shape sh and key s, nil when there is none.
func (c *propIC) lookupSym(sh *shape, s *Symbol) *icEntry {
	if es := c.p.Load(); es != nil && es.sym == s {
		return es.find(sh)
	}
	return nil
}

// storeSym stores e for key s; entries for another key are dropped.
func (c *propIC) storeSym(s *Symbol, e icEntry) {
	if old := c.p.Load(); old != nil && old.sym != s {
		if c.fills.Load() >= icMaxFills {
			return
		}
		c.fills.Add(1)
		c.p.Store(newICEntries(s, &[icWays]icEntry{e}, 1))
		return
	}
	c.storeFor(s, e)
}

// getSym is obj.self.getSym(s, receiver) through the cache.
//
//go:nosplit
func (c *propIC) getSym(obj *Object, s *Symbol, receiver Value) Value {
	bo, ok := obj.self.(*baseObject)
	if !ok {
		// symBase's type switch costs more than the rest of a hit: the
		// plain object, by far the most common receiver, goes without
		bo = symBase(obj)
	}
	var sh *shape
	if bo != nil {
		sh = bo.icShape()
	}
	if sh == nil {
		return obj.self.getSym(s, receiver)
	}
	if es := c.p.Load(); es != nil && es.sym == s {
		if e := es.find(sh); e != nil {
			if e.depth == 0 {
				// an own property: the slot (inline, the common case)
				if prop := bo.values.v[e.slot]; prop != nil {
					if p, ok := prop.(*valueProperty); ok {
						return p.get(receiver)
					}
					return prop
				}
			} else if prop, ok := c.getSymHit(bo, e, s); ok {
				return propGet(prop, receiver)
			}
		}
	}
	if c.exhausted() {
		return obj.self.getSym(s, receiver)
	}
	prop, ok := c.fillSym(bo, sh, s)
	if !ok {
		return obj.self.getSym(s, receiver)
	}
	return propGet(prop, receiver)
}

// propGet is a property's value as a read from receiver sees it (nil: absent).
func propGet(prop, receiver Value) Value {
	if p, ok := prop.(*valueProperty); ok {
		return p.get(receiver)
	}
	return prop
}

// getSymHit reads key s through entry e (own, absent or a holder up the
// chain); ok is false when the entry no longer holds.
//
//go:nosplit
func (c *propIC) getSymHit(bo *baseObject, e *icEntry, s *Symbol) (prop Value, ok bool) {
	switch {
	case e.depth == 0:
		prop = bo.values.v[e.slot]
	case e.epoch != protoEpoch.Load():
		return nil, false
	case e.depth < 0:
		return nil, true
	default:
		h := bo.prototype
		for i := int32(1); i < e.depth; i++ {
			if hb, ok := h.self.(*baseObject); ok {
				h = hb.prototype
			} else {
				h = h.self.proto()
			}
		}
		if hb := symBase(h); hb != nil && e.hsh != nil && hb.values.sh == e.hsh {
			prop = hb.values.v[e.slot]
		} else {
			prop = h.self.getOwnPropSym(s)
		}
	}
	return prop, prop != nil
}

// fillSym looks s up from bo (whose cache shape is sh) as baseObject.getSym
// does and stores an entry when every object on the way is one whose
// lookups the entry can stand for. It returns the property (nil: absent
// everywhere); ok false: not looked up, the caller takes the generic path.
func (c *propIC) fillSym(bo *baseObject, sh *shape, s *Symbol) (Value, bool) {
	if i := sh.findSym(s); i >= 0 {
		v := bo.values.v[i]
		if v == nil {
			return nil, false
		}
		c.storeSym(s, icEntry{sh: sh, slot: i})
		return v, true
	}
	epoch := protoEpoch.Load()
	depth := 0
	for p := bo.prototype; p != nil; {
		depth++
		var prop Value
		var next *Object
		var hsh *shape
		slot := -1
		if pb := symBase(p); pb != nil {
			if psh := pb.values.sh; psh != nil {
				if slot = psh.findSym(s); slot >= 0 {
					prop, hsh = pb.values.v[slot], psh
					if prop == nil {
						return nil, false
					}
				}
			} else {
				prop = pb.getOwnPropSym(s)
			}
			next = pb.prototype
		} else {
			switch pb := p.self.(type) {
			case *templatedObject:
				prop = pb.getOwnPropSym(s)
				next = pb.proto()
			case *templatedArrayObject:
				prop = pb.getOwnPropSym(s)
				next = pb.proto()
			case *templatedFuncObject:
				prop = pb.getOwnPropSym(s)
				next = pb.proto()
			default:
				return nil, false
			}
		}
		if prop != nil {
			c.storeSym(s, icEntry{sh: sh, slot: slot, depth: int32(depth), hsh: hsh, epoch: epoch})
			return prop, true
		}
		watch(p)
		p = next
	}
	c.storeSym(s, icEntry{sh: sh, depth: -1, epoch: epoch})
	return nil, true
}

// chainHasSym reports whether some object of the chain from p has s, and
// whether it could tell (every object one whose lookups it can make).
func chainHasSym(p *Object, s *Symbol) (has, ok bool) {
	for p != nil {
		var prop Value
		if pb := symBase(p); pb != nil {
			prop = pb.getOwnPropSym(s)
			p = pb.prototype
		} else {
			switch pb := p.self.(type) {
			case *templatedObject:
				prop = pb.getOwnPropSym(s)
			case *templatedArrayObject:
				prop = pb.getOwnPropSym(s)
			case *templatedFuncObject:
				prop = pb.getOwnPropSym(s)
			default:
				return false, false
			}
			p = p.self.proto()
		}
		if prop != nil {
			return true, true
		}
	}
	return false, true
}

// setOwnSym is obj.self.setOwnSym(s, val, throw) through the cache, for
// plain objects: an own writable data property is written in its slot; an
// addition whose prototype chain has nothing under s moves the object to
// the cached next shape. Setters and read-only properties up the chain take
// the generic path.
func (c *propIC) setOwnSym(obj *Object, s *Symbol, val Value, throw bool) {
	bo, ok := obj.self.(*baseObject)
	var sh *shape
	if ok {
		sh = bo.icShape()
	}
	if sh == nil {
		obj.self.setOwnSym(s, val, throw)
		return
	}
	if e := c.lookupSym(sh, s); e != nil {
		switch {
		case e.depth == 0:
			if v := bo.values.v[e.slot]; v != nil {
				if _, isProp := v.(*valueProperty); !isProp {
					bo.values.v[e.slot] = val
					return
				}
			}
		case e.epoch != protoEpoch.Load():
		case e.depth < 0 && e.next != nil:
			if bo.extensible && len(bo.values.v) == e.sh.nslots() {
				bo.appendSlot(e.next, val)
				return
			}
		case e.depth > 0 && e.next != nil:
			if bo.extensible && len(bo.values.v) == e.sh.nslots() && symHolderWritable(bo, e) {
				bo.appendSlot(e.next, val)
				return
			}
		}
	}
	if c.exhausted() {
		bo.setOwnSym(s, val, throw)
		return
	}
	if i := sh.findSym(s); i >= 0 {
		if v := bo.values.v[i]; v != nil {
			if _, isProp := v.(*valueProperty); !isProp {
				c.storeSym(s, icEntry{sh: sh, slot: i})
				bo.values.v[i] = val
				return
			}
		}
		bo.setOwnSym(s, val, throw)
		return
	}
	epoch := protoEpoch.Load()
	has, known := chainHasSym(bo.prototype, s)
	hdepth, hb, slot := -1, (*baseObject)(nil), -1
	if has && known && bo.extensible {
		// a prototype's default (`Proto.prototype[kState] = null`, then
		// `this[kState] = x` in the constructor): cacheable when the
		// holder is a plain object in shape mode with a writable data
		// property, reached through plain objects (engineperf41)
		hdepth, hb, slot = plainSymHolder(bo.prototype, s)
	}
	bo.setOwnSym(s, val, throw)
	if !known || !bo.extensible || has && hdepth < 0 {
		return
	}
	if nsh := bo.values.sh; nsh != nil && nsh != sh && nsh.nslots() == sh.nslots()+1 && nsh.symLast {
		if hdepth > 0 {
			watchChain(bo.prototype, hdepth)
			c.storeSym(s, icEntry{sh: sh, slot: slot, depth: int32(hdepth), hsh: hb.values.sh, epoch: epoch, next: nsh})
			return
		}
		watchChain(bo.prototype, -1)
		c.storeSym(s, icEntry{sh: sh, depth: -1, epoch: epoch, next: nsh})
	}
}

// plainSymHolder returns the depth on p's chain (p: 1) of the first object
// that has s as its own, that object and the slot, when every object up to
// it is a plain object in shape mode and its property a writable data
// property (an addition to the receiver, as when the chain lacks s); depth
// -1 for any other chain.
func plainSymHolder(p *Object, s *Symbol) (int, *baseObject, int) {
	for d := 1; p != nil && d <= 8; d++ {
		pb, ok := p.self.(*baseObject)
		if !ok || pb.values.sh == nil {
			return -1, nil, -1
		}
		if i := pb.values.sh.findSym(s); i >= 0 {
			if !writableData(pb.values.v[i]) {
				return -1, nil, -1
			}
			return d, pb, i
		}
		p = pb.prototype
	}
	return -1, nil, -1
}

// writableData reports whether a slot's value is a writable data property.
func writableData(prop Value) bool {
	if prop == nil {
		return false
	}
	vp, isProp := prop.(*valueProperty)
	return !isProp || !vp.accessor && vp.writable
}

// symHolderWritable is the hit check of setOwnSym's entry for an addition
// past a prototype's writable data property (plainSymHolder): the holder
// still has the shape it had, and the property is still writable data (an
// attribute change keeps the shape). The epoch, checked before, stands for
// the objects in between.
func symHolderWritable(bo *baseObject, e *icEntry) bool {
	h := bo.prototype
	for d := int32(1); d < e.depth; d++ {
		if h == nil {
			return false
		}
		hb, ok := h.self.(*baseObject)
		if !ok {
			return false
		}
		h = hb.prototype
	}
	if h == nil {
		return false
	}
	hb, ok := h.self.(*baseObject)
	return ok && hb.values.sh == e.hsh && writableData(hb.values.v[e.slot])
}

// setElem is an assignment receiver[key] = val, as setElem (throw false)
// and setElemStrict (throw true) make it, through the cache when receiver
// is an object and key a symbol.
func (c *propIC) setElem(vm *vm, receiver, key, val Value, throw bool) {
	if o, ok := receiver.(*Object); ok {
		if s, ok := key.(*Symbol); ok {
			c.setOwnSym(o, s, val, throw)
			return
		}
	}
	if !throw {
		obj := vm.r.assignmentBase(receiver, key)
		obj.setOwn(toPropertyKey(key), val, false)
		return
	}
	propName := toPropertyKey(key)
	if o, ok := receiver.(*Object); ok {
		o.setOwn(propName, val, true)
		return
	}
	vm.r.assignmentBase(receiver, propName).set(propName, val, receiver, true)
}

// Sites: getElem, getElemCallee, setElem, setElemP, setElemStrict,
// setElemStrictP and op_instanceof with a cache each (directCode).
type (
	icGetElem        propIC
	icGetElemCallee  propIC
	icSetElem        propIC
	icSetElemP       propIC
	icSetElemStrict  propIC
	icSetElemStrictP propIC
	icInstanceof     propIC
)

// fastElem returns o[k] when o is an array with a plain value there or a
// typed array (arrayObject.getIdx's answer without the key's boxing and the
// interface calls), nil otherwise: a hole, an accessor or an index past the
// end go the generic way. icGetElem's and fLoadValGetElem's.
//
//go:nosplit
func fastElem(vm *vm, o *Object, k valueInt) Value {
	switch a := o.self.(type) {
	case *arrayObject:
		if uint64(k) < uint64(len(a.values)) {
			if v := a.values[k]; v != nil {
				if _, isProp := v.(*valueProperty); !isProp {
					return v
				}
			}
		}
	case *typedArrayObject:
		return a.vmGetIdx(vm, k)
	}
	return nil
}

//go:nosplit
func (g *icGetElem) exec(vm *vm) {
	v := vm.stack[vm.sp-2]
	if o, ok := v.(*Object); ok {
		switch k := vm.stack[vm.sp-1].(type) {
		case *Symbol:
			vm.stack[vm.sp-2] = nilSafe((*propIC)(g).getSym(o, k, o))
			vm.sp--
			vm.pc++
			return
		case valueInt:
			if v := fastElem(vm, o, k); v != nil {
				vm.stack[vm.sp-2] = v
				vm.sp--
				vm.pc++
				return
			}
			switch a := o.self.(type) {
			case *baseObject:
				// `codes[200]`: an own data property (gojanet_fused40.go)
				if v := ownIdx(a, k); v != nil {
					vm.stack[vm.sp-2] = v
					vm.sp--
					vm.pc++
					return
				}
			}
		case asciiString:
			// `o[name]` on a plain object: the runtime's megamorphic table
			// (gojanet_ic.go megaGet), keyed on the shape and the name, as
			// the names vary at such a site
			if bo, ok := o.self.(*baseObject); ok {
				vm.stack[vm.sp-2] = nilSafe(megaGet(o, bo, unistring.String(k), o))
				vm.sp--
				vm.pc++
				return
			}
		}
	}
	// dGetElem's body: another call per element read costs more than the
	// check above
	obj := v.baseObject(vm.r)
	if obj == nil {
		vm.throw(vm.r.readPropertiesError(v, vm.stack[vm.sp-1]))
		return
	}
	propName := toPropertyKey(vm.stack[vm.sp-1])
	vm.stack[vm.sp-2] = nilSafe(obj.get(propName, v))
	vm.sp--
	vm.pc++
}

func (g *icGetElemCallee) exec(vm *vm) {
	if o, ok := vm.stack[vm.sp-2].(*Object); ok {
		if s, ok := vm.stack[vm.sp-1].(*Symbol); ok {
			prop := (*propIC)(g).getSym(o, s, o)
			if prop == nil {
				prop = memberUnresolved{valueUnresolved{r: vm.r, ref: s.string()}}
			}
			// [f, this] (gojanet_callframe.go)
			vm.stack[vm.sp-2] = prop
			vm.stack[vm.sp-1] = o
			vm.pc++
			return
		}
	}
	_getElemCallee{}.exec(vm)
}

func (g *icSetElem) exec(vm *vm) {
	val := vm.stack[vm.sp-1]
	(*propIC)(g).setElem(vm, vm.stack[vm.sp-3], vm.stack[vm.sp-2], val, false)
	vm.sp -= 2
	vm.stack[vm.sp-1] = val
	vm.pc++
}

func (g *icSetElemP) exec(vm *vm) {
	(*propIC)(g).setElem(vm, vm.stack[vm.sp-3], vm.stack[vm.sp-2], vm.stack[vm.sp-1], false)
	vm.sp -= 3
	vm.pc++
}

//go:nosplit
func (g *icSetElemStrict) exec(vm *vm) {
	val := vm.stack[vm.sp-1]
	(*propIC)(g).setElem(vm, vm.stack[vm.sp-3], vm.stack[vm.sp-2], val, true)
	vm.sp -= 2
	vm.stack[vm.sp-1] = val
	vm.pc++
}

//go:nosplit
func (g *icSetElemStrictP) exec(vm *vm) {
	receiver := vm.stack[vm.sp-3]
	key := vm.stack[vm.sp-2]
	val := vm.stack[vm.sp-1]
	if o, ok := receiver.(*Object); ok {
		if s, ok := key.(*Symbol); ok {
			(*propIC)(g).setOwnSym(o, s, val, true)
		} else {
			o.setOwn(toPropertyKey(key), val, true)
		}
	} else {
		propName := toPropertyKey(key)
		vm.r.assignmentBase(receiver, propName).set(propName, val, receiver, true)
	}
	vm.sp -= 3
	vm.pc++
}

//go:nosplit
func (g *icInstanceof) exec(vm *vm) {
	right, ok := vm.stack[vm.sp-1].(*Object)
	if !ok {
		_op_instanceof{}.exec(vm)
		return
	}
	var is bool
	if builtinHasInstance(vm.r, right) {
		// instanceOfWith's answer for the built-in, without the read
		is = isCallableObj(right) && right.self.hasInstance(vm.stack[vm.sp-2])
	} else {
		h := (*propIC)(g).getSym(right, SymHasInstance, right)
		is = instanceOfWith(vm.stack[vm.sp-2], right, h)
	}
	if is {
		vm.stack[vm.sp-2] = valueTrue
	} else {
		vm.stack[vm.sp-2] = valueFalse
	}
	vm.sp--
	vm.pc++
}

// builtinHasInstance reports whether c[@@hasInstance] is certainly
// Function.prototype's built-in (engineperf41): Function.prototype is on c's
// chain and no object before it has the symbol as its own. The property is
// non-writable and non-configurable there, so it is the built-in for good.
// The IC read it replaces walked the same chain and asked the templated
// Function.prototype for the symbol (≈ 300 machine instructions for an
// Express request's `x instanceof Buffer`). false: not known (a Proxy, a
// template or a bound function on the way), getSym reads it.
func builtinHasInstance(r *Runtime, c *Object) bool {
	fp := r.global.FunctionPrototype
	for i := 0; i < 8 && c != nil; i++ {
		if c == fp {
			return true
		}
		bo := symBase(c)
		if bo == nil || bo.getOwnPropSym(SymHasInstance) != nil {
			return false
		}
		c = bo.prototype
	}
	return false
}

func (*icGetElem) String() string        { return fmt.Sprint(_getElem{}) }
func (*icGetElemCallee) String() string  { return fmt.Sprint(_getElemCallee{}) }
func (*icSetElem) String() string        { return fmt.Sprint(_setElem{}) }
func (*icSetElemP) String() string       { return fmt.Sprint(_setElemP{}) }
func (*icSetElemStrict) String() string  { return fmt.Sprint(_setElemStrict{}) }
func (*icSetElemStrictP) String() string { return fmt.Sprint(_setElemStrictP{}) }
func (*icInstanceof) String() string     { return fmt.Sprint(_op_instanceof{}) }
