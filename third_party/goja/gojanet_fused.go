package goja

// gojanet: superinstructions (README.gojanet.md "Superinstructions"). Each
// dispatch of the run loop costs ≈ 25 machine instructions (the interrupt
// check, the code slice, an indirect call, a frame); node's modules run a few
// instruction pairs most of the time (a local then a property read of it, a
// comparison then a branch). fuseCode replaces the first instruction of such
// a pair with one that does both when the common case holds and then moves
// the pc past the second. The second instruction stays where it was: a jump
// may land on it, and when the fused one finds anything unusual (a variable
// in its temporal dead zone, a cache miss, a receiver that is no plain
// object) it does only the first instruction's work, exactly as that
// instruction would, and the loop then runs the second as before. A fused
// instruction never throws from its second half, so an exception's pc is
// the instruction's own.

import (
	"fmt"
)

// lexAt is what loadStackLex(l) would push, or nil when the variable is in its
// temporal dead zone (loadStackLex then throws).
func (vm *vm) lexAt(l int) Value {
	if l <= 0 {
		arg := -l
		if arg > vm.args {
			return _undefined
		}
		return vm.stack[vm.sb+arg]
	}
	return vm.stack[vm.sb+vm.args+l]
}

// loadStackLex(l); getProp: a local's property.
type fLoadStackLexGetProp struct {
	l    int
	g    *getProp
	next instruction // see chainNext
}

func (f *fLoadStackLexGetProp) exec(vm *vm) {
	v := vm.lexAt(f.l)
	// (gojanet: a hit pushes only when the value stack has the slot: with
	// no growth, the hit path calls nothing but the next instruction, and
	// Go keeps f and vm in registers instead of saving them on the way in.
	// The stack and sp are read once: the push needs no second bounds
	// check, and fastGet runs no code that could move them)
	if o, ok := v.(*Object); ok {
		if s, sp := vm.stack, vm.sp; uint(sp) < uint(len(s)) {
			prop := f.g.ic.ownHit(o) // gojanet_ic.go: inlined
			if prop == nil {
				if prop = f.g.ic.fastGet(o); prop == nil {
					f.g.slow(vm, o, true) // (o: one word kept across the call, not v's two)
					return
				}
			}
			s[sp] = prop
			vm.sp = sp + 1
			vm.pc += 2
			if n := f.next; n != nil {
				if countOn {
					countChain(vm)
				}
				n.exec(vm) // chainNext
			}
			return
		}
	} else if v == nil { // (an object is no temporal dead zone: asked after)
		(*dLoadStackLex)(&f.l).exec(vm) // throws
		return
	}
	// getProp's other paths, v pushed at its own pc (an error is reported
	// there)
	f.g.slow(vm, v, true)
}

func (f *fLoadStackLexGetProp) String() string {
	return fmt.Sprintf("%v; %v", loadStackLex(f.l), f.g)
}

// lengthOf is v.length for an array or an ASCII string primitive, which
// no inline cache answers (an array's `length` is not kept in its slot, a
// primitive has no shape), as getProp.slow reads them; ok false for any
// other value. Small enough to be inlined.
func lengthOf(v Value) (n int64, ok bool) {
	if o, isObj := v.(*Object); isObj {
		if a, isArr := o.self.(*arrayObject); isArr {
			return int64(a.length), true
		}
	} else if s, isStr := v.(asciiString); isStr {
		return int64(len(s)), true
	}
	return 0, false
}

// loadStackLex(l); getProp(length): a local's `length` (engineperf27): an
// array's or a string's at once; any other value is fLoadStackLexGetProp's.
type fLoadStackLexGetLen struct {
	fLoadStackLexGetProp
}

func (f *fLoadStackLexGetLen) exec(vm *vm) {
	if n, ok := lengthOf(vm.lexAt(f.l)); ok {
		vm.push(vm.boxes.int(n))
		vm.pc += 2
		if n := f.next; n != nil {
			if countOn {
				countChain(vm)
			}
			n.exec(vm) // chainNext
		}
		return
	}
	f.fLoadStackLexGetProp.exec(vm)
}

// loadStack(l); getProp(length): a var's `length`, as fLoadStackLexGetLen.
type fLoadStackGetLen struct {
	fLoadStackGetProp
}

func (f *fLoadStackGetLen) exec(vm *vm) {
	var v Value
	if f.l > 0 {
		v = vm.stack[vm.sb+vm.args+f.l]
	} else {
		v = vm.stack[vm.sb]
	}
	if n, ok := lengthOf(v); ok {
		vm.push(vm.boxes.int(n))
		vm.pc += 2
		if n := f.next; n != nil {
			if countOn {
				countChain(vm)
			}
			n.exec(vm) // chainNext
		}
		return
	}
	f.fLoadStackGetProp.exec(vm)
}

// loadStash(s); getProp(length): a closure's var's `length`, as
// fLoadStackLexGetLen.
type fLoadStashGetLen struct {
	fLoadStashGetProp
}

func (f *fLoadStashGetLen) exec(vm *vm) {
	if n, ok := lengthOf(vm.stashAt(f.s)); ok {
		vm.push(vm.boxes.int(n))
		vm.pc += 2
		if n := f.next; n != nil {
			if countOn {
				countChain(vm)
			}
			n.exec(vm) // chainNext
		}
		return
	}
	f.fLoadStashGetProp.exec(vm)
}

// loadStashLex(s); getProp(length): a captured variable's `length`, as
// fLoadStackLexGetLen.
type fLoadStashLexGetLen struct {
	fLoadStashLexGetProp
}

func (f *fLoadStashLexGetLen) exec(vm *vm) {
	if n, ok := lengthOf(vm.stashAt(f.s)); ok {
		vm.push(vm.boxes.int(n))
		vm.pc += 2
		if n := f.next; n != nil {
			if countOn {
				countChain(vm)
			}
			n.exec(vm) // chainNext
		}
		return
	}
	f.fLoadStashLexGetProp.exec(vm)
}

// stashAt is the value in stash slot s (level << 24 | index), nil when
// there is none (a temporal dead zone or an unset var: the caller's
// general path decides).
func (vm *vm) stashAt(s int) Value {
	stash := vm.stash
	for i := 0; i < s>>24; i++ {
		stash = stash.outer
	}
	return stash.getByIdx(uint32(s & 0x00FFFFFF))
}

// getProp(length) on its own (engineperf27): as fLoadStackLexGetLen.
type fGetLength struct {
	g *getProp
}

//go:nosplit
func (f *fGetLength) exec(vm *vm) {
	if n, ok := lengthOf(vm.stack[vm.sp-1]); ok {
		vm.stack[vm.sp-1] = vm.boxes.int(n)
		vm.pc++
		return
	}
	f.g.exec(vm)
}

