package net

import (
	gonet "net"
	"net/netip"
	"os"
	"strconv"
	"sync"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"

	"github.com/gojanet/gojanet/internal/encoding"
	bufmod "github.com/gojanet/gojanet/modules/buffer"
	"github.com/gojanet/gojanet/runtime/loop"
)

// binding is the per-runtime state behind internalBinding('tcp_wrap').
type binding struct {
	l         *loop.Loop
	vm        *goja.Runtime
	handles   map[*goja.Object]*handle
	readBuf   []byte
	oob       []byte // recvmsg's ancillary buffer for IPC pipes (ipc.go)
	tcpProto  *goja.Object
	pipeProto *goja.Object
	pipe      *splicePipe                // see splice.go; nil until first needed
	noPipeTil float64                    // no pipe could be made: forwarding copies until this loop time (ms)
	spare     *reserveFD                 // see emfile.go
	rates     map[netip.Addr]*rateBucket // NetPolicy.ConnRate's buckets (limits.go)
	unixNames map[*handle]string         // listeners' names bound by another (unixpath.go)

	// writeWhole's buffer and chunk list for a small response the kernel
	// takes at once (the usual case): reused until a write queues them.
	whole      []byte
	wholeChunk [][]byte
	headBody   [][]byte // (a head and a Buffer body's: the head in whole)

	valTrue goja.Value // (made once: the held-read call's last argument)
}

// wholeMax is the largest response writeWhole builds in its reused buffer.
const wholeMax = 4 << 10

// readBufSize is the loop-wide read buffer; each chunk is copied out of it
// into a Buffer of exactly its size, so idle sockets hold no buffer.
const readBufSize = 64 * 1024

