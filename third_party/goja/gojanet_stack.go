package goja

import (
	"strings"
	"sync/atomic"

	"github.com/dop251/goja/file"
	"github.com/dop251/goja/unistring"
)

// gojanet: V8's stack frames.
//
// V8 names a frame after how its function was called: the receiver's
// constructor name and the property the function was reached through
// (`Object.<anonymous>` for a CommonJS module's top level, `EventEmitter.emit`,
// `Foo.m [as alias]`), `new Foo` for a constructor, `get x` for a getter,
// `async f` for an awaiting caller, builtins as `Array.forEach (<anonymous>)`,
// and no frame at all for the embedder's own (C++) functions. goja recorded
// only the program, pc and function name. A frame now also records the
// callee and the receiver as they sit on the value stack (two copies, no
// lookups: capturing a stack costs what it did) and whether the call was a
// construction; the names are worked out only when the stack is formatted
// (StackFrame.V8Name and friends, read by the host's formatter).
//
// A runtime entered from another one on the same goroutine (a vm context
// called from the main runtime, the main runtime called back from a
// context's code) continues its stacks with the caller's frames: EnterFrom
// records where, and captureFrames, reaching that depth, appends the
// caller's frames as they are at that moment and stops there (the caller's
// own chain leads back to whatever lies below).

const (
	frameConstructor uint8 = 1 << iota // called with new
	frameAsync                         // an async function awaiting the frame above
)

// foreignMark is where a runtime was entered from another: frames at
// depth or below belong to the time before the entry; src's frames from
// srcDepth down take their place.
type foreignMark struct {
	depth    int
	src      *vm
	srcDepth int
	seq      uint64 // when it was made: src's later marks are not below it
}

// markSeq orders marks in time (runtimes entering each other share a
// goroutine, but unrelated ones may run on others).
var markSeq atomic.Uint64

// SetV8StackFrames makes stacks V8's: the embedder's Go functions (those
// made by ToValue, NewClassConstructor and reflection), proxies and
// call/apply leave no frame, as C++ functions, proxies and call/apply
// leave none in V8. Off by default (upstream behaviour).
func (r *Runtime) SetV8StackFrames(on bool) {
	r.vm.v8Frames = on
}

// LastCaught is the value a catch clause last received and where it was
// raised (V8's message location: the throw statement, or the operation that
// failed), if that was in script code. Hosts print it for a fatal exception,
// as node prints the throw site above the stack.
// Its frames are the stack where it was thrown (node's --trace-uncaught).
func (r *Runtime) LastCaught() (Value, file.Position, []StackFrame, bool) {
	ex := r.vm.lastCaught
	if ex == nil || ex.thrownPrg == nil {
		return nil, file.Position{}, nil, false
	}
	f := StackFrame{prg: ex.thrownPrg, pc: ex.thrownPc}
	return ex.val, f.Position(), ex.stack, true
}

// HideFrames makes calls of fn leave no frame in captured stacks while
// V8StackFrames is on: an embedder's JS trampolines, which V8 embedders
// write in C++ (where V8 records no frame).
func (r *Runtime) HideFrames(fn *Object) {
	if r.vm.hiddenFrames == nil {
		r.vm.hiddenFrames = make(map[*Object]struct{})
	}
	r.vm.hiddenFrames[fn] = struct{}{}
}

// EnterFrom notes that r is about to run code for caller, a runtime on the
// same goroutine waiting in a Go function: until LeaveFrom, r's captured
// stacks continue below r's frames with caller's frames (those at the
// moment of capture, from the frame that is caller's current one now).
func (r *Runtime) EnterFrom(caller *Runtime) {
	r.vm.foreign = append(r.vm.foreign, foreignMark{
		depth:    len(r.vm.callStack),
		src:      caller.vm,
		srcDepth: len(caller.vm.callStack),
		seq:      markSeq.Add(1),
	})
}

