package http_parser

import (
	"bufio"
	"bytes"
	"io"
	"net/http"
	"reflect"
	"strings"
	"testing"
)

// seeds are the recorded llhttp inputs plus a few shapes fuzzing should start from.
func addSeeds(f *testing.F) {
	for _, c := range loadCases(f) {
		f.Add(fromLatin1(c.In), uint16(len(c.In)/2))
	}
	f.Add([]byte("POST /u HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r\nabc"), uint16(20))
	f.Add([]byte("PUT /u HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1;x=y\r\na\r\n0\r\nT: 1\r\n\r\n"), uint16(50))
}

type outcome struct {
	events []Event
	msgs   []Message
	body   []byte
	code   string
}

// splitTokens and splitMessages are the token table and message pool of
// the split runs (the whole runs have neither), so the fuzzer also checks
// that interned tokens and reused messages change nothing.
var (
	splitTokens   = &Tokens{}
	splitMessages = &MessagePool{}
)

func parseAll(input []byte, split int) outcome {
	p := New(Request)
	if split < len(input) {
		p.Tokens = splitTokens
		p.Messages = splitMessages
	}
	var o outcome
	feed := func(chunk []byte) bool {
		_, up, err := p.Execute(chunk)
		for _, e := range p.Events {
			switch e.Kind {
			case EvHeaders:
				m := *e.Msg
				m.Headers = append([]string(nil), m.Headers...) // (a pooled message's slice is reused)
				o.msgs = append(o.msgs, m)
				o.events = append(o.events, Event{Kind: EvHeaders})
			case EvBody:
				o.body = append(o.body, chunk[e.Start:e.End]...)
			default:
				o.events = append(o.events, Event{Kind: e.Kind, Trailers: e.Trailers})
			}
		}
		p.ReleaseMessages()
		p.Events = p.Events[:0]
		if err != nil {
			o.code = err.Code
			return false
		}
		return !up
	}
	if split > len(input) {
		split = len(input)
	}
	if feed(input[:split]) {
		feed(input[split:])
	}
	return o
}

// FuzzSplit: the parser never panics, and where a chunk boundary falls
// changes nothing it reports.
func FuzzSplit(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, input []byte, split uint16) {
		whole := parseAll(input, len(input))
		parts := parseAll(input, int(split))
		if !reflect.DeepEqual(whole, parts) {
			t.Fatalf("split at %d changes the result:\nwhole %+v\nsplit %+v", split, whole, parts)
		}
	})
}

// FuzzNetHTTP: Go's net/http request reader as an oracle for accept/reject
// of one request, on the inputs where the two mean to agree. Intentional
// differences (llhttp's strict mode, which node uses, against Go's reader)
// are filtered out by outsideOracle.
func FuzzNetHTTP(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, input []byte, _ uint16) {
		if outsideOracle(input) {
			return
		}
		o := parseAll(input, len(input))
		// the verdict on the first message; what follows it is not Go's business
		ours := len(o.events) >= 2 && o.events[1].Kind == EvComplete
		if o.code == "" && !ours {
			return // incomplete input: no verdict yet
		}
		req, err := http.ReadRequest(bufio.NewReader(bytes.NewReader(input)))
		goOK := err == nil
		if goOK {
			_, err = io.ReadAll(req.Body)
			goOK = err == nil
		}
		if ours != goOK {
			t.Fatalf("%.300q: ours accepts=%v (%s), net/http accepts=%v (%v)", input, ours, o.code, goOK, err)
		}
	})
}

// outsideOracle reports inputs on which llhttp (strict, as node runs it) and
// Go's reader differ by design:
//   - Go takes bare LF line ends, obs-folded header lines, any token as a
//     method, any HTTP/x.y, lowercase and unknown methods; llhttp does not.
//   - llhttp takes request targets Go's url.ParseRequestURI refuses (and the
//     reverse for some bytes), so targets are limited to /[A-Za-z0-9/._-]*.
//   - Go refuses CONNECT without an authority form and treats Host and
//     Content-Length lists (with commas) its own way; upgrades stop llhttp.
//   - llhttp refuses a Transfer-Encoding other than chunked last, Go refuses
//     any but "chunked" (and identity): both reject, with other reasons.
//   - header values with bytes >= 0x80 or NUL: Go refuses what llhttp takes.
//   - a second message (pipelining) is outside: only the first is read.
//   - Go's reader takes 1 MB of headers (node: 16 KiB), a repeated
//     Content-Length with the same value, and header names with spaces or
//     other non-token bytes (its server refuses those later; llhttp at once).
func outsideOracle(in []byte) bool {
	head, _, found := bytes.Cut(in, []byte("\r\n\r\n"))
	if !found || len(head) > DefaultMaxHeaderSize-100 {
		return true
	}
	if bytes.Count(bytes.ToLower(head), []byte("\ncontent-length:")) > 1 {
		return true
	}
	lines := strings.Split(string(head), "\r\n")
	if strings.ContainsAny(string(head), "\n\r\x00\x7f") && strings.Count(string(head), "\n") != len(lines)-1 {
		return true
	}
	parts := strings.Split(lines[0], " ")
	if len(parts) != 3 || (parts[2] != "HTTP/1.1" && parts[2] != "HTTP/1.0") {
		return true
	}
	known := false
	for _, m := range Methods {
		known = known || parts[0] == m
	}
	if !known || parts[0] == "CONNECT" || parts[1] == "" || parts[1][0] != '/' ||
		strings.TrimLeft(parts[1], "/abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-") != "" {
		return true
	}
	for _, l := range lines[1:] {
		if l == "" || l[0] == ' ' || l[0] == '\t' {
			return true
		}
		name, value, ok := strings.Cut(l, ":")
		if !ok {
			continue
		}
		for _, c := range []byte(name) {
			if !tokenChar[c] {
				return true
			}
		}
		for _, c := range []byte(value) {
			if c >= 0x80 || (c < 0x20 && c != '\t') || c == 0x7f {
				return true
			}
		}
		switch strings.ToLower(name) {
		case "content-length", "host", "transfer-encoding", "connection", "upgrade", "expect", "te":
			if strings.ContainsAny(value, ",") || strings.ToLower(name) != "content-length" {
				return true
			}
		}
	}
	return false
}
