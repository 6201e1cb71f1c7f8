// Package buffer is the Go half of node's Buffer.
package buffer

import (
	"reflect"
	"unsafe"

	"github.com/dop251/goja"
)

// Bytes returns the memory a Buffer, TypedArray, DataView or ArrayBuffer
// views, without copying; ok is false for any other value. Loop goroutine
// only (a DataView is read through DataView.prototype's getters).
func Bytes(vm *goja.Runtime, v goja.Value) (p []byte, ok bool) {
	o, isObj := v.(*goja.Object)
	if !isObj {
		return nil, false
	}
	if p, ok := o.ViewBytes(); ok { // a view or buffer: no Export (two allocations)
		return p, true
	}
	// Export copies an Array (or a Map) element by element: an array of
	// length 2^32 would make Go allocate gigabytes. ExportType says what
	// Export would give without doing it; only views and ArrayBuffers go on.
	t := o.ExportType()
	switch {
	case t == arrayBufferType:
	case t != nil && t.Kind() == reflect.Slice && isNumberKind(t.Elem().Kind()):
	case o.ClassName() == "Object" && t != nil && t.Kind() == reflect.Map:
		return dataViewBytes(vm, o) // a DataView exports as a plain object
	default:
		return nil, false
	}
	switch x := o.Export().(type) {
	case []byte:
		return x, true
	case goja.ArrayBuffer:
		return x.Bytes(), true
	case []int8:
		return asBytes(x), true
	case []uint16:
		return asBytes(x), true
	case []int16:
		return asBytes(x), true
	case []uint32:
		return asBytes(x), true
	case []int32:
		return asBytes(x), true
	case []float32:
		return asBytes(x), true
	case []float64:
		return asBytes(x), true
	case []int64:
		return asBytes(x), true
	case []uint64:
		return asBytes(x), true
	}
	return dataViewBytes(vm, o)
}

var arrayBufferType = reflect.TypeOf(goja.ArrayBuffer{})

func isNumberKind(k reflect.Kind) bool {
	return k >= reflect.Int && k <= reflect.Float64
}

// dataViewBytes calls DataView.prototype's own getters on o, which throw
// for anything but a DataView.
func dataViewBytes(vm *goja.Runtime, o *goja.Object) (p []byte, ok bool) {
	dv, isObj := vm.Get("DataView").(*goja.Object)
	if !isObj {
		return nil, false
	}
	proto := dv.Get("prototype").ToObject(vm)
	get := func(name string) (goja.Value, bool) {
		d := vm.Get("Object").ToObject(vm).Get("getOwnPropertyDescriptor")
		f, _ := goja.AssertFunction(d)
		desc, err := f(goja.Undefined(), proto, vm.ToValue(name))
		if err != nil || goja.IsUndefined(desc) {
			return nil, false
		}
		getter, isFn := goja.AssertFunction(desc.ToObject(vm).Get("get"))
		if !isFn {
			return nil, false
		}
		v, err := getter(o)
		return v, err == nil
	}
	buf, ok1 := get("buffer")
	offV, ok2 := get("byteOffset")
	nV, ok3 := get("byteLength")
	if !ok1 || !ok2 || !ok3 {
		return nil, false
	}
	ab, isAB := buf.Export().(goja.ArrayBuffer)
	if !isAB {
		return nil, false
	}
	off, n := offV.ToInteger(), nV.ToInteger()
	all := ab.Bytes()
	if off < 0 || n < 0 || off+n > int64(len(all)) {
		return nil, false
	}
	return all[off : off+n], true
}

func asBytes[T any](s []T) []byte {
	if len(s) == 0 {
		return nil
	}
	var zero T
	return unsafe.Slice((*byte)(unsafe.Pointer(&s[0])), len(s)*int(unsafe.Sizeof(zero)))
}
