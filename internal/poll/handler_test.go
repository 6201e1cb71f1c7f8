package poll

import (
	"testing"

	"golang.org/x/sys/unix"
)

type countHandler struct{ events []uint32 }

func (c *countHandler) OnEvents(ev uint32) { c.events = append(c.events, ev) }

// A Handler registered with AddHandler is told its events as a Callback
// registered with Add is, and neither after Remove.
func TestHandlerAndCallback(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	var a, b [2]int
	if err := unix.Pipe2(a[:], unix.O_NONBLOCK|unix.O_CLOEXEC); err != nil {
		t.Fatal(err)
	}
	if err := unix.Pipe2(b[:], unix.O_NONBLOCK|unix.O_CLOEXEC); err != nil {
		t.Fatal(err)
	}
	defer func() {
		for _, fd := range append(a[:], b[:]...) {
			unix.Close(fd)
		}
	}()
	h := &countHandler{}
	var got []uint32
	if err := p.AddHandler(a[0], Readable, h); err != nil {
		t.Fatal(err)
	}
	if err := p.Add(b[0], Readable, func(ev uint32) { got = append(got, ev) }); err != nil {
		t.Fatal(err)
	}
	unix.Write(a[1], []byte{1})
	unix.Write(b[1], []byte{1})
	if _, err := p.Wait(1000); err != nil {
		t.Fatal(err)
	}
	if len(h.events) != 1 || h.events[0]&Readable == 0 || len(got) != 1 || got[0]&Readable == 0 {
		t.Fatalf("handler %v, callback %v: want one readable event each", h.events, got)
	}
	p.Remove(a[0])
	p.Remove(b[0])
	if _, err := p.Wait(0); err != nil {
		t.Fatal(err)
	}
	if len(h.events) != 1 || len(got) != 1 {
		t.Errorf("events after Remove: handler %v, callback %v", h.events, got)
	}
}