// LeaveFrom undoes the last EnterFrom.
func (r *Runtime) LeaveFrom() {
	if n := len(r.vm.foreign); n > 0 {
		r.vm.foreign[n-1] = foreignMark{}
		r.vm.foreign = r.vm.foreign[:n-1]
	}
}

// captureFrames appends the frames from index top down to index ctxOffset
// (index len(vm.callStack) is the running frame, index i < len that
// callStack[i] saved), at most limit frames in all (no limit if < 0), then,
// for a whole stack, those of another runtime this one was entered from.
// Only marks made before `before` count: following a mark into its source
// runtime, that runtime's later marks (its re-entries from here) are above
// the frames wanted.
func (vm *vm) captureFrames(stack []StackFrame, top, ctxOffset, limit int, before uint64) []StackFrame {
	if limit >= 0 {
		limit += len(stack)
	}
	mi := len(vm.foreign) - 1
	if ctxOffset != 0 {
		mi = -1
	}
	for k := top; k >= ctxOffset; k-- {
		for mi >= 0 && (vm.foreign[mi].depth > top || vm.foreign[mi].seq >= before) {
			mi-- // entered above the frames wanted, or later
		}
		if mi >= 0 && k <= vm.foreign[mi].depth {
			m := vm.foreign[mi]
			n := limit
			if n >= 0 {
				n -= len(stack)
				if n == 0 {
					return stack
				}
			}
			if m.srcDepth > len(m.src.callStack) {
				return stack
			}
			return m.src.captureFrames(stack, m.srcDepth, 0, n, m.seq)
		}
		var prg *Program
		var pc, sb int
		var newTarget Value
		if k == len(vm.callStack) {
			prg, pc, sb, newTarget = vm.prg, vm.pc, vm.sb, vm.newTarget
		} else {
			ctx := &vm.callStack[k]
			prg, pc, sb, newTarget = ctx.prg, ctx.pc, ctx.sb, ctx.newTarget
		}
		if prg == nil && sb <= 0 {
			continue
		}
		f, ok := vm.frameAt(vm.stack, prg, pc, sb, newTarget)
		if !ok {
			continue
		}
		if len(stack) == limit {
			return stack
		}
		stack = append(stack, f)
	}
	if ctxOffset == 0 && top == len(vm.callStack) && vm.curAsyncRunner != nil && len(stack) != limit {
		stack = vm.captureAsyncStack(stack, vm.curAsyncRunner)
		if limit >= 0 && len(stack) > limit {
			stack = stack[:limit]
		}
	}
	return stack
}

// frameAt is the frame running prg (nil: a Go function) at pc with stack
// base sb in stack. A function, script or Go, has its receiver at sb and
// itself below it.
// ok is false for a frame V8 would not show.
func (vm *vm) frameAt(stack valueStack, prg *Program, pc, sb int, newTarget Value) (f StackFrame, ok bool) {
	f.prg, f.pc = prg, pc
	if sb > 0 && sb <= len(stack) {
		f.fn, _ = stack[sb-1].(*Object)
	}
	if prg != nil {
		if f.fn != nil && sb < len(stack) {
			f.this = stack[sb]
		}
	} else {
		if f.fn == nil {
			return f, false
		}
		if sb < len(stack) {
			f.this = stack[sb]
		}
		if vm.v8Frames {
			switch fn := f.fn.self.(type) {
			case *nativeFuncObject:
				if fn.host || fn.fastCall != fastCallNone && fn.fastCall < leafAny { // leaf builtins keep their frames (gojanet_leafcall.go)
					return f, false
				}
			case *proxyObject, *wrappedFuncObject:
				return f, false
			}
		}
	}
	if vm.hiddenFrames != nil && f.fn != nil && vm.v8Frames {
		if _, hidden := vm.hiddenFrames[f.fn]; hidden {
			return f, false
		}
	}
	if newTarget != nil && newTarget != _undefined && f.fn != nil {
		if _, arrow := f.fn.self.(*arrowFuncObject); !arrow {
			f.flags |= frameConstructor
		}
	}
	return f, true
}

