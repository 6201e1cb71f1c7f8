package v8

// heapSnapshot(exposeNumericValues) → a Buffer of the snapshot's JSON: the
// walk (goja's HeapGraph) runs here on the loop, as it must; js/v8.js
// streams the bytes (getHeapSnapshot). writeHeapSnapshotFd(fd,
// exposeNumericValues) writes the JSON straight to a file js/v8.js opened
// through fs (for node's errors), without holding it all in memory.

import (
	"bytes"
	"fmt"
	"strconv"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"

	"github.com/gojanet/gojanet/modules/heapsnapshot"
	"github.com/gojanet/gojanet/runtime/loop"
)

// TakeSnapshot walks l's VM and returns the snapshot's bytes. Call it on l's
// loop.
func TakeSnapshot(l *loop.Loop, exposeNumericValues bool, roots []goja.HeapRoot) (snap []byte, err error) {
	defer func() {
		if p := recover(); p != nil {
			snap, err = nil, fmt.Errorf("heap snapshot: %v", p)
		}
	}()
	g := l.VM.HeapGraph(goja.HeapGraphOptions{ExposeNumericValues: exposeNumericValues, Roots: roots})
	var buf bytes.Buffer
	if err := heapsnapshot.Write(&buf, g); err != nil {
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

// WriteSnapshot walks l's VM and writes the snapshot to fd. Call it on l's
// loop.
func WriteSnapshot(l *loop.Loop, fd int, exposeNumericValues bool, roots []goja.HeapRoot) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("heap snapshot: %v", p)
		}
	}()
	g := l.VM.HeapGraph(goja.HeapGraphOptions{ExposeNumericValues: exposeNumericValues, Roots: roots})
	return heapsnapshot.Write(fdWriter(fd), g)
}

// maxRoots bounds the roots rootsFrom reads.
const maxRoots = 1 << 16

// rootsFrom reads the host's roots, [name, value, ...] (runtime heaproots.go).
func rootsFrom(vm *goja.Runtime, v goja.Value) []goja.HeapRoot {
	o, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	// (the host's list: a few dozen; a hostile length is cut short, and a
	// missing one or entry, a nil Value from Get, is none)
	lv := o.Get("length")
	if lv == nil {
		return nil
	}
	n := lv.ToInteger()
	if n < 0 {
		n = 0
	} else if n > maxRoots {
		n = maxRoots
	}
	roots := make([]goja.HeapRoot, 0, n/2)
	for i := int64(0); i+1 < n; i += 2 {
		name, v := o.Get(strconv.FormatInt(i, 10)), o.Get(strconv.FormatInt(i+1, 10))
		if name == nil || v == nil {
			continue
		}
		roots = append(roots, goja.HeapRoot{Name: name.String(), Value: v})
	}
	return roots
}

func heapSnapshotBinding(l *loop.Loop, exports *goja.Object) {
	vm := l.VM
	exports.Set("heapSnapshot", func(call goja.FunctionCall) goja.Value {
		b, err := TakeSnapshot(l, call.Argument(0).ToBoolean(), rootsFrom(vm, call.Argument(1)))
		if err != nil {
			panic(vm.NewGoError(err))
		}
		return l.NewBuffer(b)
	})
	exports.Set("writeHeapSnapshotFd", func(fd int, numeric bool, roots goja.Value) {
		if err := WriteSnapshot(l, fd, numeric, rootsFrom(vm, roots)); err != nil {
			panic(vm.NewGoError(err))
		}
	})
}
