package loop

import (
	"sync/atomic"
	"testing"
	"time"

	"github.com/dop251/goja"
)

// TestOnWake: SetOnWake's function runs after a poll that waited (here for
// work posted from another goroutine 20 ms later), not after one that
// did not.
func TestOnWake(t *testing.T) {
	var woke atomic.Int32
	SetOnWake(func() { woke.Add(1) })
	defer SetOnWake(nil)
	l, err := New(goja.New())
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	l.Defer(func() {}) // a turn that does not wait
	l.Iterate()
	if n := woke.Load(); n != 0 {
		t.Fatalf("called %d times after a poll that did not wait", n)
	}
	l.Ref()
	go func() {
		time.Sleep(20 * time.Millisecond)
		l.Post(func() { l.Unref() })
	}()
	for l.Alive() {
		l.Iterate()
	}
	if woke.Load() == 0 {
		t.Error("not called after a poll that waited")
	}
}