// hostFunc marks o, a Go function the embedder made, as one V8 would not
// show in a stack (V8Frames).
func hostFunc(o *Object) *Object {
	if f, ok := o.self.(*nativeFuncObject); ok {
		f.host = true
	}
	return o
}

// This is the receiver the frame's function was called with (nil if none
// was recorded).
func (f *StackFrame) This() Value { return f.this }

// Function is the frame's function (nil for a script's top level).
func (f *StackFrame) Function() *Object { return f.fn }

// IsConstructor reports whether the function was called with new.
func (f *StackFrame) IsConstructor() bool { return f.flags&frameConstructor != 0 }

// IsAsync reports whether the frame is an async function awaiting the
// frame above it (V8 prints it `async f`).
func (f *StackFrame) IsAsync() bool { return f.flags&frameAsync != 0 }

// IsNative reports whether the frame is a Go function (V8's builtins).
func (f *StackFrame) IsNative() bool { return f.prg == nil }

// IsToplevel is V8's: no receiver, or the global object.
func (f *StackFrame) IsToplevel() bool {
	switch t := f.this.(type) {
	case nil:
		return true
	case valueUndefined, valueNull:
		return true
	case *Object:
		return t == t.runtime.globalObject
	}
	return false
}

// FunctionName is V8's name of the function: its `name` when that is a
// string data property, else the name it was compiled with ("" if none).
func (f *StackFrame) FunctionName() string {
	if f.fn != nil {
		if s, ok := dataProp(f.fn, "name").(String); ok {
			return s.String()
		}
	}
	if f.prg != nil {
		return f.prg.funcName.String()
	}
	return ""
}

// dataProp is o's own property name when it is a data property (never a
// getter's result: formatting a stack runs no script code).
func dataProp(o *Object, name unistring.String) Value {
	if _, isProxy := o.self.(*proxyObject); isProxy {
		return nil
	}
	return dataValue(o.self.getOwnPropStr(name))
}

// dataValue is v, an own property's value as stored, if it is data.
func dataValue(v Value) Value {
	if p, isProp := v.(*valueProperty); isProp {
		if p.accessor {
			return nil
		}
		return p.value
	}
	return v
}

// TypeName is V8's name of the receiver's type (JSReceiver::GetConstructorName):
// a Symbol.toStringTag string on it or its prototypes, else the name of the
// first prototype's `constructor` other than Object, else its class; null
// (ok false) for a call that is not a method call.
func (f *StackFrame) TypeName() (string, bool) {
	if f.IsToplevel() || f.IsConstructor() {
		return "", false
	}
	return constructorName(f.this), true
}

func constructorName(v Value) string {
	switch v.(type) {
	case String:
		return "String"
	case valueInt, valueFloat:
		return "Number"
	case valueBool:
		return "Boolean"
	case *Symbol:
		return "Symbol"
	case *valueBigInt:
		return "BigInt"
	}
	o, ok := v.(*Object)
	if !ok {
		return "Object"
	}
	if _, ok := o.self.(*classFuncObject); ok {
		// V8 names a class's static method's receiver after the class.
		if n, ok := dataProp(o, "name").(String); ok && n.Length() > 0 {
			return n.String()
		}
	}
	tag := SymToStringTag
	for cur, depth := o, 0; cur != nil && depth < 100; cur, depth = cur.self.proto(), depth+1 {
		if _, isProxy := cur.self.(*proxyObject); isProxy {
			break
		}
		if t, ok := dataValue(cur.self.getOwnPropSym(tag)).(String); ok {
			return t.String()
		}
		if cur != o {
			if c, ok := dataProp(cur, "constructor").(*Object); ok {
				if _, isFn := c.self.assertCallable(); isFn {
					if n, ok := dataProp(c, "name").(String); ok && n.Length() > 0 && n.String() != "Object" {
						return n.String()
					}
				}
			}
		}
	}
	return o.self.className()
}

