package runtime

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gojanet/gojanet/runtime/loop"
)

// SetGCTrigger makes the collections start after every bytes of allocation,
// each with a heap goal only runway bytes above the heap then, instead of
// when Go's pacer would start them; every or runway 0 (or negative) stops
// it and puts back the GOGC it found. A second call while it runs changes
// the sizes. It is process-wide (GOGC is): for programs that own their
// process, like the gojanet CLI (which runs it unless GOGC is set), not for
// libraries; runtime.New does not start it.
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
// How: a goroutine reads the allocation counter at about twice the rate it
// needs (every 2-100 ms under load), lowers GOGC when every bytes have been
// allocated and raises it again (a goal 2×every away, should it not get to
// run) when the collection has ended. While less than gcTriggerQuiet is
// allocated in 100 ms it sleeps until a loop wakes from a wait (or the next
// collection, which Go's pacer then starts with a goal every away): an idle
// process is not woken.
// A live heap over every/2 is left to Go's pacer too (gcTriggerGoal).
func SetGCTrigger(every, runway int64) {
	gcTrig.Lock()
	defer gcTrig.Unlock()
	if every <= 0 || runway <= 0 {
		if gcTrig.done != nil {
			gcTrig.every = 0
			kickGCTrigger()
			gcTrig.Unlock()
			<-gcTrig.done
			gcTrig.Lock()
			gcTrig.done = nil
		}
		return
	}
	gcTrig.every, gcTrig.runway = uint64(every), uint64(runway)
	if gcTrig.done != nil {
		kickGCTrigger()
		return
	}
	gcTrig.done = make(chan struct{})
	afterEachGC()
	loop.SetOnWake(wakeGCTrigger)
	// the first goal at once: a caller that ran with the collector off
	// (the CLI's start-up) must not get Go's 4 MiB minimum first
	allocs, cycles, live := gcTriggerRead()
	gogc := debug.SetGCPercent(gcPercent(gcTriggerGoal(uint64(every), live), live))
	go gcTrigger(gcTrig.done, gogc, allocs, cycles)
}

// gcTriggerWakes counts the goroutine's wake-ups (for tests).
var gcTriggerWakes atomic.Int64

var gcTriggerSample = []metrics.Sample{{Name: "/gc/heap/allocs:bytes"}, {Name: "/gc/cycles/total:gc-cycles"}, {Name: "/gc/heap/live:bytes"}}

// gcTriggerRead reads the bytes allocated, the collections ended and the
// live heap (at least Go's 4 MiB minimum: GOGC is a percentage of it). Only
// SetGCTrigger (before the goroutine starts) and the goroutine call it.
func gcTriggerRead() (allocs, cycles, live uint64) {
	s := gcTriggerSample
	metrics.Read(s)
	return s[0].Value.Uint64(), s[1].Value.Uint64(), max(s[2].Value.Uint64(), 4<<20)
}

var gcTrig struct {
	sync.Mutex
	every, runway uint64        // 0: stop
	done          chan struct{} // closed when the goroutine has ended
}

// The gojanet CLI's sizes: at the hello server's full rate on one core
// (≈ 40 MB/s) about a collection a second, each marked in ≈ 10 ms.
const (
	GCTriggerEvery  = 48 << 20
	GCTriggerRunway = 1 << 20
)

// gcTriggerQuiet is the allocation in 100 ms below which the trigger
// sleeps until the next collection (≈ 0.6 MB/s: a hello server at ≈ 300
// requests a second, a collection every 80 s with a 48 MiB every).
const gcTriggerQuiet = 64 << 10

// gcKick wakes the trigger: after every collection (afterEachGC) and on
// SetGCTrigger.
var gcKick = make(chan struct{}, 1)

// gcTriggerAsleep: the trigger sleeps for want of allocation, and a loop
// that wakes from a wait wakes it (wakeGCTrigger): a server's first
// requests after an idle spell.
var gcTriggerAsleep atomic.Bool

// wakeGCTrigger is the loops' SetOnWake: an atomic load on each wake-up
// while the trigger is awake.
func wakeGCTrigger() {
	if gcTriggerAsleep.Load() && gcTriggerAsleep.CompareAndSwap(true, false) {
		kickGCTrigger()
	}
}

func kickGCTrigger() {
	select {
	case gcKick <- struct{}{}:
	default:
	}
}

var gcSentinelArmed sync.Once

