package loop

import (
	"crypto/tls"
	"net"
	"sync"
	"sync/atomic"
)

// NetPolicy is what a runtime allows its scripts to do on the network and
// what Go hands them. The runtime fills it from Options; the net module
// enforces it. The zero value allows everything, as node does.
type NetPolicy struct {
	// Allow, when non-nil, decides whether a script may listen on or connect
	// to an address ("host:port" with an IP host, after name resolution).
	// op is "listen" or "connect". Denied operations fail with EACCES.
	Allow func(op, address string) bool
	// MaxSockets caps open sockets and listeners (0: no cap); past it,
	// accept drops the connection and connect fails with EMFILE.
	MaxSockets int
	// MaxWriteBuffer caps the bytes a socket may hold queued for the kernel
	// (0: no cap); a write past it fails with ENOBUFS.
	MaxWriteBuffer int
	// MaxBufferedBytes caps the bytes all the runtime's sockets together
	// hold queued for the kernel (0: no cap); a write past it fails with
	// ENOBUFS.
	MaxBufferedBytes int
	// ConnRate caps the connections accepted from one remote IP address to
	// this many a second (bursts of as many; 0: no cap); past it, accepted
	// connections are closed at once, unseen by the script.
	ConnRate int
	// ReusePort sets SO_REUSEPORT on TCP listeners, so several runtimes
	// (workers) can listen on one port and the kernel spreads connections.
	ReusePort bool
	// HandOff receives connections a script passed on with
	// require('gojanet').handOff(socket, name), typically to Push them into
	// another runtime's MemListener. It runs on its own goroutine.
	HandOff func(name string, conn net.Conn)

	mu         sync.Mutex
	listeners  map[string]net.Listener
	tlsConfigs map[string]*tls.Config
}

// AddTLSConfig makes a Go *tls.Config available to scripts by name
// (require('gojanet').secureContext(name)). Safe from any goroutine.
func (p *NetPolicy) AddTLSConfig(name string, cfg *tls.Config) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.tlsConfigs == nil {
		p.tlsConfigs = map[string]*tls.Config{}
	}
	p.tlsConfigs[name] = cfg
}

// TLSConfig returns the *tls.Config registered under name.
func (p *NetPolicy) TLSConfig(name string) (*tls.Config, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	cfg, ok := p.tlsConfigs[name]
	return cfg, ok
}

// AddListener makes a Go listener available to scripts by name. Safe from any goroutine.
func (p *NetPolicy) AddListener(name string, ln net.Listener) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.listeners == nil {
		p.listeners = map[string]net.Listener{}
	}
	p.listeners[name] = ln
}

// Listener returns the Go listener registered under name.
func (p *NetPolicy) Listener(name string) (net.Listener, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	ln, ok := p.listeners[name]
	return ln, ok
}

// Counters are a runtime's network totals, updated on the loop goroutine
// and readable from any goroutine.
type Counters struct {
	OpenSockets   atomic.Int64
	OpenListeners atomic.Int64
	Accepted      atomic.Int64
	BytesRead     atomic.Int64
	BytesWritten  atomic.Int64
	// Shed counts connections closed unserved, at once, because the process
	// was out of descriptors (libuv's reserved-descriptor trick) or a limit
	// refused them.
	Shed atomic.Int64
	// Buffered is the bytes all sockets hold queued for the kernel.
	Buffered atomic.Int64
	// Degraded counts resource failures the loop survived by degrading
	// (an epoll registration that failed, no pipe for splice).
	Degraded atomic.Int64
}
