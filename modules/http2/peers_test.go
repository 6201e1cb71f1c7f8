package http2_test

import (
	"bufio"
	"bytes"
	"context"
	"crypto/tls"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/http2"

	"github.com/gojanet/gojanet/internal/testutil"
	"github.com/gojanet/gojanet/runtime"
)

// Real peers on loopback: curl (h2c with prior knowledge, and h2 over TLS),
// node's http2 client against a gojanet server, a gojanet client against
// node's server and against Go's x/net/http2 server.

const keyDir = "../../testdata/conformance/tls/fixtures"

// serverScript answers every request with its method, path, body length and
// a few headers, through the compatibility API.
const serverScript = `
const http2 = require('http2');
const fs = require('fs');
const secure = process.env.H2_TLS === '1';
const handler = (req, res) => {
  let n = 0;
  req.on('data', (d) => { n += d.length; });
  req.on('end', () => {
    res.setHeader('content-type', 'text/plain');
    res.setHeader('x-proto', req.httpVersion);
    res.end(req.method + ' ' + req.url + ' ' + n + ' ' + (req.headers['x-test'] || '-') + '\n');
  });
};
const server = secure
  ? http2.createSecureServer({ key: fs.readFileSync(process.env.H2_KEY), cert: fs.readFileSync(process.env.H2_CERT) }, handler)
  : http2.createServer(handler);
server.listen(require('gojanet').listener('h2'));
`

func fixture(t *testing.T, name string) string {
	p, err := filepath.Abs(filepath.Join(keyDir, name))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(p); err != nil {
		t.Skipf("fixture %s: %v", name, err)
	}
	return p
}

