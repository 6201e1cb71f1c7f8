package goja

// gojanet: the call and return of an ordinary JS function from the
// interpreter loop (README.gojanet.md "Call frames").
//
// The current frame's registers (prg, stash, privEnv, newTarget, result, pc,
// sb, args) are vm's embedded context, so a call saves them and a return
// restores them with one struct copy: one write-barrier check and five
// 16-byte moves, where the field-by-field copies checked the barrier for
// each of five pointers and reloaded vm's fields between stores. A call
// went dCall → vmCall → pushCtx → saveCtx, then the fused
// enterFuncStashless, a return dRet → popCtx → restoreCtx → popAfterRet;
// callJs and ret's exec do each in one function. A pop no longer zeroes the
// record it leaves: records past the call stack's length are overwritten by
// the next push, and Runtime.leave clears the ones written since its last
// clear (callStackHigh), as it clears the value stack, whose slots past sp
// were never cleared on return either.

// callJs enters f, called with n arguments laid out as [f, this, args...]
// at the top of the stack (the frame's layout, as the compiler pushes a
// call's callee and receiver: no swap), with the given new.target: what f's
// vmCall and then its first instruction would do when that is
// enterFuncStashless.
func (vm *vm) callJs(f *baseJsFuncObject, newTarget Value, n int) {
	l := len(vm.callStack)
	if l >= cap(vm.callStack) || l > vm.maxCallStackSize {
		// a tail call: nothing is live after it, so Go keeps the
		// arguments in registers on the common path
		vm.callJsGrow(f, newTarget, n)
		return
	}
	cs := vm.callStack[:l+1]
	vm.callStack = cs
	if l >= vm.callStackHigh {
		vm.callStackHigh = l + 1
	}
	cs[l] = vm.context

	// loads first, then the stores: Go checks the write barrier once for
	// the four pointers
	prg, stash, privEnv := f.prg, f.stash, f.privEnv
	vm.prg = prg
	vm.stash = stash
	vm.privEnv = privEnv
	vm.newTarget = newTarget

	sp := vm.sp
	sb := sp - n - 1 // at this, the callee below it
	s := vm.stack

	code := prg.code
	if len(code) > 0 {
		if e, ok := code[0].(*enterFuncStashless); ok {
			vm.sb = sb
			vm.pc = 1
			ss := int(e.stackSize)
			if d := int(e.args) - n; d > 0 {
				top := sp + d + ss
				if top >= len(s) {
					vm.stack.expand(top)
					s = vm.stack
				}
				vv := s[sp : sp+d]
				for i := range vv {
					vv[i] = _undefined
				}
				clearSlots(s[sp+d : top])
				vm.args = int(e.args)
				vm.sp = top
			} else {
				vm.args = n
				if ss > 0 {
					// cleared four slots at a time, past the top
					// to a multiple of four
					end := sp + (ss+3)&^3
					if end >= len(s) {
						vm.stack.expand(end)
						s = vm.stack
					}
					clearFrame(s[sp:end])
					vm.sp = sp + ss
				}
			}
			vm.callCheck() // the check of enterFuncStashless
			return
		}
	}
	vm.args = n
	vm.pc = 0
}

// callJsGrow is callJs when the call stack is full or too deep: the
// overflow check, room for one more record, then callJs.
//
//go:noinline
func (vm *vm) callJsGrow(f *baseJsFuncObject, newTarget Value, n int) {
	l := len(vm.callStack)
	if l > vm.maxCallStackSize {
		vm.stackOverflow()
	}
	vm.callStack = append(vm.callStack, context{})[:l]
	vm.callJs(f, newTarget, n)
}

// callObject calls obj as the call instruction does: an ordinary
// function, method or arrow through callJs, anything else through its vmCall.
func (vm *vm) callObject(obj *Object, n int) {
	// an ordinary function first, by one compare (see dCall)
	if f, ok := obj.self.(*funcObject); ok {
		vm.callJs(&f.baseJsFuncObject, nil, n)
		return
	}
	switch f := obj.self.(type) {
	case *arrowFuncObject:
		// the receiver stays in the this slot (see arrowFuncObject.Call)
		vm.callJs(&f.baseJsFuncObject, f.newTarget, n)
	case *methodFuncObject:
		vm.callJs(&f.baseJsFuncObject, nil, n)
	default:
		obj.self.vmCall(vm, n)
	}
}