// Binding fills internalBinding('tcp_wrap').
func Binding(l *loop.Loop, exports *goja.Object) {
	vm := l.VM
	b := &binding{l: l, vm: vm, handles: map[*goja.Object]*handle{}, readBuf: make([]byte, readBufSize), valTrue: vm.ToValue(true)}

	methods := b.methods()
	makeCtor := func(name string, isUnix bool) (*goja.Object, *goja.Object) {
		proto := vm.NewObject()
		for name, fn := range methods {
			proto.SetNamed(name, fn)
		}
		ctor := vm.ToNamedValue(name, func(call goja.ConstructorCall) *goja.Object {
			// new.target's prototype, as the object goja made for this call.
			obj := b.newHandleObject(call.This.Prototype())
			h := &handle{b: b, obj: obj, fd: -1, unix: isUnix, refed: true}
			// new Pipe(IPC): fork()'s channel, which passes descriptors.
			h.ipc = isUnix && call.Argument(0).ToInteger() == 2
			b.register(h)
			return obj
		}).ToObject(vm)
		ctor.Set("prototype", proto)
		proto.Set("constructor", ctor)
		b.defineCounters(proto)
		exports.SetNamed(name, ctor)
		return ctor, proto
	}
	_, b.tcpProto = makeCtor("TCP", false)
	_, b.pipeProto = makeCtor("Pipe", true)

	constants := vm.NewObject()
	constants.Set("SOCKET", kindSocket)
	constants.Set("SERVER", kindServer)
	constants.Set("IPC", 2)
	constants.Set("UV_TCP_IPV6ONLY", 1)
	constants.Set("UV_EOF", uvEOF)
	exports.SetNamed("constants", constants)
	exports.SetNamed("TCPConnectWrap", func(goja.ConstructorCall) *goja.Object { return nil })
	exports.SetNamed("ShutdownWrap", func(goja.ConstructorCall) *goja.Object { return nil })
	exports.SetNamed("WriteWrap", func(goja.ConstructorCall) *goja.Object { return nil })
	exports.SetNamed("ipv6Available", ipv6Available())
	// writeWholeOf(handle, req, head, enc, body) is handle.writeWhole(req,
	// head, enc, body) for a handle of this binding's, undefined for any
	// other object (a handle of JavaScript's: TLS's): js/net.js's writeWhole
	// without the method's two reads from the handle, a host object (a few
	// hundred instructions each per response).
	exports.SetNamed("writeWholeOf", func(call goja.FunctionCall) goja.Value {
		o, ok := call.Argument(0).(*goja.Object)
		if !ok || b.handles[o] == nil || len(call.Arguments) < 2 {
			return goja.Undefined()
		}
		return b.writeWhole(goja.FunctionCall{This: o, Arguments: call.Arguments[1:]})
	})
	exports.SetNamed("guessHandleType", guessHandleType)
	// handOff(name, fd) passes a detached connection to the embedder's
	// NetPolicy.HandOff (to serve it in another runtime); false if none.
	exports.SetNamed("handOff", func(name string, fd int) bool {
		if l.Net.HandOff == nil || fd < 0 {
			if fd >= 0 {
				unix.Close(fd)
			}
			return false
		}
		f := os.NewFile(uintptr(fd), "handoff")
		conn, err := gonet.FileConn(f) // dups fd
		f.Close()
		if err != nil {
			return false
		}
		l.Go(func() { l.Net.HandOff(name, conn) })
		return true
	})
	// writeCaps() is [MaxWriteBuffer, MaxBufferedBytes] and bufferedBytes()
	// the bytes queued in Go: js/net.js counts what sockets hold in their
	// Writable buffers against the same caps.
	exports.SetNamed("writeCaps", func() []int { return []int{l.Net.MaxWriteBuffer, l.Net.MaxBufferedBytes} })
	exports.SetNamed("bufferedBytes", func() int64 { return l.Counters.Buffered.Load() })
	// liveHandles() lists the open handles (for graceful shutdown).
	exports.SetNamed("liveHandles", func() []any {
		out := make([]any, 0, len(b.handles))
		for o, h := range b.handles {
			if !h.closed {
				out = append(out, o)
			}
		}
		return out
	})
	// goListener(name) wraps a Go net.Listener the embedder registered
	// (Runtime.Listen) in a server handle for server.listen(handle).
	exports.SetNamed("goListener", func(name string) goja.Value {
		ln, ok := l.Net.Listener(name)
		if !ok {
			return goja.Null()
		}
		return b.newGoListenerHandle(ln).obj
	})
}

func (b *binding) register(h *handle) {
	if ho, ok := h.obj.Export().(*handleObject); ok {
		ho.h = h
	}
	b.handles[h.obj] = h
	b.l.Track(h)
}

// defineCounters puts the handle's live numbers on the prototype as
// getters: one set per runtime, not per socket (goja functions are heavy,
// and idle connections should cost little).
func (b *binding) defineCounters(proto *goja.Object) {
	vm := b.vm
	getter := func(name string, get func(h *handle) int64) {
		fn := vm.ToNamedValue("get "+name, func(call goja.FunctionCall) goja.Value {
			if o, ok := call.This.(*goja.Object); ok {
				if h := b.handles[o]; h != nil {
					return vm.ToValue(get(h))
				}
			}
			return vm.ToValue(0)
		})
		proto.DefineAccessorProperty(name, fn, nil, goja.FLAG_TRUE, goja.FLAG_TRUE)
	}
	getter("fd", func(h *handle) int64 { return int64(h.fd) })
	getter("writeQueueSize", func(h *handle) int64 { return int64(h.queued) })
	getter("bytesRead", func(h *handle) int64 { return h.bytesRead })
	getter("bytesWritten", func(h *handle) int64 { return h.bytesWritten })
	getter("forwardedBytes", func(h *handle) int64 { return h.forwarded })
}

// newHandle wraps an accepted descriptor in a JS handle object.
func (b *binding) newHandle(isUnix bool, fd int) *handle {
	proto := b.tcpProto
	if isUnix {
		proto = b.pipeProto
	}
	obj := b.newHandleObject(proto)
	h := &handle{b: b, obj: obj, fd: fd, unix: isUnix, refed: true, counted2: true}
	b.register(h)
	b.l.Counters.OpenSockets.Add(1)
	return h
}

