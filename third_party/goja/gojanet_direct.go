package goja

// gojanet: direct dispatch for the hottest instructions (README.gojanet.md
// "Direct dispatch"). The compiler emits these instructions as values
// (loadStackLex(3), jneP(-5), ret): a value-receiver method called through
// the instruction interface goes through a wrapper Go generates, which
// checks the pointer, copies the value and calls the method (≈ 12 machine
// instructions and a frame when the method is not inlined into it). Once a
// Program is compiled, directCode replaces each of these instructions with a
// pointer to its twin here (the same value, a pointer-receiver method with
// the original body), which the run loop calls at once. The value forms keep
// working (constant folding runs them while compiling, and code directCode
// did not reach runs as before): each forwards to its twin.

import (
	"fmt"
	"math/big"
	"sync/atomic"
)

type dLoadStackLex int

//go:nosplit
func (rcv *dLoadStackLex) exec(vm *vm) {
	l := loadStackLex(*rcv)
	// l < 0 -- arg<-l-1>
	// l > 0 -- var<l-1>
	// l == 0 -- this
	var p *Value
	if l <= 0 {
		arg := int(-l)
		if arg > vm.args {
			vm.push(_undefined)
			vm.pc++
			return
		} else {
			p = &vm.stack[vm.sb+arg]
		}
	} else {
		p = &vm.stack[vm.sb+vm.args+int(l)]
	}
	if *p == nil {
		vm.throw(vm.tdzError())
		return
	}
	vm.push(*p)
	vm.pc++
}

func (p *dLoadStackLex) String() string { return fmt.Sprint(loadStackLex(*p)) }

type dLoadStashLex int

//go:nosplit
func (rcv *dLoadStashLex) exec(vm *vm) {
	g := loadStashLex(*rcv)
	level := int(g >> 24)
	idx := uint32(g & 0x00FFFFFF)
	stash := vm.stash
	for i := 0; i < level; i++ {
		stash = stash.outer
	}

	v := stash.getByIdx(idx)
	if v == nil {
		vm.throw(vm.tdzError())
		return
	}
	vm.push(v)
	vm.pc++
}

func (p *dLoadStashLex) String() string { return fmt.Sprint(loadStashLex(*p)) }

type dJneP int

//go:nosplit
func (rcv *dJneP) exec(vm *vm) {
	j := jneP(*rcv)
	vm.sp--
	if !truthy(vm.stack[vm.sp]) {
		vm.pc += int(j)
	} else {
		vm.pc++
	}
}

func (p *dJneP) String() string { return fmt.Sprint(jneP(*p)) }

type dInitStackP int

//go:nosplit
func (rcv *dInitStackP) exec(vm *vm) {
	s := initStackP(*rcv)
	vm.initStack(int(s))
	vm.sp--
}

func (p *dInitStackP) String() string { return fmt.Sprint(initStackP(*p)) }

type dCall int

//go:nosplit
func (rcv *dCall) exec(vm *vm) {
	numargs := call(*rcv)
	// callee
	// this
	// arg0
	// ...
	// arg<numargs-1>
	n := int(numargs)
	v := vm.stack[vm.sp-n-2] // callee
	// gojanet: an ordinary function (most calls) without toCallee's call,
	// the interface call and funcObject's forwarding method
	if obj, ok := v.(*Object); ok {
		// callObject inlined by hand (gojanet_callframe.go), as type
		// assertions in the order of their frequency: each is one compare,
		// a type switch first loads and compares the type's hash
		if f, ok := obj.self.(*funcObject); ok {
			vm.callJs(&f.baseJsFuncObject, nil, n)
			return
		}
		if f, ok := obj.self.(*nativeFuncObject); ok {
			f.vmCall(vm, n) // a direct call, not through the interface
			return
		}
		switch f := obj.self.(type) {
		case *arrowFuncObject:
			vm.callJs(&f.baseJsFuncObject, f.newTarget, n)
			return
		case *methodFuncObject:
			vm.callJs(&f.baseJsFuncObject, nil, n)
			return
		}
		obj.self.vmCall(vm, n)
	} else {
		vm.toCallee(v).self.vmCall(vm, n)
	}
	// gojanet: a JS function's first instruction, mostly enterFuncStashless,
	// without a dispatch (gojanet_fused.go)
	if vm.pc == 0 {
		if code := vm.prg.code; len(code) > 0 {
			if e, ok := code[0].(*enterFuncStashless); ok {
				e.exec(vm)
			}
		}
	}
}

