package runtime

// The values the runtime holds from Go that a heap snapshot walks as roots
// besides the VM's own (goja's HeapGraph: the global object, the stack):
// the bindings' objects, which scripts hang callbacks and state on, the
// host binding and the process object. js/v8.js reads them through the
// host binding's heapRoots(); a worker's snapshot takes them on its loop
// (worker.go).

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

// heapRootsValue is heapRoots for JS: [name, value, name, value, ...].
func (r *Runtime) heapRootsValue() goja.Value {
	roots := r.heapRoots()
	flat := make([]any, 0, 2*len(roots))
	for _, h := range roots {
		flat = append(flat, h.Name, h.Value)
	}
	return r.vm.NewArray(flat...)
}
