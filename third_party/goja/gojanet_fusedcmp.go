package goja

import (
	"fmt"
	"unsafe"
)

// gojanet: a local compared with a closure's variable, a constant or a typeof
// name as a condition, in one dispatch (README.gojanet.md "Fused
// comparisons", engineperf24). node's modules test `state.x === kConst`,
// `x === undefined`, `typeof cb === 'function'` on locals; the pairs before
// took two dispatches (loadStackLex fused with the load, then the comparison
// fused with the jump). The instructions after the first stay in place (a
// jump may land on them); a local in its temporal dead zone, or a closure's
// variable in its own, does only the first load (whose own exec throws) and
// leaves the rest to the instructions at their pcs.

// fusedJumpKeep ends a fused comparison whose boolean b was never pushed
// and whose jump, jne or jeq by mode (offset j), is at pc+at: it keeps the
// boolean on the stack when it jumps, as those instructions do. (jneP, the
// common case, is done in the fused instruction: a call costs what it saves.)
// (One push of valueBool(b), not two of valueTrue and valueFalse: small
// enough to be inlined, engineperf37; valueBool(b) is those values.)
func fusedJumpKeep(vm *vm, b bool, mode uint8, at, j int) {
	if b == (mode == tripleJeq) {
		vm.push(valueBool(b))
		vm.pc += at + j
		return
	}
	vm.pc += at + 1
}

// loadStackLex(l); loadStashLex(s); op_strict_eq or op_strict_neq; jneP, jne or jeq(j)
type fLoadStackLexStashCmpJ struct {
	l, s int
	j    int
	neq  bool
	mode uint8
}

//go:nosplit
func (f *fLoadStackLexStashCmpJ) exec(vm *vm) {
	if a := vm.lexAt(f.l); a != nil {
		level := f.s >> 24
		stash := vm.stash
		for i := 0; i < level; i++ {
			stash = stash.outer
		}
		if b := stash.getByIdx(uint32(f.s & 0x00FFFFFF)); b != nil {
			var eq bool
			if t := nullishType(b); t != nil {
				eq = typeWord(a) == t
			} else {
				eq = a.StrictEquals(b)
			}
			eq = eq != f.neq
			if f.mode != tripleJneP {
				fusedJumpKeep(vm, eq, f.mode, 3, f.j)
			} else if eq {
				vm.pc += 4
			} else {
				vm.pc += 3 + f.j
			}
			return
		}
	}
	(*dLoadStackLex)(&f.l).exec(vm)
}

func (f *fLoadStackLexStashCmpJ) String() string {
	return fmt.Sprintf("%v; %v", loadStackLex(f.l), tripleString(loadStashLex(f.s), f.neq, f.mode, f.j))
}

// loadStackLex(l); loadVal; op_strict_eq or op_strict_neq; jneP, jne or jeq(j)
type fLoadStackLexValCmpJ struct {
	l    int
	c    constEq
	j    int
	neq  bool
	mode uint8
}

//go:nosplit
func (f *fLoadStackLexValCmpJ) exec(vm *vm) {
	if a := vm.lexAt(f.l); a != nil {
		eq := f.c.eq(a) != f.neq
		if f.mode != tripleJneP {
			fusedJumpKeep(vm, eq, f.mode, 3, f.j)
		} else if eq {
			vm.pc += 4
		} else {
			vm.pc += 3 + f.j
		}
		return
	}
	(*dLoadStackLex)(&f.l).exec(vm)
}

func (f *fLoadStackLexValCmpJ) String() string {
	return fmt.Sprintf("%v; %v", loadStackLex(f.l), tripleString(loadVal{f.c.v}, f.neq, f.mode, f.j))
}

// loadStackLex(l); typeof; loadVal; op_strict_eq or op_strict_neq; jneP, jne
// or jeq(j): `typeof x === 'function'` on a local (fTypeofStrictEqJ's compare).
type fLoadStackLexTypeofJ struct {
	l    int
	v    Value
	k    typeofKind
	j    int
	neq  bool
	mode uint8
}

//go:nosplit
func (f *fLoadStackLexTypeofJ) exec(vm *vm) {
	a := vm.lexAt(f.l)
	if a == nil {
		(*dLoadStackLex)(&f.l).exec(vm)
		return
	}
	var eq bool
	if k := typeofKindOf(a); k != typeofSlow {
		eq = k == f.k
	} else {
		eq = typeOfValue(a).StrictEquals(f.v)
	}
	eq = eq != f.neq
	if f.mode != tripleJneP {
		fusedJumpKeep(vm, eq, f.mode, 4, f.j)
	} else if eq {
		vm.pc += 5
	} else {
		vm.pc += 4 + f.j
	}
}

