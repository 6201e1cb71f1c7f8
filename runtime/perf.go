package runtime

// Performance milestones and event-loop idle time: what perf_hooks'
// performance.nodeTiming and eventLoopUtilization() report, and a parent's
// worker.performance.eventLoopUtilization() reads of its worker.
//
//	New         nodeStart (entering New), v8Start (the goja VM made),
//	            environment (loop and runtime state made)
//	boot        bootstrapComplete (the bootstrap script has run)
//	run         loopStart: a worker's before its script (its loop is
//	            already turning then, as in node), the main runtime's after
//	            its main script; loopExit when the loop has ended, before
//	            'exit' is emitted
//	poller      idle time: time blocked in epoll_wait (internal/poll)
//
// All are milliseconds since the process started (performance.timeOrigin is
// that start in every runtime). loopStart and loopExit are atomics: a parent
// runtime reads its worker's from another goroutine.
//
// internalBinding('performance'): milestones() → [nodeStart, v8Start,
// environment, bootstrapComplete, loopStart, loopExit] (-1: not reached),
// idleTime() → ms, uvMetrics() → [loopCount, events, eventsWaiting].

import (
	"math"
	"sync/atomic"
	"time"

	"github.com/dop251/goja"
)

type timing struct {
	nodeStart, v8Start, environment, bootstrap float64
	loopStart, loopExit                        atomic.Uint64 // float64 bits
}

// sinceStart is now in ms since the process started, in steps of 1/1024 ms
// (≈1 µs): binary fractions, so that arithmetic on milestones is exact
// (performance.measure(name, {start: 'nodeStart', duration: 10}) lasts
// exactly 10 ms, as scripts check).
func sinceStart() float64 {
	return math.Round(float64(time.Since(processStart).Nanoseconds())*1024/1e6) / 1024
}

func (t *timing) init() {
	t.loopStart.Store(math.Float64bits(-1))
	t.loopExit.Store(math.Float64bits(-1))
}

func (t *timing) getLoopStart() float64 { return math.Float64frombits(t.loopStart.Load()) }

// markLoopStart records the loop's start once.
func (t *timing) markLoopStart() {
	t.loopStart.CompareAndSwap(math.Float64bits(-1), math.Float64bits(sinceStart()))
}

func (r *Runtime) idleMs() float64 {
	return float64(r.loop.Poller().IdleTime().Nanoseconds()) / 1e6
}

func (r *Runtime) performanceBinding(exports *goja.Object) {
	t := &r.timing
	exports.Set("milestones", func() []float64 {
		return []float64{t.nodeStart, t.v8Start, t.environment, t.bootstrap,
			t.getLoopStart(), math.Float64frombits(t.loopExit.Load())}
	})
	exports.Set("idleTime", r.idleMs)
	exports.Set("uvMetrics", func() []int64 {
		m := r.loop.Metrics
		return []int64{m.LoopCount, m.Events, m.EventsWaiting}
	})
}