func (b *binding) newBuffer(p []byte) goja.Value {
	return b.l.NewBuffer(p)
}

// newBufferCopy is a Buffer over a copy of p (the loop's read buffer): one
// allocation for a small chunk (goja's NewUint8ArrayCopy).
func (b *binding) newBufferCopy(p []byte) goja.Value {
	if b.l.NewBufferCopy != nil {
		return b.l.NewBufferCopy(p)
	}
	return b.l.NewBuffer(append([]byte(nil), p...))
}

// this finds the handle a method was called on.
func (b *binding) this(call goja.FunctionCall) *handle {
	if o, ok := call.This.(*goja.Object); ok {
		if h := b.handles[o]; h != nil {
			return h
		}
	}
	panic(b.vm.NewTypeError("Illegal invocation"))
}

func (b *binding) methods() map[string]func(goja.FunctionCall) goja.Value {
	vm := b.vm
	num := func(i int) goja.Value { return vm.ToValue(i) }
	ok := num(0)
	return map[string]func(goja.FunctionCall) goja.Value{
		"bind": func(call goja.FunctionCall) goja.Value {
			h := b.this(call)
			if h.unix {
				return num(h.bindUnix(call.Argument(0).String()))
			}
			return num(h.bindTCP(call.Argument(0).String(), int(call.Argument(1).ToInteger()), int(call.Argument(2).ToInteger())))
		},
		"bind6": func(call goja.FunctionCall) goja.Value {
			h := b.this(call)
			return num(h.bindTCP(call.Argument(0).String(), int(call.Argument(1).ToInteger()), int(call.Argument(2).ToInteger())))
		},
		"listen": func(call goja.FunctionCall) goja.Value {
			h := b.this(call)
			if h.gl != nil {
				return num(h.goListen())
			}
			return num(h.listen(int(call.Argument(0).ToInteger())))
		},
		"open": func(call goja.FunctionCall) goja.Value {
			return num(b.this(call).open(int(call.Argument(0).ToInteger())))
		},
		"fchmod": func(call goja.FunctionCall) goja.Value {
			return num(b.this(call).pipeChmod(call.Argument(0).ToInteger()))
		},
		"connect": func(call goja.FunctionCall) goja.Value {
			h := b.this(call)
			req := call.Argument(0).ToObject(vm)
			if h.unix {
				return num(h.connectUnix(req, call.Argument(1).String()))
			}
			return num(h.connectTCP(req, call.Argument(1).String(), int(call.Argument(2).ToInteger())))
		},
		"connect6": func(call goja.FunctionCall) goja.Value {
			h := b.this(call)
			return num(h.connectTCP(call.Argument(0).ToObject(vm), call.Argument(1).String(), int(call.Argument(2).ToInteger())))
		},
		"readStart": func(call goja.FunctionCall) goja.Value {
			h := b.this(call)
			if h.consumer != nil {
				return ok // taken over: Go decides when it reads (stream.go)
			}
			if h.gc != nil && !h.closed {
				if !h.reading {
					h.goReadStart()
				}
				return ok
			}
			if h.fd < 0 || h.closed {
				return num(-int(unix.EBADF))
			}
			h.reading = true
			h.updatePoll()
			return ok
		},
		"readStop": func(call goja.FunctionCall) goja.Value {
			h := b.this(call)
			if h.consumer != nil {
				return ok
			}
			h.reading = false
			h.updatePoll() // for a Go conn (no descriptor) this just updates the ref
			return ok
		},
		// consumeChunks(fn, socket, state) makes fn the consumer of what the
		// socket reads: fn.call(handle, socket, handle, n, state, true) instead of
		// onread(n, buffer), the chunk held where the read put it for the
		// call (heldChunk; the http parser's execute(handle)).
		// consumeChunks(null) gives the reads back to onread. End of stream
		// and errors always go to onread. cont, optional: when fn returns 2
		// (it stopped where node's parser runs ticks and microtasks), the
		// handle calls cont.call(handle, socket, handle, n, state) for the
		// rest of the chunk, as a callback of its own, until it returns
		// something else.
		"consumeChunks": func(call goja.FunctionCall) goja.Value {
			h := b.this(call)
			// (isFunction: no AssertFunction Callable made per connection)
			fn := call.Argument(0)
			if !b.isFunction(fn) {
				h.chunks = nil
				return goja.Undefined()
			}
			h.chunks = &chunkConsumer{fn: fn, socket: call.Argument(1), state: call.Argument(2)}
			if cont := call.Argument(3); b.isFunction(cont) {
				h.chunks.cont = cont
			}
			return goja.Undefined()
		},
		// heldChunk() is the held chunk as a Buffer (the same one for every
		// call during the consumer's call), or undefined outside it.
		"heldChunk": func(call goja.FunctionCall) goja.Value {
			h := b.this(call)
			if h.held == nil {
				return goja.Undefined()
			}
			if h.heldBuf == nil {
				h.heldBuf = b.newBufferCopy(h.held)
			}
			return h.heldBuf
		},
		"writeBuffer": func(call goja.FunctionCall) goja.Value {
			h := b.this(call)
			req := call.Argument(0).ToObject(vm)
			if goja.IsString(call.Argument(1)) {
				// node's stream_base: `socket.write('x', 'buffer')` lands here.
				panic(notABuffer(vm))
			}
			data := bytesOf(vm, call.Argument(1))
			if v := b.ipcWriteWithFD(h, req, data, call.Argument(2)); v != nil {
				return v
			}
			return b.finishWrite(h, req, [][]byte{data}, len(data))
		},
		"writev": func(call goja.FunctionCall) goja.Value {
			h := b.this(call)
			req := call.Argument(0).ToObject(vm)
			list := call.Argument(1).ToObject(vm)
			allBuffers := call.Argument(2).ToBoolean()
			// js/net.js passes an array; anything else (an array-like of
			// length 2^32, say) is a caller's bug, not a write.
			if list.ClassName() != "Array" {
				panic(vm.NewTypeError("writev: chunks must be an array"))
			}
			n := int(list.Get("length").ToInteger())
			var chunks [][]byte
			total := 0
			if allBuffers {
				for i := 0; i < n; i++ {
					c := bytesOf(vm, list.Get(strconv.Itoa(i)))
					chunks = append(chunks, c)
					total += len(c)
				}
			} else {
				for i := 0; i+1 < n; i += 2 {
					c := encode(b, list.Get(strconv.Itoa(i)), list.Get(strconv.Itoa(i+1)))
					chunks = append(chunks, c)
					total += len(c)
				}
			}
			return b.finishWrite(h, req, chunks, total)
		},
		"writeWhole":        b.writeWhole,
		"writeUtf8String":   b.stringWriter("utf8"),
		"writeLatin1String": b.stringWriter("latin1"),
		"writeAsciiString":  b.stringWriter("latin1"),
		"writeUcs2String":   b.stringWriter("utf16le"),
		"shutdown": func(call goja.FunctionCall) goja.Value {
			h := b.this(call)
			if h.gc != nil && !h.closed {
				h.goShutdown(call.Argument(0).ToObject(vm))
				return ok
			}
			if h.fd < 0 || h.closed {
				return num(-int(unix.ENOTCONN))
			}
			h.shutdownReq = call.Argument(0).ToObject(vm)
			if len(h.writes) == 0 {
				h.doShutdown()
			}
			h.updatePoll()
			return ok
		},
		"close": func(call goja.FunctionCall) goja.Value {
			h := b.this(call)
			cb := call.Argument(0)
			h.closeWithCallbacks(cb)
			return goja.Undefined()
		},
		"reset": func(call goja.FunctionCall) goja.Value {
			h := b.this(call)
			if h.fd >= 0 {
				_ = unix.SetsockoptLinger(h.fd, unix.SOL_SOCKET, unix.SO_LINGER, &unix.Linger{Onoff: 1, Linger: 0})
			}
			h.closeWithCallbacks(call.Argument(0))
			return ok
		},
		"getsockname": func(call goja.FunctionCall) goja.Value {
			h := b.this(call)
			switch {
			case h.gc != nil:
				return num(addrOf(call.Argument(0).ToObject(vm), h.gc.conn.LocalAddr()))
			case h.gl != nil:
				return num(addrOf(call.Argument(0).ToObject(vm), h.gl.ln.Addr()))
			}
			if h.fd < 0 {
				return num(-int(unix.EBADF))
			}
			sa, err := unix.Getsockname(h.fd)
			if err != nil {
				return num(errno(err))
			}
			if name := b.unixName(h); name != "" {
				sa = &unix.SockaddrUnix{Name: name}
			}
			fillAddress(call.Argument(0).ToObject(vm), sa)
			return ok
		},
		"getpeername": func(call goja.FunctionCall) goja.Value {
			h := b.this(call)
			if h.gc != nil {
				return num(addrOf(call.Argument(0).ToObject(vm), h.gc.conn.RemoteAddr()))
			}
			if h.fd < 0 {
				return num(-int(unix.EBADF))
			}
			sa, err := unix.Getpeername(h.fd)
			if err != nil {
				return num(errno(err))
			}
			fillAddress(call.Argument(0).ToObject(vm), sa)
			return ok
		},
		"setNoDelay": func(call goja.FunctionCall) goja.Value {
			h := b.this(call)
			if h.fd < 0 || h.unix {
				return ok
			}
			v := 0
			if call.Argument(0).ToBoolean() {
				v = 1
			}
			return num(errno0(unix.SetsockoptInt(h.fd, unix.IPPROTO_TCP, unix.TCP_NODELAY, v)))
		},
		"setKeepAlive": func(call goja.FunctionCall) goja.Value {
			h := b.this(call)
			if h.fd < 0 || h.unix {
				return ok
			}
			on := call.Argument(0).ToBoolean()
			v := 0
			if on {
				v = 1
			}
			if err := unix.SetsockoptInt(h.fd, unix.SOL_SOCKET, unix.SO_KEEPALIVE, v); err != nil {
				return num(errno(err))
			}
			if on {
				delay := int(call.Argument(1).ToInteger())
				if delay < 1 {
					delay = 1
				}
				_ = unix.SetsockoptInt(h.fd, unix.IPPROTO_TCP, unix.TCP_KEEPIDLE, delay)
				_ = unix.SetsockoptInt(h.fd, unix.IPPROTO_TCP, unix.TCP_KEEPINTVL, 1)
				_ = unix.SetsockoptInt(h.fd, unix.IPPROTO_TCP, unix.TCP_KEEPCNT, 10)
			}
			return ok
		},
		"setSimultaneousAccepts": func(call goja.FunctionCall) goja.Value { return ok },
		"isListening": func(call goja.FunctionCall) goja.Value {
			return vm.ToValue(b.this(call).listening)
		},
		// detach() gives up the descriptor (see handOff) and returns it.
		"detach": func(call goja.FunctionCall) goja.Value {
			return num(b.this(call).detach())
		},
		// pipeTo(dst) forwards what this handle reads straight to dst in Go;
		// pipeTo(null) stops. Only for kernel sockets of this runtime.
		"pipeTo": func(call goja.FunctionCall) goja.Value {
			h := b.this(call)
			if o, isObj := call.Argument(0).(*goja.Object); isObj {
				dst := b.handles[o]
				if dst == nil || dst.gc != nil || h.gc != nil || h.closed || dst.closed || h.consumer != nil || dst.consumer != nil {
					return vm.ToValue(false)
				}
				h.setPipe(dst)
				return vm.ToValue(true)
			}
			h.setPipe(nil)
			return vm.ToValue(true)
		},
		"ref": func(call goja.FunctionCall) goja.Value {
			h := b.this(call)
			h.refed = true
			h.updateRef()
			return goja.Undefined()
		},
		"unref": func(call goja.FunctionCall) goja.Value {
			h := b.this(call)
			h.refed = false
			h.updateRef()
			return goja.Undefined()
		},
		"hasRef": func(call goja.FunctionCall) goja.Value {
			h := b.this(call)
			return vm.ToValue(h.refed && !h.closed)
		},
	}
}

