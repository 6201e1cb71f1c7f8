package runtime

import "testing"

// TestGCPercent: the GOGC the trigger sets is at least 1 (integer division
// gave 0, back-to-back collections, for a live heap over 100× the room).
func TestGCPercent(t *testing.T) {
	for _, c := range []struct {
		above, live uint64
		want        int
	}{
		{16 << 20, 16 << 20, 100},
		{1 << 20, 4 << 20, 25},
		{1 << 20, 200 << 20, 1},
		{1, 1 << 40, 1},
	} {
		if got := gcPercent(c.above, c.live); got != c.want {
			t.Errorf("gcPercent(%d, %d) = %d, want %d", c.above, c.live, got, c.want)
		}
	}
}

// TestSetGCTriggerNonPositive: a zero or negative size starts nothing (and
// leaves a later valid call free to start it).
func TestSetGCTriggerNonPositive(t *testing.T) {
	SetGCTrigger(0, 1<<20)
	SetGCTrigger(16<<20, -1)
	if gcTriggerStarted.Load() {
		t.Error("a non-positive size started the trigger")
	}
}
