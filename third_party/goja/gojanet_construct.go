package goja

// gojanet: `new F(args)` of an ordinary function runs F in the interpreter
// loop that met the expression, as a call does.
//
// Upstream's _new calls F's construct from Go, which runs F's body in a
// nested vm.run through __call: the arguments copied back onto the stack, a
// try frame and a Go defer, an extra halting frame and runTryInner's
// recover, ≈ 1 K machine instructions on top of the call itself, and a Go
// stack frame per nesting. The compiler now emits `new F(...)` as newCall
// followed by newResult. For an ordinary function (funcObject: not a class,
// arrow, method, async, generator, bound or native function) newCall makes
// the receiver from F.prototype exactly as construct does (the property is
// F's own data property; reading it runs no code), lays the stack out as
// [receiver, F, receiver, args...] and enters F with new.target F; F's
// return lands on newResult, which keeps F's value when it is an object and
// the receiver otherwise (OrdinaryCallEvaluateBody then the [[Construct]]
// result rule). Any other callee takes _new's path and skips newResult.
type newCall uint32

func (n newCall) exec(vm *vm) {
	sp := vm.sp - int(n)
	if o, ok := vm.stack[sp-1].(*Object); ok {
		if f, ok := o.self.(*funcObject); ok {
			var proto *Object
			if p, ok := f.prototypeValue().(*Object); ok {
				proto = p
			} else {
				proto = vm.r.global.ObjectPrototype
			}
			obj := vm.r.newInstance(proto).val // gojanet: its slots in the same allocation
			// [F, args...] -> [obj, F, obj, args...]: the result's slot,
			// then a frame's layout (gojanet_callframe.go)
			vm.stack.expand(vm.sp + 1)
			copy(vm.stack[sp+2:vm.sp+2], vm.stack[sp:vm.sp])
			vm.stack[sp-1] = obj
			vm.stack[sp] = o
			vm.stack[sp+1] = obj
			vm.sp += 2
			vm.callJs(&f.baseJsFuncObject, o, int(n)) // gojanet_callframe.go
			return
		}
	}
	_new(n).exec(vm)
	vm.pc++ // past newResult
}

// newResult follows newCall: [obj, result] -> [result if an object, else obj].
type _newResult struct{}

var newResult _newResult

func (_newResult) exec(vm *vm) {
	if r, ok := vm.stack[vm.sp-1].(*Object); ok {
		vm.stack[vm.sp-2] = r
	}
	vm.sp--
	vm.stack[vm.sp] = nil
	vm.pc++
}

// ctorPrototype is c.prototype as `new` and `instanceof` read it: for an
// ordinary function one lookup of the own property, where getStr looked it
// up twice (funcObject.getOwnPropStr asks whether it was made yet, then
// reads it); anything else through getStr.
func ctorPrototype(c *Object) Value {
	if f, ok := c.self.(*funcObject); ok {
		return f.prototypeValue()
	}
	return c.self.getStr("prototype", nil)
}

// prototypeValue is f.getStr("prototype", nil): the property is made on
// first use (funcObject._addProto) and, non-configurable, is never deleted,
// so it is always f's own.
//
// The slot it was found in is kept with the shape it was found in: while f
// has that shape the slot holds it (a shape fixes its names' slots).
func (f *funcObject) prototypeValue() Value {
	var v Value
	if sh := f.values.sh; sh != nil && sh == f.protoSh {
		v = f.values.v[f.protoSlot]
	} else {
		var ok bool
		if v, ok = f.values.get("prototype"); !ok {
			v = f.addPrototype()
		}
		if sh := f.values.sh; sh != nil {
			if i := sh.find("prototype"); i >= 0 {
				f.protoSh, f.protoSlot = sh, int32(i)
			}
		}
	}
	if p, ok := v.(*valueProperty); ok {
		return p.get(f.val)
	}
	return v
}
