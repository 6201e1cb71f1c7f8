package runtime

import (
	"runtime/debug"
	"runtime/metrics"
	"sync/atomic"
	"time"
)

// SetGCTrigger (experimental, in place of SetGCHeadroom) starts the
// collections itself: once every bytes have been allocated since the last
// one, it lowers GOGC so that the heap goal is only runway bytes above the
// heap, and puts it back up (a goal 2×every away, in case this goroutine
// does not get to run) when the collection ends.
//
// Why: a collection paced by Go starts early enough for its background
// workers, at 25% of the CPU, to finish the mark before the goal. On one
// CPU those workers run in slices of 1-4 ms (the fractional worker on the
// loop's P, the idle worker and the sweeper on a spare P's thread), and
// each slice holds up every request waiting (README "p99 and the
// collector"). With the goal just above the heap the loop's own
// allocations pay for the mark as assists, a few tens of µs at a time, and
// the mark is over in ≈ 10 ms. With one P (GOMAXPROCS=1) it held the loop
// in 0.8-1.5 stalls over 1 ms per collection against 3.2-3.8 with Go's
// pacing; with a spare P its idle worker keeps its 4 ms slice.
//
// Both sizes must be positive (else it does nothing). Only the first call
// that starts it counts: the goroutine runs for the rest of the process
// (there is no stop), and a second one would fight it over GOGC.
func SetGCTrigger(every, runway int64) {
	if every <= 0 || runway <= 0 || !gcTriggerStarted.CompareAndSwap(false, true) {
		return
	}
	go gcTrigger(uint64(every), uint64(runway))
}

var gcTriggerStarted atomic.Bool

func gcTrigger(every, runway uint64) {
	s := []metrics.Sample{{Name: "/gc/heap/allocs:bytes"}, {Name: "/gc/cycles/total:gc-cycles"}, {Name: "/gc/heap/live:bytes"}}
	read := func() (allocs, cycles, live uint64) {
		metrics.Read(s)
		// percentages are of the live heap; Go counts at least 4 MiB
		return s[0].Value.Uint64(), s[1].Value.Uint64(), max(s[2].Value.Uint64(), 4<<20)
	}
	setGoal := func(above, live uint64) { debug.SetGCPercent(gcPercent(above, live)) }
	base, cycles, live := read()
	setGoal(2*every, live)
	last, lastAt := base, time.Now()
	for {
		// Wake about when every will have been allocated at the rate seen
		// since the last wake-up: an idle process sleeps.
		allocs, c, live := read()
		now := time.Now()
		if c != cycles {
			// a collection ended (ours, the loop's idle one, or Go's own)
			cycles, base = c, allocs
			setGoal(2*every, live)
			releaseIdlePrograms() // loader.go
		} else if allocs-base >= every {
			setGoal(allocs-base+runway, live)
			for d := time.Millisecond; c == cycles; d = min(2*d, 50*time.Millisecond) {
				time.Sleep(d)
				_, c, _ = read()
			}
			continue
		}
		wait := 100 * time.Millisecond
		if rate := float64(allocs-last) / now.Sub(lastAt).Seconds(); rate > 0 {
			left := float64(base+every-min(allocs, base+every)) / rate
			wait = min(max(time.Duration(left*float64(time.Second)/2), 2*time.Millisecond), wait)
		}
		last, lastAt = allocs, now
		time.Sleep(wait)
	}
}

// gcPercent is the GOGC that puts the goal above bytes over a live heap: at
// least 1, as 0 (a live heap over 100× above) would collect back to back.
func gcPercent(above, live uint64) int {
	return int(max(above*100/live, 1))
}
