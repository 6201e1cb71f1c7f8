package runtime_test

import (
	"bufio"
	"io"
	"net"
	"net/textproto"
	"os"
	"os/exec"
	goruntime "runtime"
	"runtime/debug"
	"runtime/metrics"
	"runtime/pprof"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/gojanet/gojanet/runtime"
)

// httpServer starts testdata/http-hello.js's server (on a free port) in a
// runtime of its own and returns its address.
func httpServer(b *testing.B, src string) (addr string, stop func()) {
	b.Helper()
	return scriptServer(b, "http.js", src, nil)
}

const httpHelloServer = `
const http = require('http');
const server = http.createServer((req, res) => {
  res.setHeader('Content-Type', 'text/plain');
  res.end('Hello World\n');
});
server.listen(0, '127.0.0.1', () => reportPort(server.address().port));
`

// readHTTPResponse reads one response with a Content-Length body and
// returns its status line and body.
func readHTTPResponse(b *testing.B, r *bufio.Reader) (string, string) {
	tp := textproto.NewReader(r)
	status, err := tp.ReadLine()
	if err != nil {
		b.Fatal(err)
	}
	h, err := tp.ReadMIMEHeader()
	if err != nil {
		b.Fatal(err)
	}
	n, err := strconv.Atoi(h.Get("Content-Length"))
	if err != nil {
		b.Fatalf("Content-Length %q: %v", h.Get("Content-Length"), err)
	}
	body := make([]byte, n)
	if _, err := io.ReadFull(r, body); err != nil {
		b.Fatal(err)
	}
	return status, string(body)
}

// cpuTime is the process's user+system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkHTTPHelloRequest is one keep-alive request to a hello-world
// http.createServer over loopback: the Go client writes a GET and reads the
// whole response before the next. ns/op and allocs/op are per request
// (client and server share the process: the client's share is small).
func BenchmarkHTTPHelloRequest(b *testing.B) {
	src := httpHelloServer
	if f := os.Getenv("HTTPBENCH_SCRIPT"); f != "" { // experiments
		bs, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		src = string(bs)
	}
	benchKeepAliveRequests(b, src)
}

// BenchmarkHTTPHelloConnection is one request per connection
// (Connection: close): connect, request, response, the server closes.
func BenchmarkHTTPHelloConnection(b *testing.B) {
	defer serveGC()()
	addr, stop := httpServer(b, httpHelloServer)
	defer stop()
	req := []byte("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
	var buf [16]byte
	one := func() {
		c := dialRequest(b, addr, req)
		r := bufio.NewReader(c)
		status, body := readHTTPResponse(b, r)
		if !strings.HasPrefix(status, "HTTP/1.1 200 ") || body != "Hello World\n" {
			b.Fatalf("got %q %q", status, body)
		}
		if n, err := r.Read(buf[:]); n != 0 || err != io.EOF {
			b.Fatalf("after the response: %d bytes, %v; want EOF", n, err)
		}
		c.Close()
	}
	b.ReportAllocs()
	defer measureWindow(b, one)()
	b.ResetTimer()
	cpu0 := cpuTime()
	defer func() { b.ReportMetric(float64(cpuTime()-cpu0)/float64(time.Microsecond)/float64(b.N), "cpu-µs/op") }()
	for i := 0; i < b.N; i++ {
		one()
	}
}

// BenchmarkExpressHello is BenchmarkHTTPHelloRequest's keep-alive request
// against testdata/bench/express-hello.js's route (res.send). Express comes
// from the npm registry, never the repo: set GOJANET_BENCH_EXPRESS to a
// directory whose node_modules holds express@4 (npm install express@4).
func BenchmarkExpressHello(b *testing.B) {
	dir := os.Getenv("GOJANET_BENCH_EXPRESS")
	if dir == "" {
		b.Skip("GOJANET_BENCH_EXPRESS (a directory with node_modules/express) not set")
	}
	src := `const express = require(` + strconv.Quote(dir+"/node_modules/express") + `);
const app = express();
app.get('/', (req, res) => { res.send('Hello World\n'); });
const server = app.listen(0, '127.0.0.1', () => reportPort(server.address().port));`
	benchKeepAliveRequests(b, src)
}

// BenchmarkHTTPHelloCollection is one forced collection (runtime.GC) of
// the process serving BenchmarkHTTPHelloRequest's server, after 3,000
// keep-alive requests, with the CLI's release of idle programs: what each
// collection under load marks (its live heap; the client's share is
// small). Under callgrind (/tmp/lead/cg.sh with N=20 WARM=1ms) it counts
// the collector's instructions per collection, deterministically; it also
// reports the live heap and the objects in it (GOJANET_HEAPPROFILE: a heap
// profile of it, taken after the collections).
func BenchmarkHTTPHelloCollection(b *testing.B) {
	profileHeap()
	runtime.ReleaseIdlePrograms(time.Nanosecond)
	defer runtime.ReleaseIdlePrograms(0)
	get, done := keepAliveClient(b, httpHelloServer)
	defer done()
	for i := 0; i < 3000; i++ {
		get()
	}
	goruntime.GC()                   // the release of idle programs follows a collection
	runtime.ReleaseIdleProgramsNow() // as the CLI's serving settings do, also with GOGC=off (callgrind)
	goruntime.GC()
	goruntime.GC()
	defer measureWindow(b, goruntime.GC)()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		goruntime.GC()
	}
	b.StopTimer()
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}, {Name: "/gc/heap/objects:objects"}, {Name: "/gc/scan/heap:bytes"}}
	metrics.Read(s)
	b.ReportMetric(float64(s[0].Value.Uint64()), "live-B")
	b.ReportMetric(float64(s[1].Value.Uint64()), "objects")
	b.ReportMetric(float64(s[2].Value.Uint64()), "scan-B")
	writeHeapProfile(b)
}

