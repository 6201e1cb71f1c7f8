package goja

import (
	"os"
	"strings"
	"testing"
)

// Typed arrays as receivers of the inline caches (gojanet_ic.go ownBase,
// embeddedBase): their prototypes' getters, own names, plain objects of the
// same prototype at the same sites, canonical numeric names (which a typed
// array answers itself, so no entry is kept for them), prototype changes.
// Run with and without fused instructions, the later runs in new runtimes.
// testdata/gojanet_ictyped.expected is node 20's output for the same script.
func TestGojanetICTypedArrays(t *testing.T) {
	src, err := os.ReadFile("testdata/gojanet_ictyped.js")
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("testdata/gojanet_ictyped.expected")
	if err != nil {
		t.Fatal(err)
	}
	prg := MustCompile("gojanet_ictyped.js", string(src), false)
	for run := 0; run < 4; run++ {
		fused := run < 2
		noFusing = !fused
		if run == 2 {
			prg = MustCompile("gojanet_ictyped.js", string(src), false)
		}
		v, err := New().RunProgram(prg)
		noFusing = false
		if err != nil {
			t.Fatal(err)
		}
		if got := v.String(); got != strings.TrimRight(string(want), "\n") {
			t.Fatalf("run %d (fused %v):\n got %s\nwant %s", run, fused, got, want)
		}
	}
}
