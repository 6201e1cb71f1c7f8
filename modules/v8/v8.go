// Package v8 is the Go half of gojanet's v8 module: heap statistics, which
// packages read to size caches and report memory. gojanet's heap is the Go
// heap (goja values are Go objects), so the figures come from the Go
// runtime's memory statistics, mapped onto node's field names by
// js/v8.js.
package v8

import (
	"math"
	"runtime"
	"runtime/debug"

	"golang.org/x/sys/unix"

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
		// Without a Go memory limit, the heap may grow to the machine's
		// memory (node's limit also derives from it).
		limit := debug.SetMemoryLimit(-1)
		var si unix.Sysinfo_t
		if limit == math.MaxInt64 && unix.Sysinfo(&si) == nil {
			limit = int64(si.Totalram) * int64(si.Unit)
		}
		return vm.ToValue([]any{
			float64(m.HeapSys), float64(m.HeapInuse), float64(m.HeapIdle - m.HeapReleased),
			float64(m.Sys), float64(limit), float64(m.Sys), float64(m.StackInuse),
		})
	})
}
