package goja

import "github.com/dop251/goja/unistring"

// gojanet: builtins called from JS without a frame of their own
// (README.gojanet.md "Leaf builtins").
//
// A native function's call pushes a call-stack record (the caller's
// registers), sets prg to nil and sb, and pops the record after it: ≈ 80
// machine instructions of a builtin call's ≈ 220. The record is what a stack
// trace lists the builtin by and what a call back into JS returns to; a
// builtin that can neither throw nor run JS code needs neither. The builtins
// marked here (leaf kinds in nativeFuncObject.fastCall) are called without it
// when the receiver and arguments are ones with which they do neither: a Map
// receiver for Map.prototype.get, a string primitive and primitive arguments
// for toLowerCase or indexOf, and so on. Any other call (a wrong receiver,
// an object argument whose conversion runs its toString) takes the ordinary
// path with its frame, so its error and stack are as before.

// leafCall calls f's builtin for the call of n arguments on the stack and
// returns true, or returns false having changed nothing.
//
//go:nosplit
func (vm *vm) leafCall(f *nativeFuncObject, kind uint8, n int) bool {
	sp := vm.sp
	args := vm.stack[sp-n : sp]
	this := vm.stack[sp-n-1] // [f, this, args...]
	switch kind {
	case leafAny:
	case leafMap:
		o, ok := this.(*Object)
		if !ok {
			return false
		}
		if _, ok := o.self.(*mapObject); !ok {
			return false
		}
	case leafSet:
		o, ok := this.(*Object)
		if !ok {
			return false
		}
		if _, ok := o.self.(*setObject); !ok {
			return false
		}
	case leafStr:
		switch this.(type) {
		case asciiString, unicodeString:
		default:
			return false
		}
		for _, a := range args {
			if !leafPrimitive(a) {
				return false
			}
		}
	case leafNoProxy:
		if n > 0 {
			if o, ok := args[0].(*Object); ok {
				if _, ok := o.self.(*proxyObject); ok {
					return false
				}
			}
		}
	case leafPrim:
		if n > 0 {
			if _, ok := args[0].(*Symbol); !ok && !leafPrimitive(args[0]) {
				return false
			}
		}
	case leafCreate:
		if n != 1 {
			return false
		}
		switch args[0].(type) {
		case *Object, valueNull: // a type switch: != _null calls ifaceeq
		default:
			return false
		}
	case leafRegexp:
		o, ok := this.(*Object)
		if !ok {
			return false
		}
		rx, ok := o.self.(*regexpObject)
		if !ok {
			return false
		}
		// reading lastIndex converts it (ToLength), writing it throws when
		// it is read-only
		if vp := rx.lastIndexProp(); vp == nil || !vp.writable || !leafPrimitive(vp.value) {
			return false
		}
		if n > 0 && !leafPrimitive(args[0]) {
			return false
		}
	case leafPush:
		o, ok := this.(*Object)
		if !ok {
			return false
		}
		a, ok := o.self.(*arrayObject)
		if !ok || !vm.r.pushFast(a, args) {
			return false
		}
		// arrayproto_push's result on its fast path
		vm.stack[sp-n-2] = intToValue(int64(a.length))
		vm.sp = sp - n - 1
		vm.pc++
		vm.callCheck()
		return true
	case leafOwn:
		// hasOwnProperty: ToPropertyKey of a primitive runs no code, a plain
		// object's own lookup none either
		o, ok := this.(*Object)
		if !ok {
			return false
		}
		if _, ok := o.self.(*baseObject); !ok {
			return false
		}
		if n > 0 {
			if _, ok := args[0].(*Symbol); !ok && !leafPrimitive(args[0]) {
				return false
			}
		}
	case leafKeys:
		// Object.keys of a plain object: its own names, no getter called
		if n == 0 {
			return false
		}
		o, ok := args[0].(*Object)
		if !ok {
			return false
		}
		if _, ok := o.self.(*baseObject); !ok {
			return false
		}
	case leafNum:
		// Number.prototype.toString of a number primitive with no radix or
		// an integer one it accepts (another throws a RangeError)
		switch this.(type) {
		case valueInt, valueFloat:
		default:
			return false
		}
		if n > 0 && args[0] != _undefined {
			if r, ok := args[0].(valueInt); !ok || r < 2 || r > 36 {
				return false
			}
		}
	case leafNullish:
		// Object.prototype.toString of undefined or null (of anything else
		// it reads @@toStringTag, maybe a getter)
		switch this.(type) {
		case valueUndefined, valueNull:
		default:
			return false
		}
	default:
		return false
	}
	ret := f.f(FunctionCall{Arguments: args, This: this})
	if ret == nil {
		ret = _undefined
	}
	vm.stack[sp-n-2] = ret
	vm.sp = sp - n - 1
	vm.pc++
	vm.callCheck() // as nativeFuncObject.vmCall
	return true
}

// leafPrimitive: v converts to a number or a string without running JS code
// or throwing (a symbol and a BigInt throw in ToNumber, an object may run
// its valueOf or toString).
func leafPrimitive(v Value) bool {
	switch v.(type) {
	case asciiString, unicodeString, valueInt, valueFloat, valueBool, valueUndefined, valueNull:
		return true
	}
	return false
}

// leafMethodProp is methodProp for a builtin of the given leaf kind.
func (r *Runtime) leafMethodProp(f func(FunctionCall) Value, name unistring.String, nArgs int, kind uint8) Value {
	return valueProp(r.markFastCall(r.newNativeFunc(f, name, nArgs), kind), true, false, true)
}