func (f *fGetLength) String() string {
	return fmt.Sprint(f.g)
}

// getProp; initStackP(s): a property into a local.
type fGetPropInitStackP struct {
	g *getProp
	s int
}

//go:nosplit
func (f *fGetPropInitStackP) exec(vm *vm) {
	if o, ok := vm.stack[vm.sp-1].(*Object); ok {
		prop := f.g.ic.ownHit(o) // gojanet_ic.go: inlined
		if prop == nil {
			prop = f.g.ic.fastGet(o)
		}
		if prop != nil {
			vm.sp--
			if f.s <= 0 {
				vm.stack[vm.sb-f.s] = prop
			} else {
				vm.stack[vm.sb+vm.args+f.s] = prop
			}
			vm.pc += 2
			return
		}
	}
	f.g.slow(vm, vm.stack[vm.sp-1], false)
}

func (f *fGetPropInitStackP) String() string {
	return fmt.Sprintf("%v; %v", f.g, initStackP(f.s))
}

// loadStackLex(l); loadVal
type fLoadStackLexLoadVal struct {
	l int
	v Value
}

//go:nosplit
func (f *fLoadStackLexLoadVal) exec(vm *vm) {
	if a := vm.lexAt(f.l); a != nil {
		vm.stack.expand(vm.sp + 1) // both in one check
		vm.stack[vm.sp] = a
		vm.stack[vm.sp+1] = f.v
		vm.sp += 2
		vm.pc += 2
		return
	}
	(*dLoadStackLex)(&f.l).exec(vm)
}

func (f *fLoadStackLexLoadVal) String() string {
	return fmt.Sprintf("%v; %v", loadStackLex(f.l), loadVal{f.v})
}

// loadStackLex(a); loadStackLex(b)
type fLoadStackLex2 struct {
	a, b int
}

//go:nosplit
func (f *fLoadStackLex2) exec(vm *vm) {
	if a := vm.lexAt(f.a); a != nil {
		if b := vm.lexAt(f.b); b != nil {
			vm.stack.expand(vm.sp + 1) // both in one check
			vm.stack[vm.sp] = a
			vm.stack[vm.sp+1] = b
			vm.sp += 2
			vm.pc += 2
			return
		}
	}
	(*dLoadStackLex)(&f.a).exec(vm)
}

func (f *fLoadStackLex2) String() string {
	return fmt.Sprintf("%v; %v", loadStackLex(f.a), loadStackLex(f.b))
}

// loadStackLex(l); loadStashLex(g)
type fLoadStackLexLoadStashLex struct {
	l int
	g int
}

//go:nosplit
func (f *fLoadStackLexLoadStashLex) exec(vm *vm) {
	if a := vm.lexAt(f.l); a != nil {
		level := f.g >> 24
		stash := vm.stash
		for i := 0; i < level; i++ {
			stash = stash.outer
		}
		if b := stash.getByIdx(uint32(f.g & 0x00FFFFFF)); b != nil {
			vm.stack.expand(vm.sp + 1) // both in one check
			vm.stack[vm.sp] = a
			vm.stack[vm.sp+1] = b
			vm.sp += 2
			vm.pc += 2
			return
		}
	}
	(*dLoadStackLex)(&f.l).exec(vm)
}

func (f *fLoadStackLexLoadStashLex) String() string {
	return fmt.Sprintf("%v; %v", loadStackLex(f.l), loadStashLex(f.g))
}

// jneP(j); loadStackLex(l): a branch not taken falls into a local's load.
type fJnePLoadStackLex struct {
	j int
	l int
}

//go:nosplit
func (f *fJnePLoadStackLex) exec(vm *vm) {
	vm.sp--
	if !truthy(vm.stack[vm.sp]) {
		vm.pc += f.j
		return
	}
	if a := vm.lexAt(f.l); a != nil {
		vm.push(a)
		vm.pc += 2
		return
	}
	vm.pc++
}

func (f *fJnePLoadStackLex) String() string {
	return fmt.Sprintf("%v; %v", jneP(f.j), loadStackLex(f.l))
}

// initStackP(s); loadStackLex(l)
type fInitStackPLoadStackLex struct {
	s int
	l int
}

//go:nosplit
func (f *fInitStackPLoadStackLex) exec(vm *vm) {
	// the value moves from the top of the stack to the local and the
	// loaded one takes its place: sp is unchanged, no push (its capacity
	// check). The store comes first: l may be s.
	top := vm.sp - 1
	v := vm.stack[top]
	if f.s <= 0 {
		vm.stack[vm.sb-f.s] = v
	} else {
		vm.stack[vm.sb+vm.args+f.s] = v
	}
	if a := vm.lexAt(f.l); a != nil {
		vm.stack[top] = a
		vm.pc += 2
		return
	}
	vm.sp = top
	vm.pc++ // loadStackLex throws at its own pc
}

func (f *fInitStackPLoadStackLex) String() string {
	return fmt.Sprintf("%v; %v", initStackP(f.s), loadStackLex(f.l))
}

// initStackP(s); loadStack(l): fInitStackPLoadStackLex's pair for a var or
// `this` (engineperf36), which needs no dead-zone check.
type fInitStackPLoadStack struct {
	s int
	l int
}

//go:nosplit
func (f *fInitStackPLoadStack) exec(vm *vm) {
	top := vm.sp - 1
	v := vm.stack[top]
	if f.s <= 0 {
		vm.stack[vm.sb-f.s] = v
	} else {
		vm.stack[vm.sb+vm.args+f.s] = v
	}
	vm.stack[top] = vm.stackAt(f.l) // after the store: l may be s
	vm.pc += 2
}

func (f *fInitStackPLoadStack) String() string {
	return fmt.Sprintf("%v; %v", initStackP(f.s), loadStack(f.l))
}

// op_strict_eq or op_strict_neq; jneP(j): a comparison's branch without its
// boolean on the stack.
type fStrictEqJneP struct {
	j   int
	neq bool
}

//go:nosplit
func (f *fStrictEqJneP) exec(vm *vm) {
	eq := vm.stack[vm.sp-2].StrictEquals(vm.stack[vm.sp-1])
	vm.sp -= 2
	if eq == f.neq {
		vm.pc += 1 + f.j
	} else {
		vm.pc += 2
	}
}

func (f *fStrictEqJneP) String() string {
	if f.neq {
		return fmt.Sprintf("%v; %v", _op_strict_neq{}, jneP(f.j))
	}
	return fmt.Sprintf("%v; %v", _op_strict_eq{}, jneP(f.j))
}

// loadStack(l); getProp: `this.x` (l == 0) or a parameter's property.
type fLoadStackGetProp struct {
	l    int
	g    *getProp
	next instruction // see chainNext
}