func (p *dCall) String() string { return fmt.Sprint(call(*p)) }

type dJne int

//go:nosplit
func (rcv *dJne) exec(vm *vm) {
	j := jne(*rcv)
	if !truthy(vm.stack[vm.sp-1]) {
		vm.pc += int(j)
	} else {
		vm.sp--
		vm.pc++
	}
}

func (p *dJne) String() string { return fmt.Sprint(jne(*p)) }

type dLoadStack int

//go:nosplit
func (rcv *dLoadStack) exec(vm *vm) {
	l := loadStack(*rcv)
	// l > 0 -- var<l-1>
	// l == 0 -- this

	if l > 0 {
		vm.push(nilSafe(vm.stack[vm.sb+vm.args+int(l)]))
	} else {
		vm.push(vm.stack[vm.sb])
	}
	vm.pc++
}

func (p *dLoadStack) String() string { return fmt.Sprint(loadStack(*p)) }

type dJeq int

//go:nosplit
func (rcv *dJeq) exec(vm *vm) {
	j := jeq(*rcv)
	if truthy(vm.stack[vm.sp-1]) {
		vm.pc += int(j)
	} else {
		vm.sp--
		vm.pc++
	}
}

func (p *dJeq) String() string { return fmt.Sprint(jeq(*p)) }

type dJump int

//go:nosplit
func (rcv *dJump) exec(vm *vm) {
	j := jump(*rcv)
	vm.pc += int(j)
	if j <= 0 {
		vm.backJump()
	}
}

// backJump is the check of a loop's backward jump (jump, and jeqP at the end
// of a do-while; TestBackwardJumpsCheck keeps the compiler to those two): an
// interrupt, and a profile started while this VM runs (the run loop checks
// the profiler when it starts, then only vm.interrupted). Kept a call with
// Go's stack check (engineperf38): with the instructions' exec nosplit, a
// loop's backward jump and a call's callJs are where a goroutine running a
// script cooperates with Go's scheduler and GC when asynchronous preemption
// is off (README.gojanet.md "Hot paths without a stack check").
//
//go:noinline
func (vm *vm) backJump() {
	if atomic.LoadInt32(&globalProfiler.enabled) == 1 && vm.profTracker == nil {
		atomic.OrUint32(&vm.interrupted, profileAttention)
	}
	vm.loopCheck()
}

func (p *dJump) String() string { return fmt.Sprint(jump(*p)) }

type dStoreStackLexP int

func (rcv *dStoreStackLexP) exec(vm *vm) {
	s := storeStackLexP(*rcv)
	vm.storeStackLex(int(s))
	vm.sp--
}

func (p *dStoreStackLexP) String() string { return fmt.Sprint(storeStackLexP(*p)) }

type dLoadStack1Lex int

func (rcv *dLoadStack1Lex) exec(vm *vm) {
	l := loadStack1Lex(*rcv)
	p := &vm.stack[vm.sb+int(l)]
	if *p == nil {
		vm.throw(vm.tdzError())
		return
	}
	vm.push(*p)
	vm.pc++
}

func (p *dLoadStack1Lex) String() string { return fmt.Sprint(loadStack1Lex(*p)) }

type dStoreStashLexP int

//go:nosplit
func (rcv *dStoreStashLexP) exec(vm *vm) {
	s := storeStashLexP(*rcv)
	vm.setLocalLex(int(s))
	vm.sp--
}