// benchKeepAliveRequests serves src (a script answering GET / with
// "Hello World\n") and sends b.N requests over one keep-alive connection,
// each after the previous response; it reports the process's CPU per
// request. The CLI's serving settings apply (cmd/gojanet tuneForServing),
// so the GC costs what it does under the CLI.
func benchKeepAliveRequests(b *testing.B, src string) {
	get, done := keepAliveClient(b, src)
	defer done()
	b.ReportAllocs()
	defer measureWindow(b, func() { get() })()
	b.ResetTimer()
	cpu0 := cpuTime()
	defer func() { b.ReportMetric(float64(cpuTime()-cpu0)/float64(time.Microsecond)/float64(b.N), "cpu-µs/op") }()
	for i := 0; i < b.N; i++ {
		status, body := get()
		if !strings.HasPrefix(status, "HTTP/1.1 200 ") || body != "Hello World\n" {
			b.Fatalf("got %q %q", status, body)
		}
	}
}

// keepAliveClient serves src with the CLI's GC trigger and opens one
// keep-alive connection to it: get sends GET / and reads the response,
// done closes the connection and the server.
func keepAliveClient(b *testing.B, src string) (get func() (status, body string), done func()) {
	stopGC := serveGC()
	addr, stop := httpServer(b, src)
	c, err := net.Dial("tcp", addr)
	if err != nil {
		stop()
		stopGC()
		b.Fatal(err)
	}
	r := bufio.NewReader(c)
	req := []byte("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: bench\r\nAccept: */*\r\n\r\n")
	get = func() (string, string) {
		if _, err := c.Write(req); err != nil {
			b.Fatal(err)
		}
		return readHTTPResponse(b, r)
	}
	return get, func() {
		c.Close()
		stop()
		stopGC()
	}
}

