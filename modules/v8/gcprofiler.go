package v8

// v8.GCProfiler's Go half: gcProfilerStart() → an id; gcProfilerStop(id) →
// the collections since, flat: per collection [costMicros, then
// heapStatistics' seven numbers before, then after]. Go's collector has no
// per-collection hook, so a sentinel object's finalizer, re-armed each time
// it runs, notices each cycle (it runs just after one) and reads the
// memory statistics there: after is the heap then; before is the same with
// the heap in use at the trigger (the cycle's goal when it started), and
// the cost is the cycle's stop-the-world pauses. The finalizer runs on Go's
// finalizer goroutine and only appends under a lock; the VM is not touched.

import (
	"math"
	"runtime"
	"runtime/debug"
	"sync"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"

	"github.com/gojanet/gojanet/runtime/loop"
)

type gcWatch struct {
	mu      sync.Mutex
	on      bool
	numGC   uint32
	nextGC  uint64
	records []float64
}

// gcSentinel is big enough not to be a tiny allocation (whose finalizer
// may wait for its neighbours).
type gcSentinel struct {
	w   *gcWatch
	pad [16]byte
}

func (w *gcWatch) arm() {
	s := &gcSentinel{w: w}
	runtime.SetFinalizer(s, func(s *gcSentinel) {
		if s.w.collected() {
			s.w.arm()
		}
	})
}

func memLimit() int64 {
	limit := debug.SetMemoryLimit(-1)
	var si unix.Sysinfo_t
	if limit == math.MaxInt64 && unix.Sysinfo(&si) == nil {
		limit = int64(si.Totalram) * int64(si.Unit)
	}
	return limit
}

func statsOf(m *runtime.MemStats, inuse uint64, limit int64) []float64 {
	return []float64{float64(m.HeapSys), float64(inuse), float64(m.HeapIdle - m.HeapReleased),
		float64(m.Sys), float64(limit), float64(m.Sys), float64(m.StackInuse)}
}

// collected records the cycles since the last look; false once stopped.
func (w *gcWatch) collected() bool {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	limit := memLimit()
	w.mu.Lock()
	defer w.mu.Unlock()
	if !w.on {
		return false
	}
	for n := w.numGC + 1; n <= m.NumGC && m.NumGC-n < 256; n++ {
		before := w.nextGC
		if before == 0 || before < m.HeapInuse {
			before = m.HeapInuse
		}
		w.records = append(w.records, float64(m.PauseNs[(n+255)%256])/1e3)
		w.records = append(w.records, statsOf(&m, before, limit)...)
		w.records = append(w.records, statsOf(&m, m.HeapInuse, limit)...)
	}
	w.numGC = m.NumGC
	w.nextGC = m.NextGC
	return true
}

func gcProfilerBinding(l *loop.Loop, exports *goja.Object) {
	vm := l.VM
	watches := map[int64]*gcWatch{}
	var next int64
	exports.Set("gcProfilerStart", func() int64 {
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		w := &gcWatch{on: true, numGC: m.NumGC, nextGC: m.NextGC}
		w.arm()
		next++
		watches[next] = w
		return next
	})
	exports.Set("gcProfilerStop", func(id int64) goja.Value {
		w := watches[id]
		if w == nil {
			return goja.Undefined()
		}
		delete(watches, id)
		w.collected() // the cycles that ended since the finalizer last ran
		w.mu.Lock()
		w.on = false
		recs := w.records
		w.mu.Unlock()
		a := make([]any, len(recs))
		for i, v := range recs {
			a[i] = v
		}
		return vm.NewArray(a...)
	})
}
