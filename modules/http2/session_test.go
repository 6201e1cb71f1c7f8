package http2

import (
	"bytes"
	"testing"
)

// pair runs a client and a server session against each other in memory.
type pair struct{ c, s *Session }

func newPair() *pair {
	p := &pair{New(false), New(true)}
	p.c.Settings(nil)
	p.s.Settings(nil)
	return p
}

// pump moves bytes both ways until neither side has output, and returns
// the events each side saw.
func (p *pair) pump(t *testing.T) (cev, sev []any) {
	for i := 0; i < 100; i++ {
		co, so := p.c.Output(), p.s.Output()
		if co == nil && so == nil {
			return
		}
		if co != nil {
			sev = append(sev, p.s.Receive(co)...)
		}
		if so != nil {
			cev = append(cev, p.c.Receive(so)...)
		}
	}
	t.Fatal("sessions never went quiet")
	return
}

func TestRequestResponse(t *testing.T) {
	p := newPair()
	p.pump(t)
	id := p.c.Request(Fields([]string{":method", "POST", ":path", "/", ":scheme", "http", ":authority", "x", "a", "b"}, map[string]bool{"a": true}), false)
	if id != 1 {
		t.Fatalf("id %d", id)
	}
	body := bytes.Repeat([]byte("x"), 200000) // more than the initial windows
	done, _ := p.c.Data(1, body, true)
	if done {
		t.Fatal("200 KB went out through a 64 KB window")
	}
	var got []byte
	var headers []string
	var ended, sent bool
	for i := 0; i < 50 && !ended; i++ {
		cev, sev := p.pump(t)
		for j := 0; j < len(sev); {
			switch sev[j] {
			case EvHeaders:
				headers = sev[j+3].([]string)
				if s := sev[j+4].([]string); len(s) != 1 || s[0] != "a" {
					t.Errorf("sensitive %v", s)
				}
				j += 5
			case EvData:
				d := sev[j+2].([]byte)
				got = append(got, d...)
				p.s.Consume(sev[j+1].(uint32), int64(len(d)))
				ended = ended || sev[j+3].(bool)
				j += 4
			case EvClose, EvGoaway:
				j += 4
			case EvSent, EvPing:
				j += 3
			default:
				j++
			}
		}
		for j := 0; j < len(cev); j++ {
			if cev[j] == EvSent {
				sent = true
			}
		}
	}
	if !ended || len(got) != len(body) || !sent {
		t.Fatalf("ended %v, %d bytes, sent %v", ended, len(got), sent)
	}
	if len(headers) != 10 || headers[1] != "POST" || headers[9] != "b" {
		t.Fatalf("headers %q", headers)
	}
	p.s.Headers(1, Fields([]string{":status", "200"}, nil), true, false)
	cev, _ := p.pump(t)
	if len(cev) < 5 || cev[0] != EvHeaders || cev[2] != true {
		t.Fatalf("client events %v", cev)
	}
	if _, ok := p.c.Stream(1); ok {
		t.Fatal("stream 1 still open on the client")
	}
}

func TestBadPreface(t *testing.T) {
	s := New(true)
	ev := s.Receive([]byte("GET / HTTP/1.1\r\n\r\n"))
	if len(ev) != 3 || ev[0] != EvConnError || !s.Dead() {
		t.Fatalf("events %v", ev)
	}
}

func TestInvalidRequestHeadersReset(t *testing.T) {
	p := newPair()
	p.pump(t)
	p.c.Request(Fields([]string{":method", "GET", ":path", "/", ":scheme", "http", "Upper", "x"}, nil), true)
	_, sev := p.pump(t)
	for _, e := range sev {
		if e == EvHeaders {
			t.Fatal("a request with an uppercase field name reached the script")
		}
	}
}

