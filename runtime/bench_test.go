package runtime_test

import (
	"bytes"
	"context"
	"io"
	"net"
	"os"
	goruntime "runtime"
	"strconv"
	"testing"
	"time"

	"github.com/gojanet/gojanet/runtime"
)

// Hot-path benchmarks: each runs a script that repeats the operation
// b.N times (N arrives as process.argv[2]); ns/op is per operation.

func benchScript(b *testing.B, src string) {
	b.Helper()
	var out, errOut bytes.Buffer
	rt, err := runtime.New(runtime.Options{Stdout: &out, Stderr: &errOut, Args: []string{"bench", strconv.Itoa(b.N)}})
	if err != nil {
		b.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	b.ResetTimer()
	code, err := rt.RunScript(ctx, "bench.js", src)
	b.StopTimer()
	if err != nil || code != 0 {
		b.Fatalf("exit %d err %v\n%s%s", code, err, out.String(), errOut.String())
	}
}

func BenchmarkEventEmitterEmit(b *testing.B) {
	benchScript(b, `
const EventEmitter = require('events');
const e = new EventEmitter();
let n = 0;
e.on('data', (x) => { n += x; });
const N = +process.argv[2];
for (let i = 0; i < N; i++) e.emit('data', 1);
if (n !== N) throw new Error('lost events');
`)
}

func BenchmarkReadablePipeWritable(b *testing.B) {
	benchScript(b, `
const { Readable, Writable } = require('stream');
const N = +process.argv[2];
const chunk = Buffer.alloc(64, 1);
let sent = 0, got = 0;
const r = new Readable({ read() {
  while (sent < N) { sent++; if (!this.push(chunk)) return; }
  this.push(null);
} });
const w = new Writable({ write(c, enc, cb) { got++; cb(); } });
w.on('finish', () => { if (got !== N) throw new Error('lost chunks ' + got); });
r.pipe(w);
`)
}

func BenchmarkBufferFrom(b *testing.B) {
	benchScript(b, `
const N = +process.argv[2];
const src = 'x'.repeat(64);
let total = 0;
for (let i = 0; i < N; i++) total += Buffer.from(src).length;
if (total !== N * 64) throw new Error('bad');
`)
}

// BenchmarkSocketEcho is the doc's echo path end to end on loopback: a
// client writes 64 bytes and waits for the echo; the server is
// net.createServer + c.pipe(c). One op is one round trip.
func BenchmarkSocketEcho(b *testing.B) {
	benchScript(b, `
const net = require('net');
const N = +process.argv[2];
const server = net.createServer((c) => { c.write('hello\r\n'); c.pipe(c); });
server.listen(0, '127.0.0.1', () => {
  const msg = Buffer.alloc(64, 97);
  const client = net.connect(server.address().port, '127.0.0.1');
  let got = 0, greeted = false, trips = 0;
  client.on('data', (d) => {
    got += d.length;
    if (!greeted) { if (got < 7) return; greeted = true; got -= 7; }
    while (got >= 64) { got -= 64; trips++; }
    if (trips >= N) { client.destroy(); server.close(); return; }
    if (got === 0) client.write(msg);
  });
});
`)
}

// echoServer starts the docs' echo server (as testdata/doc-echo.js, on a
// free port) in a runtime of its own and returns its address.
func echoServer(b *testing.B) (addr string, stop func()) {
	b.Helper()
	return scriptServer(b, "echo.js", `
const net = require('net');
const server = net.createServer((c) => {
  console.log('client connected');
  c.on('end', () => { console.log('client disconnected'); });
  c.write('hello\r\n');
  c.pipe(c);
});
server.listen(0, '127.0.0.1', () => reportPort(server.address().port));
`, nil)
}

// scriptServer runs src (a server that calls reportPort(port) once it
// listens) in a runtime of its own, with globals set, and returns its
// address and how to stop it. The wait is 60 s: under valgrind on a loaded
// machine start-up alone can take more than 10.
func scriptServer(b *testing.B, name, src string, globals map[string]any) (addr string, stop func()) {
	b.Helper()
	// (no idle collection under callgrind: the loop idles while
	// callgrind_control turns counting on, and the collection it started
	// then ran inside the counted requests)
	idle := time.Duration(0)
	if os.Getenv("GOJANET_BENCH_CALLGRIND") != "" {
		idle = -1
	}
	rt, err := runtime.New(runtime.Options{Stdout: io.Discard, Stderr: io.Discard, IdleGC: idle})
	if err != nil {
		b.Fatal(err)
	}
	port := make(chan int, 1)
	if err := rt.Set("reportPort", func(p int) { port <- p }); err != nil {
		b.Fatal(err)
	}
	for k, v := range globals {
		if err := rt.Set(k, v); err != nil {
			b.Fatal(err)
		}
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		rt.RunScript(context.Background(), name, src)
	}()
	select {
	case p := <-port:
		return "127.0.0.1:" + strconv.Itoa(p), func() { rt.Stop(); <-done }
	case <-done:
		b.Fatal(name + " server exited")
	case <-time.After(5 * time.Minute): // loading express under callgrind takes over a minute
		b.Fatal(name + " server did not start")
	}
	return "", nil
}

// dialGreeted connects to the echo server and reads its greeting.
func dialGreeted(b *testing.B, addr string) net.Conn {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		b.Fatal(err)
	}
	var hello [7]byte
	if _, err := io.ReadFull(c, hello[:]); err != nil {
		b.Fatal(err)
	}
	return c
}