func (p *dStoreStashLexP) String() string { return fmt.Sprint(storeStashLexP(*p)) }

type dStoreStackLex int

func (rcv *dStoreStackLex) exec(vm *vm) {
	s := storeStackLex(*rcv)
	vm.storeStackLex(int(s))
}

func (p *dStoreStackLex) String() string { return fmt.Sprint(storeStackLex(*p)) }

type dInitStack1P int

//go:nosplit
func (rcv *dInitStack1P) exec(vm *vm) {
	s := initStack1P(*rcv)
	vm.initStack1(int(s))
	vm.sp--
}

func (p *dInitStack1P) String() string { return fmt.Sprint(initStack1P(*p)) }

type dJeqP int

func (rcv *dJeqP) exec(vm *vm) {
	j := jeqP(*rcv)
	vm.sp--
	if truthy(vm.stack[vm.sp]) {
		vm.pc += int(j)
		if j <= 0 {
			vm.backJump()
		}
	} else {
		vm.pc++
	}
}

func (p *dJeqP) String() string { return fmt.Sprint(jeqP(*p)) }

type dLoadStash int

//go:nosplit
func (rcv *dLoadStash) exec(vm *vm) {
	g := loadStash(*rcv)
	level := int(g >> 24)
	idx := uint32(g & 0x00FFFFFF)
	stash := vm.stash
	for i := 0; i < level; i++ {
		stash = stash.outer
	}

	vm.push(nilSafe(stash.getByIdx(idx)))
	vm.pc++
}

func (p *dLoadStash) String() string { return fmt.Sprint(loadStash(*p)) }

type dLoadVal loadVal

//go:nosplit
func (rcv *dLoadVal) exec(vm *vm) {
	l := loadVal(*rcv)
	vm.push(l.v)
	vm.pc++
}

func (p *dLoadVal) String() string { return fmt.Sprint(loadVal(*p)) }

type dLoadUndef struct{}

func (*dLoadUndef) exec(vm *vm) {
	vm.push(_undefined)
	vm.pc++
}

func (*dLoadUndef) String() string { return fmt.Sprint(_loadUndef{}) }

type dRet struct{}

// dRet's exec: gojanet_callframe.go

// popAfterRet runs the caller's next instruction when it is a pop (a call
// whose value is unused) without a dispatch (gojanet_fused.go).
func (vm *vm) popAfterRet() {
	if pc := vm.pc; pc >= 0 && vm.prg != nil {
		// a type check, not ==: comparing interfaces calls runtime.ifaceeq
		if code := vm.prg.code; pc < len(code) && isDirectPop(code[pc]) {
			vm.sp--
			vm.pc = pc + 1
		}
	}
}

func isDirectPop(in instruction) bool {
	_, ok := in.(*dPop)
	return ok
}

func (*dRet) String() string { return fmt.Sprint(_ret{}) }

type dOp_strict_eq struct{}

//go:nosplit
func (*dOp_strict_eq) exec(vm *vm) {
	if vm.stack[vm.sp-2].StrictEquals(vm.stack[vm.sp-1]) {
		vm.stack[vm.sp-2] = valueTrue
	} else {
		vm.stack[vm.sp-2] = valueFalse
	}
	vm.sp--
	vm.pc++
}

func (*dOp_strict_eq) String() string { return fmt.Sprint(_op_strict_eq{}) }

type dOp_strict_neq struct{}

func (*dOp_strict_neq) exec(vm *vm) {
	if vm.stack[vm.sp-2].StrictEquals(vm.stack[vm.sp-1]) {
		vm.stack[vm.sp-2] = valueFalse
	} else {
		vm.stack[vm.sp-2] = valueTrue
	}
	vm.sp--
	vm.pc++
}

func (*dOp_strict_neq) String() string { return fmt.Sprint(_op_strict_neq{}) }

type dPop struct{}