// measureWindow prepares the measured loop of a server benchmark that
// repeats one (a request, a connection) for what the environment asks:
//   - GOJANET_BENCH_WARMUP=d: repeats it for d first, so that what runs once
//     (a function's lazy compile on its first call, the once-a-second Date
//     refresh's first run) is not counted;
//   - GOJANET_COUNT=file, with -tags gojanetcount: what one repetition runs
//     in the interpreter (third_party/goja/gojanet_count_on.go), after 300
//     to warm up, written to file when the benchmark ends;
//   - GOJANET_BENCH_CALLGRIND=1, under valgrind --instr-atstart=no: callgrind
//     counts only the measured loop, with no collection in it (one in the
//     window added ≈ 40% to an Express count; serveGC leaves the GC
//     trigger off then).
//
// It returns what ends the window (counts written, callgrind off), to be
// deferred: `defer measureWindow(b, one)()` as the last step before
// b.ResetTimer, so that it runs before the server's shutdown.
func measureWindow(b *testing.B, one func()) (end func()) {
	var ends []func()
	if d, err := time.ParseDuration(os.Getenv("GOJANET_BENCH_WARMUP")); err == nil && b.N > 1 {
		for t0 := time.Now(); time.Since(t0) < d; {
			one()
		}
	}
	if path := os.Getenv("GOJANET_COUNT"); path != "" && goja.CountsEnabled() && b.N > 1 {
		// (the pauses let the server's run loop go idle before the counts
		// change hands)
		for i := 0; i < 300; i++ {
			one()
		}
		time.Sleep(50 * time.Millisecond)
		goja.ResetCounts()
		goja.StartCounting()
		ends = append(ends, func() {
			time.Sleep(50 * time.Millisecond)
			goja.StopCounting()
			goja.DumpCounts(path, b.N)
		})
	}
	if os.Getenv("GOJANET_BENCH_CALLGRIND") != "" && b.N > 1 {
		gc := debug.SetGCPercent(-1)
		callgrindInstrument(b, "on")
		ends = append(ends, func() {
			callgrindInstrument(b, "off")
			debug.SetGCPercent(gc)
		})
	}
	return func() {
		for i := len(ends) - 1; i >= 0; i-- {
			ends[i]()
		}
	}
}

// BenchmarkHTTPIdleConnectionHeap reports the server's live heap per idle
// keep-alive connection of the hello-world server (bytes/conn): each
// connection makes one request, reads the response and stays open.
// Client and server share the process: the client's share (a Go net.Conn
// and its bufio.Reader, ≈ 4.5 KB) is included. GOJANET_HEAPPROFILE names a
// file for a heap profile taken with the connections open.
func BenchmarkHTTPIdleConnectionHeap(b *testing.B) {
	profileHeap()
	// The keep-alive timeout (node's default: 5 s) outlasts a profiled run.
	src := strings.Replace(httpHelloServer, "server.listen(", "server.keepAliveTimeout = 600e3;\nserver.listen(", 1)
	addr, stop := httpServer(b, src)
	defer stop()
	req := []byte("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
	benchIdleHeap(b, func() net.Conn {
		c := dialRequest(b, addr, req)
		if status, _ := readHTTPResponse(b, bufio.NewReaderSize(c, 256)); !strings.HasPrefix(status, "HTTP/1.1 200 ") {
			b.Fatalf("got %q", status)
		}
		return c
	})
}

// dialRequest connects to addr and writes req.
func dialRequest(b *testing.B, addr string, req []byte) net.Conn {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := c.Write(req); err != nil {
		b.Fatal(err)
	}
	return c
}

// profileHeap makes the heap profile record every allocation from now on
// when GOJANET_HEAPPROFILE names a file for writeHeapProfile.
func profileHeap() {
	if os.Getenv("GOJANET_HEAPPROFILE") != "" {
		goruntime.MemProfileRate = 1
	}
}

// writeHeapProfile writes the heap profile to GOJANET_HEAPPROFILE, if set.
func writeHeapProfile(b *testing.B) {
	f := os.Getenv("GOJANET_HEAPPROFILE")
	if f == "" {
		return
	}
	out, err := os.Create(f)
	if err != nil {
		b.Fatal(err)
	}
	defer out.Close()
	if err := pprof.WriteHeapProfile(out); err != nil {
		b.Fatal(err)
	}
	// and a heap dump beside it (every live object's pointers and, with
	// the profile rate 1, its allocation stack), if GOJANET_HEAPDUMP is set
	if f := os.Getenv("GOJANET_HEAPDUMP"); f != "" {
		d, err := os.Create(f)
		if err != nil {
			b.Fatal(err)
		}
		defer d.Close()
		debug.WriteHeapDump(d.Fd())
	}
}

// callgrindInstrument turns callgrind's instrumentation of this process on
// or off (callgrind_control talks to it through vgdb).
func callgrindInstrument(b *testing.B, state string) {
	out, err := exec.Command("callgrind_control", "-i", state, strconv.Itoa(os.Getpid())).CombinedOutput()
	if err != nil {
		b.Fatalf("callgrind_control -i %s: %v\n%s", state, err, out)
	}
}