func (b *binding) stringWriter(enc string) func(goja.FunctionCall) goja.Value {
	encValue := b.vm.ToValue(enc) // (made once: a string value is an allocation)
	return func(call goja.FunctionCall) goja.Value {
		h := b.this(call)
		req := call.Argument(0).ToObject(b.vm)
		data := encode(b, call.Argument(1), encValue)
		if v := b.ipcWriteWithFD(h, req, data, call.Argument(2)); v != nil {
			return v
		}
		return b.finishWrite(h, req, [][]byte{data}, len(data))
	}
}

// writeWhole(req, head, enc, body) is js/net.js's writeWhole for a
// message written whole (an http response's head and its body): head and a
// string body encoded with enc ("utf8" or "latin1", as the one string node
// writes for them), or head in latin1 and a Buffer body, in one write
// (writev) and one call, without req.async and req.bytes set from Go (two
// property stores that cost more than the rest of the call) nor the string
// concatenation JS would make. It returns the bytes written when the write
// completed synchronously, -(4096 + bytes) when the rest is queued (req
// completes it), or a negative errno.
func (b *binding) writeWhole(call goja.FunctionCall) goja.Value {
	h := b.this(call)
	req := call.Argument(0).ToObject(b.vm)
	head, ok := call.Argument(1).(goja.String)
	if !ok {
		panic(b.vm.NewTypeError("writeWhole: the head must be a string"))
	}
	enc := "latin1"
	if e := call.Argument(2).String(); e == "utf8" {
		enc = e
	}
	var chunks [][]byte
	reused := false
	switch body := call.Argument(3).(type) {
	case goja.String:
		hs, ok1 := encoding.ASCII(head)
		bs, ok2 := encoding.ASCII(body)
		var p []byte
		if n := len(hs) + len(bs); ok1 && ok2 && n <= wholeMax {
			if cap(b.whole) < n {
				b.whole = make([]byte, max(n, 512))
			}
			if b.wholeChunk == nil {
				b.wholeChunk = make([][]byte, 1)
			}
			p, chunks, reused = b.whole[:n], b.wholeChunk, true
			copy(p[copy(p, hs):], bs)
			chunks[0] = p
		} else if ok1 && ok2 {
			p = make([]byte, n)
			copy(p[copy(p, hs):], bs)
		} else {
			p = append(encoding.Encode(head, enc), encoding.Encode(body, enc)...)
		}
		if !reused {
			chunks = [][]byte{p}
		}
	default:
		// (an ASCII head, the usual one, goes in the reused buffer too, and
		// with a Buffer body in a reused two-chunk list)
		hs, ok := encoding.ASCII(head)
		var p []byte
		if ok && len(hs) <= wholeMax {
			if cap(b.whole) < len(hs) {
				b.whole = make([]byte, max(len(hs), 512))
			}
			p, reused = b.whole[:copy(b.whole[:len(hs)], hs)], true
		} else {
			p = encoding.Encode(head, "latin1")
		}
		if goja.IsUndefined(body) && reused {
			if b.wholeChunk == nil {
				b.wholeChunk = make([][]byte, 1)
			}
			chunks = b.wholeChunk
			chunks[0] = p
		} else if goja.IsUndefined(body) {
			chunks = [][]byte{p}
		} else if reused {
			if b.headBody == nil {
				b.headBody = make([][]byte, 2)
			}
			chunks = b.headBody
			chunks[0], chunks[1] = p, bytesOf(b.vm, body)
		} else {
			chunks = [][]byte{p, bytesOf(b.vm, body)}
		}
	}
	n := 0
	for _, c := range chunks {
		n += len(c)
	}
	sync, code := h.write(chunks, req)
	if reused {
		if !sync {
			b.whole, b.wholeChunk, b.headBody = nil, nil, nil // the write queue holds them now
		} else if len(chunks) == 2 {
			chunks[1] = nil // (not the Buffer's memory past its write)
		}
	}
	if code != 0 {
		return b.vm.ToValue(code)
	}
	if !sync {
		return b.vm.ToValue(-(4096 + n))
	}
	return b.vm.ToValue(n)
}

