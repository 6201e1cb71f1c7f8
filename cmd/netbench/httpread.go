package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
)

// respReader reads HTTP/1.1 responses from one connection with as little
// work as the protocol allows: find the head's end, take the status, the
// Content-Length or chunked framing, and skip the body.
//
// Why not net/http.ReadResponse: it builds a header map, canonical keys and
// a body reader per response, ≈ 25 µs of a 2-core machine's CPU per
// request with its goroutine wake-ups. Pinned to one core, that client was
// the bottleneck for node's hello server (node's server at 0.68 of a core
// in `netbench compare`), which made the gojanet/node ratio look better than
// it is. Like wrk, this reader costs a fraction of a server's request.
type respReader struct {
	r    io.Reader
	buf  []byte
	head int // start of unread bytes
	tail int // end of read bytes
}

func newRespReader(r io.Reader) *respReader {
	return &respReader{r: r, buf: make([]byte, 16<<10)}
}

// fill reads more bytes, growing or compacting the buffer when it is full.
func (rr *respReader) fill() error {
	if rr.head > 0 && rr.tail == len(rr.buf) {
		rr.tail = copy(rr.buf, rr.buf[rr.head:rr.tail])
		rr.head = 0
	}
	if rr.tail == len(rr.buf) {
		if len(rr.buf) >= 1<<20 {
			return errors.New("response head over 1 MiB")
		}
		rr.buf = append(rr.buf, make([]byte, len(rr.buf))...)
	}
	n, err := rr.r.Read(rr.buf[rr.tail:])
	rr.tail += n
	if n > 0 {
		return nil
	}
	if err == nil {
		err = io.ErrNoProgress
	}
	return err
}

// line returns the next CRLF-terminated line (without the CRLF).
func (rr *respReader) line() ([]byte, error) {
	for {
		if i := bytes.Index(rr.buf[rr.head:rr.tail], crlf); i >= 0 {
			l := rr.buf[rr.head : rr.head+i]
			rr.head += i + 2
			return l, nil
		}
		if err := rr.fill(); err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return nil, err
		}
	}
}

// skip discards n bytes.
func (rr *respReader) skip(n int64) error {
	for n > 0 {
		if rr.head == rr.tail {
			rr.head, rr.tail = 0, 0
			if err := rr.fill(); err != nil {
				if err == io.EOF {
					err = io.ErrUnexpectedEOF
				}
				return err
			}
		}
		k := min(int64(rr.tail-rr.head), n)
		rr.head += int(k)
		n -= k
	}
	return nil
}

var crlf = []byte("\r\n")

// read reads one response to the end of its body and returns its status.
// untilClose: a body with neither length nor chunking runs to the
// connection's end (a Connection: close response); otherwise that is an
// error for a keep-alive measure.
func (rr *respReader) read(untilClose bool) (int, error) {
	status, err := rr.line()
	if err != nil {
		return 0, err
	}
	if len(status) < 12 || !bytes.HasPrefix(status, []byte("HTTP/1.")) {
		return 0, fmt.Errorf("bad status line %q", status)
	}
	code, err := strconv.Atoi(string(status[9:12]))
	if err != nil {
		return 0, fmt.Errorf("bad status line %q", status)
	}
	length, chunked := int64(-1), false
	for {
		l, err := rr.line()
		if err != nil {
			return 0, err
		}
		if len(l) == 0 {
			break
		}
		colon := bytes.IndexByte(l, ':')
		if colon < 0 {
			return 0, fmt.Errorf("bad header line %q", l)
		}
		name, value := l[:colon], bytes.TrimSpace(l[colon+1:])
		switch {
		case bytes.EqualFold(name, []byte("content-length")):
			if length, err = strconv.ParseInt(string(value), 10, 64); err != nil || length < 0 {
				return 0, fmt.Errorf("bad content-length %q", value)
			}
		case bytes.EqualFold(name, []byte("transfer-encoding")):
			chunked = bytes.EqualFold(value, []byte("chunked"))
		}
	}
	switch {
	case code/100 == 1 || code == 204 || code == 304:
		if code/100 == 1 {
			return rr.read(untilClose) // an interim response: the real one follows
		}
		return code, nil
	case chunked:
		return code, rr.chunks()
	case length >= 0:
		return code, rr.skip(length)
	case untilClose:
		return code, nil // the caller reads to the end
	}
	return 0, errors.New("keep-alive response with no length")
}

// chunks skips a chunked body and its trailers.
func (rr *respReader) chunks() error {
	for {
		l, err := rr.line()
		if err != nil {
			return err
		}
		if i := bytes.IndexByte(l, ';'); i >= 0 {
			l = l[:i]
		}
		n, err := strconv.ParseInt(string(bytes.TrimSpace(l)), 16, 64)
		if err != nil || n < 0 {
			return fmt.Errorf("bad chunk size %q", l)
		}
		if n == 0 {
			for { // trailers, then the empty line
				t, err := rr.line()
				if err != nil {
					return err
				}
				if len(t) == 0 {
					return nil
				}
			}
		}
		if err := rr.skip(n + 2); err != nil {
			return err
		}
	}
}

// drain reads to the connection's end (the server's FIN).
func (rr *respReader) drain() error {
	rr.head, rr.tail = 0, 0
	_, err := io.Copy(io.Discard, rr.r)
	return err
}