// ret and loadUndef;ret return from the current JS function to its
// caller's frame: what ret did, without zeroing the popped frame record (see
// above), and with popAfterRet's pop of an unused result. The two execs are
// the same but for the value; each is written out because Go does not
// inline a shared function (retJs's call cost ≈ 15 machine instructions per
// return).
//
// The stack: callee at sb-1 (where the value goes), this at sb, arguments
// and locals, the value on top.
//
//go:nosplit
func (*dRet) exec(vm *vm) {
	s := vm.stack
	sb := vm.sb
	s[sb-1] = s[vm.sp-1]
	l := len(vm.callStack) - 1
	vm.context = vm.callStack[l]
	vm.callStack = vm.callStack[:l]
	prg := vm.prg
	if prg == nil {
		// a native caller: the run loop stops on haltProgram (vm.go run)
		prg = haltProgram
		vm.prg = prg
	}
	pc := vm.pc + 1
	if code := prg.code; uint(pc) < uint(len(code)) && isDirectPop(code[pc]) {
		vm.sp = sb - 1
		vm.pc = pc + 1
		return
	}
	vm.sp = sb
	vm.pc = pc
}

// fLoadUndefRet's exec is dRet's with undefined for the value.
//
//go:nosplit
func (*fLoadUndefRet) exec(vm *vm) {
	sb := vm.sb
	vm.stack[sb-1] = _undefined
	l := len(vm.callStack) - 1
	vm.context = vm.callStack[l]
	vm.callStack = vm.callStack[:l]
	prg := vm.prg
	if prg == nil {
		prg = haltProgram
		vm.prg = prg
	}
	pc := vm.pc + 1
	if code := prg.code; uint(pc) < uint(len(code)) && isDirectPop(code[pc]) {
		vm.sp = sb - 1
		vm.pc = pc + 1
		return
	}
	vm.sp = sb
	vm.pc = pc
}

// fLoadRet's exec is dRet's with the loaded value, a var's or `this`
// (stack) or a constant's (engineperf36).
//
//go:nosplit
func (f *fLoadRet) exec(vm *vm) {
	v := f.v
	if f.stack {
		v = vm.stackAt(f.l)
	}
	sb := vm.sb
	vm.stack[sb-1] = v
	l := len(vm.callStack) - 1
	vm.context = vm.callStack[l]
	vm.callStack = vm.callStack[:l]
	prg := vm.prg
	if prg == nil {
		prg = haltProgram
		vm.prg = prg
	}
	pc := vm.pc + 1
	if code := prg.code; uint(pc) < uint(len(code)) && isDirectPop(code[pc]) {
		vm.sp = sb - 1
		vm.pc = pc + 1
		return
	}
	vm.sp = sb
	vm.pc = pc
}

// clearCallStack drops the references held by frame records past the call
// stack's length (see above).
func (vm *vm) clearCallStack() {
	l := len(vm.callStack)
	h := vm.callStackHigh
	if c := cap(vm.callStack); h > c {
		h = c
	}
	if h > l {
		cs := vm.callStack[l:h]
		for i := range cs {
			cs[i] = context{}
		}
	}
	vm.callStackHigh = l
}

// plainFunc is obj's function and its new.target (an arrow function's, its
// enclosing function's; nil for the others) when obj is an ordinary
// function, method or arrow function (not async, not a generator, whose
// calls are __call's): what callFromGo calls. f is nil for any other obj.
func plainFunc(obj *Object) (f *baseJsFuncObject, newTarget Value) {
	switch o := obj.self.(type) {
	case *funcObject:
		return &o.baseJsFuncObject, nil
	case *methodFuncObject:
		return &o.baseJsFuncObject, nil
	case *arrowFuncObject:
		return &o.baseJsFuncObject, o.newTarget
	}
	return nil, nil
}

