package http2

import (
	"testing"

	"golang.org/x/net/http2"
)

// TestEndLast: a write that has not been taken by Output yet ends its
// stream when EndLast is called (one DATA frame with END_STREAM, no empty
// one after it); once taken, EndLast refuses and the caller sends an empty
// END_STREAM frame as before.
func TestEndLast(t *testing.T) {
	p := newPair()
	p.pump(t)
	req := Fields([]string{":method", "POST", ":path", "/", ":scheme", "http", ":authority", "x"}, nil)
	p.c.Request(req, false)
	p.c.Output() // the HEADERS go out alone
	if done, _ := p.c.Data(1, []byte("OK"), false); !done {
		t.Fatal("2 bytes did not go out at once")
	}
	if !p.c.EndLast(1) {
		t.Fatal("EndLast refused a frame still in the output")
	}
	if p.c.EndLast(1) {
		t.Fatal("EndLast twice")
	}
	out := p.c.Output()
	if len(out) != 9+2 || http2.FrameType(out[3]) != http2.FrameData || out[4] != byte(http2.FlagDataEndStream) {
		t.Fatalf("output % x: want one DATA frame with END_STREAM", out)
	}
	if st := p.c.streams[1]; st == nil || st.state != StateHalfClosedLocal {
		t.Fatalf("stream state %+v", p.c.streams[1])
	}
	// taken already: refused
	p.c.Request(req, false)
	p.c.Data(3, []byte("OK"), false)
	p.c.Output()
	if p.c.EndLast(3) {
		t.Fatal("EndLast on a frame Output had taken")
	}
}
