package net_test

import (
	"bytes"
	"context"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	netmod "github.com/gojanet/gojanet/modules/net"
	"github.com/gojanet/gojanet/runtime"
)

// Resource failures on the loop degrade, never wedge.

// A socket whose epoll registration fails (ENOSPC: max_user_watches) gets
// the error instead of waiting forever for events; the script handles it
// and the runtime exits.
func TestEpollFailureIsReported(t *testing.T) {
	var out, errOut bytes.Buffer
	rt, err := runtime.New(runtime.Options{Stdout: &out, Stderr: &errOut})
	if err != nil {
		t.Fatal(err)
	}
	var adds atomic.Int32
	// The listener's and the connecting client's registrations succeed;
	// the accepted socket's fails.
	rt.Loop().Poller().Fault = func(op string, fd int) error {
		if op == "add" && adds.Add(1) == 3 {
			return unix.ENOSPC
		}
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	code, err := rt.RunScript(ctx, "epoll.js", `
		const net = require('net');
		const server = net.createServer((c) => {
			c.on('error', (e) => { console.log('server socket error', e.code); server.close(); });
			c.pipe(c);
		});
		server.listen(0, '127.0.0.1', () => {
			const c = net.connect(server.address().port, '127.0.0.1', () => c.write('x'));
			c.on('error', () => {});
			c.on('close', () => console.log('client closed'));
		});
	`)
	if err != nil || code != 0 {
		t.Fatalf("exit %d, %v (a wedge ends in the context's deadline)\n%s%s", code, err, out.String(), errOut.String())
	}
	if got := out.String(); !strings.Contains(got, "server socket error ENOSPC") || !strings.Contains(got, "client closed") {
		t.Errorf("output:\n%s", got)
	}
	if rt.Stats().Degraded == 0 {
		t.Errorf("Stats().Degraded = 0 after a failed registration")
	}
}

// With no pipe for splice (pipe2 fails: out of descriptors), c.pipe(c)
// forwards by copying; every byte still arrives.
func TestSplicePipeUnavailable(t *testing.T) {
	defer netmod.FailPipe2(unix.EMFILE)()
	var out, errOut bytes.Buffer
	rt, err := runtime.New(runtime.Options{Stdout: &out, Stderr: &errOut})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	code, err := rt.RunScript(ctx, "nopipe.js", `
		const net = require('net');
		const server = net.createServer((c) => c.pipe(c));
		server.listen(0, '127.0.0.1', () => {
			const data = Buffer.alloc(4 << 20, 'abcdefgh');
			const c = net.connect(server.address().port, '127.0.0.1', () => c.end(data));
			const got = [];
			c.on('data', (d) => got.push(d));
			c.on('end', () => {
				console.log('echoed', Buffer.concat(got).equals(data));
				server.close();
			});
		});
	`)
	if err != nil || code != 0 || out.String() != "echoed true\n" {
		t.Fatalf("exit %d, %v\n%s%s", code, err, out.String(), errOut.String())
	}
	if rt.Stats().Degraded == 0 {
		t.Errorf("Stats().Degraded = 0: forwarding never asked for a pipe")
	}
}
