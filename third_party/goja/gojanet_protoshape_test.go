package goja

import (
	"os"
	"strings"
	"testing"
)

// A prototype change through the cached transition (gojanet_shape.go
// reshape: shape.protoRoot, protoTo) gives the walk's answers: objects of
// one shape (strings and a symbol) moved among two prototypes and null,
// back and forth, after the target prototype gained a setter or lost a
// name, by __proto__, refused for a cycle, a non-extensible or frozen
// object, a watched prototype that itself changes prototype, a proxy, a
// dictionary, for-in, class instances. Run twice in new runtimes, so the
// program's inline caches also hold a dead runtime's entries.
// testdata/gojanet_protoshape.expected is node 20's output.
func TestGojanetProtoTransitions(t *testing.T) {
	src, err := os.ReadFile("testdata/gojanet_protoshape.js")
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("testdata/gojanet_protoshape.expected")
	if err != nil {
		t.Fatal(err)
	}
	prg := MustCompile("gojanet_protoshape.js", string(src), false)
	for run := 0; run < 2; run++ {
		v, err := New().RunProgram(prg)
		if err != nil {
			t.Fatal(err)
		}
		if got := v.String(); got != strings.TrimRight(string(want), "\n") {
			t.Fatalf("run %d:\n got %s\nwant %s", run, got, want)
		}
	}
}

// Reads answered by fastGet for every receiver kind embeddedBase takes and
// from prototypes one up without the epoch, and string primitives' reads
// of String.prototype through the site's cache (gojanet_strprim.go
// stringPrimitivePropIC), give the generic path's answers: methods
// replaced, deleted (another name moves into the dictionary slot), turned
// into getters (called with the primitive), shadowed by own properties and
// by a middle prototype; an array and a plain object of one shape reading
// `length`; an ordinary function's lazily made `prototype`; Function,
// Map, Set, RegExp and Array prototypes patched. Run with and without
// fused instructions, in new runtimes (dead runtimes' entries at the
// sites). testdata/gojanet_protohits.expected is node 20's output.
func TestGojanetProtoHits(t *testing.T) {
	src, err := os.ReadFile("testdata/gojanet_protohits.js")
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("testdata/gojanet_protohits.expected")
	if err != nil {
		t.Fatal(err)
	}
	prg := MustCompile("gojanet_protohits.js", string(src), false)
	for run := 0; run < 4; run++ {
		fused := run < 2
		noFusing = !fused
		if run == 2 {
			prg = MustCompile("gojanet_protohits.js", string(src), false)
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