func (f *fLoadStackLexTypeofJ) String() string {
	return fmt.Sprintf("%v; %v; %v", loadStackLex(f.l), _typeof{}, tripleString(loadVal{f.v}, f.neq, f.mode, f.j))
}

// fuseCmp returns the fused comparison starting with the loadStackLex(l) (or,
// stack, the loadStack(l)) at code[i], or nil.
func fuseCmp(code []instruction, i, l int, stack bool) instruction {
	if i+3 >= len(code) {
		return nil
	}
	switch b := code[i+1].(type) {
	case *dLoadStashLex, *dLoadVal:
		var neq bool
		switch code[i+2].(type) {
		case *dOp_strict_eq:
		case *dOp_strict_neq:
			neq = true
		default:
			return nil
		}
		mode, j, ok := tripleJump(code[i+3])
		if !ok {
			return nil
		}
		if s, ok := b.(*dLoadStashLex); ok {
			if stack {
				return &fLoadStackStashCmpJ{l: l, s: int(*s), j: j, neq: neq, mode: mode}
			}
			return &fLoadStackLexStashCmpJ{l: l, s: int(*s), j: j, neq: neq, mode: mode}
		}
		if stack {
			return &fLoadStackValCmpJ{l: l, c: newConstEq(b.(*dLoadVal).v), j: j, neq: neq, mode: mode}
		}
		return &fLoadStackLexValCmpJ{l: l, c: newConstEq(b.(*dLoadVal).v), j: j, neq: neq, mode: mode}
	case *dTypeof:
		v, ok := code[i+2].(*dLoadVal)
		if !ok || i+4 >= len(code) {
			return nil
		}
		var neq bool
		switch code[i+3].(type) {
		case *dOp_strict_eq:
		case *dOp_strict_neq:
			neq = true
		default:
			return nil
		}
		mode, j, ok := tripleJump(code[i+4])
		if !ok {
			return nil
		}
		if stack {
			return &fLoadStackTypeofJ{l: l, v: v.v, k: typeofKindNamed(v.v), j: j, neq: neq, mode: mode}
		}
		return &fLoadStackLexTypeofJ{l: l, v: v.v, k: typeofKindNamed(v.v), j: j, neq: neq, mode: mode}
	}
	return nil
}

// threadJumps moves a forward jump's target past what would only move the pc
// on there: a hoisted block's blockNop, and forward jumps (a jump to an
// else's end, a break's jump(1)), so the run loop does not dispatch them.
// Backward jumps are left as they are: only jump and jeqP make the loop's
// interrupt check (TestBackwardJumpsCheck), and a target moved forward stays
// forward.
func threadJumps(code []instruction) {
	for i, ins := range code {
		switch j := ins.(type) {
		case *dJump:
			*j = dJump(threadTarget(code, i, int(*j)))
		case *dJneP:
			*j = dJneP(threadTarget(code, i, int(*j)))
		case *dJne:
			*j = dJne(threadTarget(code, i, int(*j)))
		case *dJeq:
			*j = dJeq(threadTarget(code, i, int(*j)))
		}
	}
}

func threadTarget(code []instruction, i, off int) int {
	if off <= 0 {
		return off
	}
	t := i + off
	for n := 0; n < 8 && t < len(code); n++ {
		switch ins := code[t].(type) {
		case *_blockNop:
			t++
			continue
		case *dJump:
			if *ins > 0 {
				t += int(*ins)
				continue
			}
		}
		break
	}
	return t - i
}

// fuseLoads fuses two loads left apart by fuseCode's pairs: a closure's
// variable after another or after a var (arguments of a call, operands),
// when the second load is not fused with what follows it.
func fuseLoads(code []instruction) {
	for i := 0; i+1 < len(code); i++ {
		b, ok := code[i+1].(*dLoadStashLex)
		if !ok {
			continue
		}
		switch a := code[i].(type) {
		case *dLoadStashLex:
			code[i] = &fLoadStashLex2{a: int(*a), b: int(*b)}
		case *dLoadStack:
			code[i] = &fLoadStackLoadStashLex{l: int(*a), s: int(*b)}
		}
	}
}

// loadStashLex(a); loadStashLex(b). A variable in its temporal dead zone:
// the first load alone, whose exec (or the second's, at its pc) throws.
type fLoadStashLex2 struct {
	a, b int
}

//go:nosplit
func (f *fLoadStashLex2) exec(vm *vm) {
	if a := vm.stashAt(f.a); a != nil {
		if b := vm.stashAt(f.b); b != nil {
			vm.stack.expand(vm.sp + 1) // both in one check
			vm.stack[vm.sp] = a
			vm.stack[vm.sp+1] = b
			vm.sp += 2
			vm.pc += 2
			return
		}
	}
	(*dLoadStashLex)(&f.a).exec(vm)
}

