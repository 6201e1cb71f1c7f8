package runtime

// The values the runtime holds from Go that a heap snapshot walks as roots
// besides the VM's own (goja's HeapGraph: the global object, the stack):
// the bindings' objects, which scripts hang callbacks and state on, the
// host binding and the process object. The runtime hands heapRoots to its
// loop (loop.Loop's HeapRoots), where modules/v8's snapshot reads them, on
// the loop, for v8's snapshots and a worker's alike.

import (
	"sort"

	"github.com/dop251/goja"
)

// heapRoots lists them. Loop goroutine only.
func (r *Runtime) heapRoots() []goja.HeapRoot {
	names := make([]string, 0, len(r.bindings))
	for name := range r.bindings {
		names = append(names, name)
	}
	sort.Strings(names)
	roots := make([]goja.HeapRoot, 0, len(names)+2)
	for _, name := range names {
		roots = append(roots, goja.HeapRoot{Name: "internalBinding('" + name + "')", Value: r.bindings[name]})
	}
	if r.host != nil {
		roots = append(roots, goja.HeapRoot{Name: "internalBinding('host')", Value: r.host})
	}
	if r.processObj != nil {
		roots = append(roots, goja.HeapRoot{Name: "process", Value: r.processObj})
	}
	return roots
}
