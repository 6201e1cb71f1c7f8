package runtime_test

import (
	"os"
	"os/exec"
	goruntime "runtime"
	"testing"
	"time"

	"github.com/gojanet/gojanet/runtime"
)

func gcPercent() uint64 { return goMetric("/gc/gogc:percent") }

// With a small live heap, a headroom raises GOGC so that at least that much
// is allocated between collections; it holds across collections and turning
// it off restores the GOGC it started from.
func TestGCHeadroom(t *testing.T) {
	// The headroom is about small live heaps: run in a process of its own,
	// where no other test's runtimes or caches are live.
	if os.Getenv("GOJANET_GCHEADROOM_CHILD") == "" {
		cmd := exec.Command(os.Args[0], "-test.run=^TestGCHeadroom$", "-test.count=1")
		cmd.Env = append(os.Environ(), "GOJANET_GCHEADROOM_CHILD=1")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		return
	}
	goruntime.GC()
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
	// A live heap larger than the headroom needs no raise: after the
	// collections that find it, GOGC is back to where it started.
	big := make([][]byte, 96)
	for i := range big {
		big[i] = make([]byte, 1<<20)
	}
	for i := 0; i < 3 && gcPercent() != base; i++ {
		goruntime.GC()
		time.Sleep(10 * time.Millisecond) // the re-tune runs as a finalizer
	}
	if p := gcPercent(); p != base {
		t.Errorf("GOGC with %d MiB live and a 64 MiB headroom: %d, want %d", len(big), p, base)
	}
	goruntime.KeepAlive(big)
	runtime.SetGCHeadroom(0)
	if p := gcPercent(); p != base {
		t.Errorf("GOGC with the headroom off: %d, want %d", p, base)
	}
}

// A process that ran with the collector off turns it on with the headroom
// in one step, and its first collection comes after the headroom's worth of
// allocation beyond the heap it has, not at Go's 4 MiB first goal.
func TestGCHeadroomFrom(t *testing.T) {
	if os.Getenv("GOJANET_GCHEADROOM_CHILD") == "" {
		cmd := exec.Command(os.Args[0], "-test.run=^TestGCHeadroomFrom$", "-test.count=1")
		cmd.Env = append(os.Environ(), "GOJANET_GCHEADROOM_CHILD=1", "GOGC=off")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		return
	}
	if n := goMetric("/gc/cycles/total:gc-cycles"); n != 0 {
		t.Skipf("%d collections before the test", n)
	}
	// a start-up's worth of heap, then the switch
	heap := make([][]byte, 12)
	for i := range heap {
		heap[i] = make([]byte, 1<<20)
	}
	runtime.SetGCHeadroomFrom(100, 16<<20)
	defer runtime.SetGCHeadroom(0)
	if p := gcPercent(); p < (12+16)*100/4 {
		t.Fatalf("GOGC %d: the first goal does not count the heap there is", p)
	}
	for range 4 << 10 { // 4 MiB more, in small objects
		heap = append(heap, make([]byte, 1<<10))
	}
	if n := goMetric("/gc/cycles/total:gc-cycles"); n != 0 {
		t.Errorf("%d collections within 4 MiB of the switch", n)
	}
	goruntime.KeepAlive(heap)
}

// inChild reruns the test alone in a process of its own (the GC settings
// are process-wide), with env added; it reports whether this is the child.
func inChild(t *testing.T, env ...string) bool {
	if os.Getenv("GOJANET_GCHEADROOM_CHILD") != "" {
		return true
	}
	cmd := exec.Command(os.Args[0], "-test.run=^"+t.Name()+"$", "-test.count=1", "-test.v")
	cmd.Env = append(append(os.Environ(), "GOJANET_GCHEADROOM_CHILD=1"), env...)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	return false
}

var sink []byte

// allocate churns n bytes of garbage in 1 KiB objects.
func allocate(n int) {
	for range n >> 10 {
		sink = make([]byte, 1<<10)
	}
}

// Under sustained allocation the headroom grows towards one collection per
// interval, up to the maximum; after a quiet spell it is the minimum again.
func TestGCHeadroomMax(t *testing.T) {
	if !inChild(t, "GOGC=100") {
		return
	}
	goruntime.GC()
	runtime.SetGCHeadroom(16 << 20)
	defer runtime.SetGCHeadroom(0)
	runtime.SetGCHeadroomMax(64<<20, time.Hour) // any rate asks for the maximum
	defer runtime.SetGCHeadroomMax(0, 0)
	// GOGC for a headroom of h bytes over the live heap (at least Go's 4 MiB)
	percentFor := func(h uint64) uint64 {
		return h * 100 / max(goMetric("/gc/heap/live:bytes"), 4<<20)
	}
	for c := goMetric("/gc/cycles/total:gc-cycles"); goMetric("/gc/cycles/total:gc-cycles") < c+2; {
		allocate(1 << 20)
	}
	time.Sleep(20 * time.Millisecond) // the re-tune runs as a finalizer
	if p, want := gcPercent(), percentFor(60<<20); p < want {
		t.Errorf("GOGC under load %d, want at least %d (a 64 MiB headroom)", p, want)
	}
	runtime.SetGCHeadroomMax(64<<20, time.Millisecond) // a trickle now asks for less than the minimum
	time.Sleep(50 * time.Millisecond)
	goruntime.GC()
	time.Sleep(20 * time.Millisecond)
	if p, want := gcPercent(), percentFor(17<<20); p > want {
		t.Errorf("GOGC after a quiet spell %d, want at most %d (the minimum headroom)", p, want)
	}
}