// callFromGo is a call of f from Go through AssertFunction's Callable: what
// runWrapped(try(f.Call)) did, through __call and its own try frame, in one
// function with one try frame and one deferred recover. The frame is pushed
// below the arguments: an exception restores the stack to where the call
// found it, as the outer of the two frames did. Past the run loop (whose
// runTryInner turns exceptions into ex and restores the state the frame
// recorded) only runWrapped's recover is left: an uncatchable exception is
// the error, any other panic goes on.
//
// newTarget is an arrow function's (its enclosing function's new.target),
// nil for the others.
func (r *Runtime) callFromGo(f *baseJsFuncObject, this Value, args []Value, newTarget Value) (ret Value, err error) {
	vm := r.vm
	if len(vm.callStack) > vm.maxCallStackSize {
		// pushCtx throws the overflow before the run loop: try's recover
		// makes it the error. (A copy of args: the general path keeps
		// them, and callFromGo's callers may then lend theirs without
		// an allocation, runtime/loop's Call.)
		return callFromGoSlow(f, this, append([]Value(nil), args...), newTarget)
	}
	tl := len(vm.tryStack)
	defer func() {
		if x := recover(); x != nil {
			if len(vm.tryStack) > tl {
				vm.tryStack = vm.tryStack[:tl]
			}
			if ex := asUncatchableException(x); ex != nil {
				err = ex
				if len(vm.callStack) == 0 {
					r.leaveAbrupt()
				}
			} else {
				panic(x)
			}
		}
	}()
	vm.pushTryFrame(tryPanicMarker, -1)

	// [f, this, args...]: a frame's layout, as a call pushes it
	sp := vm.sp
	n := len(args)
	vm.stack.expand(sp + n + 1)
	s := vm.stack[sp : sp+n+2]
	s[0] = f.val
	s[1] = nilSafe(this)
	d := s[2:]
	d = d[:len(args)] // no bounds check in the loop
	for i, a := range args {
		if a == nil {
			a = _undefined
		}
		d[i] = a
	}
	vm.sp = sp + n + 2

	needPop := false
	if vm.prg != nil {
		// a call from Go while JS runs: an extra record so that run()
		// halts after ret
		vm.pushCtx()
		vm.callStack = append(vm.callStack, context{pc: -2})
		needPop = true
	} else {
		vm.pc = -2
		vm.pushCtx()
	}
	vm.args = n
	vm.prg = f.prg
	vm.stash = f.stash
	vm.privEnv = f.privEnv
	vm.newTarget = newTarget
	vm.pc = 0
	for {
		if ex := vm.runTryInner(); ex != nil {
			err = ex
			break
		}
		if vm.halted() {
			if needPop {
				vm.popCtx()
			}
			ret = vm.pop()
			break
		}
	}
	vm.popTryFrame()
	if len(vm.callStack) == 0 {
		if r.jobsHeld == 0 {
			r.leave()
		}
		// held: ReleaseJobs leaves, once for all the calls it held
	} else {
		vm.clearStack()
	}
	return
}

// IsPlainFunction reports whether fn is an ordinary function, method or
// arrow function (not async, not a generator) of r's: one CallPlain calls.
func (r *Runtime) IsPlainFunction(fn Value) bool {
	if obj, ok := fn.(*Object); ok && obj.runtime == r {
		f, _ := plainFunc(obj)
		return f != nil
	}
	return false
}

// CallPlain calls fn, an ordinary function, method or arrow function
// (IsPlainFunction), as AssertFunction's Callable would (callFromGo) without
// making the Callable, and without keeping args: the embedder's per-event
// entry (runtime/loop's Call; a handle's close callback is often an arrow).
// For any other fn it is a TypeError.
func (r *Runtime) CallPlain(fn Value, this Value, args []Value) (Value, error) {
	if obj, ok := fn.(*Object); ok && obj.runtime == r {
		if f, newTarget := plainFunc(obj); f != nil {
			ret, err := r.callFromGo(f, this, args, newTarget)
			if ex, ok := err.(*Exception); ok {
				// LastCaught, as the catch clause of the JS trampoline this
				// call replaces recorded it: the fatal report's throw site
				r.vm.lastCaught = ex
			}
			return ret, err
		}
	}
	return nil, r.try(func() { panic(r.NewTypeError("CallPlain: not an ordinary function")) })
}

// HoldJobs keeps the outermost returns from calls into JS from running
// promise jobs until the matching ReleaseJobs, which runs them (when no JS
// is running): an embedder's callback followed by its own work that must
// come before the microtasks (node's nextTick queue after an I/O callback)
// is then several calls from Go with one drain. Calls nest; a call made
// while JS runs drains nothing anyway. The value stack and call records
// are cleared once, at the release.
func (r *Runtime) HoldJobs() { r.jobsHeld++ }

// ReleaseJobs ends a HoldJobs; the last one runs the queued jobs.
func (r *Runtime) ReleaseJobs() {
	r.jobsHeld--
	if r.jobsHeld == 0 && len(r.vm.callStack) == 0 {
		r.leave()
	}
}

// callFromGoSlow is AssertFunction's general Callable for f.
func callFromGoSlow(f *baseJsFuncObject, this Value, args []Value, newTarget Value) (ret Value, err error) {
	err = f.val.runtime.runWrapped(func() {
		ret = f.call(FunctionCall{This: this, Arguments: args}, newTarget)
	})
	return
}
