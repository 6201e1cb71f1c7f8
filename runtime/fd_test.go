package runtime_test

import (
	"bufio"
	"context"
	"io"
	"net"
	"os"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/gojanet/gojanet/internal/testutil"
	"github.com/gojanet/gojanet/runtime"
)

// runWithFD runs src, in which FD stands for the descriptor fd, and returns
// its stdout once it exits; the runtime owns fd from then on. during runs
// meanwhile, as the script's peer.
func runWithFD(t *testing.T, fd int, src string, during func(out *testutil.SyncBuffer)) string {
	t.Helper()
	out := &testutil.SyncBuffer{}
	var errOut strings.Builder
	rt, err := runtime.New(runtime.Options{Stdout: out, Stderr: &errOut})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	done := make(chan struct{})
	var code int
	go func() {
		defer close(done)
		code, err = rt.RunScript(ctx, "fd.js", strings.ReplaceAll(src, "FD", strconv.Itoa(fd)))
	}()
	during(out)
	<-done
	if code != 0 || err != nil {
		t.Fatalf("exit %d, %v\nstdout:\n%s\nstderr:\n%s", code, err, out.String(), errOut.String())
	}
	return out.String()
}

// server.listen({ fd }) serves a listening socket it was handed.
func TestListenFD(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	f, err := ln.(*net.TCPListener).File()
	if err != nil {
		t.Fatal(err)
	}
	fd, err := syscall.Dup(int(f.Fd())) // one the runtime owns; f's closes with f
	f.Close()
	ln.Close()
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	got := runWithFD(t, fd, `
const net = require('net');
const server = net.createServer((c) => {
  c.end('hello via fd\n');
  server.close(() => console.log('closed'));
});
server.listen({ fd: FD }, () => {
  console.log('listening on the same port', server.address().port === `+strconv.Itoa(port)+`);
});
`, func(out *testutil.SyncBuffer) {
		waitFor(t, "the server to listen", func() bool { return strings.Contains(out.String(), "listening") })
		c, err := net.Dial("tcp", "127.0.0.1:"+strconv.Itoa(port))
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		line, err := bufio.NewReader(c).ReadString('\n')
		if line != "hello via fd\n" || err != nil {
			t.Errorf("read %q, %v", line, err)
		}
	})
	if want := "listening on the same port true\nclosed\n"; got != want {
		t.Errorf("stdout %q, want %q", got, want)
	}
}

// new net.Socket({ fd }) wraps a connected socket it was handed.
func TestSocketFD(t *testing.T) {
	fds, err := syscall.Socketpair(syscall.AF_UNIX, syscall.SOCK_STREAM|syscall.SOCK_CLOEXEC, 0)
	if err != nil {
		t.Fatal(err)
	}
	peer := os.NewFile(uintptr(fds[1]), "peer")
	defer peer.Close()
	got := runWithFD(t, fds[0], `
const net = require('net');
const s = new net.Socket({ fd: FD, readable: true, writable: true });
console.log('address', JSON.stringify(s.address()), s.remoteAddress); // a Unix socket: a pipe
s.write('ping');
s.on('data', (d) => { console.log('got', d.toString()); s.end(); });
s.on('end', () => console.log('end'));
s.on('close', (hadError) => console.log('close', hadError, 'bytesRead', s.bytesRead, 'bytesWritten', s.bytesWritten));
`, func(*testutil.SyncBuffer) {
		buf := make([]byte, 4)
		if _, err := io.ReadFull(peer, buf); err != nil || string(buf) != "ping" {
			t.Errorf("peer read %q, %v", buf, err)
		}
		peer.Write([]byte("pong"))
		rest, err := io.ReadAll(peer) // until the script's end()
		if len(rest) != 0 || err != nil {
			t.Errorf("after ping: %q, %v", rest, err)
		}
		syscall.Shutdown(fds[1], syscall.SHUT_WR)
	})
	if want := "address {} undefined\ngot pong\nend\nclose false bytesRead 4 bytesWritten 4\n"; got != want {
		t.Errorf("stdout %q, want %q", got, want)
	}
}
