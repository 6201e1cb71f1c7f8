package v8

// heapSnapshot(exposeNumericValues) → a Buffer of the snapshot's JSON: the
// walk (goja's HeapGraph) runs here on the loop, as it must; js/v8.js
// streams the bytes (getHeapSnapshot) or writes them to a file
// (writeHeapSnapshot, through fs for node's errors).

import (
	"bytes"
	"fmt"

	"github.com/dop251/goja"

	"github.com/gojanet/gojanet/modules/heapsnapshot"
	"github.com/gojanet/gojanet/runtime/loop"
)

// TakeSnapshot walks l's VM and returns the snapshot's bytes. Call it on l's
// loop.
func TakeSnapshot(l *loop.Loop, exposeNumericValues bool) (snap []byte, err error) {
	defer func() {
		if p := recover(); p != nil {
			snap, err = nil, fmt.Errorf("heap snapshot: %v", p)
		}
	}()
	g := l.VM.HeapGraph(goja.HeapGraphOptions{ExposeNumericValues: exposeNumericValues})
	var buf bytes.Buffer
	if err := heapsnapshot.Write(&buf, g); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func heapSnapshotBinding(l *loop.Loop, exports *goja.Object) {
	vm := l.VM
	exports.Set("heapSnapshot", func(call goja.FunctionCall) goja.Value {
		b, err := TakeSnapshot(l, call.Argument(0).ToBoolean())
		if err != nil {
			panic(vm.NewGoError(err))
		}
		return l.NewBuffer(b)
	})
}
