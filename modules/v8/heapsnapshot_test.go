package v8

import (
	"os"
	"strings"
	"testing"

	"github.com/dop251/goja"

	"github.com/gojanet/gojanet/runtime/loop"
)

// TestSnapshotBindingsHostile: the bindings take their roots from the
// loop's HeapRoots hook, never from JS; hostile arguments (extra ones
// included: a length of 2^32-1, 1e12) give a snapshot or a JS error,
// never a Go panic, and the hook's roots are in the snapshot.
func TestSnapshotBindingsHostile(t *testing.T) {
	vm := goja.New()
	l, err := loop.New(vm)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	l.NewBuffer = func(p []byte) *goja.Object { return vm.ToValue(vm.NewArrayBuffer(p)).ToObject(vm) }
	held := vm.NewObject()
	l.HeapRoots = func() []goja.HeapRoot { return []goja.HeapRoot{{Name: "rootFromTheLoopHook", Value: held}} }
	exports := vm.NewObject()
	heapSnapshotBinding(l, exports)
	vm.Set("b", exports)
	f, err := os.CreateTemp(t.TempDir(), "snap")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	vm.Set("fd", int(f.Fd()))
	for _, src := range []string{
		`b.heapSnapshot()`,
		`b.heapSnapshot(true, {length: 1e12})`,
		`a = []; a.length = 2 ** 32 - 1; b.heapSnapshot(false, a, a)`,
		`b.heapSnapshot({valueOf() { throw new Error('x') }}, [, 1, 'b'])`,
		`b.heapSnapshot(Symbol(), ['a', 1])`,
		`b.writeHeapSnapshotFd(fd, false, {length: -5})`,
		`b.writeHeapSnapshotFd(fd, true, a, 1e300)`,
		`b.writeHeapSnapshotFd(-1, false)`,
		`b.writeHeapSnapshotFd(2 ** 62, false)`,
		`b.writeHeapSnapshotFd(Symbol())`,
		`b.writeHeapSnapshotFd({valueOf() { throw new Error('x') }})`,
	} {
		func() {
			defer func() {
				if p := recover(); p != nil {
					t.Errorf("%s: Go panic %v", src, p)
				}
			}()
			v, err := vm.RunString(src)
			if err != nil {
				if _, ok := err.(*goja.Exception); !ok {
					t.Errorf("%s: %v, want a JS exception", src, err)
				}
				return
			}
			if strings.HasPrefix(src, "b.heapSnapshot(") {
				ab, ok := v.Export().(goja.ArrayBuffer)
				if !ok || !strings.Contains(string(ab.Bytes()), "rootFromTheLoopHook") {
					t.Errorf("%s: %T, want a snapshot with the hook's root", src, v.Export())
				}
			}
		}()
	}
	b, err := os.ReadFile(f.Name())
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), "rootFromTheLoopHook") {
		t.Errorf("the file's snapshots (%d bytes) miss the hook's root", len(b))
	}
}