func (f *fLoadStackGetProp) exec(vm *vm) {
	var v Value
	if f.l > 0 {
		v = nilSafe(vm.stack[vm.sb+vm.args+f.l])
	} else {
		v = vm.stack[vm.sb]
	}
	if o, ok := v.(*Object); ok { // (see fLoadStackLexGetProp)
		if s, sp := vm.stack, vm.sp; uint(sp) < uint(len(s)) {
			prop := f.g.ic.ownHit(o) // gojanet_ic.go: inlined
			if prop == nil {
				if prop = f.g.ic.fastGet(o); prop == nil {
					f.g.slow(vm, o, true) // (o: one word kept across the call, not v's two)
					return
				}
			}
			s[sp] = prop
			vm.sp = sp + 1
			vm.pc += 2
			if n := f.next; n != nil {
				if countOn {
					countChain(vm)
				}
				n.exec(vm) // chainNext
			}
			return
		}
	}
	f.g.slow(vm, v, true)
}

func (f *fLoadStackGetProp) String() string {
	return fmt.Sprintf("%v; %v", loadStack(f.l), f.g)
}

// loadStashLex(g); getProp: a captured variable's property.
type fLoadStashLexGetProp struct {
	s    int
	g    *getProp
	next instruction // see chainNext
}

func (f *fLoadStashLexGetProp) exec(vm *vm) {
	level := f.s >> 24
	stash := vm.stash
	for i := 0; i < level; i++ {
		stash = stash.outer
	}
	v := stash.getByIdx(uint32(f.s & 0x00FFFFFF))
	if v == nil {
		(*dLoadStashLex)(&f.s).exec(vm) // throws
		return
	}
	if o, ok := v.(*Object); ok { // (see fLoadStackLexGetProp)
		if s, sp := vm.stack, vm.sp; uint(sp) < uint(len(s)) {
			prop := f.g.ic.ownHit(o) // gojanet_ic.go: inlined
			if prop == nil {
				if prop = f.g.ic.fastGet(o); prop == nil {
					f.g.slow(vm, o, true) // (o: one word kept across the call, not v's two)
					return
				}
			}
			s[sp] = prop
			vm.sp = sp + 1
			vm.pc += 2
			if n := f.next; n != nil {
				if countOn {
					countChain(vm)
				}
				n.exec(vm) // chainNext
			}
			return
		}
	}
	f.g.slow(vm, v, true)
}

func (f *fLoadStashLexGetProp) String() string {
	return fmt.Sprintf("%v; %v", loadStashLex(f.s), f.g)
}

// loadStashLex(g); loadStackLex(l)
type fLoadStashLexLoadStackLex struct {
	s int
	l int
}

//go:nosplit
func (f *fLoadStashLexLoadStackLex) exec(vm *vm) {
	level := f.s >> 24
	stash := vm.stash
	for i := 0; i < level; i++ {
		stash = stash.outer
	}
	if a := stash.getByIdx(uint32(f.s & 0x00FFFFFF)); a != nil {
		if b := vm.lexAt(f.l); b != nil {
			vm.stack.expand(vm.sp + 1) // both in one check
			vm.stack[vm.sp] = a
			vm.stack[vm.sp+1] = b
			vm.sp += 2
			vm.pc += 2
			return
		}
	}
	(*dLoadStashLex)(&f.s).exec(vm)
}

func (f *fLoadStashLexLoadStackLex) String() string {
	return fmt.Sprintf("%v; %v", loadStashLex(f.s), loadStackLex(f.l))
}

// loadVal; op_strict_eq or op_strict_neq; jneP(j): `x === 'a'` as a
// condition, the constant never pushed.
type fLoadValStrictEqJneP struct {
	c   constEq // gojanet_fusedcmp.go
	j   int
	neq bool
}

//go:nosplit
func (f *fLoadValStrictEqJneP) exec(vm *vm) {
	eq := f.c.eq(vm.stack[vm.sp-1])
	vm.sp--
	if eq == f.neq {
		vm.pc += 2 + f.j
	} else {
		vm.pc += 3
	}
}

func (f *fLoadValStrictEqJneP) String() string {
	if f.neq {
		return fmt.Sprintf("%v; %v; %v", loadVal{f.c.v}, _op_strict_neq{}, jneP(f.j))
	}
	return fmt.Sprintf("%v; %v; %v", loadVal{f.c.v}, _op_strict_eq{}, jneP(f.j))
}

// loadStackLex, loadStack or loadStashLex; getPropCallee: the receiver and
// the method of `a.m(...)` (engineperf14). A global's too, `Array.isArray(x)`
// (engineperf39): lg is its loadGlobal.
type fLoadGetPropCallee struct {
	kind uint8
	l    int
	g    *getPropCallee
	lg   *loadGlobal
	next instruction // see chainNext
}

const (
	loadKindStackLex = iota
	loadKindStack
	loadKindStashLex
	loadKindStash // a var's closure slot: no temporal dead zone (engineperf17)
	loadKindGlobal
)

func (f *fLoadGetPropCallee) exec(vm *vm) {
	var v Value
	switch f.kind {
	case loadKindStackLex:
		if v = vm.lexAt(f.l); v == nil {
			(*dLoadStackLex)(&f.l).exec(vm) // its own path (undefined argument, TDZ)
			return
		}
	case loadKindStack:
		if f.l > 0 {
			v = nilSafe(vm.stack[vm.sb+vm.args+f.l])
		} else {
			v = vm.stack[vm.sb]
		}
	case loadKindGlobal:
		if v = vm.r.globalCache.get(f.lg.id); v == nil {
			f.lg.exec(vm) // its own path (a lookup, a ReferenceError)
			return
		}
	default:
		level := f.l >> 24
		stash := vm.stash
		for i := 0; i < level; i++ {
			stash = stash.outer
		}
		if v = stash.getByIdx(uint32(f.l & 0x00FFFFFF)); v == nil {
			if f.kind == loadKindStash {
				v = _undefined
			} else {
				(*dLoadStashLex)(&f.l).exec(vm) // throws
				return
			}
		}
	}
	if o, ok := v.(*Object); ok && vm.room(2) { // (see fLoadStackLexGetProp; vm.go room)
		prop := f.g.ic.ownHit(o) // gojanet_ic.go: inlined
		if prop == nil {
			if prop = f.g.ic.fastGet(o); prop == nil {
				f.g.slow(vm, o, true) // (o: one word kept across the call, not v's two)
				return
			}
		}
		sp := vm.sp
		s := (*[2]Value)(vm.stack[sp : sp+2]) // room(2): one bounds check
		s[0], s[1] = prop, o                  // [f, this] (gojanet_callframe.go)
		vm.sp = sp + 2
		vm.pc += 2
		if n := f.next; n != nil {
			if countOn {
				countChain(vm)
			}
			n.exec(vm) // chainNext
		}
		return
	}
	f.g.slow(vm, v, true)
}

