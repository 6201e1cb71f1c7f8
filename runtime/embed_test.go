package runtime_test

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"go.uber.org/goleak"

	"github.com/gojanet/gojanet/internal/testutil"
	"github.com/gojanet/gojanet/runtime"
)

// The README's smallest embedding example, kept runnable.
func ExampleMemListener() {
	rt, err := runtime.New(runtime.Options{Stdout: os.Stdout})
	if err != nil {
		panic(err)
	}
	ln := runtime.NewMemListener("app") // or any net.Listener: TLS, systemd, TCP
	rt.Listen("app", ln)
	go func() {
		conn, _ := ln.Dial()
		io.WriteString(conn, "ping")
		buf := make([]byte, 4)
		io.ReadFull(conn, buf)
		fmt.Printf("Go client got %q\n", buf)
		conn.Close()
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		defer cancel()
		rt.Shutdown(ctx) // servers close, sockets end, then Run returns
	}()
	code, err := rt.RunScript(context.Background(), "app.js", `
		const net = require('net');
		const server = net.createServer((c) => c.pipe(c));
		server.listen(require('gojanet').listener('app'));
	`)
	fmt.Println("exit", code, err)
	// Output:
	// Go client got "ping"
	// exit 0 <nil>
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// printedPort waits for a script to print "port N" and returns N.
func printedPort(t *testing.T, out *testutil.SyncBuffer) int {
	t.Helper()
	waitFor(t, "port", func() bool { return strings.Contains(out.String(), "port ") })
	var port int
	s := out.String()
	fmt.Sscanf(s[strings.Index(s, "port "):], "port %d", &port)
	return port
}

// Graceful shutdown over real TCP: the server closes, an open client sees
// the server's FIN ('end'), the script's close handlers run, Run returns 0.
func TestShutdownGraceful(t *testing.T) {
	defer goleak.VerifyNone(t, testutil.WorkerPool)
	out := &testutil.SyncBuffer{}
	rt, _ := runtime.New(runtime.Options{Stdout: out, Stderr: out})
	done := make(chan int, 1)
	go func() {
		code, _ := rt.RunScript(context.Background(), "srv.js", `
			const net = require('net');
			const server = net.createServer((c) => {
				c.on('end', () => console.log('server socket end'));
				c.on('close', () => console.log('server socket close'));
				c.write('hi');
			});
			server.on('close', () => console.log('server close'));
			server.listen(0, '127.0.0.1', () => console.log('port', server.address().port));
		`)
		done <- code
	}()
	port := printedPort(t, out)
	c, err := net.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", port))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	r := bufio.NewReader(c)
	if b, _ := r.Peek(2); string(b) != "hi" {
		t.Fatalf("greeting %q", b)
	}
	waitFor(t, "connection", func() bool { return rt.Stats().OpenSockets == 1 })
	shutdownErr := make(chan error, 1)
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		shutdownErr <- rt.Shutdown(ctx)
	}()
	// The server ends its side: we read "hi" then EOF, and answer with our FIN.
	rest, err := io.ReadAll(r)
	if err != nil || string(rest) != "hi" {
		t.Fatalf("client read %q, %v", rest, err)
	}
	c.(*net.TCPConn).CloseWrite()
	if err := <-shutdownErr; err != nil {
		t.Fatalf("Shutdown: %v", err)
	}
	if code := <-done; code != 0 {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{"server close", "server socket end", "server socket close"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("missing %q in output:\n%s", want, out.String())
		}
	}
}

// A peer that never closes cannot hold a shutdown past its deadline.
func TestShutdownDeadline(t *testing.T) {
	out := &testutil.SyncBuffer{}
	rt, _ := runtime.New(runtime.Options{Stdout: out, Stderr: out})
	done := make(chan struct{})
	go func() {
		rt.RunScript(context.Background(), "srv.js", `
			const server = require('net').createServer(() => {});
			server.listen(0, '127.0.0.1', () => console.log('port', server.address().port));
		`)
		close(done)
	}()
	port := printedPort(t, out)
	c, err := net.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", port))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close() // never sends FIN while the shutdown waits
	waitFor(t, "connection", func() bool { return rt.Stats().OpenSockets == 1 })
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	if err := rt.Shutdown(ctx); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Shutdown = %v, want deadline exceeded", err)
	}
	<-done
}

