package goja

import (
	"reflect"
	"strconv"

	"github.com/dop251/goja/unistring"
)

// gojanet: lazy arguments objects. Most functions that read `arguments` only
// ask for its length and its elements, or hand it to apply() or
// Array.prototype.slice; an arguments object made of properties (index
// names keep it in dictionary mode, `length`, `callee`, a symbol map for
// @@iterator) cost ≈ 8 allocations and ≈ 4.5 K machine instructions. A
// lazyArgsObject holds the values in a slice and answers those reads from it;
// anything else (a write, a definition, a delete, a key listing, a
// descriptor, a prototype change, export) first builds the object the
// previous code built, with the same properties in the same order, makes it
// the Object's self and runs the operation on it. Until then nothing can
// have changed the object, so its state is known without looking.
const classArguments = "Arguments"

type lazyArgsObject struct {
	val *Object
	// elems are the arguments; for a mapped object the first nmapped are
	// read from the function's stash instead (they alias its parameters)
	elems   []Value
	stash   *stash
	nmapped int
	callee  Value // a mapped object's callee
	mapped  bool
	real    objectImpl // the object once built
}

type lazyArgsAlloc struct {
	obj Object
	a   lazyArgsObject
	buf [4]Value
}

// newLazyArgs makes vm's current function's arguments object: its arguments
// are the stash's first min(formal, vm.args) values and the stash's extraArgs.
func (vm *vm) newLazyArgs(formal int, mapped bool) *Object {
	n := vm.args
	v, a := newLazyArgsObject(vm.r, n)
	c := formal
	if n < c {
		c = n
	}
	if mapped {
		a.mapped = true
		a.stash = vm.stash
		a.nmapped = c
		a.callee = vm.stack[vm.sb-1]
	} else {
		copy(a.elems, vm.stash.values[:c])
	}
	copy(a.elems[c:], vm.stash.extraArgs)
	return v
}

// newLazyArgsObject allocates an arguments object for n values (up to 4 in
// the same allocation).
func newLazyArgsObject(r *Runtime, n int) (*Object, *lazyArgsObject) {
	m := &lazyArgsAlloc{}
	v := &m.obj
	v.runtime = r
	a := &m.a
	a.val = v
	v.self = a
	if n <= len(m.buf) {
		a.elems = m.buf[:n]
	} else {
		a.elems = make([]Value, n)
	}
	return v, a
}

func (a *lazyArgsObject) elem(i int) Value {
	if i < a.nmapped {
		return a.stash.values[i]
	}
	return a.elems[i]
}

// values returns the arguments while the object is untouched, else nil
// (callers then read it as any array-like). The slice must not be changed.
func (a *lazyArgsObject) values() []Value {
	if a.real != nil {
		return nil
	}
	if a.nmapped == 0 {
		return a.elems
	}
	vals := make([]Value, len(a.elems))
	for i := range vals {
		vals[i] = a.elem(i)
	}
	return vals
}

// pristineArgs returns o's arguments when o is an arguments object no
// operation has changed or inspected beyond reads, else nil.
func pristineArgs(o *Object) []Value {
	if a, ok := o.self.(*lazyArgsObject); ok {
		return a.values()
	}
	return nil
}

// impl builds the object (once) and returns it.
func (a *lazyArgsObject) impl() objectImpl {
	if a.real == nil {
		a.materialize()
	}
	return a.real
}

func argIndexName(i int) unistring.String {
	return unistring.String(strconv.Itoa(i))
}

// materialize builds what createArgsMapped/createArgsUnmapped built.
func (a *lazyArgsObject) materialize() {
	r := a.val.runtime
	if a.mapped {
		args := &argumentsObject{}
		args.extensible = true
		args.prototype = r.global.ObjectPrototype
		args.class = classArguments
		args.val = a.val
		args.length = len(a.elems)
		args.init()
		i := 0
		for ; i < a.nmapped; i++ {
			args._put(argIndexName(i), &mappedProperty{
				valueProperty: valueProperty{
					writable:     true,
					configurable: true,
					enumerable:   true,
				},
				v: &a.stash.values[i],
			})
		}
		for ; i < len(a.elems); i++ {
			args._put(argIndexName(i), a.elems[i])
		}
		args._putProp("callee", a.callee, true, false, true)
		args._putSym(SymIterator, valueProp(r.getArrayValues(), true, false, true))
		a.real = args
	} else {
		o := &baseObject{
			class:      classArguments,
			val:        a.val,
			extensible: true,
			prototype:  r.global.ObjectPrototype,
		}
		o.init()
		for i, v := range a.elems {
			o._put(argIndexName(i), v)
		}
		o._putProp("length", intToValue(int64(len(a.elems))), true, false, true)
		o._put("callee", r.argsCalleeThrower())
		o._putSym(SymIterator, valueProp(r.getArrayValues(), true, false, true))
		a.real = o
	}
	a.elems, a.stash, a.callee = nil, nil, nil
	a.val.self = a.real
}

