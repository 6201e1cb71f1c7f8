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