// A cancelled context stops a script that never returns to the loop: a
// busy loop in the main script, in a vm context, and in a context's promise
// job run from a timer (jest's case: its test code runs in contexts).
// Nothing is printed for it, and Run returns the context's error.
func TestCancelStopsRunningScript(t *testing.T) {
	for name, src := range map[string]string{
		"main":        `while (true) {}`,
		"context":     `require('vm').runInNewContext('while (true) {}')`,
		"context job": `const f = require('vm').runInNewContext('(async () => { await null; while (true) {} })'); setTimeout(f, 10)`,
		"stop then":   `setTimeout(() => console.log('never'), 500); while (true) {}`,
	} {
		t.Run(name, func(t *testing.T) {
			out := &testutil.SyncBuffer{}
			rt, err := runtime.New(runtime.Options{Stdout: out, Stderr: out})
			if err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
			defer cancel()
			done := make(chan error, 1)
			go func() {
				_, err := rt.RunScript(ctx, "spin.js", src)
				done <- err
			}()
			select {
			case err := <-done:
				if !errors.Is(err, context.DeadlineExceeded) {
					t.Fatalf("RunScript = %v, want the context's deadline", err)
				}
			case <-time.After(20 * time.Second):
				t.Fatal("the script was not stopped")
			}
			if out.String() != "" {
				t.Fatalf("printed %q", out.String())
			}
		})
	}
}

// Scripts only reach the addresses on the allow-list; others fail as node
// reports a permission error (EACCES), and the rest keeps working.
func TestAllowNet(t *testing.T) {
	var out bytes.Buffer
	rt, _ := runtime.New(runtime.Options{Stdout: &out, Stderr: &out, AllowNet: []string{"127.0.0.1:*"}})
	code, err := rt.RunScript(context.Background(), "allow.js", `
		const net = require('net');
		const denied = net.createServer();
		denied.on('error', (e) => {
			console.log('listen denied', e.code, e.syscall);
			const ok = net.createServer((c) => c.end());
			ok.listen(0, '127.0.0.1', () => {
				console.log('listen allowed');
				const c = net.connect(ok.address().port, '127.0.0.1', () => console.log('connect allowed'));
				c.on('close', () => ok.close());
				c.resume();
			});
		});
		denied.listen(0, '0.0.0.0');
	`)
	if err != nil || code != 0 {
		t.Fatalf("exit %d, %v\n%s", code, err, out.String())
	}
	want := "listen denied EACCES listen\nlisten allowed\nconnect allowed\n"
	if out.String() != want {
		t.Fatalf("got:\n%s\nwant:\n%s", out.String(), want)
	}
}

// --workers: N runtimes of one script share a port through SO_REUSEPORT;
// connections reach them all, and a paused connection handed from one
// runtime to another arrives with every byte.
func TestWorkersShareAPort(t *testing.T) {
	port := testutil.FreePort(t)
	script := fmt.Sprintf(`
		const net = require('net');
		const server = net.createServer((c) => { c.end(process.env.GOJANET_WORKER_ID); });
		server.listen(%d, '127.0.0.1', () => console.log('ready'));
	`, port)
	const workers = 3
	outs := make([]*testutil.SyncBuffer, workers)
	rts := make([]*runtime.Runtime, workers)
	var wg sync.WaitGroup
	for i := range rts {
		outs[i] = &testutil.SyncBuffer{}
		rts[i], _ = runtime.New(runtime.Options{
			Stdout: outs[i], Stderr: outs[i], ReusePort: true,
			Env: []string{fmt.Sprintf("GOJANET_WORKER_ID=%d", i+1)},
		})
		wg.Add(1)
		go func(rt *runtime.Runtime) {
			defer wg.Done()
			rt.RunScript(context.Background(), "worker.js", script)
		}(rts[i])
	}
	for i := range outs {
		waitFor(t, "worker ready", func() bool { return strings.Contains(outs[i].String(), "ready") })
	}
	seen := map[string]bool{}
	for i := 0; i < 200 && len(seen) < workers; i++ {
		c, err := net.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", port))
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(c)
		c.Close()
		seen[string(b)] = true
	}
	if len(seen) != workers {
		t.Errorf("connections reached workers %v, want all %d", seen, workers)
	}
	for _, rt := range rts {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		rt.Shutdown(ctx)
		cancel()
	}
	wg.Wait()
}