// serve runs serverScript in a runtime on a loopback listener.
func serve(t *testing.T, secure bool) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	env := os.Environ()
	if secure {
		env = append(env, "H2_TLS=1", "H2_KEY="+fixture(t, "self-key.pem"), "H2_CERT="+fixture(t, "self-cert.pem"))
	}
	var out, errOut testutil.SyncBuffer
	rt, err := runtime.New(runtime.Options{Stdout: &out, Stderr: &errOut, Env: env})
	if err != nil {
		t.Fatal(err)
	}
	rt.Listen("h2", ln)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		rt.RunScript(ctx, "server.js", serverScript)
	}()
	t.Cleanup(func() {
		sctx, scancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer scancel()
		rt.Shutdown(sctx)
		cancel()
		<-done
		if s := errOut.String(); s != "" {
			t.Errorf("server stderr: %s", s)
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

func TestCurl(t *testing.T) {
	curl := tool(t, "curl")
	if out, _ := exec.Command(curl, "-V").Output(); !bytes.Contains(out, []byte("HTTP2")) {
		t.Skip("curl without HTTP2")
	}
	for _, secure := range []bool{false, true} {
		addr := serve(t, secure)
		args := []string{"-sS", "--max-time", "30", "-H", "x-test: yes", "--data-binary", "hello",
			"-D", "-"}
		url := "http://" + addr + "/p?q=1"
		if secure {
			args = append(args, "--http2", "-k")
			url = "https://" + addr + "/p?q=1"
		} else {
			args = append(args, "--http2-prior-knowledge")
		}
		// one URL per run: curl 7.88 fails a second request on a reused h2c
		// connection with node's own server too
		out, err := exec.Command(curl, append(args, url)...).CombinedOutput()
		if err != nil {
			t.Fatalf("curl (tls %v): %v\n%s", secure, err, out)
		}
		s := string(out)
		if strings.Count(s, "HTTP/2 200") != 1 || strings.Count(s, "POST /p?q=1 5 yes\n") != 1 ||
			!strings.Contains(s, "content-type: text/plain") || !strings.Contains(s, "x-proto: 2.0") {
			t.Fatalf("curl (tls %v):\n%s", secure, s)
		}
	}
}

// TestNodeClient: node's http2 client against a gojanet server, h2c and TLS,
// several concurrent streams and a large upload (flow control both ways).
func TestNodeClient(t *testing.T) {
	node := tool(t, "node")
	for _, secure := range []bool{false, true} {
		addr := serve(t, secure)
		scheme := "http"
		if secure {
			scheme = "https"
		}
		script := `
const http2 = require('http2');
const client = http2.connect(process.argv[1], { rejectUnauthorized: false });
const out = [];
let left = 3;
for (const [i, size] of [[0, 0], [1, 5], [2, 300000]].entries()) {
  const req = client.request({ ':method': 'POST', ':path': '/n' + size[0], 'x-test': 't' + i });
  req.setEncoding('utf8');
  let body = '';
  req.on('response', (h) => { out[i] = h[':status'] + ' ' + h['content-type']; });
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    out[i] += ' ' + body.trim();
    if (--left === 0) { console.log(out.join('\n')); client.close(); }
  });
  req.end(Buffer.alloc(size[1], 'a'));
}
`
		cmd := exec.Command(node, "-e", script, scheme+"://"+addr)
		got, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("node: %v\n%s", err, got)
		}
		want := "200 text/plain POST /n0 0 t0\n200 text/plain POST /n1 5 t1\n200 text/plain POST /n2 300000 t2\n"
		if string(got) != want {
			t.Fatalf("tls %v: got\n%s\nwant\n%s", secure, got, want)
		}
	}
}

// clientScript fetches a path three times on one session, one with a large
// body, and prints status, headers and bodies.
const clientScript = `
const http2 = require('http2');
const client = http2.connect(process.env.H2_URL, { rejectUnauthorized: false });
const lines = [];
let left = 3;
for (const [i, size] of [0, 10, 200000].entries()) {
  const req = client.request({ ':method': 'POST', ':path': '/g' + i, 'x-test': 'c' + i });
  req.setEncoding('utf8');
  let body = '';
  req.on('response', (h) => { lines[i] = h[':status'] + ' ' + h['x-proto']; });
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    lines[i] += ' ' + body.trim();
    if (--left === 0) { console.log(lines.join('\n')); client.close(); }
  });
  req.end(Buffer.alloc(size, 'b'));
}
`

func runClient(t *testing.T, url string) string {
	var out, errOut testutil.SyncBuffer
	rt, err := runtime.New(runtime.Options{Stdout: &out, Stderr: &errOut, Env: append(os.Environ(), "H2_URL="+url)})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	code, err := rt.RunScript(ctx, "client.js", clientScript)
	if err != nil || code != 0 {
		t.Fatalf("client: code %d, %v\n%s%s", code, err, out.String(), errOut.String())
	}
	return out.String()
}

// TestClientAgainstNode: a gojanet client against node's http2 server.
func TestClientAgainstNode(t *testing.T) {
	node := tool(t, "node")
	script := `
const http2 = require('http2');
const server = http2.createServer((req, res) => {
  let n = 0;
  req.on('data', (d) => { n += d.length; });
  req.on('end', () => { res.setHeader('x-proto', req.httpVersion); res.end(req.url + ' ' + n + ' ' + req.headers['x-test']); });
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
process.stdin.on('end', () => process.exit(0)).resume();
`
	cmd := exec.Command(node, "-e", script)
	stdin, _ := cmd.StdinPipe()
	stdout, _ := cmd.StdoutPipe()
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		stdin.Close()
		cmd.Wait()
	}()
	port, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil {
		t.Fatal(err)
	}
	got := runClient(t, "http://127.0.0.1:"+strings.TrimSpace(port))
	want := "200 2.0 /g0 0 c0\n200 2.0 /g1 10 c1\n200 2.0 /g2 200000 c2\n"
	if got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
}

// TestClientAgainstGo: a gojanet client against Go's x/net/http2 server
// over TLS (ALPN h2).
func TestClientAgainstGo(t *testing.T) {
	cert, err := tls.LoadX509KeyPair(fixture(t, "self-cert.pem"), fixture(t, "self-key.pem"))
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n, _ := io.Copy(io.Discard, r.Body)
		w.Header().Set("x-proto", fmt.Sprintf("%d.%d", r.ProtoMajor, r.ProtoMinor))
		fmt.Fprintf(w, "%s %d %s", r.URL.Path, n, r.Header.Get("x-test"))
	})}
	if err := http2.ConfigureServer(srv, &http2.Server{}); err != nil {
		t.Fatal(err)
	}
	srv.TLSConfig.Certificates = []tls.Certificate{cert}
	go srv.Serve(tls.NewListener(ln, srv.TLSConfig))
	defer srv.Close()
	got := runClient(t, "https://"+ln.Addr().String())
	want := "200 2.0 /g0 0 c0\n200 2.0 /g1 10 c1\n200 2.0 /g2 200000 c2\n"
	if got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
}
