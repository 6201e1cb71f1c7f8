package goja

import "fmt"

// gojanet: `arguments` read from the frame (README.gojanet.md "Call frames").
//
// Most functions that mention `arguments` only read `arguments.length` and
// `arguments[i]` (Express's res.set, res.send, app.set, debug's disabled
// logger). When the compiler can show that nothing else can see the object,
// it is never made: no other use of the binding (no escape: not passed,
// returned, stored, called as a method receiver, written or deleted), no
// closure or arrow mentioning it, no direct eval or with, simple parameters
// none of which is ever assigned (so a parameter's slot still holds the
// argument, as a mapped object would read it, and an unmapped one copied it).
// The binding then holds the call's argument count (loadArgc, from vm.argc
// that the enter instruction kept) and:
//   - `arguments.length` is argsLength: the count, skipping the getProp;
//   - `arguments[k]` is argsLoad ... argsElem: with an integer k below the
//     count, the argument's slot on the value stack (sb+1+k);
//   - `f.apply(thisArg, arguments)` is argsLoad ... applyArgs: when the callee
//     is the built-in apply and f an ordinary JS function, f is called with
//     the frame's arguments copied from their slots, as a plain call
//     (Express's router calls `fn.apply(this, arguments)` per request; V8
//     does not make the object there either);
//   - `slice.call(arguments[, start[, end]])` is argsLoad ... sliceArgs: when
//     the callee is the built-in call, the target the built-in
//     Array.prototype.slice and the bounds integers or absent, a new array
//     of the frame's arguments in that range (Express's app.get(setting),
//     twice per request).
// Any other key (an index past the count, a string, a symbol) makes the
// object as createArgsUnmappedStack would, from the frame (a sloppy
// function's with callee), keeps it in the binding so that later reads see
// the same object, and reads from it; the binding holding an object, every
// site reads the object. One difference from a mapped object made at entry
// remains, observable only through an accessor on Object.prototype that a
// read past the count reaches and that writes to its receiver: such a write
// does not change the parameter.

// argsReadSite is one `arguments.length`, `arguments[k]` (elem),
// `f.apply(x, arguments)` (apply) or `slice.call(arguments, ...)` (slice)
// read: where the binding's load is and where the getProp, getElem or call is.
type argsReadSite struct {
	load, op           int
	elem, apply, slice bool
}

// argsReadBinding returns the implicit arguments binding of the enclosing
// function when left is a plain reference to it, else nil.
func (c *compiler) argsReadBinding(left compiledExpr) *binding {
	id, ok := left.(*compiledIdentifierExpr)
	if !ok || id.name != "arguments" {
		return nil
	}
	b, noDynamics := c.scope.lookupName(id.name)
	if !noDynamics || b == nil || b.scope.implicitArgs != b {
		return nil
	}
	return b
}

// frameArgs reports whether s's arguments can be read from the frame (see
// above); the caller has checked the parameters are simple and s is not
// dynamic.
func (s *scope) frameArgs(b *binding, paramsCount int) bool {
	if b == nil || b != s.implicitArgs || b.inStash || s.argsInStash || s.isDynamic() || s.dynLookup {
		return false
	}
	code := s.c.p.code
	loads := make(map[int]bool, len(s.argsReads))
	for _, site := range s.argsReads {
		loads[site.load] = true
	}
	n := 0
	for _, ap := range b.accessPoints {
		for _, pc := range ap.points {
			pos := ap.scope.base + pc
			if !loads[pos] {
				return false
			}
			switch code[pos].(type) {
			case loadStack, loadStackLex:
			default:
				return false
			}
			n++
		}
	}
	if n != len(s.argsReads) || b.lazyUses != 0 {
		return false
	}
	for _, site := range s.argsReads {
		if site.apply {
			if c, ok := code[site.op].(call); !ok || c != 2 {
				return false
			}
		} else if site.slice {
			if c, ok := code[site.op].(call); !ok || c < 1 || c > 3 {
				return false
			}
		} else if site.elem {
			if _, ok := code[site.op].(_getElem); !ok {
				return false
			}
		} else if _, ok := code[site.op].(*getProp); !ok {
			return false
		}
	}
	// no parameter assigned: every access is a read
	for _, p := range s.bindings[:paramsCount] {
		if p.inStash || p.lazyUses != 0 {
			return false
		}
		for _, ap := range p.accessPoints {
			for _, pc := range ap.points {
				switch ap.scope.prg.code[ap.scope.base+pc].(type) {
				case loadStack, loadStackLex:
				default:
					return false
				}
			}
		}
	}
	return true
}

