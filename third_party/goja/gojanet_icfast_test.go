package goja

import (
	"os"
	"strings"
	"testing"
)

// The inlined first-way checks (gojanet_ic.go ownHit, ownSet), the order
// entries are kept in, and icGetElem's array-element and string-key paths
// (gojanet_symic.go) give the generic path's answers: own properties that
// become accessors, read-only, frozen, deleted or non-enumerable under a
// warm site, eight shapes at one site, class methods, holes, accessors and
// prototype elements of arrays, string keys through prototypes that change,
// null-prototype objects, dictionaries, proxies. Run twice with and without
// fused instructions, each time in a new runtime, so that the sites also
// hold entries of a runtime that is gone. testdata/gojanet_icfast.expected
// is node 20's output for the same script.
func TestGojanetICFastPaths(t *testing.T) {
	src, err := os.ReadFile("testdata/gojanet_icfast.js")
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("testdata/gojanet_icfast.expected")
	if err != nil {
		t.Fatal(err)
	}
	prg := MustCompile("gojanet_icfast.js", string(src), false)
	for run := 0; run < 4; run++ {
		fused := run < 2
		noFusing = !fused
		if run == 2 {
			prg = MustCompile("gojanet_icfast.js", string(src), false)
		}
		// (functions compile at their first call, under the same setting)
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
