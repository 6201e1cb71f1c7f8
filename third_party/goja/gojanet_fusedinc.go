package goja

// gojanet: `x++`, `++x`, `x--`, `--x` on a variable in one dispatch
// (README.gojanet.md "Update operators on variables fused"). The compiler
// emits three instructions for a statement's update (load; inc; store and
// pop) and seven when the value is used (`stack[idx++]`, `++sync > 100`:
// loadUndef; load; toNumber; inc; rdupN(1); store; pop, rdupN before inc
// for postfix). fuseIncDec replaces the first of them with fIncDec, which,
// when the variable holds an integer, does what the run would: the
// variable gets n±1 and, for a used value, the stack gets n±1 (prefix) or n
// (postfix; toNumber of an integer is itself); `x += 1` and `x -= 1` as
// statements likewise (four instructions). Anything else (a float, a
// string, an object whose valueOf runs code, a BigInt, a variable in its
// temporal dead zone) runs the first instruction alone and the loop the rest,
// as before; the others stay in place for that and for jumps.

import "fmt"

const (
	incStack  = iota // vm.stack[sb+args+idx]: loadStack/loadStackLex, idx > 0
	incStack1        // vm.stack[sb+idx]: a function whose arguments are in its stash
	incStash         // a stash slot: level<<24 | index
)

type fIncDec struct {
	first instruction // what runs when the fast case does not hold
	idx   int
	kind  uint8
	n     uint8 // instructions covered: 3, 4 or 7
	dec   bool
	push  bool // the value is used
	post  bool // and it is the old one
}

func (f *fIncDec) exec(vm *vm) {
	var p *Value
	switch f.kind {
	case incStack:
		p = &vm.stack[vm.sb+vm.args+f.idx]
	case incStack1:
		p = &vm.stack[vm.sb+f.idx]
	default:
		stash := vm.stash
		for i := f.idx >> 24; i > 0; i-- {
			stash = stash.outer
		}
		if stash.obj != nil {
			f.first.exec(vm)
			return
		}
		p = &stash.values[uint32(f.idx&0x00FFFFFF)]
	}
	old := *p
	n, ok := old.(valueInt)
	if !ok || (f.push && vm.sp >= len(vm.stack)) {
		f.first.exec(vm)
		return
	}
	var v Value
	if f.dec {
		v = vm.boxes.int(int64(n - 1))
	} else {
		v = vm.boxes.int(int64(n + 1))
	}
	*p = v
	if f.push {
		if f.post {
			v = old
		}
		vm.stack[vm.sp] = v
		vm.sp++
	}
	vm.pc += int(f.n)
}

func (f *fIncDec) String() string {
	op := "inc"
	if f.dec {
		op = "dec"
	}
	return fmt.Sprintf("%s(kind %d, %d, push %v, post %v); %v", op, f.kind, f.idx, f.push, f.post, f.first)
}

// incLoad is the variable a load instruction reads, ok false for any other.
func incLoad(ins instruction) (kind uint8, idx int, ok bool) {
	switch a := ins.(type) {
	case *dLoadStack:
		kind, idx = incStack, int(*a)
	case *dLoadStackLex:
		kind, idx = incStack, int(*a)
	case loadStack:
		kind, idx = incStack, int(a)
	case loadStackLex:
		kind, idx = incStack, int(a)
	case loadStack1:
		kind, idx = incStack1, int(a)
	case *dLoadStack1Lex:
		kind, idx = incStack1, int(*a)
	case loadStack1Lex:
		kind, idx = incStack1, int(a)
	case *dLoadStash:
		return incStash, int(*a), true
	case *dLoadStashLex:
		return incStash, int(*a), true
	case loadStash:
		return incStash, int(a), true
	case loadStashLex:
		return incStash, int(a), true
	default:
		return 0, 0, false
	}
	// (index 0 is `this`; arguments are below 0)
	return kind, idx, idx > 0
}

