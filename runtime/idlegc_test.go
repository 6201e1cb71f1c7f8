package runtime_test

import (
	"context"
	"io"
	"runtime/metrics"
	"testing"
	"time"

	"github.com/gojanet/gojanet/runtime"
)

// goMetric reads one of Go's runtime/metrics counters.
func goMetric(name string) uint64 {
	s := []metrics.Sample{{Name: name}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

func forcedGCs() uint64 { return goMetric("/gc/cycles/forced:gc-cycles") }

// A script that allocates a burst of garbage and then waits on a timer.
const burstThenIdle = `
let keep = 0;
for (let i = 0; i < 200000; i++) keep += [i, i + 1, { i }].length;
setTimeout(() => console.log('done', keep), 300);
`

func runIdleScript(t *testing.T, idle time.Duration) {
	t.Helper()
	r, err := runtime.New(runtime.Options{Stdout: io.Discard, Stderr: io.Discard, IdleGC: idle})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if code, err := r.RunScript(context.Background(), "burst.js", burstThenIdle); code != 0 || err != nil {
		t.Fatalf("exit %d, %v", code, err)
	}
}

// After a burst of allocation, a loop idle for IdleGC collects and returns
// memory to the OS; with IdleGC off it leaves that to Go's collector.
func TestIdleGC(t *testing.T) {
	before := forcedGCs()
	runIdleScript(t, 50*time.Millisecond)
	if n := forcedGCs() - before; n != 1 {
		t.Errorf("forced collections after a burst and 300 ms idle: %d, want 1", n)
	}
	before = forcedGCs()
	runIdleScript(t, -1)
	if n := forcedGCs() - before; n != 0 {
		t.Errorf("forced collections with IdleGC off: %d, want 0", n)
	}
}