func (f *fLoadGetPropCallee) String() string {
	var load interface{} = loadStackLex(f.l)
	switch f.kind {
	case loadKindStack:
		load = loadStack(f.l)
	case loadKindStashLex:
		load = loadStashLex(f.l)
	case loadKindStash:
		load = loadStash(f.l)
	case loadKindGlobal:
		load = f.lg
	}
	return fmt.Sprintf("%v; %v", load, f.g)
}

// loadStackLex(l); loadVal(v); setPropStrictP: `a.x = 'c'`, the store called
// directly (engineperf14).
type fLoadStackLexLoadValSetProp struct {
	l int
	v Value
	s *setPropStrictP
}

//go:nosplit
func (f *fLoadStackLexLoadValSetProp) exec(vm *vm) {
	if a := vm.lexAt(f.l); a != nil {
		// an own writable property: written with nothing pushed (the
		// three instructions leave the stack as it was)
		if o, ok := a.(*Object); ok && f.s.ic.ownSet(o, f.v) { // gojanet_ic.go: inlined
			vm.pc += 3
			return
		}
		vm.stack.expand(vm.sp + 1)
		vm.stack[vm.sp] = a
		vm.stack[vm.sp+1] = f.v
		vm.sp += 2
		vm.pc += 2
		f.s.exec(vm)
		return
	}
	(*dLoadStackLex)(&f.l).exec(vm)
}

func (f *fLoadStackLexLoadValSetProp) String() string {
	return fmt.Sprintf("%v; %v; %v", loadStackLex(f.l), loadVal{f.v}, f.s)
}

// loadStack(l); loadVal(v); setPropStrictP: `this.x = 'c'` and a var's
// (engineperf40; Express's constructors set their fields on `this`): as
// fLoadStackLexLoadValSetProp, with no dead zone to check.
type fLoadStackLoadValSetProp struct {
	l int
	v Value
	s *setPropStrictP
}

//go:nosplit
func (f *fLoadStackLoadValSetProp) exec(vm *vm) {
	var a Value
	if f.l > 0 {
		a = nilSafe(vm.stack[vm.sb+vm.args+f.l])
	} else {
		a = vm.stack[vm.sb]
	}
	if o, ok := a.(*Object); ok && f.s.ic.ownSet(o, f.v) { // gojanet_ic.go: inlined
		vm.pc += 3
		return
	}
	vm.stack.expand(vm.sp + 1)
	vm.stack[vm.sp] = a
	vm.stack[vm.sp+1] = f.v
	vm.sp += 2
	vm.pc += 2
	f.s.exec(vm)
}

func (f *fLoadStackLoadValSetProp) String() string {
	return fmt.Sprintf("%v; %v; %v", loadStack(f.l), loadVal{f.v}, f.s)
}

// loadVal(v); setPropStrictP: `o.x = 'c'` (engineperf14).
type fLoadValSetProp struct {
	v Value
	s *setPropStrictP
}

//go:nosplit
func (f *fLoadValSetProp) exec(vm *vm) {
	if o, ok := vm.stack[vm.sp-1].(*Object); ok && f.s.ic.ownSet(o, f.v) { // gojanet_ic.go: inlined
		vm.sp--
		vm.pc += 2
		return
	}
	vm.push(f.v)
	vm.pc++
	f.s.exec(vm)
}

func (f *fLoadValSetProp) String() string {
	return fmt.Sprintf("%v; %v", loadVal{f.v}, f.s)
}

// op_lt, op_gt or op_gte; jneP(j): `i < n` as a condition, the boolean never
// pushed (engineperf14). Each operator's own conversions and comparison, in
// its order.
type fRelJneP struct {
	j  int
	op uint8
}

const (
	relLt = iota
	relGt
	relGte
)

//go:nosplit
func (f *fRelJneP) exec(vm *vm) {
	left := toPrimitiveNumber(vm.stack[vm.sp-2])
	right := toPrimitiveNumber(vm.stack[vm.sp-1])
	// cmp gives valueTrue, valueFalse or _undefined (NaN): a type assertion
	// instead of comparing interfaces (runtime.ifaceeq)
	var b bool
	switch f.op {
	case relLt:
		r, _ := cmp(left, right).(valueBool)
		b = bool(r)
	case relGt:
		r, _ := cmp(right, left).(valueBool)
		b = bool(r)
	default: // relGte
		r, ok := cmp(left, right).(valueBool)
		b = ok && !bool(r)
	}
	vm.sp -= 2
	if b {
		vm.pc += 2
	} else {
		vm.pc += 1 + f.j
	}
}

func (f *fRelJneP) String() string {
	var op instruction = _op_lt{}
	switch f.op {
	case relGt:
		op = _op_gt{}
	case relGte:
		op = _op_gte{}
	}
	return fmt.Sprintf("%v; %v", op, jneP(f.j))
}

// not; jneP(j): `if (!x)`, the negation never pushed (engineperf14).
type fNotJneP struct {
	j int
}

//go:nosplit
func (f *fNotJneP) exec(vm *vm) {
	vm.sp--
	if truthy(vm.stack[vm.sp]) {
		vm.pc += 1 + f.j
	} else {
		vm.pc += 2
	}
}

func (f *fNotJneP) String() string {
	return fmt.Sprintf("%v; %v", _not{}, jneP(f.j))
}

// typeof; loadVal; op_strict_eq or op_strict_neq; jneP, jne or jeq(j):
// `typeof x === 'function'` as a condition (engineperf14; jne and jeq, in
// && and ||, since engineperf17). The constant's kind is found once: a value
// whose concrete type decides its typeof is compared by kind, without the
// string.
type fTypeofStrictEqJ struct {
	v    Value
	k    typeofKind
	j    int
	neq  bool
	mode uint8
}

//go:nosplit
func (f *fTypeofStrictEqJ) exec(vm *vm) {
	v := vm.stack[vm.sp-1]
	var eq bool
	if k := typeofKindOf(v); k != typeofSlow {
		eq = k == f.k
	} else {
		eq = typeOfValue(v).StrictEquals(f.v)
	}
	vm.pc++ // cmpJump's triple starts at loadVal
	cmpJump(vm, eq != f.neq, f.mode, f.j)
}

func (f *fTypeofStrictEqJ) String() string {
	return fmt.Sprintf("%v; %v", _typeof{}, tripleString(loadVal{f.v}, f.neq, f.mode, f.j))
}

// op_strict_eq or op_strict_neq; jne(j) or jeq(j): a comparison in && or ||
// (the boolean stays on the stack when the jump is taken).
type fStrictEqJ struct {
	j   int
	neq bool
	jeq bool // jump on true
}