// incStore is the variable a store instruction writes and whether it pops.
func incStore(ins instruction) (kind uint8, idx int, pops bool, ok bool) {
	switch a := ins.(type) {
	case storeStack:
		return incStack, int(a), false, true
	case storeStackP:
		return incStack, int(a), true, true
	case storeStackLex:
		return incStack, int(a), false, true
	case *dStoreStackLex:
		return incStack, int(*a), false, true
	case storeStackLexP:
		return incStack, int(a), true, true
	case *dStoreStackLexP:
		return incStack, int(*a), true, true
	case storeStack1:
		return incStack1, int(a), false, true
	case storeStack1P:
		return incStack1, int(a), true, true
	case storeStack1Lex:
		return incStack1, int(a), false, true
	case storeStack1LexP:
		return incStack1, int(a), true, true
	case storeStash:
		return incStash, int(a), false, true
	case storeStashP:
		return incStash, int(a), true, true
	case storeStashLex:
		return incStash, int(a), false, true
	case storeStashLexP:
		return incStash, int(a), true, true
	case *dStoreStashLexP:
		return incStash, int(*a), true, true
	}
	return 0, 0, false, false
}

// incOp says whether ins is inc or dec.
func incOp(ins instruction) (dec, ok bool) {
	switch ins.(type) {
	case _inc:
		return false, true
	case _dec:
		return true, true
	}
	return false, false
}

// fuseIncDec is the fused update starting at code[i], or nil.
func fuseIncDec(code []instruction, i int) *fIncDec {
	if i+2 < len(code) {
		// load; inc; store and pop
		if kind, idx, ok := incLoad(code[i]); ok {
			if dec, ok := incOp(code[i+1]); ok {
				if k, s, pops, ok := incStore(code[i+2]); ok && pops && k == kind && s == idx {
					return &fIncDec{first: code[i], idx: idx, kind: kind, n: 3, dec: dec}
				}
			}
			// x += 1, x -= 1: load; loadVal 1; add or sub; store and pop
			// (an integer plus 1 is what inc gives)
			if i+3 < len(code) {
				if v, ok := code[i+1].(*dLoadVal); ok && v.v == valueInt(1) {
					var dec bool
					switch code[i+2].(type) {
					case *dAdd:
					case _sub:
						dec = true
					default:
						return nil
					}
					if k, s, pops, ok := incStore(code[i+3]); ok && pops && k == kind && s == idx {
						return &fIncDec{first: code[i], idx: idx, kind: kind, n: 4, dec: dec}
					}
				}
			}
		}
	}
	if i+6 >= len(code) {
		return nil
	}
	if _, ok := code[i].(*dLoadUndef); !ok {
		return nil
	}
	kind, idx, ok := incLoad(code[i+1])
	if !ok {
		return nil
	}
	if _, ok := code[i+2].(_toNumber); !ok {
		return nil
	}
	var post bool
	dec, ok := incOp(code[i+3])
	if ok {
		if d, isDup := code[i+4].(rdupN); !isDup || d != 1 {
			return nil
		}
	} else if d, isDup := code[i+3].(rdupN); isDup && d == 1 {
		if dec, ok = incOp(code[i+4]); !ok {
			return nil
		}
		post = true
	} else {
		return nil
	}
	if k, s, pops, ok := incStore(code[i+5]); !ok || pops || k != kind || s != idx {
		return nil
	}
	if _, ok := code[i+6].(*dPop); !ok {
		return nil
	}
	return &fIncDec{first: code[i], idx: idx, kind: kind, n: 7, dec: dec, push: true, post: post}
}

// ES5 code such as Express's router keeps its closures' variables as
// `var`s in a stash (loadStash, no temporal dead zone): two of them loaded
// in a row (`matchLayer(layer, path)`) and one tested by an `if`
// (`if (route)`) are one dispatch each (expressperf9). A stash var's load
// cannot throw (an empty slot reads as undefined: nilSafe).

// loadStash(a); loadStash(b)
type fLoadStash2 struct {
	a, b int
}

//go:nosplit
func (f *fLoadStash2) exec(vm *vm) {
	if vm.sp+1 >= len(vm.stack) { // (no growth here: the first load alone)
		(*dLoadStash)(&f.a).exec(vm)
		return
	}
	vm.stack[vm.sp] = nilSafe(vm.stashAt(f.a))
	vm.stack[vm.sp+1] = nilSafe(vm.stashAt(f.b))
	vm.sp += 2
	vm.pc += 2
}

