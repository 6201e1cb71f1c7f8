package goja

import (
	"os"
	"strings"
	"testing"
)

// fastGet's holders that are functions (static members through `extends`,
// Object.create(fn)) or RegExp.prototype, a function's own `length` and an
// array's at one site, and a site past icMaxFills whose prototype entries
// go stale when the epoch changes (getStr refreshes them) give the generic
// path's answers. Run with and without fused instructions, in new runtimes
// (dead runtimes' entries at the sites). testdata/gojanet_icholders.expected
// is node 20's output.
func TestGojanetICHolders(t *testing.T) {
	src, err := os.ReadFile("testdata/gojanet_icholders.js")
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("testdata/gojanet_icholders.expected")
	if err != nil {
		t.Fatal(err)
	}
	prg := MustCompile("gojanet_icholders.js", string(src), false)
	for run := 0; run < 4; run++ {
		fused := run < 2
		noFusing = !fused
		if run == 2 {
			prg = MustCompile("gojanet_icholders.js", string(src), false)
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
