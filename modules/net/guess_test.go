package net

import (
	gonet "net"
	"os"
	"syscall"
	"testing"
)

// guessHandleType tells descriptors apart as libuv's uv_guess_handle does,
// which decides the handle new net.Socket({ fd }) and listen({ fd }) get.
func TestGuessHandleType(t *testing.T) {
	fdOf := func(f *os.File, err error) int {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { f.Close() })
		return int(f.Fd())
	}
	tcp, err := gonet.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer tcp.Close()
	udp, err := gonet.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer udp.Close()
	pair, err := syscall.Socketpair(syscall.AF_UNIX, syscall.SOCK_STREAM, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer syscall.Close(pair[0])
	defer syscall.Close(pair[1])
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()

	for _, c := range []struct {
		what string
		fd   int
		want string
	}{
		{"TCP listener", fdOf(tcp.(*gonet.TCPListener).File()), "TCP"},
		{"UDP socket", fdOf(udp.(*gonet.UDPConn).File()), "UDP"},
		{"Unix socketpair", pair[0], "PIPE"},
		{"pipe", int(r.Fd()), "PIPE"},
		{"regular file", fdOf(os.Open("guess_test.go")), "FILE"},
		{"/dev/null", fdOf(os.Open(os.DevNull)), "FILE"},
		{"negative", -1, "INVALID"},
	} {
		if got := guessHandleType(c.fd); got != c.want {
			t.Errorf("%s: %s, want %s", c.what, got, c.want)
		}
	}
}
