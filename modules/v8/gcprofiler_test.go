package v8

import (
	"runtime"
	"testing"
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
