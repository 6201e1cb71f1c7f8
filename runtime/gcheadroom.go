package runtime

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
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
	h.sample = []metrics.Sample{{Name: "/gc/heap/live:bytes"}, {Name: "/gc/cycles/total:gc-cycles"}, {Name: "/memory/classes/heap/objects:bytes"}}
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
	// The percentage applies to the live heap found by the next collection,
	// which can be larger; counting at least Go's own 4 MiB minimum heap
	// keeps a jump from a tiny live heap from overshooting far.
	if live := max(int64(h.sample[0].Value.Uint64()), 4<<20); h.min > 0 {
		if p := int(h.min * 100 / live); p > percent {
			percent = p
		}
		// Before the first collection Go's goal is its 4 MiB minimum heap
		// scaled by GOGC, whatever the heap holds: the first collection
		// comes after min more bytes than it holds now (the CLI's
		// start-up, run without collections, leaves ≈ 12 MiB).
		if h.sample[1].Value.Uint64() == 0 {
			if p := int((int64(h.sample[2].Value.Uint64()) + h.min) * 100 / (4 << 20)); p > percent {
				percent = p
			}
		}
	}
	if percent != h.percent {
		h.percent = percent
		debug.SetGCPercent(percent)
	}
}
