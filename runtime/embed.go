package runtime

import (
	"context"
	"crypto/tls"
	"errors"
	"net"
	"sync"
	"time"

	"github.com/dop251/goja"

	"github.com/gojanet/gojanet/runtime/firewall"
)

// Listen hands a Go net.Listener to scripts under name; a script serves it
// with net.createServer(...).listen(require('gojanet').listener(name)).
// The runtime owns ln from then on and closes it when the server closes.
// Safe from any goroutine, before or during Run.
func (r *Runtime) Listen(name string, ln net.Listener) {
	r.loop.Net.AddListener(name, ln)
}

// TLSConfig hands scripts a Go *tls.Config by name (certificates managed in
// Go, e.g. by ACME through GetCertificate): require('gojanet').secureContext(name)
// returns a tls SecureContext over it, for tls.createServer({ secureContext }),
// tls.connect({ secureContext }) or https. Safe from any goroutine.
func (r *Runtime) TLSConfig(name string, cfg *tls.Config) {
	r.loop.Net.AddTLSConfig(name, cfg)
}

// Stats are a runtime's network counters.
type Stats struct {
	OpenSockets   int64 // connected sockets (accepted or connected)
	OpenListeners int64
	Accepted      int64 // connections accepted since start
	BytesRead     int64
	BytesWritten  int64
	Shed          int64 // connections closed unserved: out of descriptors, or over a limit
	Degraded      int64 // resource failures survived (epoll registration, splice pipe)
	BufferedBytes int64 // bytes all sockets hold queued for the kernel
}

// Stats reads the runtime's network counters. Safe from any goroutine.
func (r *Runtime) Stats() Stats {
	c := &r.loop.Counters
	return Stats{
		OpenSockets: c.OpenSockets.Load(), OpenListeners: c.OpenListeners.Load(),
		Accepted: c.Accepted.Load(), BytesRead: c.BytesRead.Load(), BytesWritten: c.BytesWritten.Load(),
		Shed: c.Shed.Load(), Degraded: c.Degraded.Load(), BufferedBytes: c.Buffered.Load(),
	}
}

// Shutdown stops a running script gracefully, from any goroutine: servers
// stop accepting and close, open sockets are ended (they see 'end' after
// their peer's), and Run returns once the loop is empty. If ctx ends first,
// everything still open is destroyed at once and Shutdown returns ctx's error.
func (r *Runtime) Shutdown(ctx context.Context) error {
	r.loop.Post(func() {
		r.callHook(r.hooks.shutdown)
	})
	select {
	case <-r.done:
		return nil
	case <-ctx.Done():
		r.Stop()
		<-r.done
		return ctx.Err()
	}
}

// Promise runs work on its own goroutine and returns a JS promise settled
// with its result on the loop; the pending work keeps the loop alive. Call it
// on the loop goroutine (from a Go function a script called). The result is
// converted with goja's rules; an error rejects with an Error of its message,
// a panic in work with the Error a PanicError becomes.
func (r *Runtime) Promise(work func() (any, error)) goja.Value {
	p, resolve, reject := r.vm.NewPromise()
	release := r.holdNow()
	go func() {
		var v any
		var err error
		func() {
			defer func() {
				if x := recover(); x != nil {
					err = firewall.New(x, "Promise work")
				}
			}()
			v, err = work()
		}()
		r.loop.Post(func() {
			release()
			r.loop.Run(func() error {
				if p, ok := err.(*firewall.Panic); ok {
					return reject(r.wall.Error(p))
				}
				if err != nil {
					return reject(r.vm.NewGoError(err))
				}
				return resolve(r.vm.ToValue(v))
			})
		})
	}()
	return r.vm.ToValue(p)
}

// holdNow takes a loop ref on the loop goroutine; release may run on any.
func (r *Runtime) holdNow() func() {
	r.loop.Ref()
	var once sync.Once
	return func() { once.Do(r.loop.Unref) }
}

// watchdog interrupts a callback that runs longer than limit: the script
// sees an uncatchable error and the runtime stops with exit code 1.
func (r *Runtime) watchdog(limit time.Duration) (stop func()) {
	done := make(chan struct{})
	go func() {
		t := time.NewTicker(limit / 4)
		defer t.Stop()
		var lastSeq uint64
		var since time.Time
		for {
			select {
			case <-done:
				return
			case now := <-t.C:
				seq := r.loop.CallSeq.Load()
				if seq%2 == 0 { // not inside JS
					since = time.Time{}
					continue
				}
				if seq != lastSeq {
					lastSeq, since = seq, now
					continue
				}
				if now.Sub(since) >= limit {
					r.interrupt(ErrScriptTimeout)
					since = now
				}
			}
		}
	}()
	return func() { close(done) }
}

// ErrScriptTimeout is the error a runaway script is interrupted with.
var ErrScriptTimeout = errors.New("script callback exceeded the runtime's time limit")

// MemListener is an in-memory net.Listener: Dial returns the client end of a
// net.Pipe whose server end the listener accepts. Scripts served through it
// are testable without ports.
type MemListener struct {
	conns  chan net.Conn
	done   chan struct{}
	once   sync.Once
	addr   memAddr
	closed bool
}

type memAddr string

func (a memAddr) Network() string { return "mem" }
func (a memAddr) String() string  { return string(a) }

// NewMemListener creates an in-memory listener named name.
func NewMemListener(name string) *MemListener {
	return &MemListener{conns: make(chan net.Conn), done: make(chan struct{}), addr: memAddr(name)}
}

// Accept waits for the next Dial or Push.
func (l *MemListener) Accept() (net.Conn, error) {
	select {
	case c := <-l.conns:
		return c, nil
	case <-l.done:
		return nil, net.ErrClosed
	}
}

// Dial connects to the listener and returns the client's end.
func (l *MemListener) Dial() (net.Conn, error) {
	return l.DialContext(context.Background())
}

// DialContext is Dial that gives up when ctx ends before the connection is
// accepted.
func (l *MemListener) DialContext(ctx context.Context) (net.Conn, error) {
	client, server := net.Pipe()
	if err := l.push(ctx, server); err != nil {
		client.Close()
		server.Close()
		return nil, err
	}
	return client, nil
}

// Push hands an existing connection to whoever accepts from the listener.
func (l *MemListener) Push(c net.Conn) error {
	return l.push(context.Background(), c)
}

func (l *MemListener) push(ctx context.Context, c net.Conn) error {
	select {
	case l.conns <- c:
		return nil
	case <-l.done:
		return net.ErrClosed
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Close stops the listener; pending and later Accepts fail.
func (l *MemListener) Close() error {
	l.once.Do(func() { close(l.done) })
	return nil
}

// Addr names the listener.
func (l *MemListener) Addr() net.Addr { return l.addr }
