// Package v8 is the Go half of gojanet's v8 module: heap statistics, which
// packages read to size caches and report memory. gojanet's heap is the Go
// heap (goja values are Go objects), so the figures come from the Go
// runtime's memory statistics, mapped onto node's field names by
// js/v8.js.
package v8

import (
	"runtime"

	"github.com/dop251/goja"

	"github.com/gojanet/gojanet/runtime/loop"
)

// Binding fills internalBinding('v8').
func Binding(l *loop.Loop, exports *goja.Object) {
	vm := l.VM
	heapSnapshotBinding(l, exports)
	gcProfilerBinding(l, exports)
	// heapStatistics() → [heapSys, heapInuse, heapIdle-released, sys,
	// memoryLimit, peakSys(=Sys), stackInuse]: bytes.
	exports.Set("heapStatistics", func() goja.Value {
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return floatArray(vm, statsOf(&m, m.HeapInuse, memLimit()))
	})
}

// floatArray is fs as a JS array of numbers.
func floatArray(vm *goja.Runtime, fs []float64) goja.Value {
	a := make([]any, len(fs))
	for i, v := range fs {
		a[i] = v
	}
	return vm.NewArray(a...)
}
