package wasm

import (
	"bytes"
	"testing"
)

// testModule is a binary with an import of each kind, two exports and a
// custom section.
var testModule = []byte{
	0, 'a', 's', 'm', 1, 0, 0, 0,
	1, 5, 1, 0x60, 0, 1, 0x7f, // type 0: () -> i32
	2, 30, 4, // imports
	1, 'e', 1, 'f', 0, 0, // e.f: function, type 0
	1, 'e', 1, 't', 1, 0x70, 0, 1, // e.t: table funcref, min 1
	1, 'e', 1, 'm', 2, 1, 1, 2, // e.m: memory, min 1 max 2
	1, 'e', 1, 'g', 3, 0x7f, 0, // e.g: global i32 const
	7, 11, 2, 3, 'r', 'u', 'n', 0, 0, 1, 'm', 2, 0, // exports: run (func 0), m (memory 0)
	0, 6, 4, 'n', 'o', 't', 'e', 'x', // custom "note": "x"
}

func TestReadSections(t *testing.T) {
	imports, exports, custom, err := readSections(testModule)
	if err != nil {
		t.Fatal(err)
	}
	want := []descriptor{{"e", "f", "function", 0}, {"e", "t", "table", 0}, {"e", "m", "memory", 0}, {"e", "g", "global", 0}}
	if len(imports) != len(want) {
		t.Fatalf("imports %v", imports)
	}
	for i := range want {
		if imports[i] != want[i] {
			t.Errorf("import %d: %+v, want %+v", i, imports[i], want[i])
		}
	}
	if len(exports) != 2 || exports[0] != (descriptor{name: "run", kind: "function"}) || exports[1] != (descriptor{name: "m", kind: "memory"}) {
		t.Errorf("exports %+v", exports)
	}
	if len(custom) != 1 || custom[0].name != "note" || !bytes.Equal(custom[0].data, []byte("x")) {
		t.Errorf("custom %+v", custom)
	}
}

func TestGeneratedModulesRead(t *testing.T) {
	for _, bin := range [][]byte{memoryModule(1, -1), memoryModule(1, 3), globalModule(0x7f, true, sleb([]byte{0x41}, -5))} {
		if _, exports, _, err := readSections(bin); err != nil || len(exports) != 1 {
			t.Errorf("%x: %v %v", bin, exports, err)
		}
	}
}

// FuzzReadSections: any bytes give sections or an error, never a panic or
// a read past the input.
func FuzzReadSections(f *testing.F) {
	f.Add(testModule)
	f.Add(memoryModule(1, 2))
	f.Add([]byte{0, 'a', 's', 'm', 1, 0, 0, 0, 2, 0xff, 0xff, 0xff, 0xff, 0x0f})
	f.Fuzz(func(t *testing.T, bin []byte) {
		_, _, _, _ = readSections(bin)
	})
}