// afterEachGC makes the trigger and ReleaseIdlePrograms run after every
// collection: the finalizer of an unreachable sentinel runs once per
// collection (once its span is swept) and arms the next one.
func afterEachGC() {
	gcSentinelArmed.Do(armGCSentinel)
}

func armGCSentinel() {
	runtime.SetFinalizer(new([16]byte), func(*[16]byte) {
		kickGCTrigger()
		releaseIdlePrograms() // loader.go
		armGCSentinel()
	})
}

// gcTrigger runs the trigger from base bytes allocated and cycles
// collections; gogc is the GOGC to put back when it stops.
func gcTrigger(done chan struct{}, gogc int, base, cycles uint64) {
	defer close(done)
	read := gcTriggerRead
	sizes := func() (every, runway uint64) {
		gcTrig.Lock()
		defer gcTrig.Unlock()
		return gcTrig.every, gcTrig.runway
	}
	setGoal := func(above, live uint64) { debug.SetGCPercent(gcPercent(above, live)) }
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	// sleep returns after d, or at a kick; d < 0: at a kick only
	sleep := func(d time.Duration) {
		if d >= 0 {
			timer.Reset(d)
		}
		select {
		case <-gcKick:
		case <-timer.C:
		}
		timer.Stop()
	}
	last, lastAt := base, time.Now()
	_, _, live := read()
	every, _ := sizes()
	large := live > every/2
	for {
		gcTriggerWakes.Add(1)
		every, runway := sizes()
		if every == 0 {
			debug.SetGCPercent(gogc)
			return
		}
		allocs, c, live := read()
		now := time.Now()
		if c != cycles {
			// a collection ended (ours, the loop's idle one, or Go's own)
			cycles, base = c, allocs
			large = live > every/2
			setGoal(gcTriggerGoal(every, live), live)
		}
		if large {
			sleep(-1) // Go's pacer, until the next collection
			last, _, _ = read()
			lastAt = time.Now()
			continue
		}
		if allocs-base >= every {
			setGoal(allocs-base+runway, live)
			// Back up as soon as it has ended: the low GOGC would start
			// the next one a runway later.
			for d := time.Millisecond; c == cycles && every != 0; d = min(2*d, 50*time.Millisecond) {
				sleep(d)
				_, c, _ = read()
				every, _ = sizes()
			}
			continue
		}
		since := now.Sub(lastAt)
		rate := float64(allocs-last) / since.Seconds()
		quiet := since >= 100*time.Millisecond && allocs-last < gcTriggerQuiet
		last, lastAt = allocs, now
		if quiet {
			// Until a loop wakes from a wait (wakeGCTrigger), the next
			// collection ends or SetGCTrigger: should none of them come
			// first, Go's pacer takes the next collection at about the
			// same heap.
			setGoal(every, live)
			gcTriggerAsleep.Store(true)
			sleep(-1)
			gcTriggerAsleep.Store(false)
			// the goal back out of the pacer's way (unless a collection
			// ended: the top of the loop sets it), and the rate from now
			if _, c, live := read(); c == cycles {
				setGoal(gcTriggerGoal(every, live), live)
			}
			last, _, _ = read()
			lastAt = time.Now()
			continue
		}
		// Wake about when every will have been allocated at the rate seen
		// since the last wake-up.
		wait := 100 * time.Millisecond
		if rate > 0 {
			left := float64(base+every-min(allocs, base+every)) / rate
			wait = min(max(time.Duration(left*float64(time.Second)/2), 2*time.Millisecond), wait)
		}
		sleep(wait)
	}
}

// gcTriggerGoal is how far above the live heap the goal is put after a
// collection: 2×every while the trigger starts the collections (should it
// not get to run in time), and at least the live heap (GOGC=100) once that
// is over every/2. A mark of a heap that large by assists alone would hold
// the loop for tens of milliseconds and more, and a collection every every
// bytes would mark it over and over (a 320 MB live heap collected every
// 48 MiB: 2× the CPU of Go's pacing): Go's pacer takes those collections.
func gcTriggerGoal(every, live uint64) uint64 {
	if live > every/2 {
		return max(every, live)
	}
	return 2 * every
}

// gcPercent is the GOGC that puts the goal above bytes over a live heap: at
// least 1, as 0 (a live heap over 100× above) would collect back to back.
func gcPercent(above, live uint64) int {
	return int(max(above*100/live, 1))
}
