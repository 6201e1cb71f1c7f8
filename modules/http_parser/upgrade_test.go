package http_parser

import (
	"fmt"
	"strings"
	"testing"
)

// An Upgrade request with a body stops the parse after its headers until
// UpgradeBody answers: taken, it completes without a body; declined, its
// body is read (here split in two) and its end ends the parse again, the
// rest of that chunk not parsed; the next chunk is a new message.
func TestUpgradeBody(t *testing.T) {
	head := "POST /u HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: x\r\nContent-Length: 5\r\n\r\n"
	show := func(p *Parser, data []byte) string {
		var b strings.Builder
		for _, e := range p.Events {
			switch e.Kind {
			case EvHeaders:
				fmt.Fprintf(&b, "h%v ", e.Msg.Upgrade)
			case EvBody:
				fmt.Fprintf(&b, "b%q ", data[e.Start:e.End])
			case EvComplete:
				b.WriteString("c ")
			}
		}
		p.ReleaseMessages()
		p.Events = p.Events[:0]
		return b.String()
	}
	p := New(Request)
	p.Messages = &MessagePool{}
	d := []byte(head + "hel")
	n, up, err := p.Execute(d)
	if got := show(p, d); n != len(head) || !up || err != nil || got != "htrue " || p.Phase() != 2 {
		t.Fatalf("headers: %d %v %v %q phase %d", n, up, err, got, p.Phase())
	}
	p.UpgradeBody(false)
	n, up, err = p.ExecuteFrom(d, len(head))
	if got := show(p, d); n != len(d) || up || err != nil || got != `b"hel" ` {
		t.Fatalf("body: %d %v %v %q", n, up, err, got)
	}
	d = []byte("loGET / HTTP/1.1\r\n\r\n")
	n, up, err = p.Execute(d)
	if got := show(p, d); n != 2 || !up || err != nil || got != `b"lo" c ` || p.Phase() != 0 {
		t.Fatalf("body's end: %d %v %v %q", n, up, err, got)
	}
	d = []byte("GET /n HTTP/1.1\r\n\r\n")
	n, up, err = p.Execute(d)
	if got := show(p, d); n != len(d) || up || err != nil || got != "hfalse c " {
		t.Fatalf("next: %d %v %v %q", n, up, err, got)
	}

	p = New(Request)
	p.Messages = &MessagePool{}
	d = []byte(head + "hello")
	p.Execute(d)
	show(p, d)
	p.UpgradeBody(true)
	if got := show(p, d); got != "c " || p.Phase() != 0 || p.Finish() != nil {
		t.Fatalf("taken: %q phase %d", got, p.Phase())
	}
}