// MethodName is V8's: the name of the property of the receiver (or its
// prototypes) holding the function, tried first under the function's own
// name (a getter's or setter's without its prefix), else the only such
// property; ok false when there is none or more than one.
func (f *StackFrame) MethodName() (string, bool) {
	if f.fn == nil || f.IsToplevel() || f.IsConstructor() {
		return "", false
	}
	o, ok := f.this.(*Object)
	if !ok {
		o = nil
		switch f.this.(type) {
		case String:
			o = f.fn.runtime.getStringPrototype()
		case valueInt, valueFloat:
			o = f.fn.runtime.getNumberPrototype()
		case valueBool:
			o = f.fn.runtime.getBooleanPrototype()
		}
		if o == nil {
			return "", false
		}
	}
	holds := func(v Value) bool {
		switch p := v.(type) {
		case *Object:
			return p == f.fn
		case *valueProperty:
			if !p.accessor {
				return p.value == f.fn
			}
			return p.getterFunc == f.fn || p.setterFunc == f.fn
		}
		return false
	}
	name := f.FunctionName()
	if strings.HasPrefix(name, "get ") || strings.HasPrefix(name, "set ") {
		name = name[4:]
	}
	if name != "" {
		key := unistring.NewFromString(name)
		for cur, depth := o, 0; cur != nil && depth < 100; cur, depth = cur.self.proto(), depth+1 {
			if _, isProxy := cur.self.(*proxyObject); isProxy {
				break
			}
			if v := cur.self.getOwnPropStr(key); v != nil {
				if holds(v) {
					return name, true
				}
				break
			}
		}
	}
	found := ""
	for cur, depth := o, 0; cur != nil && depth < 100; cur, depth = cur.self.proto(), depth+1 {
		if _, isProxy := cur.self.(*proxyObject); isProxy {
			break
		}
		if _, isArr := cur.self.(*arrayObject); isArr {
			continue // elements are not methods; skip scanning them
		}
		for _, k := range cur.self.stringKeys(true, nil) {
			ks := k.string()
			if holds(cur.self.getOwnPropStr(ks)) {
				if found != "" && found != ks.String() {
					return "", false
				}
				found = ks.String()
			}
		}
	}
	return found, found != ""
}

// V8Name is the frame's name as V8 prints it before the location:
// "Type.name [as method]", "new Name", "async name", "get x"; "" for a
// top-level frame without a function name (V8 prints the location alone).
func (f *StackFrame) V8Name() string {
	var b strings.Builder
	if f.IsAsync() {
		b.WriteString("async ")
	}
	fname := f.FunctionName()
	switch {
	case f.IsConstructor():
		b.WriteString("new ")
		if fname == "" {
			fname = "<anonymous>"
		}
		b.WriteString(fname)
	case !f.IsToplevel() && f.fn != nil:
		typ, hasType := f.TypeName()
		method, hasMethod := f.MethodName()
		if fname != "" {
			// V8 leaves the type out of a name that is not an identifier
			// ("get x", an inferred "a.b").
			if hasType && typ != "" && !strings.ContainsAny(fname, ". ") && !strings.HasPrefix(fname, typ+".") {
				b.WriteString(typ)
				b.WriteByte('.')
			}
			b.WriteString(fname)
			if hasMethod && fname != method && !strings.HasSuffix(fname, "."+method) {
				b.WriteString(" [as ")
				b.WriteString(method)
				b.WriteByte(']')
			}
		} else {
			if hasType && typ != "" {
				b.WriteString(typ)
				b.WriteByte('.')
			}
			if hasMethod {
				b.WriteString(method)
			} else {
				b.WriteString("<anonymous>")
			}
		}
	default:
		if fname == "" {
			if b.Len() == 0 {
				return ""
			}
			fname = "<anonymous>"
		}
		b.WriteString(fname)
	}
	return b.String()
}
