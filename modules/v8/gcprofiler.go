package v8

// v8.GCProfiler's Go half: gcProfilerStart(profiler) → a watch; gcProfilerStop(watch) →
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

// memLimit is Go's memory limit or, without one, the machine's memory (the
// heap may grow to it; node's limit also derives from it).
func memLimit() int64 {
	limit := debug.SetMemoryLimit(-1)
	var si unix.Sysinfo_t
	if limit == math.MaxInt64 && unix.Sysinfo(&si) == nil {
		limit = int64(si.Totalram) * int64(si.Unit)
	}
	return limit
}

// statsOf is heapStatistics' seven numbers (bytes): heapSys, the heap in
// use (given: a collection's before is not m's), heapIdle-released, sys,
// limit, peak sys (= sys: Go keeps no peak), stackInuse.
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
	w.record(&m, limit)
	return true
}

// record adds the cycles m has counted since w.numGC. Go keeps the last
// 256 pauses: after more collections than that between looks, the last
// 256 are recorded. Counted as a difference so that NumGC wrapping
// around uint32 neither loses cycles nor loops forever.
func (w *gcWatch) record(m *runtime.MemStats, limit int64) {
	count := m.NumGC - w.numGC
	if count > 256 {
		count = 256
	}
	for i := count; i > 0; i-- {
		n := m.NumGC - i + 1
		before := w.nextGC
		if before == 0 || before < m.HeapInuse {
			before = m.HeapInuse
		}
		w.records = append(w.records, float64(m.PauseNs[(n+255)%256])/1e3)
		w.records = append(w.records, statsOf(m, before, limit)...)
		w.records = append(w.records, statsOf(m, m.HeapInuse, limit)...)
	}
	w.numGC = m.NumGC
	w.nextGC = m.NextGC
}

// stop ends w's recording and returns what it recorded.
func (w *gcWatch) stop() []float64 {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.on = false
	recs := w.records
	w.records = nil
	return recs
}

// gcWatches are a runtime's running watches: the loop's shutdown stops them
// (a worker or runtime that ended records nothing more).
type gcWatches struct {
	m       map[*gcWatch]struct{}
	sweepAt int // (dropped profilers' watches leave the set when it grows to this)
}

func (ws *gcWatches) ForceClose() {
	for w := range ws.m {
		delete(ws.m, w)
		w.stop()
	}
}

func (ws *gcWatches) add(w *gcWatch) {
	ws.m[w] = struct{}{}
	if len(ws.m) < ws.sweepAt {
		return
	}
	for o := range ws.m {
		if o.stopped() {
			delete(ws.m, o)
		}
	}
	ws.sweepAt = 2*len(ws.m) + 16
}

func gcProfilerBinding(l *loop.Loop, exports *goja.Object) {
	vm := l.VM
	watches := &gcWatches{m: map[*gcWatch]struct{}{}, sweepAt: 16}
	tracked := false
	// gcProfilerStart(profiler) → the watch's handle. A profiler dropped
	// without stop() stops when it is collected (a cleanup on it, which
	// only flips the watch off under its lock: the VM is not touched).
	exports.Set("gcProfilerStart", func(profiler *goja.Object) *gcWatch {
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		w := &gcWatch{on: true, numGC: m.NumGC, nextGC: m.NextGC}
		w.arm()
		if profiler != nil {
			runtime.AddCleanup(profiler, func(w *gcWatch) { w.stop() }, w)
		}
		if !tracked {
			tracked = true
			l.Track(watches)
		}
		watches.add(w)
		return w
	})
	exports.Set("gcProfilerStop", func(v goja.Value) goja.Value {
		var w *gcWatch
		if v != nil {
			w, _ = v.Export().(*gcWatch)
		}
		if w == nil {
			return goja.Undefined()
		}
		delete(watches.m, w)
		w.collected() // the cycles that ended since the finalizer last ran
		return floatArray(vm, w.stop())
	})
}

func (w *gcWatch) stopped() bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	return !w.on
}