func (f *fLoadStashLex2) String() string {
	return fmt.Sprintf("%v; %v", loadStashLex(f.a), loadStashLex(f.b))
}

// loadStack(l); loadStashLex(s)
type fLoadStackLoadStashLex struct {
	l, s int
}

//go:nosplit
func (f *fLoadStackLoadStashLex) exec(vm *vm) {
	if b := vm.stashAt(f.s); b != nil {
		var a Value
		if f.l > 0 {
			a = nilSafe(vm.stack[vm.sb+vm.args+f.l])
		} else {
			a = vm.stack[vm.sb]
		}
		vm.stack.expand(vm.sp + 1)
		vm.stack[vm.sp] = a
		vm.stack[vm.sp+1] = b
		vm.sp += 2
		vm.pc += 2
		return
	}
	(*dLoadStack)(&f.l).exec(vm)
}

func (f *fLoadStackLoadStashLex) String() string {
	return fmt.Sprintf("%v; %v", loadStack(f.l), loadStashLex(f.s))
}

// gojanet (engineperf36): the same comparisons on a var or `this`
// (loadStack: a function whose variables all live on the stack, ES5 code and
// node's `function (a, b)` handlers). A var has no temporal dead zone: these
// never fall back.

// stackAt is what loadStack(l) pushes: var<l-1>, or this at 0.
func (vm *vm) stackAt(l int) Value {
	if l > 0 {
		return nilSafe(vm.stack[vm.sb+vm.args+l])
	}
	return vm.stack[vm.sb]
}

// loadStack(l); loadStashLex(s); op_strict_eq or op_strict_neq; jneP, jne or jeq(j)
type fLoadStackStashCmpJ struct {
	l, s int
	j    int
	neq  bool
	mode uint8
}

//go:nosplit
func (f *fLoadStackStashCmpJ) exec(vm *vm) {
	if b := vm.stashAt(f.s); b != nil {
		a := vm.stackAt(f.l)
		var eq bool
		if t := nullishType(b); t != nil {
			eq = typeWord(a) == t
		} else {
			eq = a.StrictEquals(b)
		}
		eq = eq != f.neq
		if f.mode != tripleJneP {
			fusedJumpKeep(vm, eq, f.mode, 3, f.j)
		} else if eq {
			vm.pc += 4
		} else {
			vm.pc += 3 + f.j
		}
		return
	}
	(*dLoadStack)(&f.l).exec(vm) // loadStashLex throws at its own pc
}

func (f *fLoadStackStashCmpJ) String() string {
	return fmt.Sprintf("%v; %v", loadStack(f.l), tripleString(loadStashLex(f.s), f.neq, f.mode, f.j))
}

// loadStack(l); loadVal; op_strict_eq or op_strict_neq; jneP, jne or jeq(j)
type fLoadStackValCmpJ struct {
	l    int
	c    constEq
	j    int
	neq  bool
	mode uint8
}

//go:nosplit
func (f *fLoadStackValCmpJ) exec(vm *vm) {
	eq := f.c.eq(vm.stackAt(f.l)) != f.neq
	if f.mode != tripleJneP {
		fusedJumpKeep(vm, eq, f.mode, 3, f.j)
	} else if eq {
		vm.pc += 4
	} else {
		vm.pc += 3 + f.j
	}
}

func (f *fLoadStackValCmpJ) String() string {
	return fmt.Sprintf("%v; %v", loadStack(f.l), tripleString(loadVal{f.c.v}, f.neq, f.mode, f.j))
}

// loadStack(l); typeof; loadVal; op_strict_eq or op_strict_neq; jneP, jne
// or jeq(j)
type fLoadStackTypeofJ struct {
	l    int
	v    Value
	k    typeofKind
	j    int
	neq  bool
	mode uint8
}

//go:nosplit
func (f *fLoadStackTypeofJ) exec(vm *vm) {
	a := vm.stackAt(f.l)
	var eq bool
	if k := typeofKindOf(a); k != typeofSlow {
		eq = k == f.k
	} else {
		eq = typeOfValue(a).StrictEquals(f.v)
	}
	eq = eq != f.neq
	if f.mode != tripleJneP {
		fusedJumpKeep(vm, eq, f.mode, 4, f.j)
	} else if eq {
		vm.pc += 5
	} else {
		vm.pc += 4 + f.j
	}
}

func (f *fLoadStackTypeofJ) String() string {
	return fmt.Sprintf("%v; %v; %v", loadStack(f.l), _typeof{}, tripleString(loadVal{f.v}, f.neq, f.mode, f.j))
}

// constEq is a fused comparison's constant (engineperf36): undefined and null
// equal only themselves, a value of their type, so the compare is of the
// interface's type word, with no call; other constants ask StrictEquals.
type constEq struct {
	v Value
	t unsafe.Pointer // undefined or null: v's type word, else nil
}