// finishWrite runs a write and tells JS, as node's stream_base does, whether
// it finished synchronously (req.async) and how many bytes it carried.
func (b *binding) finishWrite(h *handle, req *goja.Object, chunks [][]byte, n int) goja.Value {
	sync, code := h.write(chunks, req)
	if code != 0 {
		return b.vm.ToValue(code)
	}
	req.Set("async", !sync)
	req.Set("bytes", n)
	return b.vm.ToValue(0)
}

func (h *handle) closeWithCallbacks(cb goja.Value) {
	if h.closed {
		return
	}
	wasQueued := h.writes
	dropPassFDs(wasQueued)
	h.writes, h.connectReq, h.shutdownReq = nil, nil, nil
	h.addQueued(-h.queued)
	h.closeNow()
	b := h.b
	// Callbacks of a closed handle run in the loop's close phase, as
	// libuv's close callbacks do (with no writes to cancel, the usual
	// close, a Task without a closure: closeTask).
	if len(wasQueued) == 0 {
		h.closeCb = cb
		b.l.OnClosedTask((*closeTask)(h))
		return
	}
	b.l.OnClosed(func() {
		for _, w := range wasQueued {
			if w.req != nil {
				h.complete(w.req, uvECANCELED)
			}
		}
		delete(b.handles, h.obj)
		// (an ordinary function, the usual close callback, is asked without
		// making AssertFunction's Callable: an allocation less per close)
		if b.vm.IsPlainFunction(cb) || isCallable(cb) {
			b.l.Call(cb, h.obj)
		}
	})
}