// ownIdx reports whether name is one of the element indices.
func (a *lazyArgsObject) ownIdx(name unistring.String) (int, bool) {
	if i := strToArrayIdx(name); i != maxUint32Idx && int64(i) < int64(len(a.elems)) {
		return int(i), true
	}
	return 0, false
}

func (a *lazyArgsObject) inRange(idx valueInt) bool {
	return idx >= 0 && int64(idx) < int64(len(a.elems))
}

func (a *lazyArgsObject) receiver(r Value) Value {
	if r == nil {
		return a.val
	}
	return r
}

func (a *lazyArgsObject) proto() *Object {
	if a.real != nil {
		return a.real.proto()
	}
	return a.val.runtime.global.ObjectPrototype
}

func (a *lazyArgsObject) getStr(name unistring.String, receiver Value) Value {
	if a.real != nil {
		return a.real.getStr(name, receiver)
	}
	switch name {
	case "length":
		return intToValue(int64(len(a.elems)))
	case "callee":
		return a.impl().getStr(name, receiver)
	}
	if i, ok := a.ownIdx(name); ok {
		return a.elem(i)
	}
	return a.proto().self.getStr(name, a.receiver(receiver))
}

func (a *lazyArgsObject) getIdx(idx valueInt, receiver Value) Value {
	if a.real != nil {
		return a.real.getIdx(idx, receiver)
	}
	if a.inRange(idx) {
		return a.elem(int(idx))
	}
	return a.proto().self.getIdx(idx, a.receiver(receiver))
}

func (a *lazyArgsObject) getSym(s *Symbol, receiver Value) Value {
	if a.real != nil {
		return a.real.getSym(s, receiver)
	}
	if s == SymIterator {
		return a.val.runtime.getArrayValues()
	}
	return a.proto().self.getSym(s, a.receiver(receiver))
}

func (a *lazyArgsObject) hasOwnPropertyStr(name unistring.String) bool {
	if a.real != nil {
		return a.real.hasOwnPropertyStr(name)
	}
	if name == "length" || name == "callee" {
		return true
	}
	_, ok := a.ownIdx(name)
	return ok
}

func (a *lazyArgsObject) hasOwnPropertyIdx(idx valueInt) bool {
	if a.real != nil {
		return a.real.hasOwnPropertyIdx(idx)
	}
	return a.inRange(idx)
}

func (a *lazyArgsObject) hasOwnPropertySym(s *Symbol) bool {
	if a.real != nil {
		return a.real.hasOwnPropertySym(s)
	}
	return s == SymIterator
}

func (a *lazyArgsObject) hasPropertyStr(name unistring.String) bool {
	if a.hasOwnPropertyStr(name) {
		return true
	}
	return a.proto().self.hasPropertyStr(name)
}

func (a *lazyArgsObject) hasPropertyIdx(idx valueInt) bool {
	if a.hasOwnPropertyIdx(idx) {
		return true
	}
	return a.proto().self.hasPropertyIdx(idx)
}

func (a *lazyArgsObject) hasPropertySym(s *Symbol) bool {
	if a.hasOwnPropertySym(s) {
		return true
	}
	return a.proto().self.hasPropertySym(s)
}

func (a *lazyArgsObject) className() string { return classArguments }

func (a *lazyArgsObject) typeOf() String { return stringObjectC }

func (a *lazyArgsObject) isExtensible() bool {
	if a.real != nil {
		return a.real.isExtensible()
	}
	return true
}

func (a *lazyArgsObject) equal(objectImpl) bool {
	return false // as baseObject: identity is the *Object's
}

func (a *lazyArgsObject) assertCallable() (func(FunctionCall) Value, bool) {
	return nil, false
}

func (a *lazyArgsObject) assertConstructor() func(args []Value, newTarget *Object) *Object {
	return nil
}

// Everything else works on the built object.

func (a *lazyArgsObject) sortLen() int             { return a.impl().sortLen() }
func (a *lazyArgsObject) sortGet(i int) Value      { return a.impl().sortGet(i) }
func (a *lazyArgsObject) swap(i int, j int)        { a.impl().swap(i, j) }
func (a *lazyArgsObject) vmCall(vm *vm, n int)     { a.impl().vmCall(vm, n) }
func (a *lazyArgsObject) hasInstance(v Value) bool { return a.impl().hasInstance(v) }

func (a *lazyArgsObject) getOwnPropStr(name unistring.String) Value {
	return a.impl().getOwnPropStr(name)
}

func (a *lazyArgsObject) getOwnPropIdx(idx valueInt) Value {
	return a.impl().getOwnPropIdx(idx)
}

func (a *lazyArgsObject) getOwnPropSym(s *Symbol) Value {
	return a.impl().getOwnPropSym(s)
}

func (a *lazyArgsObject) setOwnStr(p unistring.String, v Value, throw bool) bool {
	return a.impl().setOwnStr(p, v, throw)
}

