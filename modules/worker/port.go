// Package worker is the Go half of gojanet's message passing between
// runtimes: the entangled port pairs behind MessageChannel, MessagePort,
// BroadcastChannel and a Worker's parentPort (js/internal/worker/io.js,
// js/worker_threads.js). runtime/worker.go starts Worker runtimes on it.
//
// The whole path of a postMessage:
//
//	JS  port.postMessage(value, transfer)
//	      internal/serdes writes value in V8's wire format (a Uint8Array);
//	      transferred ports, ArrayBuffers and SharedArrayBuffers go beside it
//	Go  handle.post: the bytes are copied, a transferred ArrayBuffer's memory
//	      is taken and the buffer detached, a transferred port is detached
//	      from this loop: all of it becomes a *Message of Go data only
//	    Port.deliver appends it to the peer's queue and, once per batch,
//	      Posts a wake-up to the loop the peer is attached to
//	Go  (peer's loop) the handle drains the queue while its port is started:
//	      each message becomes JS values (ArrayBuffers over the moved memory,
//	      new handles for the ports) and one callback, as node emits each
//	      message from its own callback scope
//	JS  io.js deserializes and dispatches 'message' (or 'messageerror')
//
// No goja value ever crosses from one VM to another: a Port is Go data with
// a mutex, a handle is the loop-owned object one VM sees. A port in transit
// (inside a queued message) has no sink; messages for it wait in its queue
// until the receiving side attaches it to its own loop.
package worker

import (
	"sync"

	"github.com/gojanet/gojanet/runtime/loop"
)

// Message is one postMessage: the serialized value and what travels with it.
type Message struct {
	Data    []byte
	Ports   []*Port   // transferred ports, by their index in the serialized host objects
	Buffers [][]byte  // transferred ArrayBuffers' memory, by transfer id
	Shared  []*Shared // SharedArrayBuffers, by id
}

// Shared is the memory of a SharedArrayBuffer: one []byte that every runtime
// holding the buffer sees.
type Shared struct{ Bytes []byte }

// Port is one end of an entangled pair.
type Port struct {
	mu      sync.Mutex
	peer    *Port
	queue   []*Message
	closed  bool  // disentangled: nothing more arrives
	sink    *sink // the loop to tell about arrivals; nil while in transit
	pending bool  // a wake-up is posted and has not run yet
}

// sink is where a port's arrivals are announced: its loop's async set.
type sink struct{ a *asyncs }

// NewChannel returns two entangled ports.
func NewChannel() (*Port, *Port) {
	a, b := &Port{}, &Port{}
	a.peer, b.peer = b, a
	return a, b
}

// Send hands m to p's peer. It reports false when p is no longer entangled
// (closed, or its peer closed): the message is dropped, as node drops it.
func (p *Port) Send(m *Message) bool {
	p.mu.Lock()
	peer := p.peer
	p.mu.Unlock()
	if peer == nil {
		m.drop()
		return false
	}
	return peer.deliver(m)
}

func (p *Port) peerPort() *Port {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.peer
}

func (p *Port) deliver(m *Message) bool {
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		m.drop()
		return false
	}
	p.queue = append(p.queue, m)
	p.wakeLocked()
	return true
}

// wakeLocked posts a wake-up to the attached loop unless one is pending; it
// unlocks p.mu.
func (p *Port) wakeLocked() {
	s := p.sink
	post := s != nil && !p.pending
	if post {
		p.pending = true
	}
	p.mu.Unlock()
	if post {
		s.a.signal()
	}
}

// next pops the oldest queued message, or nil.
func (p *Port) next() *Message {
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.queue) == 0 {
		return nil
	}
	m := p.queue[0]
	p.queue[0] = nil
	p.queue = p.queue[1:]
	return m
}

func (p *Port) isPending() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.pending
}

func (p *Port) queued() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.queue)
}

func (p *Port) isClosed() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.closed
}