// closeTask is closeWithCallbacks' close phase for a handle that had no
// writes queued: the handle forgotten, the callback called.
type closeTask handle

func (t *closeTask) Run() {
	h := (*handle)(t)
	cb := h.closeCb
	h.closeCb = nil
	b := h.b
	delete(b.handles, h.obj)
	if b.vm.IsPlainFunction(cb) || isCallable(cb) {
		b.l.Call(cb, h.obj)
	}
}

// isFunction: v can be called, asked without AssertFunction's allocation
// when it is an ordinary function.
func (b *binding) isFunction(v goja.Value) bool {
	return v != nil && (b.vm.IsPlainFunction(v) || isCallable(v))
}

// isCallable: cb can be called (a bound or native function, a class's
// callable proxy: what IsPlainFunction does not answer).
func isCallable(cb goja.Value) bool {
	_, ok := goja.AssertFunction(cb)
	return ok
}

// bytesOf is the bytes of a chunk the script hands a write: any
// ArrayBuffer view, an ArrayBuffer, or a primitive's string form. Any other
// object is node's TypeError, found without exporting or stringifying it
// (an array of length 2^32 would make Go allocate gigabytes for either).
func bytesOf(vm *goja.Runtime, v goja.Value) []byte {
	if p, ok := bufmod.Bytes(vm, v); ok {
		return p
	}
	o, isObj := v.(*goja.Object)
	if !isObj {
		if v == nil {
			return nil
		}
		return []byte(v.String())
	}
	if o.ClassName() == "ArrayBuffer" {
		if ab, ok := o.Export().(goja.ArrayBuffer); ok {
			return ab.Bytes()
		}
	}
	panic(notABuffer(vm))
}