//go:nosplit
func (f *fStrictEqJ) exec(vm *vm) {
	b := vm.stack[vm.sp-2].StrictEquals(vm.stack[vm.sp-1]) != f.neq
	if b == f.jeq {
		if b {
			vm.stack[vm.sp-2] = valueTrue
		} else {
			vm.stack[vm.sp-2] = valueFalse
		}
		vm.sp--
		vm.pc += 1 + f.j
	} else {
		vm.sp -= 2
		vm.pc += 2
	}
}

func (f *fStrictEqJ) String() string {
	var op, j interface{} = _op_strict_eq{}, jne(f.j)
	if f.neq {
		op = _op_strict_neq{}
	}
	if f.jeq {
		j = jeq(f.j)
	}
	return fmt.Sprintf("%v; %v", op, j)
}

// The jump that ends a comparison triple (gojanet, engineperf13): jneP pops
// the boolean and jumps on false; jne and jeq jump on false / true keeping it
// on the stack, and pop it otherwise.
const (
	tripleJneP = iota
	tripleJne
	tripleJeq
)

// cmpJump finishes a triple loadX; op_strict_eq/neq; jump at pc: left is on
// the stack at sp-1, right was never pushed, b is the comparison's result.
func cmpJump(vm *vm, b bool, mode uint8, j int) {
	switch mode {
	case tripleJneP:
		vm.sp--
		if !b {
			vm.pc += 2 + j
		} else {
			vm.pc += 3
		}
		return
	}
	if b == (mode == tripleJeq) {
		if b {
			vm.stack[vm.sp-1] = valueTrue
		} else {
			vm.stack[vm.sp-1] = valueFalse
		}
		vm.pc += 2 + j
	} else {
		vm.sp--
		vm.pc += 3
	}
}

func tripleString(first interface{}, neq bool, mode uint8, j int) string {
	var op, jmp interface{} = _op_strict_eq{}, jneP(j)
	if neq {
		op = _op_strict_neq{}
	}
	switch mode {
	case tripleJne:
		jmp = jne(j)
	case tripleJeq:
		jmp = jeq(j)
	}
	return fmt.Sprintf("%v; %v; %v", first, op, jmp)
}

// loadStashLex(s); op_strict_eq or op_strict_neq; jneP, jne or jeq(j):
// `x === y` with y a closure's variable, as a condition (node's modules:
// `state.x === kConst`, `typeof cb === 'function'` on captured names).
// The variable in its temporal dead zone throws from loadStashLex's pc.
type fLoadStashLexStrictEqJ struct {
	s    int
	j    int
	neq  bool
	mode uint8
}

//go:nosplit
func (f *fLoadStashLexStrictEqJ) exec(vm *vm) {
	level := f.s >> 24
	stash := vm.stash
	for i := 0; i < level; i++ {
		stash = stash.outer
	}
	v := stash.getByIdx(uint32(f.s & 0x00FFFFFF))
	if v == nil {
		(*dLoadStashLex)(&f.s).exec(vm) // throws
		return
	}
	a := vm.stack[vm.sp-1]
	var eq bool
	if t := nullishType(v); t != nil { // (gojanet_fusedcmp.go)
		eq = typeWord(a) == t
	} else {
		eq = a.StrictEquals(v)
	}
	cmpJump(vm, eq != f.neq, f.mode, f.j)
}

func (f *fLoadStashLexStrictEqJ) String() string {
	return tripleString(loadStashLex(f.s), f.neq, f.mode, f.j)
}

// loadVal; op_strict_eq or op_strict_neq; jne or jeq(j): a comparison with
// a constant in && or || (jneP: fLoadValStrictEqJneP).
type fLoadValStrictEqJ struct {
	c    constEq
	j    int
	neq  bool
	mode uint8
}

//go:nosplit
func (f *fLoadValStrictEqJ) exec(vm *vm) {
	cmpJump(vm, f.c.eq(vm.stack[vm.sp-1]) != f.neq, f.mode, f.j)
}

func (f *fLoadValStrictEqJ) String() string {
	return tripleString(loadVal{f.c.v}, f.neq, f.mode, f.j)
}

// loadStash(s); getProp: a var's property, the var in a closure (ES5 code:
// Express's `req.x`, `res.x` in nested functions; engineperf17).
type fLoadStashGetProp struct {
	s    int
	g    *getProp
	next instruction // see chainNext
}

func (f *fLoadStashGetProp) exec(vm *vm) {
	level := f.s >> 24
	stash := vm.stash
	for i := 0; i < level; i++ {
		stash = stash.outer
	}
	v := nilSafe(stash.getByIdx(uint32(f.s & 0x00FFFFFF)))
	if o, ok := v.(*Object); ok { // (see fLoadStackLexGetProp)
		if s, sp := vm.stack, vm.sp; uint(sp) < uint(len(s)) {
			prop := f.g.ic.ownHit(o) // gojanet_ic.go: inlined
			if prop == nil {
				if prop = f.g.ic.fastGet(o); prop == nil {
					f.g.slow(vm, o, true) // (o: one word kept across the call, not v's two)
					return
				}
			}
			s[sp] = prop
			vm.sp = sp + 1
			vm.pc += 2
			if n := f.next; n != nil {
				if countOn {
					countChain(vm)
				}
				n.exec(vm) // chainNext
			}
			return
		}
	}
	f.g.slow(vm, v, true)
}

func (f *fLoadStashGetProp) String() string {
	return fmt.Sprintf("%v; %v", loadStash(f.s), f.g)
}

// loadStack(l); call(n): a var (or this) as the last argument, then the call
// at its own pc (engineperf17).
type fLoadStackCall struct {
	l int
	n int
}

//go:nosplit
func (f *fLoadStackCall) exec(vm *vm) {
	(*dLoadStack)(&f.l).exec(vm)
	(*dCall)(&f.n).exec(vm)
}

func (f *fLoadStackCall) String() string {
	return fmt.Sprintf("%v; %v", loadStack(f.l), call(f.n))
}

// leaveBlock; jump(j): a loop body's end (continue, the next iteration);
// the jump's own exec does a backward jump's interrupt check (engineperf17).
type fLeaveBlockJump struct {
	l *leaveBlock
	j int
}

func (f *fLeaveBlockJump) exec(vm *vm) {
	f.l.exec(vm)
	(*dJump)(&f.j).exec(vm)
}

func (f *fLeaveBlockJump) String() string {
	return fmt.Sprintf("%v; %v", f.l, jump(f.j))
}

// getElem (icGetElem); initStackP(s); loadStackLex(l): `const v = o[k]`
// and the next local's load (engineperf17). A symbol key on an object (node's
// `this[kState]`) is read through the cache and stored in the local without
// the stack; anything else is icGetElem's own exec, and the loop goes on.
type fGetElemInitLoad struct {
	g    *icGetElem
	next *fInitStackPLoadStackLex
}

