package goja

// gojanet (engineperf40): more pairs from the counts of the hello and the
// Express request (the count build's fall-through pairs, gojanet_count_on.go
// dumpPairs). Same rules as gojanet_fused.go: the instructions after the
// first stay in place, and anything off the common path does the first
// instruction's work (or pushes what it would have) and leaves the rest to
// the loop at the next instruction's pc, so errors and stacks are the
// unfused code's.

import (
	"fmt"
	"strconv"
	"unsafe"

	"github.com/dop251/goja/unistring"
)

// loadVal(k); getElem: `a[0]`, `tickQueue[3]`, `heldOut[0]` with an integer
// constant k: an array's element that is there as a plain value, or a typed
// array's, read without pushing k; anything else pushes k and leaves the
// read to icGetElem at its own pc.
type fLoadValGetElem struct {
	k valueInt
	v Value // k as loadVal pushes it
}

//go:nosplit
func (f *fLoadValGetElem) exec(vm *vm) {
	if o, ok := vm.stack[vm.sp-1].(*Object); ok {
		if v := fastElem(vm, o, f.k); v != nil {
			vm.stack[vm.sp-1] = v
			vm.pc += 2
			return
		}
	}
	vm.push(f.v)
	vm.pc++
}

func (f *fLoadValGetElem) String() string {
	return fmt.Sprintf("%v; getElem", loadVal{f.v})
}

// ownIdx is a plain object's own data property named by the integer k
// (`codes[200]`), nil when it has none: the name is made on the stack, and
// only looked up (baseObject.getIdx converted it to a new string for
// getStr, ≈ 250 machine instructions with the allocation).
func ownIdx(bo *baseObject, k valueInt) Value {
	var buf [20]byte
	b := strconv.AppendInt(buf[:0], int64(k), 10)
	v := bo.values.lookup(unistring.String(unsafe.String(&b[0], len(b))))
	if _, isProp := v.(*valueProperty); isProp {
		return nil
	}
	return v
}

// initStackP(s); loadStackLex(l); loadStashLex; strict_eq or strict_neq;
// jneP, jne or jeq: `const x = f(); if (x === undefined)`, the value stored
// and compared in one dispatch (fLoadStackLexStashCmpJ after the store).
type fInitStashCmpJ struct {
	s int
	c fLoadStackLexStashCmpJ
}

// initStackTop stores the top of the stack in local s and pops it
// (initStackP's work).
func (vm *vm) initStackTop(s int) {
	top := vm.sp - 1
	if s <= 0 {
		vm.stack[vm.sb-s] = vm.stack[top]
	} else {
		vm.stack[vm.sb+vm.args+s] = vm.stack[top]
	}
	vm.sp = top
}

//go:nosplit
func (f *fInitStashCmpJ) exec(vm *vm) {
	vm.initStackTop(f.s)
	vm.pc++
	f.c.exec(vm)
}

func (f *fInitStashCmpJ) String() string {
	return fmt.Sprintf("%v; %v", initStackP(f.s), &f.c)
}

// initStackP(s); loadStackLex(l); loadVal; strict_eq or strict_neq; jneP,
// jne or jeq: `const x = f(); if (x === 'c')` (fLoadStackLexValCmpJ after
// the store).
type fInitValCmpJ struct {
	s int
	c fLoadStackLexValCmpJ
}

//go:nosplit
func (f *fInitValCmpJ) exec(vm *vm) {
	vm.initStackTop(f.s)
	vm.pc++
	f.c.exec(vm)
}

func (f *fInitValCmpJ) String() string {
	return fmt.Sprintf("%v; %v", initStackP(f.s), &f.c)
}

// storeStack(s); loadStashLex; strict_eq or strict_neq; jneP, jne or jeq:
// `(rec = names[name]) === undefined` with rec a var (the value stays on
// the stack and is compared, fLoadStashLexStrictEqJ after the store).
type fStoreStashEqJ struct {
	s int
	c fLoadStashLexStrictEqJ
}

//go:nosplit
func (f *fStoreStashEqJ) exec(vm *vm) {
	vm.stack[vm.sb+vm.args+f.s] = vm.stack[vm.sp-1]
	vm.pc++
	f.c.exec(vm)
}

func (f *fStoreStashEqJ) String() string {
	return fmt.Sprintf("%v; %v", storeStack(f.s), &f.c)
}

// storeStack(s); loadVal; strict_eq or strict_neq; jne or jeq: as
// fStoreStashEqJ with a constant (fLoadValStrictEqJ after the store).
type fStoreValEqJ struct {
	s int
	c fLoadValStrictEqJ
}

//go:nosplit
func (f *fStoreValEqJ) exec(vm *vm) {
	a := vm.stack[vm.sp-1]
	vm.stack[vm.sb+vm.args+f.s] = a
	vm.pc++
	cmpJump(vm, f.c.c.eq(a) != f.c.neq, f.c.mode, f.c.j)
}

func (f *fStoreValEqJ) String() string {
	return fmt.Sprintf("%v; %v", storeStack(f.s), &f.c)
}

// fuseStore returns the fused instruction for storeStack(s) at code[i]
// followed by a fused comparison of the value it leaves on the stack, or
// nil.
func fuseStore(code []instruction, i int, s storeStack) instruction {
	if s <= 0 { // (storeStack's own exec refuses it)
		return nil
	}
	switch c := code[i+1].(type) {
	case *fLoadStashLexStrictEqJ:
		return &fStoreStashEqJ{s: int(s), c: *c}
	case *fLoadValStrictEqJ:
		return &fStoreValEqJ{s: int(s), c: *c}
	}
	return nil
}

// fuseInit returns the fused instruction for initStackP(s) at code[i]
// followed by a fused comparison of a local (made by fuseCmp at i+1), or
// nil.
func fuseInit(code []instruction, i, s int) instruction {
	switch c := code[i+1].(type) {
	case *fLoadStackLexStashCmpJ:
		return &fInitStashCmpJ{s: s, c: *c}
	case *fLoadStackLexValCmpJ:
		return &fInitValCmpJ{s: s, c: *c}
	}
	return nil
}

// fuseConstElem returns fLoadValGetElem for loadVal(v) at code[i] followed
// by getElem, v an integer, or nil.
func fuseConstElem(code []instruction, i int, v Value) instruction {
	if _, ok := code[i+1].(*icGetElem); !ok {
		return nil
	}
	if k, ok := v.(valueInt); ok {
		return &fLoadValGetElem{k: k, v: v}
	}
	return nil
}
