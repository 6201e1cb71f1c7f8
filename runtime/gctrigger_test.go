package runtime_test

import (
	"os"
	"os/exec"
	goruntime "runtime"
	"testing"

	"github.com/gojanet/gojanet/runtime"
)

// A process that ran with the collector off (the CLI's start-up) turns the
// trigger on in one step: its first collection comes after the trigger's
// worth of allocation beyond the heap it has, not at Go's 4 MiB first goal.
func TestGCTriggerFromOff(t *testing.T) {
	if os.Getenv("GOJANET_GCTRIGGER_CHILD") == "" {
		cmd := exec.Command(os.Args[0], "-test.run=^TestGCTriggerFromOff$", "-test.count=1")
		cmd.Env = append(os.Environ(), "GOJANET_GCTRIGGER_CHILD=1", "GOGC=off")
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
	runtime.SetGCTrigger(16<<20, 1<<20)
	defer runtime.SetGCTrigger(0, 0)
	for range 4 << 10 { // 4 MiB more, in small objects
		heap = append(heap, make([]byte, 1<<10))
	}
	if n := goMetric("/gc/cycles/total:gc-cycles"); n != 0 {
		t.Errorf("%d collections within 4 MiB of the switch", n)
	}
	goruntime.KeepAlive(heap)
}
