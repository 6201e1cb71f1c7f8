package buffer

import (
	"testing"

	"github.com/dop251/goja"
)

func TestBytesViews(t *testing.T) {
	vm := goja.New()
	cases := map[string]int{
		"new Uint8Array([1,2,3])":                   3,
		"new Uint16Array(4)":                        8,
		"new Float64Array(2)":                       16,
		"new DataView(new ArrayBuffer(8), 2, 4)":    4,
		"new ArrayBuffer(5)":                        5,
		"new BigInt64Array(1)":                      8,
		"(class F extends Uint8Array {}).from([1])": 1,
	}
	for src, want := range cases {
		v, err := vm.RunString(src)
		if err != nil {
			t.Fatal(src, err)
		}
		p, ok := Bytes(vm, v)
		if !ok || len(p) != want {
			t.Errorf("%s: got %d bytes, ok=%v; want %d", src, len(p), ok, want)
		}
	}
	// The last two are told apart without exporting them (an export of
	// that array would allocate 2^32 elements).
	for _, src := range []string{"'abc'", "({buffer: new ArrayBuffer(4), byteOffset: 0, byteLength: 4})", "[1,2]", "({__proto__: DataView.prototype})", "undefined", "new Uint16Array(0)",
		"new Map([[1, 2]])", "(() => { const a = []; a.length = 2 ** 32 - 1; return a; })()"} {
		v, _ := vm.RunString(src)
		if p, ok := Bytes(vm, v); ok && len(p) != 0 {
			t.Errorf("%s: got %d bytes, want none", src, len(p))
		}
	}
}