// patchArgsReads turns the sites into frame reads once the binding's slot
// is known (after finaliseVarAlloc).
func (s *scope) patchArgsReads(mapped bool) {
	code := s.c.p.code
	for _, site := range s.argsReads {
		var idx int
		switch l := code[site.load].(type) {
		case loadStack:
			idx = int(l)
		case loadStackLex:
			idx = int(l)
		default:
			s.c.assert(false, 0, "arguments read from the frame: unexpected load %T", l)
		}
		if site.apply {
			code[site.load] = argsLoad(idx)
			code[site.op] = &applyArgs{idx: idx, mapped: mapped}
		} else if site.slice {
			code[site.load] = argsLoad(idx)
			code[site.op] = &sliceArgs{idx: idx, mapped: mapped, n: int(code[site.op].(call))}
		} else if site.elem {
			code[site.load] = argsLoad(idx)
			code[site.op] = &argsElem{idx: idx, mapped: mapped}
		} else {
			code[site.load] = argsLength(idx)
		}
	}
}

// loadArgc pushes the call's argument count (kept by the enter instruction).
type loadArgc struct{}

//go:nosplit
func (loadArgc) exec(vm *vm) {
	vm.push(intToValue(int64(vm.argc)))
	vm.pc++
}

// argsLength is `arguments.length` (the load and the getProp after it): the
// count the binding holds, or the object's length once it is made.
type argsLength int

func (l argsLength) exec(vm *vm) {
	v := vm.stack[vm.sb+vm.args+int(l)]
	vm.push(v)
	if _, ok := v.(valueInt); ok {
		vm.pc += 2
		return
	}
	vm.pc++ // the getProp reads the object
}

// argsLoad loads the binding for an argsElem.
type argsLoad int

func (l argsLoad) exec(vm *vm) {
	vm.push(vm.stack[vm.sb+vm.args+int(l)])
	vm.pc++
}

// argsElem is `arguments[k]`'s getElem: [count or object, k] -> value.
type argsElem struct {
	idx    int
	mapped bool
}

func (e *argsElem) exec(vm *vm) {
	sp := vm.sp
	if n, ok := vm.stack[sp-2].(valueInt); ok {
		if k, ok := vm.stack[sp-1].(valueInt); ok && k >= 0 && k < n {
			vm.stack[sp-2] = vm.stack[vm.sb+1+int(k)]
			vm.sp = sp - 1
			vm.pc++
			return
		}
		o := vm.frameArgsObject(int(n), e.mapped)
		vm.stack[vm.sb+vm.args+e.idx] = o
		vm.stack[sp-2] = o
	}
	_getElem{}.exec(vm)
}

// frameArgsObject makes the arguments object of the current frame, whose n
// arguments are still in their slots.
func (vm *vm) frameArgsObject(n int, mapped bool) *Object {
	v, a := newLazyArgsObject(vm.r, n)
	copy(a.elems, vm.stack[vm.sb+1:vm.sb+1+n])
	if mapped {
		a.mapped = true
		a.callee = vm.stack[vm.sb-1]
	}
	return v
}

