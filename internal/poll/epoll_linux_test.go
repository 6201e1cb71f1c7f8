package poll

import (
	goruntime "runtime"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

func threadCPU() time.Duration {
	var ru unix.Rusage
	unix.Getrusage(unix.RUSAGE_THREAD, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// TestSpinOnlyWhenBusy: a loop that waits more than it works does not
// spin (an idle server uses no CPU); one that works most of the time
// still handles every event.
func TestSpinOnlyWhenBusy(t *testing.T) {
	if goruntime.GOMAXPROCS(0) < 2 {
		t.Skip("spinning needs a second P")
	}
	goruntime.LockOSThread()
	defer goruntime.UnlockOSThread()
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	p.Spin = 20 * time.Microsecond
	woken := 0
	p.OnWake = func() { woken++ }

	// Idle: 20 waits of 5 ms with nothing to do cost next to no CPU.
	cpu0 := threadCPU()
	for i := 0; i < 20; i++ {
		if _, err := p.Wait(5); err != nil {
			t.Fatal(err)
		}
	}
	if cpu := threadCPU() - cpu0; cpu > 20*time.Millisecond {
		t.Errorf("idle waits used %v of CPU", cpu)
	}
	if p.busy >= spinBusy*p.idleAvg {
		t.Errorf("idle loop would spin: busy %v, idle %v", p.busy, p.idleAvg)
	}

	// Busy: work 200 µs between waits whose events are already there.
	for i := 0; i < 50; i++ {
		for start := time.Now(); time.Since(start) < 200*time.Microsecond; {
		}
		p.Wake()
		if _, err := p.Wait(-1); err != nil {
			t.Fatal(err)
		}
	}
	if woken != 50 {
		t.Errorf("%d wake-ups handled, want 50", woken)
	}
	// A wake-up that comes during the spin (or the sleep after it, on a
	// loaded machine) is handled.
	go func() {
		time.Sleep(5 * time.Microsecond)
		p.Wake()
	}()
	if n, err := p.Wait(1000); err != nil || n != 1 || woken != 51 {
		t.Errorf("Wait: %d events, %v; %d wake-ups", n, err, woken)
	}
}