//go:nosplit
func (f *fGetElemInitLoad) exec(vm *vm) {
	sp := vm.sp
	if o, ok := vm.stack[sp-2].(*Object); ok {
		if k, ok := vm.stack[sp-1].(*Symbol); ok {
			v := nilSafe((*propIC)(f.g).getSym(o, k, o))
			// initStackP(s)
			if s := f.next.s; s <= 0 {
				vm.stack[vm.sb-s] = v
			} else {
				vm.stack[vm.sb+vm.args+s] = v
			}
			vm.sp = sp - 2
			// loadStackLex(l), unless the variable needs its own exec
			if a := vm.lexAt(f.next.l); a != nil {
				vm.stack[sp-2] = a
				vm.sp = sp - 1
				vm.pc += 3
				return
			}
			vm.pc += 2
			return
		}
	}
	f.g.exec(vm)
}

func (f *fGetElemInitLoad) String() string {
	return fmt.Sprintf("%v; %v", f.g, f.next)
}

// loadStackLex(l); call(n): the last argument, then the call at its own pc.
type fLoadStackLexCall struct {
	l int
	n int
}

//go:nosplit
func (f *fLoadStackLexCall) exec(vm *vm) {
	if a := vm.lexAt(f.l); a != nil {
		vm.push(a)
		vm.pc++
		(*dCall)(&f.n).exec(vm)
		return
	}
	(*dLoadStackLex)(&f.l).exec(vm)
}

func (f *fLoadStackLexCall) String() string {
	return fmt.Sprintf("%v; %v", loadStackLex(f.l), call(f.n))
}

// loadVal; call(n)
type fLoadValCall struct {
	v Value
	n int
}

//go:nosplit
func (f *fLoadValCall) exec(vm *vm) {
	vm.push(f.v)
	vm.pc++
	(*dCall)(&f.n).exec(vm)
}

func (f *fLoadValCall) String() string {
	return fmt.Sprintf("%v; %v", loadVal{f.v}, call(f.n))
}

// loadStashLex(g); loadUndef: a captured function and a call's undefined
// receiver ([f, this], gojanet_callframe.go).
type fLoadStashLexLoadUndef struct {
	s int
}

//go:nosplit
func (f *fLoadStashLexLoadUndef) exec(vm *vm) {
	if b := vm.stashAt(f.s); b != nil {
		sp := vm.sp
		if s := vm.stack; uint(sp+1) < uint(len(s)) { // both in one check
			s[sp], s[sp+1] = b, _undefined
			vm.sp = sp + 2
		} else {
			vm.pushPairGrow(b, _undefined)
		}
		vm.pc += 2
		return
	}
	(*dLoadStashLex)(&f.s).exec(vm) // throws
}

func (f *fLoadStashLexLoadUndef) String() string {
	return fmt.Sprintf("%v; %v", loadStashLex(f.s), _loadUndef{})
}

// loadStackLex(l); loadUndef: a local function and a call's undefined
// receiver.
type fLoadStackLexLoadUndef struct {
	l int
}

//go:nosplit
func (f *fLoadStackLexLoadUndef) exec(vm *vm) {
	if a := vm.lexAt(f.l); a != nil {
		sp := vm.sp
		if s := vm.stack; uint(sp+1) < uint(len(s)) { // both in one check
			s[sp], s[sp+1] = a, _undefined
			vm.sp = sp + 2
		} else {
			vm.pushPairGrow(a, _undefined)
		}
		vm.pc += 2
		return
	}
	(*dLoadStackLex)(&f.l).exec(vm) // its own path (undefined argument, TDZ)
}

func (f *fLoadStackLexLoadUndef) String() string {
	return fmt.Sprintf("%v; %v", loadStackLex(f.l), _loadUndef{})
}

// pushPairGrow pushes a, then b, when the stack has to grow (the
// fused loads' own pair stores are written out: a shared function would
// not be inlined).
//
//go:noinline
func (vm *vm) pushPairGrow(a, b Value) {
	vm.stack.expand(vm.sp + 1)
	vm.push(a)
	vm.push(b)
}

// loadStash(s); loadUndef: a var's function (a module's function
// declaration, captured) and a call's undefined receiver.
type fLoadStashLoadUndef struct {
	s int
}

//go:nosplit
func (f *fLoadStashLoadUndef) exec(vm *vm) {
	v := nilSafe(vm.stashAt(f.s))
	sp := vm.sp
	if s := vm.stack; uint(sp+1) < uint(len(s)) {
		s[sp], s[sp+1] = v, _undefined
		vm.sp = sp + 2
	} else {
		vm.pushPairGrow(v, _undefined)
	}
	vm.pc += 2
}

func (f *fLoadStashLoadUndef) String() string {
	return fmt.Sprintf("%v; %v", loadStash(f.s), _loadUndef{})
}

// loadStack(l); loadUndef: a var's function (or this) and a call's
// undefined receiver.
type fLoadStackLoadUndef struct {
	l int
}

//go:nosplit
func (f *fLoadStackLoadUndef) exec(vm *vm) {
	v := vm.stackAt(f.l)
	sp := vm.sp
	if s := vm.stack; uint(sp+1) < uint(len(s)) {
		s[sp], s[sp+1] = v, _undefined
		vm.sp = sp + 2
	} else {
		vm.pushPairGrow(v, _undefined)
	}
	vm.pc += 2
}

func (f *fLoadStackLoadUndef) String() string {
	return fmt.Sprintf("%v; %v", loadStack(f.l), _loadUndef{})
}

// loadCallee; initStackP(s): a named function expression's own name.
type fLoadCalleeInitStackP struct {
	s int
}

func (f *fLoadCalleeInitStackP) exec(vm *vm) {
	c := vm.stack[vm.sb-1]
	if f.s <= 0 {
		vm.stack[vm.sb-f.s] = c
	} else {
		vm.stack[vm.sb+vm.args+f.s] = c
	}
	vm.pc += 2
}

func (f *fLoadCalleeInitStackP) String() string {
	return fmt.Sprintf("%v; %v", _loadCallee{}, initStackP(f.s))
}

// loadUndef; ret: return undefined.
type fLoadUndefRet struct{}

// fLoadUndefRet's exec: gojanet_callframe.go

func (*fLoadUndefRet) String() string { return fmt.Sprintf("%v; %v", _loadUndef{}, _ret{}) }

var fusedLoadUndefRet = &fLoadUndefRet{}

// loadStack(l) or loadVal(v); ret: `return x` of a var, `this` or a
// constant (engineperf36).
type fLoadRet struct {
	v     Value
	l     int
	stack bool
}

// fLoadRet's exec: gojanet_callframe.go

func (f *fLoadRet) String() string {
	if f.stack {
		return fmt.Sprintf("%v; %v", loadStack(f.l), _ret{})
	}
	return fmt.Sprintf("%v; %v", loadVal{f.v}, _ret{})
}

