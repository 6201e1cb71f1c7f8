package main

import (
	"bufio"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/iotest"
)

// TestRespReaderFraming reads responses of every framing, one byte per
// Read as well as whole, and checks each ends exactly where the next begins.
func TestRespReaderFraming(t *testing.T) {
	stream := "HTTP/1.1 200 OK\r\nContent-Length: 12\r\n\r\nHello World\n" +
		"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\ncontent-length: 0\r\n\r\n" +
		"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nHello\r\n1\r\n!\r\n0\r\nX-Trailer: 1\r\n\r\n" +
		"HTTP/1.1 204 No Content\r\nDate: x\r\n\r\n" +
		"HTTP/1.1 404 Not Found\r\nCONTENT-LENGTH: 3\r\n\r\nno\n" +
		"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nto the end"
	want := []int{200, 201, 200, 204, 404, 200}
	for _, oneByte := range []bool{false, true} {
		r := strings.NewReader(stream)
		rr := newRespReader(r)
		if oneByte {
			rr = newRespReader(iotest.OneByteReader(r))
		}
		for i, w := range want {
			got, err := rr.read(i == len(want)-1)
			if err != nil || got != w {
				t.Fatalf("oneByte=%v response %d: status %d, err %v; want %d", oneByte, i, got, err, w)
			}
		}
		if rest := string(rr.buf[rr.head:rr.tail]); !strings.HasPrefix("to the end", rest) {
			t.Fatalf("oneByte=%v: left %q before the close-delimited body", oneByte, rest)
		}
	}
}

func TestRespReaderRejects(t *testing.T) {
	for _, bad := range []string{
		"HTTP/1.1 200 OK\r\n\r\n", // keep-alive with no length
		"HTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n",
		"HTTP/1.1 2x0 OK\r\nContent-Length: 0\r\n\r\n",
		"HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n",
		"HTTP/1.1 200 OK\r\nno colon\r\n\r\n",
		"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
		"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort", // EOF in the body
		"HTTP/1.1 200 OK\r\nContent-Le",                      // EOF in the head
	} {
		if _, err := newRespReader(strings.NewReader(bad)).read(false); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

// TestRespReaderAgainstGoServer: keep-alive requests to Go's HTTP server,
// with Content-Length, chunked and large bodies, on one connection.
func TestRespReaderAgainstGoServer(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/chunked":
			w.Write([]byte("part one"))
			w.(http.Flusher).Flush()
			w.Write([]byte("part two"))
		case "/big":
			w.Write([]byte(strings.Repeat("x", 100<<10)))
		default:
			w.Header().Set("Content-Length", "2")
			w.Write([]byte("ok"))
		}
	}))
	defer srv.Close()
	c, err := net.Dial("tcp", srv.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	rr := newRespReader(c)
	bw := bufio.NewWriter(c)
	for i := 0; i < 30; i++ {
		path := []string{"/", "/chunked", "/big"}[i%3]
		fmt.Fprintf(bw, "GET %s HTTP/1.1\r\nHost: x\r\n\r\n", path)
		bw.Flush()
		if status, err := rr.read(false); err != nil || status != 200 {
			t.Fatalf("%s: status %d, err %v", path, status, err)
		}
	}
	if rr.head != rr.tail {
		t.Fatalf("%d bytes left over", rr.tail-rr.head)
	}
}
