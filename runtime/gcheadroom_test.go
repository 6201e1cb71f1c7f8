package runtime_test

import (
	goruntime "runtime"
	"testing"

	"github.com/gojanet/gojanet/runtime"
)

func gcPercent() uint64 { return goMetric("/gc/gogc:percent") }

// With a small live heap, a headroom raises GOGC so that at least that much
// is allocated between collections; it holds across collections and turning
// it off restores the GOGC it started from.
func TestGCHeadroom(t *testing.T) {
	base := gcPercent()
	runtime.SetGCHeadroom(64 << 20)
	defer runtime.SetGCHeadroom(0)
	raised := gcPercent()
	if raised <= base {
		t.Fatalf("GOGC with a 64 MiB headroom: %d, want above %d", raised, base)
	}
	goruntime.GC()
	goruntime.GC()
	if p := gcPercent(); p <= base {
		t.Errorf("GOGC after two collections: %d, want above %d", p, base)
	}
	runtime.SetGCHeadroom(0)
	if p := gcPercent(); p != base {
		t.Errorf("GOGC with the headroom off: %d, want %d", p, base)
	}
}