// applyArgs is `f.apply(thisArg, arguments)`'s call(2): [apply, f, thisArg,
// count or object] -> f's call with the frame's arguments (see above). Any
// other callee or target, or a binding that already holds the object, makes
// the object (once, as argsElem does) and calls as call(2) would.
type applyArgs struct {
	idx    int
	mapped bool
}

func (e *applyArgs) exec(vm *vm) {
	sp := vm.sp
	n, ok := vm.stack[sp-1].(valueInt)
	if !ok {
		call(2).exec(vm)
		return
	}
	if callee, ok := vm.stack[sp-4].(*Object); ok {
		if fn, ok := callee.self.(*nativeFuncObject); ok && fn.fastCall == fastCallApply {
			if target, ok := vm.stack[sp-3].(*Object); ok && isPlainJsFunc(target) {
				base := sp - 4
				k := int(n)
				newSp := base + 2 + k
				vm.stack.expand(newSp)
				vm.stack[base] = target
				vm.stack[base+1] = vm.stack[sp-2]
				copy(vm.stack[base+2:newSp], vm.stack[vm.sb+1:vm.sb+1+k])
				if newSp < sp {
					clearSlots(vm.stack[newSp:sp])
				}
				vm.sp = newSp
				vm.callObject(target, k)
				return
			}
		}
	}
	o := vm.frameArgsObject(int(n), e.mapped)
	vm.stack[vm.sb+vm.args+e.idx] = o
	vm.stack[sp-1] = o
	call(2).exec(vm)
}

func (e *applyArgs) String() string { return fmt.Sprintf("applyArgs(%d)", e.idx) }

// sliceArgs is `slice.call(arguments[, start[, end]])`'s call(n): [call,
// slice, count or object, bounds...] -> a new array of the frame's arguments
// from start to end, as Array.prototype.slice makes it from the object.
// Otherwise (another callee or target, a bound that is not an integer or
// undefined, a binding that already holds the object) the object is made
// once and the call made as call(n) would.
type sliceArgs struct {
	idx    int
	mapped bool
	n      int
}

func (e *sliceArgs) exec(vm *vm) {
	sp := vm.sp
	base := sp - e.n - 2
	cnt, ok := vm.stack[base+2].(valueInt)
	if !ok {
		call(e.n).exec(vm)
		return
	}
	if callee, ok := vm.stack[base].(*Object); ok {
		if fn, ok := callee.self.(*nativeFuncObject); ok && fn.fastCall == fastCallCall {
			if target, ok := vm.stack[base+1].(*Object); ok {
				if sf, ok := target.self.(*nativeFuncObject); ok && sf.fastCall == fastCallSlice {
					if start, end, ok := sliceBounds(vm.stack[base+3:sp], int64(cnt)); ok {
						values := make([]Value, end-start)
						copy(values, vm.stack[vm.sb+1+int(start):vm.sb+1+int(end)])
						vm.stack[base] = vm.r.newArrayValues(values)
						clearSlots(vm.stack[base+1 : sp])
						vm.sp = base + 1
						vm.pc++
						return
					}
				}
			}
		}
	}
	o := vm.frameArgsObject(int(cnt), e.mapped)
	vm.stack[vm.sb+vm.args+e.idx] = o
	vm.stack[base+2] = o
	call(e.n).exec(vm)
}

func (e *sliceArgs) String() string { return fmt.Sprintf("sliceArgs(%d, %d)", e.idx, e.n) }

// sliceBounds is slice's start and end for n elements when the bounds are
// integers or undefined (no conversion that could run code).
func sliceBounds(bounds []Value, n int64) (start, end int64, ok bool) {
	start, end = 0, n
	for i, b := range bounds {
		var v int64
		switch b := b.(type) {
		case valueInt:
			v = relToIdx(int64(b), n)
		case valueUndefined:
			continue
		default:
			return 0, 0, false
		}
		if i == 0 {
			start = v
		} else {
			end = v
		}
	}
	if end < start {
		end = start
	}
	return start, end, true
}
