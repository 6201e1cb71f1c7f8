package runtime

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"time"
)

// SetGCHeadroom makes Go's collector let at least min bytes be allocated
// between collections, by raising GOGC while the live heap is small (never
// below the GOGC in force when it is first called); 0 turns it off.
//
// Why: a goja server allocates tens of kilobytes per connection, and with a
// few MiB of live heap GOGC=100 collects every few MiB, so most of the
// collector's cost is marking the same live heap over and over. V8 gives
// node a nursery of this kind. Larger heaps are unaffected: their own GOGC
// headroom is already above min. It is process-wide (GOGC is), so it is for
// programs that own their process, like the gojanet CLI, not for libraries.
func SetGCHeadroom(min int64) {
	headroom.Lock()
	defer headroom.Unlock()
	if !headroom.started {
		base := debug.SetGCPercent(100)
		debug.SetGCPercent(base)
		if !headroom.start(base, base) {
			return
		}
	}
	headroom.min = min
	headroom.retune()
}

// SetGCHeadroomMax lets the headroom grow past SetGCHeadroom's minimum under
// sustained allocation, up to max bytes, so that collections come at most
// every interval; it falls back to the minimum when allocation slows (the
// loop's idle collection then returns the memory). Each collection marks
// the whole live heap whatever the headroom, so its cost per request falls
// as the headroom grows. 0 turns it off; without SetGCHeadroom it does
// nothing.
func SetGCHeadroomMax(max int64, interval time.Duration) {
	headroom.Lock()
	defer headroom.Unlock()
	headroom.max, headroom.interval = max, interval
	if headroom.started {
		headroom.retune()
	}
}

// SetGCHeadroomFrom is SetGCHeadroom for a process that ran with the
// collector off (GOGC=off) until now: it turns it on at GOGC=base with the
// headroom in one step. Set to base first, the heap start-up left would be
// over Go's first goal (its 4 MiB minimum heap at GOGC=100), and a
// collection started before the headroom raised the goal: at the end of
// the CLI's start-up, in about half the runs of the docs' echo script.
func SetGCHeadroomFrom(base int, min int64) {
	headroom.Lock()
	defer headroom.Unlock()
	if headroom.started {
		debug.SetGCPercent(base)
	} else if !headroom.start(base, debug.SetGCPercent(-1)) {
		debug.SetGCPercent(base)
		return
	}
	headroom.min = min
	headroom.retune()
}

// start starts tuning from base, with GOGC at percent now; false when there
// is nothing to tune (GOGC=off). Caller holds the lock.
func (h *gcHeadroom) start(base, percent int) bool {
	h.started = true
	h.base, h.percent = base, percent
	if base < 0 {
		return false
	}
	h.sample = []metrics.Sample{{Name: "/gc/heap/live:bytes"}, {Name: "/gc/cycles/total:gc-cycles"}, {Name: "/memory/classes/heap/objects:bytes"}, {Name: "/gc/heap/allocs:bytes"}}
	armHeadroom()
	return true
}

type gcHeadroom struct {
	sync.Mutex
	started bool
	base    int   // GOGC when tuning started
	min     int64 // wanted headroom in bytes
	percent int   // GOGC set last
	sample  []metrics.Sample

	max      int64         // SetGCHeadroomMax's cap (0: the headroom is min)
	interval time.Duration // and the least time between collections it aims for
	cur      int64         // the headroom in force
	cycles   uint64        // collections at the last re-tune
	allocs   uint64        // cumulative allocation then
	at       time.Time     // and the time
}

var headroom gcHeadroom

// armHeadroom re-tunes after every collection: the finalizer of an
// unreachable sentinel runs once per cycle and arms the next one.
func armHeadroom() {
	s := new([16]byte)
	runtime.SetFinalizer(s, func(*[16]byte) {
		headroom.Lock()
		headroom.retune()
		headroom.Unlock()
		releaseIdlePrograms() // loader.go
		armHeadroom()
	})
}

// retune sets GOGC so the next collection comes after max(live*base/100,
// min) bytes of allocation. Caller holds the lock.
func (h *gcHeadroom) retune() {
	if h.base < 0 {
		return
	}
	percent := h.base
	metrics.Read(h.sample)
	cur := h.min
	now, cycles, allocs := time.Now(), h.sample[1].Value.Uint64(), h.sample[3].Value.Uint64()
	if h.min > 0 && h.max > h.min && h.interval > 0 {
		if cycles != h.cycles && !h.at.IsZero() {
			// after a collection: the allocation rate since the one before
			rate := float64(allocs-h.allocs) / now.Sub(h.at).Seconds()
			cur = int64(rate * h.interval.Seconds())
		} else {
			cur = h.cur // a re-tune between collections keeps it
		}
		cur = min(max(cur, h.min), h.max)
	}
	h.cur = cur
	if cycles != h.cycles || h.at.IsZero() {
		h.cycles, h.allocs, h.at = cycles, allocs, now
	}
	// The percentage applies to the live heap found by the next collection,
	// which can be larger; counting at least Go's own 4 MiB minimum heap
	// keeps a jump from a tiny live heap from overshooting far.
	live := max(int64(h.sample[0].Value.Uint64()), 4<<20)
	goal := max(h.cur, live*int64(h.base)/100) // allocation between collections
	if h.cur > 0 {
		if p := int(goal * 100 / live); p > percent {
			percent = p
		}
		// Before the first collection Go's goal is its 4 MiB minimum heap
		// scaled by GOGC, whatever the heap holds: the first collection
		// comes after min more bytes than it holds now (the CLI's
		// start-up, run without collections, leaves ≈ 12 MiB).
		if h.sample[1].Value.Uint64() == 0 {
			if p := int((int64(h.sample[2].Value.Uint64()) + goal) * 100 / (4 << 20)); p > percent {
				percent = p
			}
		}
	}
	if percent != h.percent {
		h.percent = percent
		debug.SetGCPercent(percent)
	}
}