// Close disentangles p from its peer: both ends are closed and both loops
// are told (each emits 'close' once its queue is drained).
func (p *Port) Close() {
	p.mu.Lock()
	peer := p.peer
	p.peer = nil
	p.closed = true
	p.wakeLocked()
	if peer != nil {
		peer.mu.Lock()
		peer.peer = nil
		peer.closed = true
		peer.wakeLocked()
	}
}

// closeSelf closes p alone and returns its former peer, which the caller
// tells later (closedByPeer): node's peer hears of a close one loop turn
// after the closing side's 'close'.
func (p *Port) closeSelf() *Port {
	p.mu.Lock()
	peer := p.peer
	p.peer = nil
	p.closed = true
	p.wakeLocked()
	return peer
}

func (p *Port) closedByPeer() {
	p.mu.Lock()
	p.peer = nil
	p.closed = true
	p.wakeLocked()
}

// attach makes a's loop the one that hears about arrivals.
func (p *Port) attach(a *asyncs) {
	p.mu.Lock()
	p.sink = &sink{a: a}
	p.pending = false
	if len(p.queue) > 0 || p.closed {
		p.wakeLocked()
		return
	}
	p.mu.Unlock()
}

// detach leaves p without a loop (in transit, or its handle is gone).
func (p *Port) detach() {
	p.mu.Lock()
	p.sink = nil
	p.pending = false
	p.mu.Unlock()
}

// drop releases what a message that will never be received holds: its
// ports are closed, so their peers hear 'close'.
func (m *Message) drop() {
	for _, q := range m.Ports {
		q.dropQueued()
		q.Close()
	}
}

func (p *Port) dropQueued() {
	p.mu.Lock()
	q := p.queue
	p.queue = nil
	p.mu.Unlock()
	for _, m := range q {
		m.drop()
	}
}

// asyncs is one loop's port handles in creation order, as libuv keeps its
// async handles: an arrival signals the set, and one posted function wakes
// every signalled handle in that order. (So three BroadcastChannels that
// all posted each drain their own queue in turn, as in node, not in the
// order the messages were sent.)
type asyncs struct {
	l       *loop.Loop
	mu      sync.Mutex
	posted  bool
	running bool      // run is waking handles: new signals wait for the next turn
	again   bool      // signalled while running
	handles []*handle // loop goroutine only
}

var loopAsyncs sync.Map // *loop.Loop → *asyncs

func asyncsOf(l *loop.Loop) *asyncs {
	if a, ok := loopAsyncs.Load(l); ok {
		return a.(*asyncs)
	}
	a := &asyncs{l: l}
	loopAsyncs.Store(l, a)
	l.Track(a)
	return a
}

// ForceClose forgets the loop's set when the runtime shuts down.
func (a *asyncs) ForceClose() { loopAsyncs.Delete(a.l) }

func (a *asyncs) signal() {
	a.mu.Lock()
	if a.running {
		a.again = true
		a.mu.Unlock()
		return
	}
	post := !a.posted
	a.posted = true
	a.mu.Unlock()
	if post {
		a.l.Post(a.run)
	}
}

// run wakes the signalled handles. What is signalled meanwhile (a port
// answering itself, a message arriving) runs on the loop's next turn, as a
// uv_async sent during its callback fires on the next poll: timers and
// immediates are not starved.
func (a *asyncs) run() {
	a.mu.Lock()
	a.posted = false
	a.running = true
	a.mu.Unlock()
	defer func() {
		a.mu.Lock()
		a.running = false
		again := a.again
		a.again = false
		a.mu.Unlock()
		if again {
			a.l.OnClosed(a.signal)
		}
	}()
	live := a.handles[:0]
	for _, h := range a.handles {
		if h.port != nil {
			live = append(live, h)
		}
	}
	for i := len(live); i < len(a.handles); i++ {
		a.handles[i] = nil
	}
	a.handles = live
	for _, h := range append([]*handle(nil), live...) {
		if p := h.port; p != nil && p.isPending() {
			h.wake()
		}
	}
}
