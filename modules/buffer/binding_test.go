package buffer

import (
	"fmt"
	"math"
	"testing"

	"github.com/dop251/goja"

	"github.com/gojanet/gojanet/runtime/loop"
)

// bindingVM is a runtime on a loop (closed at the test's end) whose global
// `binding` is the buffer binding.
func bindingVM(t *testing.T) *goja.Runtime {
	vm := goja.New()
	l, err := loop.New(vm)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	exports := vm.NewObject()
	Binding(l, exports)
	vm.Set("binding", exports)
	return vm
}

// TestBindingHostile calls every binding function with hostile arguments
// (as if JS validation had been bypassed): each returns or throws a JS
// error, never a Go panic.
func TestBindingHostile(t *testing.T) {
	vm := bindingVM(t)
	hostile := []string{"undefined", "null", "0", "-0", "1", "-1", "2**31", "2**32", "2**53", "-(2**53)",
		"Infinity", "-Infinity", "NaN", "1.5", "'abc'", "''", "({})", "[]", "[1,2]", "new Uint8Array(4)",
		"new Uint16Array(3)", "new ArrayBuffer(5)", "new DataView(new ArrayBuffer(4), 1)", "Symbol('s')", "1e308",
		"'utf16le'", "'hex'", "'base64'", "true"}
	fns := map[string]int{"byteLengthUtf8": 1, "fromString": 2, "slice": 4, "write": 5, "compare": 6, "fill": 5,
		"indexOf": 5, "copy": 5, "swap": 2, "isUtf8": 1, "isAscii": 1, "detach": 1, "isDetached": 1, "transfer": 1, "setBufferPrototype": 1,
		"poolAlloc": 1, "fromStringPool": 3, "toStringWhole": 2, "setPoolMaker": 1}
	calls := 0
	for name, arity := range fns {
		for _, h := range hostile {
			for pos := 0; pos < arity; pos++ {
				args := make([]string, arity)
				for i := range args {
					args[i] = []string{"new Uint8Array([1,2,3,4,5,6,7,8])", "'utf8'", "0", "3", "'ab'", "1"}[i%6]
				}
				args[pos] = h
				src := fmt.Sprintf("binding.%s(", name)
				for i, a := range args {
					if i > 0 {
						src += ","
					}
					src += a
				}
				src += ")"
				func() {
					defer func() {
						if r := recover(); r != nil {
							t.Errorf("%s: Go panic: %v", src, r)
						}
					}()
					calls++
					vm.RunString(src) // a JS exception is fine
				}()
			}
		}
	}
	if calls == 0 {
		t.Fatal("no calls")
	}
}

func TestIndexOfOffset(t *testing.T) {
	cases := []struct {
		length, offset, needle int64
		forward                bool
		want                   int64
	}{
		{10, -3, 1, true, 7}, {10, -20, 1, true, 0}, {10, -20, 1, false, -1}, {10, -20, 0, false, 0},
		{10, 5, 1, true, 5}, {10, 10, 1, true, -1}, {10, 10, 1, false, 9}, {10, 12, 0, true, 10},
		{10, math.MaxInt32, 2, false, 9},
	}
	for _, c := range cases {
		if got := indexOfOffset(c.length, c.offset, c.needle, c.forward); got != c.want {
			t.Errorf("indexOfOffset(%d, %d, %d, %v) = %d, want %d", c.length, c.offset, c.needle, c.forward, got, c.want)
		}
	}
}

// TestPool: Buffers from the pool sit at 8-byte aligned offsets of one
// ArrayBuffer until it is full; then the maker's next one; what is larger
// than a whole pool gets memory of its own; a maker that makes no
// ArrayBuffer is a TypeError.
func TestPool(t *testing.T) {
	vm := bindingVM(t)
	v, err := vm.RunString(`
		const pools = [];
		binding.setPoolMaker(() => { const ab = new ArrayBuffer(16); pools.push(ab); return ab; });
		const a = binding.poolAlloc(5), b = binding.poolAlloc(5), c = binding.poolAlloc(10);
		const s = binding.fromStringPool('abc', 'utf8', 8), big = binding.fromStringPool('x'.repeat(9), 'utf8', 8);
		const huge = binding.poolAlloc(100), empty = binding.poolAlloc(0);
		const out = [a.byteOffset, b.byteOffset, c.byteOffset, s.byteOffset, String.fromCharCode(...s),
			big.length, huge.length, empty.length, pools.length,
			a.buffer === pools[0] && b.buffer === pools[0] && c.buffer === pools[1] && s.buffer === pools[2] &&
			big.buffer !== pools[2] && huge.buffer !== pools[3]];
		binding.setPoolMaker(() => ({}));
		try { binding.poolAlloc(20); out.push('no error'); } catch (e) { out.push(e.name); }
		out.join(' ');
	`)
	if err != nil {
		t.Fatal(err)
	}
	// c does not fit after a and b (16 bytes, offset 16): a new pool; s
	// (3 bytes) does not fit after c's 10 (offset 16): the third; huge
	// makes a fourth, too small, and gets its own memory.
	if got, want := v.String(), "0 8 0 0 abc 9 100 0 4 true TypeError"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