func (f *fLoadStash2) String() string {
	return fmt.Sprintf("%v; %v", loadStash(f.a), loadStash(f.b))
}

// loadStash(s); jneP(j): the value is never pushed.
type fLoadStashJneP struct {
	s, j int
}

//go:nosplit
func (f *fLoadStashJneP) exec(vm *vm) {
	if !truthy(nilSafe(vm.stashAt(f.s))) {
		vm.pc += 1 + f.j
		return
	}
	vm.pc += 2
}

func (f *fLoadStashJneP) String() string {
	return fmt.Sprintf("%v; %v", loadStash(f.s), jneP(f.j))
}

// gojanet (engineperf36): `o.x++`, `o.x--` and `o.x += k` (k an integer
// constant) as statements, o a local or a var: load; dup; getProp;
// inc, dec or loadVal k, add; setPropP or setPropStrictP (five or six
// instructions) in one dispatch. When o is a plain object whose x is an own
// plain data property holding an integer (the read's ownHit) that the write
// also finds at once (its ownSet), fPropIncDec stores x+k as those
// instructions would; anything else (a getter, a setter, a frozen or
// non-writable x, a proxy, a primitive, a float or string, a cache miss, a
// local in its dead zone) runs the load alone and the loop the rest.
type fPropIncDec struct {
	l     int
	stack bool // loadStack(l), else loadStackLex(l)
	g     *getProp
	s     *propIC // the write's cache
	k     int64
	n     int // instructions covered
}

//go:nosplit
func (f *fPropIncDec) exec(vm *vm) {
	var v Value
	if f.stack {
		v = vm.stackAt(f.l) // gojanet_fusedcmp.go
	} else {
		v = vm.lexAt(f.l)
	}
	if o, ok := v.(*Object); ok {
		if old, ok := f.g.ic.ownHit(o).(valueInt); ok {
			// (integers are within ±2^53: as inc and add, no overflow)
			if f.s.ownSet(o, vm.boxes.int(int64(old)+f.k)) {
				vm.pc += f.n
				return
			}
		}
	}
	if f.stack {
		(*dLoadStack)(&f.l).exec(vm)
	} else {
		(*dLoadStackLex)(&f.l).exec(vm) // throws in the dead zone
	}
}

func (f *fPropIncDec) String() string {
	load := fmt.Sprint(loadStackLex(f.l))
	if f.stack {
		load = fmt.Sprint(loadStack(f.l))
	}
	return fmt.Sprintf("%s; dup; %v; add %d; setProp (%d)", load, f.g, f.k, f.n)
}

// fusePropIncDec returns the fPropIncDec starting at code[i], or nil.
func fusePropIncDec(code []instruction, i int) instruction {
	if i+4 >= len(code) {
		return nil
	}
	var l int
	var stack bool
	switch a := code[i].(type) {
	case *dLoadStackLex:
		l = int(*a)
	case *dLoadStack:
		l, stack = int(*a), true
	default:
		return nil
	}
	if _, ok := code[i+1].(*dDup); !ok {
		return nil
	}
	g, ok := code[i+2].(*getProp)
	if !ok {
		return nil
	}
	var k int64
	n := 4 // the update's instructions so far
	switch op := code[i+3].(type) {
	case _inc:
		k = 1
	case _dec:
		k = -1
	case *dLoadVal:
		c, ok := op.v.(valueInt)
		if _, add := code[i+4].(*dAdd); !ok || !add || i+5 >= len(code) {
			return nil
		}
		k, n = int64(c), 5
	default:
		return nil
	}
	var s *propIC
	switch w := code[i+n].(type) {
	case *setPropP:
		if w.name != g.name {
			return nil
		}
		s = &w.ic
	case *setPropStrictP:
		if w.name != g.name {
			return nil
		}
		s = &w.ic
	default:
		return nil
	}
	return &fPropIncDec{l: l, stack: stack, g: g, s: s, k: k, n: n + 1}
}