// chainNext gives the fused property reads (and a method's receiver and
// lookup, fLoadGetPropCallee) their next instruction: on the
// inline cache's hit they run it themselves (a call from Go, not another
// turn of the run loop: ≈ 7 machine instructions less). It is what the loop
// would run next: the same program (a hit calls no code), the pc just past
// the pair. A read followed by another gets no next, so the Go stack holds
// at most one more exec (a long run of reads in generated code would
// otherwise nest as deep as it is long); jumps, calls and returns only move
// the pc.
func chainNext(code []instruction) {
	for i := 0; i+2 < len(code); i++ {
		next := code[i+2]
		switch next.(type) {
		case *fLoadStackLexGetProp, *fLoadStackGetProp, *fLoadStashLexGetProp, *fLoadStashGetProp, *fLoadGetPropCallee,
			*fLoadStackLexGetLen, *fLoadStackGetLen, *fLoadStashGetLen, *fLoadStashLexGetLen, *fNopThen:
			continue
		}
		switch f := code[i].(type) {
		case *fLoadStackLexGetProp:
			f.next = next
		case *fLoadStackLexGetLen:
			f.next = next
		case *fLoadStackGetLen:
			f.next = next
		case *fLoadStashGetLen:
			f.next = next
		case *fLoadStashLexGetLen:
			f.next = next
		case *fLoadStackGetProp:
			f.next = next
		case *fLoadStashLexGetProp:
			f.next = next
		case *fLoadStashGetProp:
			f.next = next
		case *fLoadGetPropCallee:
			f.next = next
		}
	}
}

// noFusing turns fuseCode off (tests only).
var noFusing bool

// fuseCode replaces the first instruction of each pair above; it runs after
// directProgram has made the twins. A pair's first instruction is replaced
// even when it is itself the second of another pair: each fused instruction
// keeps its own copy of both payloads.
// tripleJump is the jump ending a comparison triple, if ins is one.
func tripleJump(ins instruction) (mode uint8, j int, ok bool) {
	switch b := ins.(type) {
	case *dJneP:
		return tripleJneP, int(*b), true
	case *dJne:
		return tripleJne, int(*b), true
	case *dJeq:
		return tripleJeq, int(*b), true
	}
	return 0, 0, false
}

