package v8

import (
	"runtime"
	"testing"
	"time"

	"github.com/dop251/goja"

	"github.com/gojanet/gojanet/runtime/loop"
)

// TestGCWatch: a collection between start and the look is recorded (cost,
// then seven numbers before and seven after), none once stopped.
func TestGCWatch(t *testing.T) {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	w := &gcWatch{on: true, numGC: m.NumGC, nextGC: m.NextGC}
	runtime.GC()
	if !w.collected() {
		t.Fatal("stopped")
	}
	if len(w.records) < 15 || len(w.records)%15 != 0 {
		t.Fatalf("records %d", len(w.records))
	}
	if w.records[2] <= 0 || w.records[9] <= 0 {
		t.Fatalf("heap in use before %v after %v", w.records[2], w.records[9])
	}
	w.on = false
	n := len(w.records)
	runtime.GC()
	if w.collected() || len(w.records) != n {
		t.Fatal("recorded after stop")
	}
}

// TestGCProfilerDropped: a profiler collected without stop() stops its
// watch (a cleanup on it), and the loop's shutdown stops the ones left.
func TestGCProfilerDropped(t *testing.T) {
	vm := goja.New()
	l, err := loop.New(vm)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	exports := vm.NewObject()
	gcProfilerBinding(l, exports)
	start, _ := goja.AssertFunction(exports.Get("gcProfilerStart"))
	// dropped: only the watch is kept here (as the finalizer's sentinel does)
	dv, err := start(goja.Undefined(), vm.NewObject())
	if err != nil {
		t.Fatal(err)
	}
	dropped := dv.Export().(*gcWatch)
	dv = nil
	// kept: its profiler stays reachable until the loop's shutdown
	kept := vm.NewObject()
	kv, err := start(goja.Undefined(), kept)
	if err != nil {
		t.Fatal(err)
	}
	live := kv.Export().(*gcWatch)
	for i := 0; i < 200 && !dropped.stopped(); i++ {
		runtime.GC()
		time.Sleep(10 * time.Millisecond) // (cleanups run on their own goroutine)
	}
	if !dropped.stopped() {
		t.Fatal("a dropped profiler's watch still records")
	}
	if live.stopped() {
		t.Fatal("a live profiler's watch stopped")
	}
	l.CloseAll()
	if !live.stopped() {
		t.Fatal("the loop's shutdown left a watch recording")
	}
	runtime.KeepAlive(kept)
}

// TestGCWatchMany: more than 256 collections between looks record the last
// 256 (Go keeps no more pauses), also across NumGC's uint32 wrap-around.
func TestGCWatchMany(t *testing.T) {
	for _, c := range []struct {
		from, to uint32
		want     int
	}{
		{10, 11, 1},
		{10, 266, 256},
		{10, 1000, 256},
		{^uint32(0) - 2, 1, 4},
		{^uint32(0) - 300, 5, 256},
		{7, 7, 0},
	} {
		var m runtime.MemStats
		m.NumGC = c.to
		for i := range m.PauseNs {
			m.PauseNs[i] = uint64(i+1) * 1000
		}
		w := &gcWatch{on: true, numGC: c.from}
		w.record(&m, 1<<30)
		if got := len(w.records) / 15; got != c.want || len(w.records)%15 != 0 {
			t.Errorf("%d -> %d: %d records, want %d", c.from, c.to, got, c.want)
			continue
		}
		// the last record is collection c.to's pause
		if c.want > 0 {
			if got, want := w.records[len(w.records)-15], float64((c.to+255)%256+1); got != want {
				t.Errorf("%d -> %d: last pause %v µs, want %v", c.from, c.to, got, want)
			}
		}
		if w.numGC != c.to {
			t.Errorf("numGC %d, want %d", w.numGC, c.to)
		}
	}
}
