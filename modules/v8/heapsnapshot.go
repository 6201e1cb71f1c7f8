package v8

// heapSnapshot(exposeNumericValues) → a Buffer of the snapshot's JSON: the
// walk (goja's HeapGraph) runs here on the loop, as it must; js/v8.js
// streams the bytes (getHeapSnapshot). writeHeapSnapshotFd(fd,
// exposeNumericValues) writes the JSON straight to a file js/v8.js opened
// through fs (for node's errors), without holding it all in memory. Both
// go through Snapshot; the roots the runtime holds from Go come from the
// loop (loop.Loop's HeapRoots), not from JS.

import (
	"bytes"
	"fmt"
	"io"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"

	"github.com/gojanet/gojanet/modules/heapsnapshot"
	"github.com/gojanet/gojanet/runtime/loop"
)

// Snapshot walks l's VM and writes the snapshot to w. A panic in the walk
// is an error (no Go panic leaves a binding). Call it on l's loop.
func Snapshot(w io.Writer, l *loop.Loop, exposeNumericValues bool) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("heap snapshot: %v", p)
		}
	}()
	var roots []goja.HeapRoot
	if l.HeapRoots != nil {
		roots = l.HeapRoots()
	}
	g := l.VM.HeapGraph(goja.HeapGraphOptions{ExposeNumericValues: exposeNumericValues, Roots: roots})
	return heapsnapshot.Write(w, g)
}

// TakeSnapshot is Snapshot's bytes. Call it on l's loop.
func TakeSnapshot(l *loop.Loop, exposeNumericValues bool) ([]byte, error) {
	var buf bytes.Buffer
	if err := Snapshot(&buf, l, exposeNumericValues); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// fdWriter writes to a descriptor it does not own (an *os.File would
// close it when collected).
type fdWriter int

func (w fdWriter) Write(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		m, err := unix.Write(int(w), p[n:])
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return n, err
		}
		n += m
	}
	return n, nil
}

// The bindings are the builtins' (internalBinding: js/v8.js), not a
// script's; runtime's hostile-arguments sweep calls them with anything.
// Arguments past the declared ones are ignored.
func heapSnapshotBinding(l *loop.Loop, exports *goja.Object) {
	vm := l.VM
	exports.Set("heapSnapshot", func(numeric bool) goja.Value {
		b, err := TakeSnapshot(l, numeric)
		if err != nil {
			panic(vm.NewGoError(err))
		}
		return l.NewBuffer(b)
	})
	exports.Set("writeHeapSnapshotFd", func(fd int, numeric bool) {
		if err := Snapshot(fdWriter(fd), l, numeric); err != nil {
			panic(vm.NewGoError(err))
		}
	})
}
