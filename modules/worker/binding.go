package worker

import (
	"strconv"
	"sync"

	"github.com/dop251/goja"

	bufmod "github.com/gojanet/gojanet/modules/buffer"
	"github.com/gojanet/gojanet/runtime/loop"
)

// handleKey holds, on a handle's JS object, the Go handle behind it.
var handleKey = goja.NewSymbol("gojanet.messagePortHandle")

// handle is one VM's view of a Port. Loop goroutine only.
type handle struct {
	l         *loop.Loop
	vm        *goja.Runtime
	obj       *goja.Object
	port      *Port // nil once transferred away or closed
	onMessage goja.Value
	onClose   goja.Value
	broadcast string // the BroadcastChannel's name, for a broadcast member
	started   bool   // messages are delivered (else they wait in the queue)
	refd      bool   // ref()'d: keeps the loop alive while open (as a uv handle)
	holding   bool   // holds a loop ref
	closing   bool   // 'close' emitted, or on its way
	tellPeer  *Port  // closed here: the peer hears it after this side's 'close'
}

// Binding fills internalBinding('messaging').
func Binding(l *loop.Loop, exports *goja.Object) {
	vm := l.VM
	// channel() → [port1, port2]: a MessageChannel's two entangled handles.
	exports.Set("channel", func() goja.Value {
		a, b := NewChannel()
		return vm.NewArray(Attach(l, a), Attach(l, b))
	})
	// broadcast(name) → a BroadcastChannel member's handle.
	exports.Set("broadcast", func(name string) goja.Value {
		p := &Port{}
		o := Attach(l, p)
		h := handleOf(o)
		h.broadcast = name
		broadcasts.join(name, p)
		return o
	})
	// moveArrayBuffer(ab) → a new ArrayBuffer over ab's memory; ab is
	// detached (structuredClone's transfer list, within one VM).
	exports.Set("moveArrayBuffer", func(v goja.Value) goja.Value {
		ab, ok := exportArrayBuffer(v)
		if !ok {
			return goja.Undefined()
		}
		if ab.Detached() {
			return vm.ToValue(vm.NewArrayBuffer([]byte{}))
		}
		b := ab.Bytes()
		ab.Detach()
		return vm.ToValue(vm.NewArrayBuffer(b))
	})
	// movePort(handle) → a new handle for the same port; the old one is
	// detached (structuredClone transferring a MessagePort).
	exports.Set("movePort", func(v goja.Value) goja.Value {
		h := handleOf(v)
		if h == nil || h.port == nil {
			return goja.Undefined()
		}
		p := h.detachPort()
		return Attach(l, p)
	})
	// atomic(sab, byteOffset, size, op, a, b): an Atomics operation on
	// shared memory (atomics.go). Values are the element's unsigned bit
	// pattern: a Number for sizes up to 4, a decimal string for 8. It
	// returns the old value (the loaded one for "load").
	exports.Set("atomic", func(buf goja.Value, off, size int, op string, a, b goja.Value) goja.Value {
		mem := sharedMem(vm, buf, off, size)
		mask := ^uint64(0) >> (64 - 8*uint(size))
		bits := func(v goja.Value) uint64 {
			if v == nil {
				return 0
			}
			if size == 8 {
				u, _ := strconv.ParseUint(v.String(), 10, 64)
				return u
			}
			return uint64(v.ToInteger()) & mask
		}
		x, y := bits(a), bits(b)
		var f func(old uint64) uint64
		switch op {
		case "load":
			return out(vm, size, Load(mem, off, size))
		case "store", "exchange":
			f = func(uint64) uint64 { return x }
		case "add":
			f = func(old uint64) uint64 { return (old + x) & mask }
		case "sub":
			f = func(old uint64) uint64 { return (old - x) & mask }
		case "and":
			f = func(old uint64) uint64 { return old & x }
		case "or":
			f = func(old uint64) uint64 { return old | x }
		case "xor":
			f = func(old uint64) uint64 { return old ^ x }
		case "compareExchange":
			f = func(old uint64) uint64 {
				if old == x {
					return y
				}
				return old
			}
		default:
			panic(vm.NewTypeError("unknown Atomics operation " + op))
		}
		return out(vm, size, RMW(mem, off, size, f))
	})
	// notify(sab, byteOffset, count) → waiters woken (count < 0: all).
	exports.Set("notify", func(buf goja.Value, off int, count int) int {
		return Notify(sharedMem(vm, buf, off, 4), off, count)
	})
	// isHandle(v): v is a port handle of this VM.
	exports.Set("isHandle", func(v goja.Value) bool { return handleOf(v) != nil })
}

// sharedMem is the memory of a shared buffer, checked for an element of
// size bytes at off.
func sharedMem(vm *goja.Runtime, buf goja.Value, off, size int) []byte {
	ab, ok := exportArrayBuffer(buf)
	if !ok || ab.Detached() {
		panic(vm.NewTypeError("not a SharedArrayBuffer"))
	}
	mem := ab.Bytes()
	if size != 1 && size != 2 && size != 4 && size != 8 || off < 0 || off%size != 0 || off+size > len(mem) {
		panic(vm.NewTypeError("Invalid atomic access index"))
	}
	return mem
}

