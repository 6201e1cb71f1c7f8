package loop

import (
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"time"
)

// Idle collection: Go's collector lets the heap grow to twice the live data
// (GOGC=100) and hands free pages back to the OS only slowly, so a server
// that accepted a burst of connections and then went quiet keeps about twice
// its live heap resident. When the loop has been idle for IdleGC after enough
// allocation, it collects and returns free memory to the OS (V8's memory
// reducer does the same for node, later). The collection runs on its own
// goroutine so a connection arriving meanwhile is not held up.

// DefaultIdleGC is how long the loop waits without events before collecting.
const DefaultIdleGC = time.Second

// idleGCMinAlloc is the least allocation since the last idle collection that
// makes another worth it; at least half the live heap is needed as well, so
// bursty traffic costs at most about one extra collection per half-heap.
const idleGCMinAlloc = 8 << 20

type idleGC struct {
	samples   [2]metrics.Sample
	lastAlloc uint64  // cumulative allocation at the last idle collection
	checked   float64 // loop time of the last check, in ms
	wanted    bool
	running   sync.WaitGroup
}

func (g *idleGC) init() {
	g.samples[0].Name = "/gc/heap/allocs:bytes"
	g.samples[1].Name = "/gc/heap/live:bytes"
}

// want reports whether an idle collection would pay off; it reads the
// runtime's counters at most every 50 ms of loop time.
func (g *idleGC) want(now float64) bool {
	if now-g.checked < 50 && g.checked != 0 {
		return g.wanted
	}
	g.checked = now
	metrics.Read(g.samples[:])
	alloc, live := g.samples[0].Value.Uint64(), g.samples[1].Value.Uint64()
	since := alloc - g.lastAlloc
	g.wanted = since >= idleGCMinAlloc && since >= live/2
	return g.wanted
}

// collect starts a collection that returns free memory to the OS.
func (g *idleGC) collect() {
	metrics.Read(g.samples[:1])
	g.lastAlloc = g.samples[0].Value.Uint64()
	g.wanted = false
	g.running.Add(1)
	go func() {
		defer g.running.Done()
		debug.FreeOSMemory()
	}()
}

// idleTimeout shortens a blocking poll timeout (ms, -1: forever) to the idle
// delay when a collection is wanted; it reports whether it did.
func (l *Loop) idleTimeout(timeout int) (int, bool) {
	if l.IdleGC <= 0 || timeout == 0 || !l.gc.want(l.now) {
		return timeout, false
	}
	wait := int(l.IdleGC / time.Millisecond)
	if timeout >= 0 && timeout <= wait {
		return timeout, false
	}
	return wait, true
}
