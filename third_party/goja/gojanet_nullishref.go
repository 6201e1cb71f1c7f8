package goja

import "github.com/dop251/goja/unistring"

// gojanet: a reference to a property of undefined or null (a destructuring
// assignment's target `o.a.b` with o.a undefined, or `o.a.b ||= x`). The
// spec converts the base only when the reference is used, so the value to
// store is read first, and V8 then throws "Cannot set properties of
// undefined (setting 'b')" for a store and "Cannot read properties of
// undefined (reading 'b')" for a read. goja's references converted the
// base when they were made ("Cannot convert undefined or null to object").
type nullishRef struct {
	r    *Runtime
	base Value
	key  any // unistring.String or the key's Value
}

func (n *nullishRef) get() Value {
	panic(n.r.readPropertiesError(n.base, n.key))
}

func (n *nullishRef) set(Value) {
	panic(n.r.setPropertiesError(n.base, n.key))
}

func (n *nullishRef) init(v Value) { n.set(v) }

func (n *nullishRef) refname() unistring.String {
	if s, ok := n.key.(unistring.String); ok {
		return s
	}
	return ""
}

// pushNullishRef pushes a nullishRef and pops popped values when base is
// undefined or null; false otherwise.
func (vm *vm) pushNullishRef(base Value, key any, popped int) bool {
	if base != _undefined && base != _null {
		return false
	}
	vm.refStack = append(vm.refStack, &nullishRef{r: vm.r, base: base, key: key})
	vm.sp -= popped
	vm.pc++
	return true
}