func newConstEq(v Value) constEq {
	c := constEq{v: v}
	switch v.(type) {
	case valueUndefined, valueNull:
		c.t = typeWord(v)
	}
	return c
}

// eq is c.v.StrictEquals(a), small enough to be inlined
func (c *constEq) eq(a Value) bool {
	if c.t != nil {
		return typeWord(a) == c.t
	}
	return a.StrictEquals(c.v)
}

// nullishType is b's type word when b is undefined or null, else nil
// (engineperf37). A fused comparison with a closure's variable b asks it
// first and compares type words, as constEq does, with no call: node's
// builtins take `undefined` as their wrapper's parameter, so their
// `x === undefined` compares with a closure's variable. (A strictEq helper
// holding the StrictEquals call too is past the inlining budget.)
func nullishType(b Value) unsafe.Pointer {
	if t := typeWord(b); t == undefinedType || t == nullType {
		return t
	}
	return nil
}

var undefinedType, nullType = typeWord(_undefined), typeWord(_null)

// typeWord is v's type word (its itab: one per concrete type).
func typeWord(v Value) unsafe.Pointer {
	return (*[2]unsafe.Pointer)(unsafe.Pointer(&v))[0]
}

// loadStackLex(l) or loadStack(l); jneP, jne or jeq(j): a local or a var as
// a condition, `if (x)`, `x && y`, `x || y` (engineperf36); with not, the
// load; not; jneP(j) of `if (!x)`. jne and jeq keep the value on the stack
// when they jump, as those instructions do. A local in its dead zone: the
// load alone, which throws.
type fLoadJ struct {
	l     int
	j     int
	stack bool
	not   bool // mode is tripleJneP
	mode  uint8
}

//go:nosplit
func (f *fLoadJ) exec(vm *vm) {
	var v Value
	if f.stack {
		v = vm.stackAt(f.l)
	} else if v = vm.lexAt(f.l); v == nil {
		(*dLoadStackLex)(&f.l).exec(vm)
		return
	}
	t := truthy(v)
	switch {
	case f.not:
		if t {
			vm.pc += 2 + f.j
		} else {
			vm.pc += 3
		}
		return
	case f.mode == tripleJneP:
		if !t {
			vm.pc += 1 + f.j
			return
		}
	case t == (f.mode == tripleJeq):
		vm.push(v)
		vm.pc += 1 + f.j
		return
	}
	vm.pc += 2
}

func (f *fLoadJ) String() string {
	var load, jump interface{} = loadStackLex(f.l), jneP(f.j)
	if f.stack {
		load = loadStack(f.l)
	}
	switch f.mode {
	case tripleJne:
		jump = jne(f.j)
	case tripleJeq:
		jump = jeq(f.j)
	}
	if f.not {
		return fmt.Sprintf("%v; %v; %v", load, _not{}, jump)
	}
	return fmt.Sprintf("%v; %v", load, jump)
}

// not; jne or jeq(j): `!x && y`, `!x || y` (fNotJneP's pair in && and ||).
type fNotJ struct {
	j   int
	jeq bool // jump on true
}

//go:nosplit
func (f *fNotJ) exec(vm *vm) {
	b := !truthy(vm.stack[vm.sp-1])
	if b == f.jeq {
		if b {
			vm.stack[vm.sp-1] = valueTrue
		} else {
			vm.stack[vm.sp-1] = valueFalse
		}
		vm.pc += 1 + f.j
		return
	}
	vm.sp--
	vm.pc += 2
}

func (f *fNotJ) String() string {
	if f.jeq {
		return fmt.Sprintf("%v; %v", _not{}, jeq(f.j))
	}
	return fmt.Sprintf("%v; %v", _not{}, jne(f.j))
}

// loadJNot is the fLoadJ of load(l); not; jneP(j) at code[i], or nil.
func loadJNot(code []instruction, i, l int, stack bool) instruction {
	if i+2 < len(code) {
		if _, ok := code[i+1].(*dNot); ok {
			if j, ok := code[i+2].(*dJneP); ok {
				return &fLoadJ{l: l, j: int(*j), stack: stack, not: true, mode: tripleJneP}
			}
		}
	}
	return nil
}

// storeStackP(s); jump(j), j forward: a var's assignment ending a branch
// (engineperf36; a backward jump's interrupt check is jump's own).
type fStoreStackPJump struct {
	s, j int
}

//go:nosplit
func (f *fStoreStackPJump) exec(vm *vm) {
	vm.stack[vm.sb+vm.args+f.s] = vm.stack[vm.sp-1]
	vm.sp--
	vm.pc += 1 + f.j
}

func (f *fStoreStackPJump) String() string {
	return fmt.Sprintf("%v; %v", storeStackP(f.s), jump(f.j))
}