// notABuffer is the error node's stream_base throws for a chunk that is
// not a buffer.
func notABuffer(vm *goja.Runtime) *goja.Object {
	e := vm.NewTypeError("Second argument must be a buffer")
	_ = e.Set("code", "ERR_INVALID_ARG_TYPE")
	return e
}

func encode(b *binding, s, enc goja.Value) []byte {
	str, isStr := s.(goja.String)
	if !isStr {
		return bytesOf(b.vm, s)
	}
	name := "utf8"
	if enc != nil && !goja.IsUndefined(enc) {
		name = encoding.Normalize(enc.String())
	}
	return encoding.Encode(str, name)
}

func errno0(err error) int {
	if err == nil {
		return 0
	}
	return errno(err)
}

func fillAddress(out *goja.Object, sa unix.Sockaddr) {
	switch a := sa.(type) {
	case *unix.SockaddrInet4:
		out.Set("address", gonet.IP(a.Addr[:]).String())
		out.Set("family", "IPv4")
		out.Set("port", a.Port)
	case *unix.SockaddrInet6:
		ip := gonet.IP(a.Addr[:]).String()
		if v4 := gonet.IP(a.Addr[:]).To4(); v4 != nil {
			ip = "::ffff:" + v4.String() // node keeps IPv4-mapped peers mapped
		}
		if a.ZoneId != 0 {
			if ifc, err := gonet.InterfaceByIndex(int(a.ZoneId)); err == nil {
				ip += "%" + ifc.Name
			}
		}
		out.Set("address", ip)
		out.Set("family", "IPv6")
		out.Set("port", a.Port)
	case *unix.SockaddrUnix:
		out.Set("address", a.Name)
	}
}