//go:nosplit
func (*dPop) exec(vm *vm) {
	vm.sp--
	vm.pc++
}

func (*dPop) String() string { return fmt.Sprint(_pop{}) }

type dGetElem struct{}

func (*dGetElem) exec(vm *vm) {
	v := vm.stack[vm.sp-2]
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

func (*dGetElem) String() string { return fmt.Sprint(_getElem{}) }

type dNot struct{}

func (*dNot) exec(vm *vm) {
	if truthy(vm.stack[vm.sp-1]) {
		vm.stack[vm.sp-1] = valueFalse
	} else {
		vm.stack[vm.sp-1] = valueTrue
	}
	vm.pc++
}

func (*dNot) String() string { return fmt.Sprint(_not{}) }

type dLoadCallee struct{}

func (*dLoadCallee) exec(vm *vm) {
	vm.push(vm.stack[vm.sb-1])
	vm.pc++
}

func (*dLoadCallee) String() string { return fmt.Sprint(_loadCallee{}) }

type dAdd struct{}

//go:nosplit
func (*dAdd) exec(vm *vm) {
	right := vm.stack[vm.sp-1]
	left := vm.stack[vm.sp-2]

	// gojanet: two integers (most additions: counts, offsets, lengths)
	// without the interface assertions to String below (runtime type-assert
	// caches) and the type switches. Both are within ±2^53: no overflow.
	if l, ok := left.(valueInt); ok {
		if r, ok := right.(valueInt); ok {
			vm.stack[vm.sp-2] = vm.boxes.int(int64(l) + int64(r))
			vm.sp--
			vm.pc++
			return
		}
	}

	// gojanet: two ASCII strings (paths, header lines): one allocation
	if l, ok := left.(asciiString); ok {
		if r, ok := right.(asciiString); ok {
			switch {
			case len(r) == 0: // the left Value as it is
			case len(l) == 0:
				vm.stack[vm.sp-2] = right
			default:
				vm.stack[vm.sp-2] = concatASCIIValue(l, r)
			}
			vm.sp--
			vm.pc++
			return
		}
	}

	if o, ok := left.(*Object); ok {
		left = o.toPrimitive()
	}

	if o, ok := right.(*Object); ok {
		right = o.toPrimitive()
	}

	var ret Value

	leftString, isLeftString := left.(String)
	rightString, isRightString := right.(String)

	if isLeftString || isRightString {
		if !isLeftString {
			leftString = left.toString()
		}
		if !isRightString {
			rightString = right.toString()
		}
		ret = leftString.Concat(rightString)
	} else {
		switch left := left.(type) {
		case valueInt:
			switch right := right.(type) {
			case valueInt:
				ret = vm.boxes.int(int64(left) + int64(right))
			case *valueBigInt:
				panic(errMixBigIntType)
			default:
				ret = floatToValue(float64(left) + right.ToFloat())
			}
		case *valueBigInt:
			if right, ok := right.(*valueBigInt); ok {
				ret = (*valueBigInt)(new(big.Int).Add((*big.Int)(left), (*big.Int)(right)))
			} else {
				panic(errMixBigIntType)
			}
		default:
			if _, ok := right.(*valueBigInt); ok {
				panic(errMixBigIntType)
			}
			ret = floatToValue(left.ToFloat() + right.ToFloat())
		}
	}

	vm.stack[vm.sp-2] = ret
	vm.sp--
	vm.pc++
}

func (*dAdd) String() string { return fmt.Sprint(_add{}) }

type dSetElemStrictP struct{}

func (*dSetElemStrictP) exec(vm *vm) {
	propName := toPropertyKey(vm.stack[vm.sp-2])
	receiver := vm.stack[vm.sp-3]
	val := vm.stack[vm.sp-1]
	if receiverObj, ok := receiver.(*Object); ok {
		receiverObj.setOwn(propName, val, true)
	} else {
		base := vm.r.assignmentBase(receiver, propName)
		base.set(propName, val, receiver, true)
	}

	vm.sp -= 3
	vm.pc++
}

func (*dSetElemStrictP) String() string { return fmt.Sprint(_setElemStrictP{}) }

type dTypeof struct{}

//go:nosplit
func (*dTypeof) exec(vm *vm) {
	v := vm.stack[vm.sp-1]
	if k := typeofKindOf(v); k != typeofSlow {
		vm.stack[vm.sp-1] = typeofNames[k]
	} else {
		vm.stack[vm.sp-1] = typeOfValue(v)
	}
	vm.pc++
}

// gojanet: typeof's answer for the common values by their concrete types
// alone (typeOfValue's switch has an interface case, String, which costs a
// runtime type assertion for every value reaching it, and an interface call
// for every object). typeofSlow: ask typeOfValue.
type typeofKind uint8

const (
	typeofUndefined typeofKind = iota
	typeofObject
	typeofFunction
	typeofString
	typeofNumber
	typeofBoolean
	typeofSymbol
	typeofBigInt
	typeofSlow
	typeofNone // a constant no typeof result equals (fTypeofStrictEqJ)
)

var typeofNames = [...]Value{
	typeofUndefined: stringUndefined,
	typeofObject:    stringObjectC,
	typeofFunction:  stringFunction,
	typeofString:    stringString,
	typeofNumber:    stringNumber,
	typeofBoolean:   stringBoolean,
	typeofSymbol:    stringSymbol,
	typeofBigInt:    stringBigInt,
}

// typeofKindOf is typeOfValue(v)'s kind for values whose concrete type
// decides it, typeofSlow for the rest (other strings, host and exotic
// objects: their typeOf methods answer).
func typeofKindOf(v Value) typeofKind {
	switch v := v.(type) {
	case *Object:
		switch v.self.(type) {
		case *baseObject, *arrayObject:
			return typeofObject
		case *funcObject, *arrowFuncObject, *methodFuncObject, *classFuncObject, *nativeFuncObject:
			return typeofFunction
		}
	case valueUndefined:
		return typeofUndefined
	case asciiString:
		return typeofString
	case valueInt, valueFloat:
		return typeofNumber
	case valueBool:
		return typeofBoolean
	case valueNull:
		return typeofObject
	}
	return typeofSlow
}

// typeofKindNamed is the kind whose typeof result is v, typeofNone if v is
// no typeof result.
func typeofKindNamed(v Value) typeofKind {
	for k, n := range typeofNames {
		if n.StrictEquals(v) {
			return typeofKind(k)
		}
	}
	return typeofNone
}

// typeOfValue is typeof's string for v.
func typeOfValue(v Value) Value {
	switch v := v.(type) {
	case valueUndefined, valueUnresolved:
		return stringUndefined
	case valueNull:
		return stringObjectC
	case *Object:
		return v.self.typeOf()
	case valueBool:
		return stringBoolean
	case String:
		return stringString
	case valueInt, valueFloat:
		return stringNumber
	case *valueBigInt:
		return stringBigInt
	case *Symbol:
		return stringSymbol
	default:
		panic(newTypeError("Compiler bug: unknown type: %T", v))
	}
}

func (*dTypeof) String() string { return fmt.Sprint(_typeof{}) }

type dOp_lt struct{}

//go:nosplit
func (*dOp_lt) exec(vm *vm) {
	left := toPrimitiveNumber(vm.stack[vm.sp-2])
	right := toPrimitiveNumber(vm.stack[vm.sp-1])

	r := cmp(left, right)
	if r == _undefined {
		vm.stack[vm.sp-2] = valueFalse
	} else {
		vm.stack[vm.sp-2] = r
	}
	vm.sp--
	vm.pc++
}

func (*dOp_lt) String() string { return fmt.Sprint(_op_lt{}) }

type dOp_gte struct{}

func (*dOp_gte) exec(vm *vm) {
	left := toPrimitiveNumber(vm.stack[vm.sp-2])
	right := toPrimitiveNumber(vm.stack[vm.sp-1])

	r := cmp(left, right)
	if r == _undefined || r == valueTrue {
		vm.stack[vm.sp-2] = valueFalse
	} else {
		vm.stack[vm.sp-2] = valueTrue
	}

	vm.sp--
	vm.pc++
}

func (*dOp_gte) String() string { return fmt.Sprint(_op_gte{}) }

type dDup struct{}

func (*dDup) exec(vm *vm) {
	vm.push(vm.stack[vm.sp-1])
	vm.pc++
}

func (*dDup) String() string { return fmt.Sprint(_dup{}) }

type dOp_gt struct{}

func (*dOp_gt) exec(vm *vm) {
	left := toPrimitiveNumber(vm.stack[vm.sp-2])
	right := toPrimitiveNumber(vm.stack[vm.sp-1])

	r := cmp(right, left)
	if r == _undefined {
		vm.stack[vm.sp-2] = valueFalse
	} else {
		vm.stack[vm.sp-2] = r
	}
	vm.sp--
	vm.pc++
}

func (*dOp_gt) String() string { return fmt.Sprint(_op_gt{}) }

var (
	directLoadUndef      instruction = &dLoadUndef{}
	directRet            instruction = &dRet{}
	directOp_strict_eq   instruction = &dOp_strict_eq{}
	directOp_strict_neq  instruction = &dOp_strict_neq{}
	directPop            instruction = &dPop{}
	directGetElem        instruction = &dGetElem{}
	directNot            instruction = &dNot{}
	directLoadCallee     instruction = &dLoadCallee{}
	directAdd            instruction = &dAdd{}
	directSetElemStrictP instruction = &dSetElemStrictP{}
	directTypeof         instruction = &dTypeof{}
	directOp_lt          instruction = &dOp_lt{}
	directOp_gte         instruction = &dOp_gte{}
	directDup            instruction = &dDup{}
	directOp_gt          instruction = &dOp_gt{}
)

// directCode gives p and every Program nested in it (not lazy bodies: their
// compile calls it) the twins of their hottest value instructions. It runs
// once a compile is complete (the compiler patches and inspects instructions
// by their value types until then) and before the Program is shared. Only
// concrete types in the switches (an interface case costs an itab lookup
// per instruction): a function-making instruction missing here leaves its
// body's code as it was, which runs the same, only slower.
func directCode(p *Program) {
	if p == nil || p.lazy != nil {
		return
	}
	directProgram(p)
}

func directProgram(p *Program) {
	code := p.code
	n, nv, nic := 0, 0, 0
	for _, ins := range code {
		switch f := ins.(type) {
		case *newFunc:
			directCode(f.prg)
		case *newArrowFunc:
			directCode(f.prg)
		case *newMethod:
			directCode(f.prg)
		case *newAsyncFunc:
			directCode(f.prg)
		case *newGeneratorFunc:
			directCode(f.prg)
		case *newAsyncMethod:
			directCode(f.prg)
		case *newGeneratorMethod:
			directCode(f.prg)
		case *newAsyncArrowFunc:
			directCode(f.prg)
		case *newClass:
			directCode(f.ctor)
			directCode(f.initFields)
		case *newDerivedClass:
			directCode(f.ctor)
			directCode(f.initFields)
		case *newStaticFieldInit:
			directCode(f.initFields)
		case loadStackLex, loadStashLex, jneP, initStackP, call, jne, loadStack, jeq, jump, storeStackLexP, loadStack1Lex, storeStashLexP, storeStackLex, initStack1P, jeqP, loadStash:
			n++
		case loadVal:
			nv++
		case _getElem, _getElemCallee, _setElem, _setElemP, _setElemStrict, _setElemStrictP, _op_instanceof:
			nic++
		}
	}
	if n+nv+nic == 0 {
		applyLateStash(p) // gojanet_latestash.go
		return
	}
	ints := make([]int, n)
	vals := make([]loadVal, nv)
	ics := make([]propIC, nic) // gojanet_symic.go: a cache per site
	k, kv, kic := 0, 0, 0
	for i, ins := range code {
		switch v := ins.(type) {
		case _getElem:
			code[i] = (*icGetElem)(&ics[kic])
			kic++
		case _getElemCallee:
			code[i] = (*icGetElemCallee)(&ics[kic])
			kic++
		case _setElem:
			code[i] = (*icSetElem)(&ics[kic])
			kic++
		case _setElemP:
			code[i] = (*icSetElemP)(&ics[kic])
			kic++
		case _setElemStrict:
			code[i] = (*icSetElemStrict)(&ics[kic])
			kic++
		case _setElemStrictP:
			code[i] = (*icSetElemStrictP)(&ics[kic])
			kic++
		case _op_instanceof:
			code[i] = (*icInstanceof)(&ics[kic])
			kic++
		case loadStackLex:
			ints[k] = int(v)
			code[i] = (*dLoadStackLex)(&ints[k])
			k++
		case loadStashLex:
			ints[k] = int(v)
			code[i] = (*dLoadStashLex)(&ints[k])
			k++
		case jneP:
			ints[k] = int(v)
			code[i] = (*dJneP)(&ints[k])
			k++
		case initStackP:
			ints[k] = int(v)
			code[i] = (*dInitStackP)(&ints[k])
			k++
		case call:
			ints[k] = int(v)
			code[i] = (*dCall)(&ints[k])
			k++
		case jne:
			ints[k] = int(v)
			code[i] = (*dJne)(&ints[k])
			k++
		case loadStack:
			ints[k] = int(v)
			code[i] = (*dLoadStack)(&ints[k])
			k++
		case jeq:
			ints[k] = int(v)
			code[i] = (*dJeq)(&ints[k])
			k++
		case jump:
			ints[k] = int(v)
			code[i] = (*dJump)(&ints[k])
			k++
		case storeStackLexP:
			ints[k] = int(v)
			code[i] = (*dStoreStackLexP)(&ints[k])
			k++
		case loadStack1Lex:
			ints[k] = int(v)
			code[i] = (*dLoadStack1Lex)(&ints[k])
			k++
		case storeStashLexP:
			ints[k] = int(v)
			code[i] = (*dStoreStashLexP)(&ints[k])
			k++
		case storeStackLex:
			ints[k] = int(v)
			code[i] = (*dStoreStackLex)(&ints[k])
			k++
		case initStack1P:
			ints[k] = int(v)
			code[i] = (*dInitStack1P)(&ints[k])
			k++
		case jeqP:
			ints[k] = int(v)
			code[i] = (*dJeqP)(&ints[k])
			k++
		case loadStash:
			ints[k] = int(v)
			code[i] = (*dLoadStash)(&ints[k])
			k++
		case loadVal:
			vals[kv] = v
			code[i] = (*dLoadVal)(&vals[kv])
			kv++
		case _loadUndef:
			code[i] = directLoadUndef
		case _ret:
			code[i] = directRet
		case _op_strict_eq:
			code[i] = directOp_strict_eq
		case _op_strict_neq:
			code[i] = directOp_strict_neq
		case _pop:
			code[i] = directPop
		case _not:
			code[i] = directNot
		case _loadCallee:
			code[i] = directLoadCallee
		case _add:
			code[i] = directAdd
		case _typeof:
			code[i] = directTypeof
		case _op_lt:
			code[i] = directOp_lt
		case _op_gte:
			code[i] = directOp_gte
		case _dup:
			code[i] = directDup
		case _op_gt:
			code[i] = directOp_gt
		}
	}
	applyLateStash(p) // gojanet_latestash.go: before fusing, which leaves it alone
	fuseCode(code)    // gojanet_fused.go
}