// serveGC gives a server benchmark the CLI's collections (the GC trigger)
// and returns what stops them; not under callgrind, whose window runs with
// the collector off (the trigger's goroutine would set GOGC in it and be
// counted).
func serveGC() (stop func()) {
	if os.Getenv("GOJANET_BENCH_CALLGRIND") != "" {
		return func() {}
	}
	runtime.SetGCTrigger(runtime.GCTriggerEvery, runtime.GCTriggerRunway)
	return func() { runtime.SetGCTrigger(0, 0) }
}

// BenchmarkEchoConnection is one connection's whole life on the docs' echo
// server: connect, greeting, client closes, server ends and closes its side
// (the client reads EOF). Allocations include the Go client's (≈ 1 KB).
// It has the keep-alive benchmarks' warm-up/count/callgrind window
// (measureWindow).
func BenchmarkEchoConnection(b *testing.B) {
	defer serveGC()()
	addr, stop := echoServer(b)
	defer stop()
	var buf [16]byte
	one := func() {
		c := dialGreeted(b, addr)
		c.(*net.TCPConn).CloseWrite()
		if n, err := c.Read(buf[:]); n != 0 || err != io.EOF {
			b.Fatalf("after the client's FIN: %d bytes, %v; want EOF", n, err)
		}
		c.Close()
	}
	b.ReportAllocs()
	defer measureWindow(b, one)()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		one()
	}
}

// BenchmarkIdleConnectionHeap reports the server's live heap per idle
// connection of the docs' echo server (bytes/conn); ns/op is the cost of
// opening one. Client and server share the process: the client's share
// (a Go net.Conn, ≈ 0.3 KB) is included. GOJANET_HEAPPROFILE names a file
// for a heap profile taken with the connections open.
func BenchmarkIdleConnectionHeap(b *testing.B) {
	profileHeap()
	addr, stop := echoServer(b)
	defer stop()
	benchIdleHeap(b, func() net.Conn { return dialGreeted(b, addr) })
}

// benchIdleHeap opens b.N connections with open and reports the live heap
// each one adds (heap-B/conn), then writes the heap profile if asked
// (profileHeap); the connections close when it returns.
func benchIdleHeap(b *testing.B, open func() net.Conn) {
	conns := make([]net.Conn, 0, b.N)
	defer func() {
		for _, c := range conns {
			c.Close()
		}
	}()
	var before, after goruntime.MemStats
	goruntime.GC()
	goruntime.ReadMemStats(&before)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		conns = append(conns, open())
	}
	b.StopTimer()
	time.Sleep(100 * time.Millisecond) // let the server finish its callbacks
	goruntime.GC()
	goruntime.ReadMemStats(&after)
	b.ReportMetric(float64(int64(after.HeapAlloc)-int64(before.HeapAlloc))/float64(b.N), "heap-B/conn")
	writeHeapProfile(b)
}

// BenchmarkNewBuffer is the per-chunk cost of the socket read path: Go hands
// 64 bytes to JS as a Buffer (Loop.NewBuffer), and JS reads its length.
func BenchmarkNewBuffer(b *testing.B) {
	rt, err := runtime.New(runtime.Options{Stdout: io.Discard, Stderr: io.Discard})
	if err != nil {
		b.Fatal(err)
	}
	p := make([]byte, 64)
	rt.Set("chunk", func() any { return rt.Loop().NewBuffer(p) })
	b.ResetTimer()
	code, err := rt.RunScript(context.Background(), "bench.js", `
const N = `+strconv.Itoa(b.N)+`;
let n = 0;
for (let i = 0; i < N; i++) n += chunk().length;
if (n !== N * 64) throw new Error('bad length ' + n);
`)
	b.StopTimer()
	if err != nil || code != 0 {
		b.Fatalf("exit %d err %v", code, err)
	}
}

// BenchmarkNewBufferGo is Loop.NewBuffer alone, called from Go on the loop.
func BenchmarkNewBufferGo(b *testing.B) {
	rt, err := runtime.New(runtime.Options{Stdout: io.Discard, Stderr: io.Discard})
	if err != nil {
		b.Fatal(err)
	}
	p := make([]byte, 64)
	rt.Set("run", func() {
		l := rt.Loop()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			l.NewBuffer(p)
		}
		b.StopTimer()
	})
	if code, err := rt.RunScript(context.Background(), "bench.js", `run()`); err != nil || code != 0 {
		b.Fatalf("exit %d err %v", code, err)
	}
}

// Promise-heavy code: b.N awaits and then-callbacks, without and with an
// AsyncLocalStorage (with one, every promise is a PROMISE resource).
const awaitLoopScript = `
const N = +process.argv[2];
let n = 0;
async function step(i) { await null; return i; }
async function main() {
  for (let i = 0; i < N; i++) n += (await step(1)) + 0;
  await Promise.resolve(1).then((x) => { n += x - 1; });
}
main().then(() => { if (n !== N) throw new Error('lost awaits ' + n); });
`

func BenchmarkAwaitLoop(b *testing.B) {
	benchScript(b, awaitLoopScript)
}

func BenchmarkAwaitLoopAsyncLocalStorage(b *testing.B) {
	benchScript(b, `const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
als.enterWith({ id: 1 });
`+awaitLoopScript+`
main().then(() => { if (als.getStore().id !== 1) throw new Error('store lost'); });`)
}