func (a *lazyArgsObject) setOwnIdx(p valueInt, v Value, throw bool) bool {
	return a.impl().setOwnIdx(p, v, throw)
}

func (a *lazyArgsObject) setOwnSym(p *Symbol, v Value, throw bool) bool {
	return a.impl().setOwnSym(p, v, throw)
}

func (a *lazyArgsObject) setForeignStr(p unistring.String, v, receiver Value, throw bool) (bool, bool) {
	return a.impl().setForeignStr(p, v, receiver, throw)
}

func (a *lazyArgsObject) setForeignIdx(p valueInt, v, receiver Value, throw bool) (bool, bool) {
	return a.impl().setForeignIdx(p, v, receiver, throw)
}

func (a *lazyArgsObject) setForeignSym(p *Symbol, v, receiver Value, throw bool) (bool, bool) {
	return a.impl().setForeignSym(p, v, receiver, throw)
}

func (a *lazyArgsObject) defineOwnPropertyStr(name unistring.String, desc PropertyDescriptor, throw bool) bool {
	return a.impl().defineOwnPropertyStr(name, desc, throw)
}

func (a *lazyArgsObject) defineOwnPropertyIdx(name valueInt, desc PropertyDescriptor, throw bool) bool {
	return a.impl().defineOwnPropertyIdx(name, desc, throw)
}

func (a *lazyArgsObject) defineOwnPropertySym(name *Symbol, desc PropertyDescriptor, throw bool) bool {
	return a.impl().defineOwnPropertySym(name, desc, throw)
}

func (a *lazyArgsObject) deleteStr(name unistring.String, throw bool) bool {
	return a.impl().deleteStr(name, throw)
}

func (a *lazyArgsObject) deleteIdx(idx valueInt, throw bool) bool {
	return a.impl().deleteIdx(idx, throw)
}

func (a *lazyArgsObject) deleteSym(s *Symbol, throw bool) bool {
	return a.impl().deleteSym(s, throw)
}

func (a *lazyArgsObject) setProto(proto *Object, throw bool) bool {
	return a.impl().setProto(proto, throw)
}

func (a *lazyArgsObject) preventExtensions(throw bool) bool {
	return a.impl().preventExtensions(throw)
}

func (a *lazyArgsObject) export(ctx *objectExportCtx) interface{} {
	return a.impl().export(ctx)
}

func (a *lazyArgsObject) exportType() reflect.Type {
	return a.impl().exportType()
}

func (a *lazyArgsObject) exportToMap(m reflect.Value, typ reflect.Type, ctx *objectExportCtx) error {
	return a.impl().exportToMap(m, typ, ctx)
}

func (a *lazyArgsObject) exportToArrayOrSlice(s reflect.Value, typ reflect.Type, ctx *objectExportCtx) error {
	return a.impl().exportToArrayOrSlice(s, typ, ctx)
}

func (a *lazyArgsObject) iterateStringKeys() iterNextFunc { return a.impl().iterateStringKeys() }
func (a *lazyArgsObject) iterateSymbols() iterNextFunc    { return a.impl().iterateSymbols() }
func (a *lazyArgsObject) iterateKeys() iterNextFunc       { return a.impl().iterateKeys() }

func (a *lazyArgsObject) stringKeys(all bool, accum []Value) []Value {
	return a.impl().stringKeys(all, accum)
}

func (a *lazyArgsObject) symbols(all bool, accum []Value) []Value {
	return a.impl().symbols(all, accum)
}

func (a *lazyArgsObject) keys(all bool, accum []Value) []Value {
	return a.impl().keys(all, accum)
}

func (a *lazyArgsObject) _putProp(name unistring.String, value Value, writable, enumerable, configurable bool) Value {
	return a.impl()._putProp(name, value, writable, enumerable, configurable)
}

func (a *lazyArgsObject) _putSym(s *Symbol, prop Value) {
	a.impl()._putSym(s, prop)
}

func (a *lazyArgsObject) getPrivateEnv(typ *privateEnvType, create bool) *privateElements {
	return a.impl().getPrivateEnv(typ, create)
}

// enterFuncStashlessArgc is enterFuncStashless for a function whose
// arguments object is made from the stack (createArgsUnmappedStack): it
// keeps the call's argument count, which the padding of missing parameters
// overwrites in vm.args.
type enterFuncStashlessArgc struct {
	enterFuncStashless
}

//go:nosplit
func (e *enterFuncStashlessArgc) exec(vm *vm) {
	vm.argc = vm.args
	e.enterFuncStashless.exec(vm)
}

// createArgsUnmappedStack makes a strict function's arguments object from
// the arguments on the value stack (its parameters are not in a stash);
// it runs in the preamble, right after the enter instruction that kept
// vm.argc.
type createArgsUnmappedStack struct{}

func (createArgsUnmappedStack) exec(vm *vm) {
	n := vm.argc
	v, a := newLazyArgsObject(vm.r, n)
	copy(a.elems, vm.stack[vm.sb+1:vm.sb+1+n])
	vm.push(v)
	vm.pc++
}