func TestHandOffPausedConnection(t *testing.T) {
	defer goleak.VerifyNone(t, testutil.WorkerPool)
	// Runtime B serves what A hands over, through a MemListener.
	inbox := runtime.NewMemListener("inbox")
	outB := &testutil.SyncBuffer{}
	rtB, _ := runtime.New(runtime.Options{Stdout: outB, Stderr: outB})
	rtB.Listen("inbox", inbox)
	doneB := make(chan struct{})
	go func() {
		defer close(doneB)
		rtB.RunScript(context.Background(), "b.js", `
			const server = require('net').createServer((c) => {
				let got = '';
				c.on('data', (d) => { got += d; if (got.endsWith('\n')) c.end('B read: ' + got); });
			});
			server.listen(require('gojanet').listener('inbox'));
		`)
	}()
	outA := &testutil.SyncBuffer{}
	rtA, _ := runtime.New(runtime.Options{
		Stdout: outA, Stderr: outA,
		HandOff: func(name string, conn net.Conn) {
			if name == "b" {
				inbox.Push(conn)
			}
		},
	})
	doneA := make(chan struct{})
	go func() {
		defer close(doneA)
		rtA.RunScript(context.Background(), "a.js", `
			const net = require('net');
			const server = net.createServer({ pauseOnConnect: true }, (c) => {
				// Wait until the client's bytes are certainly in the kernel buffer.
				setTimeout(() => {
					console.log('handed off', require('gojanet').handOff(c, 'b'));
					server.close();
				}, 50);
			});
			server.listen(0, '127.0.0.1', () => console.log('port', server.address().port));
		`)
	}()
	port := printedPort(t, outA)
	c, err := net.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", port))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	io.WriteString(c, "every byte\n")
	reply, err := io.ReadAll(c)
	if err != nil || string(reply) != "B read: every byte\n" {
		t.Fatalf("reply %q, %v\nA: %s\nB: %s", reply, err, outA.String(), outB.String())
	}
	<-doneA
	if !strings.Contains(outA.String(), "handed off true") {
		t.Fatalf("A: %s", outA.String())
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	rtB.Shutdown(ctx)
	<-doneB
}

// OnUncaught sees the exception that ends a script; Stats counts traffic.
func TestObservability(t *testing.T) {
	var seen []string
	var out bytes.Buffer
	rt, _ := runtime.New(runtime.Options{
		Stdout: &out, Stderr: &out,
		OnUncaught: func(err error) { seen = append(seen, err.Error()) },
	})
	code, _ := rt.RunScript(context.Background(), "obs.js", `
		const net = require('net');
		const server = net.createServer((c) => c.pipe(c));
		server.listen(0, '127.0.0.1', () => {
			const c = net.connect(server.address().port, '127.0.0.1', () => c.end('12345'));
			c.on('data', () => {});
			c.on('close', () => { server.close(); throw new Error('boom at the end'); });
		});
	`)
	if code != 1 {
		t.Fatalf("exit %d, want 1\n%s", code, out.String())
	}
	if len(seen) != 1 || !strings.Contains(seen[0], "boom at the end") {
		t.Fatalf("OnUncaught saw %q", seen)
	}
	st := rt.Stats()
	// Client wrote 5, server echoed 5: both sides counted in one runtime.
	if st.BytesRead != 10 || st.BytesWritten != 10 || st.Accepted != 1 {
		t.Fatalf("stats %+v", st)
	}
}

// MaxSockets drops connections past the cap; MaxWriteBuffer turns a write
// the peer does not drain into ENOBUFS instead of unbounded memory.
func TestSocketLimits(t *testing.T) {
	var out bytes.Buffer
	rt, _ := runtime.New(runtime.Options{Stdout: &out, Stderr: &out, MaxSockets: 2, MaxWriteBuffer: 1 << 20})
	code, err := rt.RunScript(context.Background(), "limits.js", `
		const net = require('net');
		let accepted = 0;
		let port, a;
		const server = net.createServer((c) => {
			accepted++;
			c.on('error', (e) => console.log('server socket error', e.code));
			// a and the accepted socket are open: the cap of 2 is reached.
			const b = net.connect(port, '127.0.0.1');
			b.on('error', (e) => console.log('second client error', e.code));
			// The peer never reads: 16 MiB cannot fit in 1 MiB of queue.
			c.write(Buffer.alloc(16 << 20));
		});
		server.listen(0, '127.0.0.1', () => {
			port = server.address().port;
			a = net.connect(port, '127.0.0.1');
			a.pause();
			a.on('error', () => {});
			setTimeout(() => {
				console.log('accepted', accepted);
				a.destroy();
				server.close();
			}, 300);
		});
	`)
	if err != nil || code != 0 {
		t.Fatalf("exit %d %v\n%s", code, err, out.String())
	}
	got := out.String()
	if !strings.Contains(got, "server socket error ENOBUFS") || !strings.Contains(got, "second client error EMFILE") || !strings.Contains(got, "accepted 1") {
		t.Fatalf("output:\n%s", got)
	}
}

// OnStarted runs once, after the main script and before any of its timers,
// on the loop goroutine (it may touch the VM).
func TestOnStarted(t *testing.T) {
	var out bytes.Buffer
	var rt *runtime.Runtime
	calls := 0
	rt, err := runtime.New(runtime.Options{Stdout: &out, OnStarted: func() {
		calls++
		fmt.Fprintf(&out, "started, main done: %v\n", rt.VM().Get("mainDone").ToBoolean())
	}})
	if err != nil {
		t.Fatal(err)
	}
	code, err := rt.RunScript(context.Background(), "main.js", `
globalThis.mainDone = true;
setTimeout(() => console.log('timer'), 0);
console.log('main');
`)
	if code != 0 || err != nil {
		t.Fatalf("exit %d, %v", code, err)
	}
	if want := "main\nstarted, main done: true\ntimer\n"; out.String() != want || calls != 1 {
		t.Errorf("got %q (%d calls), want %q (1 call)", out.String(), calls, want)
	}
}
