package http_parser_test

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gojanet/gojanet/internal/testutil"
	"github.com/gojanet/gojanet/runtime"
)

// serve runs a gojanet http server script on a Go listener and returns its
// address; the runtime stops when the test ends.
func serve(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	rt, err := runtime.New(runtime.Options{Stdout: &out, Stderr: &errOut})
	if err != nil {
		t.Fatal(err)
	}
	rt.Listen("http", ln)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		rt.RunScript(ctx, "server.js", `
			const http = require('http');
			const server = http.createServer((req, res) => {
				let n = 0;
				req.on('data', (d) => { n += d.length; });
				req.on('end', () => {
					res.setHeader('Content-Type', 'text/plain');
					res.end(req.method + ' ' + req.url + ' ' + n + ' ' + req.socket.remotePort + '\n');
				});
			});
			server.listen(require('gojanet').listener('http'));
		`)
	}()
	t.Cleanup(func() {
		sctx, scancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer scancel()
		rt.Shutdown(sctx)
		cancel()
		<-done
		if errOut.Len() > 0 {
			t.Logf("stderr: %s", errOut.String())
		}
	})
	return ln.Addr().String()
}

func tool(t *testing.T, name string) string {
	path, err := exec.LookPath(name)
	if err != nil {
		t.Skipf("%s not installed", name)
	}
	return path
}

// TestCurl: curl against a gojanet http server — two URLs on one keep-alive
// connection, a chunked upload, and Expect: 100-continue.
func TestCurl(t *testing.T) {
	curl := tool(t, "curl")
	addr := serve(t)
	run := func(args ...string) string {
		t.Helper()
		cmd := exec.Command(curl, append([]string{"-sS", "--max-time", "10"}, args...)...)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("curl %v: %v\n%s", args, err, stderr.String())
		}
		return string(out) + stderr.String()
	}
	out := run("-v", "http://"+addr+"/a", "http://"+addr+"/b")
	if !strings.Contains(out, "GET /a 0") || !strings.Contains(out, "GET /b 0") {
		t.Fatalf("keep-alive pair: %s", out)
	}
	if !strings.Contains(out, "Re-using existing connection") && !strings.Contains(out, "Reusing existing") {
		t.Fatalf("curl did not reuse the connection:\n%s", out)
	}
	cmd := exec.Command(curl, "-sS", "--max-time", "10", "-T", "-", "-H", "Transfer-Encoding: chunked", "http://"+addr+"/up")
	cmd.Stdin = strings.NewReader(strings.Repeat("x", 100000))
	up, err := cmd.Output()
	if err != nil || !strings.HasPrefix(string(up), "PUT /up 100000 ") {
		t.Fatalf("chunked upload: %q %v", up, err)
	}
	out = run("-v", "-H", "Expect: 100-continue", "--data-binary", strings.Repeat("y", 2000), "http://"+addr+"/cont")
	if !strings.Contains(out, "100 Continue") || !strings.Contains(out, "POST /cont 2000") {
		t.Fatalf("100-continue: %s", out)
	}
}

// TestPipelining: three requests in one write (as nc sends them); the
// answers come back in order on the one connection.
func TestPipelining(t *testing.T) {
	addr := serve(t)
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(10 * time.Second))
	c.Write([]byte("GET /1 HTTP/1.1\r\nHost: x\r\n\r\nPOST /2 HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabcGET /3 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"))
	var all bytes.Buffer
	buf := make([]byte, 4096)
	for {
		n, err := c.Read(buf)
		all.Write(buf[:n])
		if err != nil {
			break
		}
	}
	s := all.String()
	i1, i2, i3 := strings.Index(s, "GET /1 0"), strings.Index(s, "POST /2 3"), strings.Index(s, "GET /3 0")
	if i1 < 0 || i2 < i1 || i3 < i2 || strings.Count(s, "HTTP/1.1 200 OK") != 3 {
		t.Fatalf("pipelined answers out of order or missing:\n%s", s)
	}
	if nc, err := exec.LookPath("nc"); err == nil {
		cmd := exec.Command(nc, "-q", "2", strings.Split(addr, ":")[0], strings.Split(addr, ":")[1])
		cmd.Stdin = strings.NewReader("GET /n1 HTTP/1.1\r\nHost: x\r\n\r\nGET /n2 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
		out, _ := cmd.Output()
		if !strings.Contains(string(out), "GET /n1 0") || !strings.Contains(string(out), "GET /n2 0") {
			t.Fatalf("nc pipelining: %q", out)
		}
	}
}

// TestFetchAllowNet: fetch connects through net, so the runtime's AllowNet
// policy decides: a script allowed only its own listener cannot reach
// another port, and fetch reports it as node does (TypeError "fetch failed"
// with the connect error as cause).
func TestFetchAllowNet(t *testing.T) {
	other, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	port := testutil.FreePort(t)
	var out, errOut bytes.Buffer
	rt, err := runtime.New(runtime.Options{Stdout: &out, Stderr: &errOut, AllowNet: []string{fmt.Sprintf("127.0.0.1:%d", port)}})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	code, err := rt.RunScript(ctx, "fetch.js", `
		const http = require('http');
		const server = http.createServer((req, res) => res.end('mine'));
		server.listen(`+strconv.Itoa(port)+`, '127.0.0.1', async () => {
			const own = await fetch('http://127.0.0.1:' + server.address().port + '/');
			console.log('own', own.status, await own.text());
			try {
				await fetch('http://`+other.Addr().String()+`/');
				console.log('reached the other port');
			} catch (e) {
				console.log('other', e.name, e.message, e.cause && e.cause.code);
			}
			server.close();
		});
	`)
	if err != nil || code != 0 {
		t.Fatalf("exit %d %v: %s %s", code, err, out.String(), errOut.String())
	}
	if got, want := out.String(), "own 200 mine\nother TypeError fetch failed EACCES\n"; got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
}
