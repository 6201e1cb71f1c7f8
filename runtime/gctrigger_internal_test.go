package runtime

import (
	"bytes"
	"os"
	"os/exec"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"testing"
	"time"
)

// TestGCPercent: the GOGC the trigger sets is at least 1 (integer division
// gave 0, back-to-back collections, for a live heap over 100× the room).
func TestGCPercent(t *testing.T) {
	for _, c := range []struct {
		above, live uint64
		want        int
	}{
		{16 << 20, 16 << 20, 100},
		{1 << 20, 4 << 20, 25},
		{1 << 20, 200 << 20, 1},
		{1, 1 << 40, 1},
	} {
		if got := gcPercent(c.above, c.live); got != c.want {
			t.Errorf("gcPercent(%d, %d) = %d, want %d", c.above, c.live, got, c.want)
		}
	}
}

// TestSetGCTriggerNonPositive: a zero or negative size starts nothing (and
// leaves a later valid call free to start it).
func TestSetGCTriggerNonPositive(t *testing.T) {
	SetGCTrigger(0, 1<<20)
	SetGCTrigger(16<<20, -1)
	gcTrig.Lock()
	defer gcTrig.Unlock()
	if gcTrig.done != nil {
		t.Error("a non-positive size started the trigger")
	}
}

// TestSetGCTriggerStop: the trigger sets GOGC at once, and stopping it puts
// back the GOGC it found; it can then start again.
func TestSetGCTriggerStop(t *testing.T) {
	base := debug.SetGCPercent(77)
	defer debug.SetGCPercent(base)
	for range 2 {
		SetGCTrigger(256<<20, 1<<20)
		p := debug.SetGCPercent(-1)
		debug.SetGCPercent(p)
		if p <= 100 {
			t.Errorf("GOGC with a 256 MiB trigger: %d, want the goal 512 MiB above the live heap", p)
		}
		SetGCTrigger(0, 0)
		if p := debug.SetGCPercent(77); p != 77 {
			t.Errorf("GOGC after the trigger stopped: %d, want 77", p)
		}
	}
}

// TestGCTriggerSleeps: in a process that allocates (next to) nothing the
// trigger's goroutine stops waking (it polled every 100 ms forever: 10
// wake-ups a second of an idle server); a loop's wake-up from a wait, and a
// collection, wake it.
func TestGCTriggerSleeps(t *testing.T) {
	// alone in a process of its own: other tests' goroutines allocate
	if os.Getenv("GOJANET_GCTRIGGER_CHILD") == "" {
		cmd := exec.Command(os.Args[0], "-test.run=^TestGCTriggerSleeps$", "-test.count=1")
		cmd.Env = append(os.Environ(), "GOJANET_GCTRIGGER_CHILD=1")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		return
	}
	SetGCTrigger(64<<20, 1<<20)
	defer SetGCTrigger(0, 0)
	// The first wake-up after 100 ms finds it quiet; allow a few more for
	// a loaded machine's late timers.
	time.Sleep(time.Second)
	before := gcTriggerWakes.Load()
	time.Sleep(time.Second)
	if n := gcTriggerWakes.Load() - before; n > 1 {
		t.Errorf("%d wake-ups in a quiet second, want none", n)
	}
	// a loop that wakes from a wait wakes it (loop.SetOnWake)
	for !gcTriggerAsleep.Load() {
		time.Sleep(10 * time.Millisecond)
	}
	before = gcTriggerWakes.Load()
	wakeGCTrigger()
	for deadline := time.Now().Add(30 * time.Second); gcTriggerWakes.Load() == before && time.Now().Before(deadline); {
		time.Sleep(10 * time.Millisecond)
	}
	if gcTriggerWakes.Load() == before {
		t.Error("a loop's wake-up did not wake the trigger")
	}
	for !gcTriggerAsleep.Load() { // asleep again after 100 ms
		time.Sleep(10 * time.Millisecond)
	}
	before = gcTriggerWakes.Load()
	runtime.GC()
	deadline := time.Now().Add(30 * time.Second)
	for gcTriggerWakes.Load() == before && time.Now().Before(deadline) {
		runtime.GC()
		time.Sleep(10 * time.Millisecond)
	}
	if gcTriggerWakes.Load() == before {
		t.Error("a collection did not wake the trigger")
	}
}

// TestGCTriggerLargeHeap: with a live heap over every/2 the trigger leaves
// the collections to Go's pacer, at least GOGC=100 apart: started every
// bytes, a 320 MB live heap was marked every 48 MiB (2× the CPU).
func TestGCTriggerLargeHeap(t *testing.T) {
	if os.Getenv("GOJANET_GCTRIGGER_CHILD") == "" {
		cmd := exec.Command(os.Args[0], "-test.run=^TestGCTriggerLargeHeap$", "-test.count=1")
		cmd.Env = append(os.Environ(), "GOJANET_GCTRIGGER_CHILD=1", "GOGC=100")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		return
	}
	live := make([][]byte, 64)
	for i := range live {
		live[i] = make([]byte, 1<<20)
	}
	SetGCTrigger(16<<20, 1<<20)
	defer SetGCTrigger(0, 0)
	before := gcTriggerWakes.Load()
	runtime.GC()
	for deadline := time.Now().Add(30 * time.Second); gcTriggerWakes.Load() == before && time.Now().Before(deadline); {
		time.Sleep(10 * time.Millisecond)
	}
	s := []metrics.Sample{{Name: "/gc/gogc:percent"}, {Name: "/gc/cycles/total:gc-cycles"}}
	metrics.Read(s)
	if p := s[0].Value.Uint64(); p < 100 {
		t.Errorf("GOGC %d with 64 MiB live and a 16 MiB trigger, want at least 100", p)
	}
	cycles := s[1].Value.Uint64()
	var sink []byte
	for range 48 << 10 { // 48 MiB of garbage: 3 triggers' worth
		sink = make([]byte, 1<<10)
	}
	_ = sink
	metrics.Read(s)
	if n := s[1].Value.Uint64() - cycles; n > 1 {
		t.Errorf("%d collections in 48 MiB with 64 MiB live, want Go's pacing (none)", n)
	}
	runtime.KeepAlive(live)
}

// TestNewStartsNoGCTrigger: an embedder's runtime leaves the collector
// alone (the trigger is process-wide: the CLI's choice, or the embedder's
// SetGCTrigger call).
func TestNewStartsNoGCTrigger(t *testing.T) {
	var out bytes.Buffer
	rt, err := New(Options{Stdout: &out, Stderr: &out})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	if code, err := rt.RunScript(t.Context(), "[eval]", "setTimeout(() => console.log(Buffer.alloc(1 << 20).length), 1)"); err != nil || code != 0 {
		t.Fatalf("exit %d, %v: %s", code, err, out.String())
	}
	gcTrig.Lock()
	defer gcTrig.Unlock()
	if gcTrig.done != nil {
		t.Error("runtime.New started the GC trigger")
	}
}