func fuseCode(code []instruction) {
	if noFusing { // tests compare with the unfused code
		return
	}
	threadJumps(code) // gojanet_fusedcmp.go
	for i := 0; i+1 < len(code); i++ {
		if f := fuseIncDec(code, i); f != nil { // gojanet_fusedinc.go
			code[i] = f
			continue
		}
		if f := fusePropIncDec(code, i); f != nil { // gojanet_fusedinc.go
			code[i] = f
			continue
		}
		next := code[i+1]
		switch a := code[i].(type) {
		case *dLoadStackLex:
			if f := fuseCmp(code, i, int(*a), false); f != nil { // gojanet_fusedcmp.go
				code[i] = f
				continue
			}
			if f := loadJNot(code, i, int(*a), false); f != nil {
				code[i] = f
				continue
			}
			switch b := next.(type) {
			case *getProp:
				if b.name == "length" {
					code[i] = &fLoadStackLexGetLen{fLoadStackLexGetProp{l: int(*a), g: b}}
					break
				}
				code[i] = &fLoadStackLexGetProp{l: int(*a), g: b}
			case *dLoadVal:
				if i+2 < len(code) {
					if sp, ok := code[i+2].(*setPropStrictP); ok {
						code[i] = &fLoadStackLexLoadValSetProp{l: int(*a), v: b.v, s: sp}
						break
					}
				}
				code[i] = &fLoadStackLexLoadVal{l: int(*a), v: b.v}
			case *dLoadStackLex:
				code[i] = &fLoadStackLex2{a: int(*a), b: int(*b)}
			case *getPropCallee:
				code[i] = &fLoadGetPropCallee{kind: loadKindStackLex, l: int(*a), g: b}
			case *dLoadStashLex:
				code[i] = &fLoadStackLexLoadStashLex{l: int(*a), g: int(*b)}
			case *dCall:
				code[i] = &fLoadStackLexCall{l: int(*a), n: int(*b)}
			case *dLoadUndef:
				code[i] = &fLoadStackLexLoadUndef{l: int(*a)}
			case *dJneP, *dJne, *dJeq:
				mode, j, _ := tripleJump(b)
				code[i] = &fLoadJ{l: int(*a), j: j, mode: mode} // gojanet_fusedcmp.go
			}
		case *dLoadStack:
			if f := fuseCmp(code, i, int(*a), true); f != nil { // gojanet_fusedcmp.go
				code[i] = f
				continue
			}
			if f := loadJNot(code, i, int(*a), true); f != nil {
				code[i] = f
				continue
			}
			switch b := next.(type) {
			case *getProp:
				if b.name == "length" {
					code[i] = &fLoadStackGetLen{fLoadStackGetProp{l: int(*a), g: b}}
					break
				}
				code[i] = &fLoadStackGetProp{l: int(*a), g: b}
			case *getPropCallee:
				code[i] = &fLoadGetPropCallee{kind: loadKindStack, l: int(*a), g: b}
			case *dLoadVal:
				if i+2 < len(code) {
					if sp, ok := code[i+2].(*setPropStrictP); ok {
						code[i] = &fLoadStackLoadValSetProp{l: int(*a), v: b.v, s: sp}
					}
				}
			case *dCall:
				code[i] = &fLoadStackCall{l: int(*a), n: int(*b)}
			case *dLoadUndef:
				code[i] = &fLoadStackLoadUndef{l: int(*a)}
			case *dRet:
				code[i] = &fLoadRet{l: int(*a), stack: true}
			case *dJneP, *dJne, *dJeq:
				mode, j, _ := tripleJump(b)
				code[i] = &fLoadJ{l: int(*a), j: j, stack: true, mode: mode}
			}
		case *dLoadStash:
			switch b := next.(type) {
			case *getProp:
				if b.name == "length" {
					code[i] = &fLoadStashGetLen{fLoadStashGetProp{s: int(*a), g: b}}
					break
				}
				code[i] = &fLoadStashGetProp{s: int(*a), g: b}
			case *getPropCallee:
				code[i] = &fLoadGetPropCallee{kind: loadKindStash, l: int(*a), g: b}
			case *dLoadStash:
				// (not when the second would fuse with a read of its property)
				if i+2 < len(code) {
					switch code[i+2].(type) {
					case *getProp, *getPropCallee:
						continue
					}
				}
				code[i] = &fLoadStash2{a: int(*a), b: int(*b)} // gojanet_fusedinc.go
			case *dJneP:
				code[i] = &fLoadStashJneP{s: int(*a), j: int(*b)}
			case *dLoadUndef:
				code[i] = &fLoadStashLoadUndef{s: int(*a)}
			}
		case *loadGlobal:
			if b, ok := next.(*getPropCallee); ok {
				code[i] = &fLoadGetPropCallee{kind: loadKindGlobal, lg: a, g: b}
			}
		case *leaveBlock:
			if b, ok := next.(*dJump); ok {
				code[i] = &fLeaveBlockJump{l: a, j: int(*b)}
			}
		case *dLoadStashLex:
			switch b := next.(type) {
			case *getProp:
				if b.name == "length" {
					code[i] = &fLoadStashLexGetLen{fLoadStashLexGetProp{s: int(*a), g: b}}
					break
				}
				code[i] = &fLoadStashLexGetProp{s: int(*a), g: b}
			case *getPropCallee:
				code[i] = &fLoadGetPropCallee{kind: loadKindStashLex, l: int(*a), g: b}
			case *dLoadStackLex:
				code[i] = &fLoadStashLexLoadStackLex{s: int(*a), l: int(*b)}
			case *dLoadUndef:
				code[i] = &fLoadStashLexLoadUndef{s: int(*a)}
			case *dOp_strict_eq, *dOp_strict_neq:
				if i+2 < len(code) {
					if mode, j, ok := tripleJump(code[i+2]); ok {
						_, neq := b.(*dOp_strict_neq)
						code[i] = &fLoadStashLexStrictEqJ{s: int(*a), j: j, neq: neq, mode: mode}
					}
				}
			}
		case *dLoadVal:
			if f := fuseConstElem(code, i, a.v); f != nil { // gojanet_fused40.go
				code[i] = f
			} else if b, ok := next.(*dCall); ok {
				code[i] = &fLoadValCall{v: a.v, n: int(*b)}
			} else if _, ok := next.(*dRet); ok {
				code[i] = &fLoadRet{v: a.v}
			} else if b, ok := next.(*setPropStrictP); ok {
				code[i] = &fLoadValSetProp{v: a.v, s: b}
			} else if i+2 < len(code) {
				if j, ok := code[i+2].(*dJneP); ok {
					switch next.(type) {
					case *dOp_strict_eq:
						code[i] = &fLoadValStrictEqJneP{c: newConstEq(a.v), j: int(*j)}
					case *dOp_strict_neq:
						code[i] = &fLoadValStrictEqJneP{c: newConstEq(a.v), j: int(*j), neq: true}
					}
				} else if mode, j, ok := tripleJump(code[i+2]); ok {
					switch next.(type) {
					case *dOp_strict_eq:
						code[i] = &fLoadValStrictEqJ{c: newConstEq(a.v), j: j, mode: mode}
					case *dOp_strict_neq:
						code[i] = &fLoadValStrictEqJ{c: newConstEq(a.v), j: j, neq: true, mode: mode}
					}
				}
			}
		case *getProp:
			if b, ok := next.(*dInitStackP); ok {
				code[i] = &fGetPropInitStackP{g: a, s: int(*b)}
			} else if a.name == "length" {
				code[i] = &fGetLength{g: a}
			}
		case *dOp_lt, *dOp_gt, *dOp_gte:
			if b, ok := next.(*dJneP); ok {
				op := uint8(relLt)
				switch a.(type) {
				case *dOp_gt:
					op = relGt
				case *dOp_gte:
					op = relGte
				}
				code[i] = &fRelJneP{j: int(*b), op: op}
			}
		case *dNot:
			switch b := next.(type) {
			case *dJneP:
				code[i] = &fNotJneP{j: int(*b)}
			case *dJne:
				code[i] = &fNotJ{j: int(*b)} // gojanet_fusedcmp.go
			case *dJeq:
				code[i] = &fNotJ{j: int(*b), jeq: true}
			}
		case *dTypeof:
			if v, ok := next.(*dLoadVal); ok && i+3 < len(code) {
				if mode, j, ok := tripleJump(code[i+3]); ok {
					switch code[i+2].(type) {
					case *dOp_strict_eq:
						code[i] = &fTypeofStrictEqJ{v: v.v, k: typeofKindNamed(v.v), j: j, mode: mode}
					case *dOp_strict_neq:
						code[i] = &fTypeofStrictEqJ{v: v.v, k: typeofKindNamed(v.v), j: j, neq: true, mode: mode}
					}
				}
			}
		case *dJneP:
			if b, ok := next.(*dLoadStackLex); ok {
				code[i] = &fJnePLoadStackLex{j: int(*a), l: int(*b)}
			} else if _, ok := next.(*_blockNop); ok {
				code[i] = &fJnePNop{j: int(*a)} // gojanet_blocks.go
			}
		case *dInitStackP:
			if b, ok := next.(*dLoadStackLex); ok {
				code[i] = &fInitStackPLoadStackLex{s: int(*a), l: int(*b)}
			} else if b, ok := next.(*dLoadStack); ok {
				code[i] = &fInitStackPLoadStack{s: int(*a), l: int(*b)}
			}
		case *dOp_strict_eq, *dOp_strict_neq:
			_, neq := a.(*dOp_strict_neq)
			switch b := next.(type) {
			case *dJneP:
				code[i] = &fStrictEqJneP{j: int(*b), neq: neq}
			case *dJne:
				code[i] = &fStrictEqJ{j: int(*b), neq: neq}
			case *dJeq:
				code[i] = &fStrictEqJ{j: int(*b), neq: neq, jeq: true}
			}
		case *dLoadUndef:
			if _, ok := next.(*dRet); ok {
				code[i] = fusedLoadUndefRet
			}
		case storeStackP:
			if b, ok := next.(*dJump); ok && a > 0 && *b > 0 {
				code[i] = &fStoreStackPJump{s: int(a), j: int(*b)} // gojanet_fusedcmp.go
			}
		case *dLoadCallee:
			if b, ok := next.(*dInitStackP); ok {
				code[i] = &fLoadCalleeInitStackP{s: int(*b)}
			}
		}
	}
	fuseLoads(code) // gojanet_fusedcmp.go
	// pairs whose second instruction is a fused one (made above)
	for i := 0; i+1 < len(code); i++ {
		if a, ok := code[i].(*icGetElem); ok {
			if b, ok := code[i+1].(*fInitStackPLoadStackLex); ok {
				code[i] = &fGetElemInitLoad{g: a, next: b}
			}
		}
		if a, ok := code[i].(*fInitStackPLoadStackLex); ok {
			if f := fuseInit(code, i, a.s); f != nil { // gojanet_fused40.go
				code[i] = f
			}
		}
		if a, ok := code[i].(storeStack); ok {
			if f := fuseStore(code, i, a); f != nil { // gojanet_fused40.go
				code[i] = f
			}
		}
	}
	nopsThen(code) // gojanet_blocks.go
	chainNext(code)
}