// FuzzReceive: any input, in any split, must not panic, and the session's
// buffers stay bounded.
func FuzzReceive(f *testing.F) {
	p := newPair()
	p.c.Request(Fields([]string{":method", "GET", ":path", "/", ":scheme", "http", ":authority", "a"}, nil), true)
	f.Add(p.c.Output(), true)
	f.Add([]byte(clientPreface+"\x00\x00\x00\x04\x00\x00\x00\x00\x00"), true)
	f.Add([]byte("\x00\x00\x08\x06\x00\x00\x00\x00\x00abcdefgh"), false)
	f.Fuzz(func(t *testing.T, data []byte, server bool) {
		s := New(server)
		for len(data) > 0 {
			n := min(len(data), 1+int(data[0])%97)
			s.Receive(data[:n])
			data = data[n:]
			if len(s.in) > 1<<24+9 || len(s.hdrFrag) > s.MaxHeaderBlk {
				t.Fatalf("buffered %d, header block %d", len(s.in), len(s.hdrFrag))
			}
			s.Output()
		}
		// the script's calls on whatever streams exist must not panic either
		for id := range s.streams {
			s.Data(id, []byte("x"), true)
			s.Headers(id, Fields([]string{":status", "200"}, nil), false, false)
			s.Reset(id, 8)
		}
		s.Output()
	})
}

// Invalid frames (here empty DATA frames that do not end their stream) are
// counted as node counts them: the session survives MaxInvalidFrames+1 of
// them and ends at the next with GOAWAY(INTERNAL_ERROR) and node's custom
// error. Frames are counted both ways for the performance entries.
func TestInvalidFramesAndCounts(t *testing.T) {
	p := newPair()
	p.s.MaxInvalidFrames = 2
	p.pump(t)
	if p.c.FramesSent != 2 || p.s.FramesReceived != 2 { // SETTINGS and the ACK
		t.Fatalf("client sent %d, server received %d", p.c.FramesSent, p.s.FramesReceived)
	}
	p.c.Request(Fields([]string{":method", "POST", ":path", "/", ":scheme", "http", ":authority", "x"}, nil), false)
	p.pump(t)
	for i := 1; i <= 4; i++ {
		// the framer writes what the script could not: an empty DATA frame
		if err := p.c.fr.WriteData(1, false, nil); err != nil {
			t.Fatal(err)
		}
		_, sev := p.pump(t)
		dead := false
		for j := 0; j < len(sev); j++ {
			if sev[j] == EvConnError && j+2 < len(sev) && sev[j+2] == TooManyInvalidFrames {
				dead = true
			}
		}
		if dead != (i == 4) || p.s.Dead() != (i == 4) {
			t.Fatalf("after %d empty frames: conn error %v, dead %v", i, dead, p.s.Dead())
		}
	}
	if p.c.FramesSent != p.s.FramesReceived {
		t.Errorf("client sent %d frames, server received %d", p.c.FramesSent, p.s.FramesReceived)
	}
}

// A client cancels promises past MaxReservedRemote (node's
// maxReservedRemoteStreams) as nghttp2 does: RST_STREAM(CANCEL), no EvPush.
func TestReservedRemoteLimit(t *testing.T) {
	p := newPair()
	p.c.MaxReservedRemote = 1
	p.pump(t)
	p.c.Request(Fields([]string{":method", "GET", ":path", "/", ":scheme", "http", ":authority", "x"}, nil), true)
	p.pump(t)
	push := Fields([]string{":method", "GET", ":path", "/p", ":scheme", "http", ":authority", "x"}, nil)
	a, b := p.s.Push(1, push), p.s.Push(1, push)
	if a != 2 || b != 4 {
		t.Fatalf("promised %d, %d", a, b)
	}
	cev, sev := p.pump(t)
	pushes := 0
	for j := 0; j < len(cev); j++ {
		if cev[j] == EvPush {
			pushes++
		}
	}
	closed := map[uint32]uint32{}
	for j := 0; j+3 < len(sev); j++ {
		if sev[j] == EvClose {
			if id, ok := sev[j+1].(uint32); ok {
				closed[id], _ = sev[j+2].(uint32)
			}
		}
	}
	if pushes != 1 || closed[4] != 8 {
		t.Fatalf("client saw %d pushes; server's closes %v", pushes, closed)
	}
	if _, open := closed[2]; open {
		t.Fatalf("the first promise was refused too")
	}
}