func out(vm *goja.Runtime, size int, u uint64) goja.Value {
	if size == 8 {
		return vm.ToValue(strconv.FormatUint(u, 10))
	}
	return vm.ToValue(float64(u))
}

func exportArrayBuffer(v goja.Value) (goja.ArrayBuffer, bool) {
	o, ok := v.(*goja.Object)
	if !ok {
		return goja.ArrayBuffer{}, false
	}
	ab, ok := o.Export().(goja.ArrayBuffer)
	return ab, ok
}

func handleOf(v goja.Value) *handle {
	o, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	hv := o.GetSymbol(handleKey)
	if hv == nil {
		return nil
	}
	h, _ := hv.Export().(*handle)
	return h
}

// Attach makes a JS handle for p on loop l (its VM). The port is not
// started: messages wait in its queue until the script listens.
func Attach(l *loop.Loop, p *Port) *goja.Object {
	vm := l.VM
	h := &handle{l: l, vm: vm, port: p}
	o := vm.NewObject()
	h.obj = o
	_ = o.DefineDataPropertySymbol(handleKey, vm.ToValue(h), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	set := func(name string, fn any) { _ = o.Set(name, fn) }
	set("setCallbacks", func(onMessage, onClose goja.Value) {
		h.onMessage, h.onClose = onMessage, onClose
	})
	// post(data, ports, buffers, shared) → false if the port is closed or
	// its peer gone (the message is dropped, as node drops it).
	set("post", h.post)
	set("start", func() {
		if h.started || h.port == nil {
			return
		}
		h.started = true
		h.updateRef()
		h.port.mu.Lock()
		if len(h.port.queue) > 0 || h.port.closed {
			h.port.wakeLocked()
		} else {
			h.port.mu.Unlock()
		}
	})
	set("stop", func() {
		h.started = false
		h.updateRef()
	})
	set("ref", func() { h.refd = true; h.updateRef() })
	set("unref", func() { h.refd = false; h.updateRef() })
	set("hasRef", func() bool { return h.holding })
	set("close", func() {
		if h.port == nil || h.closing {
			return
		}
		if h.broadcast != "" {
			broadcasts.leave(h.broadcast, h.port)
		}
		h.tellPeer = h.port.closeSelf()
		if h.broadcast != "" {
			// A closed BroadcastChannel gets nothing more, queued or not (a
			// MessagePort still emits what was queued before its close).
			h.started = false
		}
	})
	set("closed", func() bool { return h.port == nil || h.port.isClosed() })
	// receive() → [data, ports, buffers, shared] of the oldest queued
	// message, or undefined (receiveMessageOnPort).
	set("receive", func() goja.Value {
		if h.port == nil {
			return goja.Undefined()
		}
		m := h.port.next()
		if m == nil {
			return goja.Undefined()
		}
		return h.toJS(m)
	})
	l.Track(h)
	a := asyncsOf(l)
	a.handles = append(a.handles, h)
	p.attach(a)
	return o
}

// ForceClose runs at the runtime's shutdown: the peer hears 'close'.
func (h *handle) ForceClose() {
	if h.tellPeer != nil {
		h.tellPeer.closedByPeer()
		h.tellPeer = nil
	}
	if h.port == nil {
		return
	}
	p := h.port
	h.port = nil
	if h.broadcast != "" {
		broadcasts.leave(h.broadcast, p)
	}
	p.detach()
	p.dropQueued()
	p.Close()
}

func (h *handle) updateRef() {
	want := h.port != nil && h.refd && !h.closing
	if want == h.holding {
		return
	}
	h.holding = want
	if want {
		h.l.Ref()
	} else {
		h.l.Unref()
	}
}

// wake runs on the loop when messages arrived or the port closed.
func (h *handle) wake() {
	p := h.port
	if p == nil || h.l.Stopped {
		return
	}
	p.mu.Lock()
	p.pending = false
	p.mu.Unlock()
	if h.started {
		// Only what is queued now: later arrivals wait for the next wake-up,
		// so a port that answers itself cannot starve the loop.
		for n := p.queued(); n > 0 && h.started && h.port == p && !h.l.Stopped; n-- {
			m := p.next()
			if m == nil {
				break
			}
			h.l.Call(h.onMessage, h.obj, h.toJS(m))
		}
		if h.port == p && h.started && p.queued() > 0 {
			p.mu.Lock()
			p.wakeLocked()
			return
		}
	}
	// Closed by its peer, a port that is not receiving keeps what was sent
	// before the close until it starts (node's close comes after them in
	// the queue); its own close() discards them.
	waiting := h.tellPeer == nil && !h.started && p.queued() > 0
	if h.port == p && p.isClosed() && !h.closing && !waiting {
		h.closing = true
		h.port = nil
		p.detach()
		p.dropQueued()
		h.l.Untrack(h)
		// 'close' comes in the loop's close phase, as a uv handle's close
		// callback does in node; the ref is held until then.
		h.l.OnClosed(func() {
			h.updateRef()
			if h.onClose != nil {
				h.l.Call(h.onClose, h.obj)
			}
			if h.tellPeer != nil {
				h.tellPeer.closedByPeer()
				h.tellPeer = nil
			}
		})
	}
}

// post sends a message. It returns true or false (sent, or dropped as the
// port is closed), or node's warning when the message carried the port it
// was posted to: then it is dropped, which loses the channel.
func (h *handle) post(data goja.Value, ports, buffers, shared goja.Value) goja.Value {
	vm := h.l.VM
	if h.port == nil {
		return vm.ToValue(false)
	}
	m := MessageFrom(h.l, data, ports, buffers, shared)
	if h.broadcast != "" {
		broadcasts.send(h.broadcast, h.port, m)
		return vm.ToValue(true)
	}
	if peer := h.port.peerPort(); peer != nil {
		for _, q := range m.Ports {
			if q == peer {
				m.drop()
				return vm.ToValue("The target port was posted to itself, and the communication channel was lost")
			}
		}
	}
	return vm.ToValue(h.port.Send(m))
}

// MessageFrom builds a Message from what io.js hands Go: the serialized
// bytes (copied), the port handles to transfer (detached from this VM), the
// ArrayBuffers to transfer (their memory taken, the buffers detached) and
// the SharedArrayBuffers (their memory shared). Loop goroutine only.
func MessageFrom(l *loop.Loop, data, ports, buffers, shared goja.Value) *Message {
	b, _ := bufmod.Bytes(l.VM, data)
	m := &Message{Data: append([]byte(nil), b...)}
	each := func(list goja.Value, fn func(v goja.Value)) {
		o, ok := list.(*goja.Object)
		if !ok {
			return
		}
		n := int(o.Get("length").ToInteger())
		for i := 0; i < n; i++ {
			fn(o.Get(strconv.Itoa(i)))
		}
	}
	each(ports, func(v goja.Value) {
		other := handleOf(v)
		if other == nil || other.port == nil {
			return
		}
		m.Ports = append(m.Ports, other.detachPort())
	})
	each(buffers, func(v goja.Value) {
		ab, ok := exportArrayBuffer(v)
		if !ok || ab.Detached() {
			m.Buffers = append(m.Buffers, nil)
			return
		}
		m.Buffers = append(m.Buffers, ab.Bytes())
		ab.Detach()
	})
	each(shared, func(v goja.Value) {
		ab, ok := exportArrayBuffer(v)
		var mem []byte
		if ok && !ab.Detached() {
			mem = ab.Bytes()
		}
		m.Shared = append(m.Shared, &Shared{Bytes: mem})
	})
	return m
}

// detachPort takes the port away from this handle (transferred).
func (h *handle) detachPort() *Port {
	p := h.port
	h.port = nil
	h.closing = true
	h.updateRef()
	h.l.Untrack(h)
	p.detach()
	return p
}

func (h *handle) toJS(m *Message) goja.Value { return ToJS(h.l, m) }

// ToJS turns a received message into [data, ports, buffers, shared] for
// io.js: ArrayBuffers over the message's memory and new handles, on l, for
// its ports. Loop goroutine only.
func ToJS(l *loop.Loop, m *Message) goja.Value {
	vm := l.VM
	ports := make([]any, len(m.Ports))
	for i, p := range m.Ports {
		ports[i] = Attach(l, p)
	}
	buffers := make([]any, len(m.Buffers))
	for i, b := range m.Buffers {
		if b == nil {
			b = []byte{}
		}
		buffers[i] = vm.NewArrayBuffer(b)
	}
	shared := make([]any, len(m.Shared))
	for i, s := range m.Shared {
		shared[i] = vm.NewArrayBuffer(s.Bytes)
	}
	return vm.NewArray(vm.NewArrayBuffer(m.Data), vm.NewArray(ports...), vm.NewArray(buffers...), vm.NewArray(shared...))
}

// broadcasts are the process's BroadcastChannels by name: a message posted
// on one member reaches every other member, in every runtime.
var broadcasts = &broadcastGroups{groups: map[string][]*Port{}}

type broadcastGroups struct {
	mu     sync.Mutex
	groups map[string][]*Port
}

func (g *broadcastGroups) join(name string, p *Port) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.groups[name] = append(g.groups[name], p)
}

func (g *broadcastGroups) leave(name string, p *Port) {
	g.mu.Lock()
	defer g.mu.Unlock()
	list := g.groups[name]
	for i, q := range list {
		if q == p {
			list = append(list[:i:i], list[i+1:]...)
			break
		}
	}
	if len(list) == 0 {
		delete(g.groups, name)
	} else {
		g.groups[name] = list
	}
}

func (g *broadcastGroups) send(name string, from *Port, m *Message) {
	g.mu.Lock()
	members := append([]*Port(nil), g.groups[name]...)
	g.mu.Unlock()
	for _, p := range members {
		if p != from {
			p.deliver(&Message{Data: append([]byte(nil), m.Data...), Shared: m.Shared})
		}
	}
}
