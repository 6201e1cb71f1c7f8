package goja

// gojanet: fn.call(), fn.apply() and Reflect.apply() on a JS function from JS
// code run in the interpreter loop that made the call, as a plain call does.
//
// Upstream runs them as any native function: the native frame is entered,
// the target is turned into a Go func(FunctionCall) (a method value: an
// allocation every time, the largest count of allocations in an http
// request), and that runs the target in a nested vm.run through __call,
// with a try frame and Go defer. node's stream, events and http code calls
// through these on nearly every event (ReflectApply in emit, fn.call(this)
// in streams), so here the call opcode's native callee, when it is one of
// these three and the target is an ordinary JS function, rewrites the stack
// from [fn, call, thisArg, args...] to [thisArg, fn, args...] and lets the
// target's vmCall enter it as `call` would.
//
// Everything that can fail or run user code (CreateListFromArrayLike on the
// argument array, a getter on an array-like or a Proxy) runs before the
// stack is touched, as in the native versions; any other target
// (non-callable, class constructors, async and generator functions, native
// and bound functions) takes the native path, so errors keep their text. The
// native frame itself no longer appears in stack traces (V8 shows none for
// call/apply either).

const (
	fastCallNone = iota
	fastCallCall
	fastCallApply
	fastCallReflectApply
	fastCallSlice // Array.prototype.slice: not a call kind, a mark for sliceArgs (gojanet_frameargs.go)
)

// Leaf builtins (gojanet_leafcall.go): called without a frame of their own
// when the receiver and arguments are ones with which they can neither
// throw nor run JS code.
const (
	leafAny     = 16 + iota // nothing to check: Date.now, Boolean
	leafMap                 // this is a Map: Map.prototype.get, has
	leafSet                 // this is a Set: Set.prototype.has
	leafStr                 // this is a string, the arguments safe primitives: toLowerCase, indexOf, ...
	leafNoProxy             // the argument is no Proxy: Array.isArray
	leafPrim                // the argument is a safe primitive or a symbol: String
	leafCreate              // one argument, an object or null: Object.create
	leafPush                // this is a dense array that pushFast takes: Array.prototype.push
	leafRegexp              // this is a RegExp with a writable, primitive lastIndex, the argument a safe primitive: test, exec
	leafOwn                 // this is a plain object, the key a safe primitive or a symbol: hasOwnProperty
	leafKeys                // the argument is a plain object: Object.keys
	leafNum                 // this is a number primitive, no radix or an integer 2-36: Number.prototype.toString
	leafNullish             // this is undefined or null: Object.prototype.toString
)

func (r *Runtime) markFastCall(o *Object, kind uint8) *Object {
	if f, ok := o.self.(*nativeFuncObject); ok {
		f.fastCall = kind
	}
	return o
}

func isPlainJsFunc(o *Object) bool {
	switch o.self.(type) {
	case *funcObject, *methodFuncObject, *arrowFuncObject:
		return true
	}
	return false
}

// fastCall performs the call and returns true, or returns false having
// changed nothing.
func (vm *vm) fastCall(f *nativeFuncObject, n int) bool {
	kind := f.fastCall
	sp := vm.sp
	base := sp - n - 2 // the callee; the call's `this` at base+1, arguments from base+2
	switch kind {
	case fastCallCall: // fn.call(thisArg, ...args)
		target, ok := vm.stack[base+1].(*Object)
		if !ok {
			return false
		}
		if !isPlainJsFunc(target) {
			// a leaf builtin (hasOwnProperty.call(o, k)) is called as if
			// directly: without a frame when its receiver and arguments
			// allow (gojanet_leafcall.go), else in a frame of its own, as
			// V8 shows it (call's frame is hidden either way)
			if nf, ok := target.self.(*nativeFuncObject); !ok || nf.fastCall < leafAny {
				return false
			}
		}
		if n == 0 {
			vm.stack[base+1] = _undefined
		} else {
			vm.stack[base+1] = vm.stack[base+2]
			copy(vm.stack[base+2:sp-1], vm.stack[base+3:sp])
			vm.stack[sp-1] = nil
			vm.sp--
			n--
		}
		vm.stack[base] = target
		vm.callObject(target, n)
		return true
	case fastCallApply: // fn.apply(thisArg, argArray)
		target, ok := vm.stack[base+1].(*Object)
		if !ok || !isPlainJsFunc(target) {
			return false
		}
		thisArg := Value(_undefined)
		if n > 0 {
			thisArg = vm.stack[base+2]
		}
		var args []Value
		if n > 1 {
			if a := vm.stack[base+3]; !IsUndefined(a) && !IsNull(a) {
				args = vm.r.createListFromArrayLike(a)
			}
		}
		vm.spreadCall(base, target, thisArg, args)
		return true
	case fastCallReflectApply: // Reflect.apply(fn, thisArg, argArray)
		if n < 3 {
			return false
		}
		target, ok := vm.stack[base+2].(*Object)
		if !ok || !isPlainJsFunc(target) {
			return false
		}
		args := vm.r.createListFromArrayLike(vm.stack[base+4])
		vm.spreadCall(base, target, vm.stack[base+3], args)
		return true
	}
	return false
}

// spreadCall replaces the frame being called at base with target(thisArg, ...args) and enters it.
func (vm *vm) spreadCall(base int, target *Object, thisArg Value, args []Value) {
	oldSp := vm.sp
	newSp := base + 2 + len(args)
	vm.stack.expand(newSp)
	vm.stack[base] = target
	vm.stack[base+1] = thisArg
	for i, a := range args {
		vm.stack[base+2+i] = nilSafe(a)
	}
	for i := newSp; i < oldSp; i++ {
		vm.stack[i] = nil
	}
	vm.sp = newSp
	vm.callObject(target, len(args))
}

// vmCall of a bound function whose target is a plain JS function (or a bound
// function of one): the frame being called, [bound, this, args...], becomes
// [target, boundThis, boundArgs..., args...] and the target is entered as
// `call` would, in this loop. Upstream ran every such call through Go
// (boundCallable: a fresh argument slice, then the target's Call in a nested
// vm.run with its try frame), and a "bound f" native frame showed in stack
// traces, which V8 does not have. Other targets (natives, class
// constructors, async and generator functions) keep the native path.
func (f *boundFuncObject) vmCall(vm *vm, n int) {
	target := f.wrapped
	switch target.self.(type) {
	case *funcObject, *methodFuncObject, *arrowFuncObject, *boundFuncObject:
	default:
		f.assertCallable() // (ff.f is made when first needed)
		f.nativeFuncObject.vmCall(vm, n)
		return
	}
	sp := vm.sp
	base := sp - n - 2
	if k := len(f.boundArgs); k > 0 {
		vm.stack.expand(sp + k - 1)
		copy(vm.stack[base+2+k:sp+k], vm.stack[base+2:sp])
		for i, a := range f.boundArgs {
			vm.stack[base+2+i] = nilSafe(a)
		}
		vm.sp = sp + k
		n += k
	}
	vm.stack[base] = target
	vm.stack[base+1] = f.boundThis
	vm.callObject(target, n)
}