// ipv6Available reports whether this host can bind ::1 (checked once).
var ipv6Available = sync.OnceValue(func() bool {
	fd, err := unix.Socket(unix.AF_INET6, unix.SOCK_STREAM|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		return false
	}
	defer unix.Close(fd)
	return unix.Bind(fd, &unix.SockaddrInet6{Addr: [16]byte{15: 1}}) == nil
})

// guessHandleType names what kind of descriptor fd is, as libuv's
// uv_guess_handle does: TCP, PIPE (Unix sockets, pipes, FIFOs), UDP, TTY,
// FILE or UNKNOWN.
func guessHandleType(fd int) string {
	if fd < 0 {
		return "INVALID"
	}
	var st unix.Stat_t
	if err := unix.Fstat(fd, &st); err != nil {
		return "UNKNOWN"
	}
	switch st.Mode & unix.S_IFMT {
	case unix.S_IFREG:
		return "FILE"
	case unix.S_IFCHR:
		if _, err := unix.IoctlGetTermios(fd, unix.TCGETS); err == nil {
			return "TTY"
		}
		return "FILE"
	case unix.S_IFIFO:
		return "PIPE"
	case unix.S_IFSOCK:
		sa, err := unix.Getsockname(fd)
		if err != nil {
			return "UNKNOWN"
		}
		typ, err := unix.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_TYPE)
		if err != nil {
			return "UNKNOWN"
		}
		switch sa.(type) {
		case *unix.SockaddrUnix:
			if typ == unix.SOCK_STREAM {
				return "PIPE"
			}
		case *unix.SockaddrInet4, *unix.SockaddrInet6:
			if typ == unix.SOCK_STREAM {
				return "TCP"
			}
			if typ == unix.SOCK_DGRAM {
				return "UDP"
			}
		}
	}
	return "UNKNOWN"
}
