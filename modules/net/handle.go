// Package net is the Go half of gojanet's net module: TCP and Unix-domain
// socket handles on the loop's epoll set, reached from JS as
// internalBinding('tcp_wrap'), with the same shape as node's own handle layer
// (bind/listen/connect/readStart/writeBuffer/shutdown/close and callbacks
// onconnection/onread/oncomplete). No goroutine runs per socket: the loop
// goroutine does the non-blocking syscalls when epoll says they will not block.
package net

import (
	"time"
	"unsafe"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"

	"github.com/gojanet/gojanet/internal/poll"
)

// Handle kinds, as node's constants.SOCKET / constants.SERVER.
const (
	kindSocket = 0
	kindServer = 1
)

// UV error numbers without a Linux errno.
const (
	uvEOF       = -4095
	uvECANCELED = -125
)

// pendingWrite is a chunk the kernel has not taken yet. data aliases the JS
// Buffer's memory: like node, we neither copy nor expect callers to reuse it.
type pendingWrite struct {
	data []byte
	req  *goja.Object // nil for all but the last chunk of a request
	// passFD is a descriptor (+1; 0: none) to send with the first byte of
	// data over an IPC pipe (ipc.go); a duplicate this write owns.
	passFD int
}

// handle is one socket or listener.
type handle struct {
	b    *binding
	obj  *goja.Object
	fd   int
	unix bool // AF_UNIX (node's Pipe)
	ipc  bool // an IPC pipe: descriptors pass with the bytes (ipc.go)

	refed     bool
	counted   bool // currently holding a loop ref
	listening bool
	reading   bool
	eof       bool // the peer's FIN was seen
	closed    bool
	mask      uint32 // events registered with epoll; 0: not registered

	// (the bools with mask: one word; each apart took a word of its own)
	pollFailing     bool // a failed registration is being reported (pollFailed)
	shutdownStarted bool
	noSplice        bool // splice failed for this source: forward by copying
	counted2        bool // counted in Counters.OpenSockets

	connectReq  *goja.Object
	boundPath   string // a Unix socket file we created by listening; removed on close
	writes      []pendingWrite
	queued      int // bytes in writes
	shutdownReq *goja.Object
	// the shutdown being completed in the pending phase (shutdownTask) and
	// its status; the close callback for the close phase (closeTask)
	shutdownDone   *goja.Object
	shutdownStatus int
	closeCb        goja.Value

	bytesRead, bytesWritten int64
	forwarded               int64 // bytes other handles forwarded into this one

	pipeTo   *handle              // forward reads here in Go (see forward)
	pipeFrom map[*handle]struct{} // handles forwarding to this one

	gc          *goConn     // a Go net.Conn instead of a descriptor
	gl          *goListener // a Go net.Listener instead of a descriptor
	goPending   int         // Go-side writes/shutdowns not yet completed
	pendingCode int         // an end/error read while paused (Go conns)

	consumer Consumer // Go code that took the socket over (stream.go)

	// chunks: the JS consumer of this socket's reads (http's server
	// connection, consumeChunks): readReady calls it with the handle and the
	// byte count instead of onread with a Buffer, and the bytes stay in the
	// loop's read buffer (held) for the call, where the parser reads them.
	chunks  *chunkConsumer
	held    []byte     // the chunk being handed over; nil outside the call
	heldBuf goja.Value // its Buffer, once heldChunk made one
}

// chunkConsumer is consumeChunks' fn, called as fn.call(handle, socket,
// handle, n, state, true) (the handle as `this`, as onread's: a tracked
// async context finds its resource by it).
type chunkConsumer struct {
	fn, socket, state goja.Value
	cont              goja.Value // the rest of a chunk fn stopped in (consumeChunks), or nil
}

func (h *handle) active() bool {
	return !h.closed && (h.listening || (h.reading && !h.eof) || h.connectReq != nil || len(h.writes) > 0 ||
		h.shutdownReq != nil || h.goPending > 0)
}

// updateRef keeps the loop alive exactly while the handle is ref'd and active,
// as libuv does.
func (h *handle) updateRef() {
	want := h.refed && h.active()
	if want != h.counted {
		h.counted = want
		if want {
			h.b.l.Ref()
		} else {
			h.b.l.Unref()
		}
	}
}

// updatePoll registers the events the handle currently needs.
func (h *handle) updatePoll() {
	var want uint32
	// A forwarding source waits while its destination is backed up.
	backedUp := h.pipeTo != nil && len(h.pipeTo.writes) > 0
	if h.listening || (h.reading && !h.eof && !backedUp) {
		want |= poll.Readable
	}
	if h.connectReq != nil || len(h.writes) > 0 {
		want |= poll.Writable
	}
	if h.fd < 0 || want == h.mask {
		h.updateRef()
		return
	}
	p := h.b.l.Poller()
	var err error
	switch {
	case want == 0:
		p.Remove(h.fd)
	case h.mask == 0:
		err = p.AddHandler(h.fd, want|unix.EPOLLRDHUP, h) // (OnEvents: no method value)
	default:
		err = p.Modify(h.fd, want|unix.EPOLLRDHUP)
	}
	if err != nil {
		// The kernel refused (ENOMEM, ENOSPC: max_user_watches). Waiting
		// for events that will never come would wedge this handle and
		// keep the loop alive for good: report the error instead.
		if h.mask != 0 {
			p.Remove(h.fd)
		}
		want = 0
		h.pollFailed(err)
	}
	h.mask = want
	h.updateRef()
}

// pollFailed reports a failed epoll registration to whoever waits on the
// handle, in the next pending-callbacks phase, as the error of what it
// waited for: a listener's accept ('error' on the server, which stays
// open: registration is tried again a second later), a connect, queued
// writes, or the read (the socket is then destroyed with the error).
func (h *handle) pollFailed(err error) {
	h.b.l.Counters.Degraded.Add(1)
	if h.pollFailing {
		return
	}
	h.pollFailing = true
	code := h.b.vm.ToValue(errno(err))
	h.b.l.Defer(func() {
		h.pollFailing = false
		if h.closed {
			return
		}
		switch {
		case h.listening:
			h.b.l.Call(h.obj.Get("onconnection"), h.obj, code)
			l := h.b.l
			l.Ref() // the retry is pending: stay alive as the server would
			time.AfterFunc(time.Second, func() {
				l.Post(func() {
					l.Unref()
					if !h.closed && h.mask == 0 {
						h.updatePoll()
					}
				})
			})
		case h.connectReq != nil:
			req := h.connectReq
			h.connectReq = nil
			h.updatePoll()
			f := h.b.vm.ToValue(false)
			h.b.l.Call(req.Get("oncomplete"), req, code, h.obj, req, f, f)
		default:
			if len(h.writes) > 0 {
				h.failWrites(int(code.ToInteger()))
				h.updatePoll()
			}
			if h.reading && !h.eof && !h.closed {
				h.b.l.Call(h.obj.Get("onread"), h.obj, code)
			}
		}
	})
}

// OnEvents is the poller's report of the events that fired (poll.Handler).
func (h *handle) OnEvents(ev uint32) {
	if h.listening {
		h.acceptReady()
		return
	}
	if h.connectReq != nil {
		h.connectReady()
		return
	}
	if ev&(poll.Writable|poll.Error|unix.EPOLLHUP) != 0 && len(h.writes) > 0 {
		h.flush()
	}
	if h.closed {
		return
	}
	if ev&(poll.Readable|poll.Hangup|poll.Error) != 0 && h.reading && !h.eof {
		if h.ipc {
			h.readIPC()
			return
		}
		h.readReady()
	}
}

// readReady reads what the kernel has, handing each chunk to onread; a full
// buffer means more may be waiting, so it reads again (a few times at most,
// to stay fair to other sockets).
func (h *handle) readReady() {
	if h.consumer != nil {
		h.consumerRead()
		return
	}
	if h.pipeTo != nil && h.spliceReady() {
		return
	}
	buf := h.b.readBuf
	for i := 0; i < 4 && h.reading && !h.closed; i++ {
		n, err := rawRead(h.fd, buf)
		if err == unix.EAGAIN || err == unix.EINTR {
			return
		}
		if err != nil {
			h.b.l.Call(h.obj.Get("onread"), h.obj, h.b.vm.ToValue(errno(err)))
			return
		}
		if n == 0 {
			h.eof = true
			h.updatePoll()
			h.b.l.Call(h.obj.Get("onread"), h.obj, h.b.vm.ToValue(uvEOF))
			return
		}
		h.countRead(n)
		if h.pipeTo != nil && h.forward(buf[:n]) {
			if n < len(buf) || h.pipeTo == nil || len(h.pipeTo.writes) > 0 {
				return
			}
			continue
		}
		if c := h.chunks; c != nil {
			h.callChunks(c, buf[:n])
		} else {
			h.b.l.Call(h.obj.Get("onread"), h.obj, h.b.vm.ToValue(n), h.b.newBufferCopy(buf[:n]))
		}
		if n < len(buf) {
			return
		}
	}
}

// callChunks hands a chunk to the socket's JS consumer without a Buffer:
// the bytes are held for the call (HeldBytes, heldChunk), as node's http
// parser reads a consumed handle's bytes where libuv put them.
// A consumer that stops in the chunk (returns 2: http's parser reached a
// body piece, after which node runs ticks and microtasks) has the rest
// handed to its cont in a callback of its own, which Call drains after.
func (h *handle) callChunks(c *chunkConsumer, p []byte) {
	h.held = p
	n := h.b.vm.IntValue(int64(len(p)))
	v := h.b.l.Call(c.fn, h.obj, c.socket, h.obj, n, c.state, h.b.valTrue)
	for c.cont != nil && WantsRest(v) && !h.b.l.Stopped {
		v = h.b.l.Call(c.cont, h.obj, c.socket, h.obj, n, c.state)
	}
	h.held, h.heldBuf = nil, nil
}

// WantsRest: a read's consumer answered 2, it stopped at a drain point
// (js/_http_server.js consumeSocketChunk) and takes the rest of the read in
// a callback of its own, after the ticks and microtasks this one queued.
func WantsRest(v goja.Value) bool {
	return v != nil && goja.IsNumber(v) && v.ToFloat() == 2
}

// consumerRead is readReady for a socket taken over from Go (stream.go):
// the chunk goes to the consumer straight from the loop's buffer.
func (h *handle) consumerRead() {
	buf := h.b.readBuf
	for i := 0; i < 4 && h.reading && !h.closed && h.consumer != nil; i++ {
		n, err := rawRead(h.fd, buf)
		if err == unix.EAGAIN || err == unix.EINTR {
			return
		}
		if err != nil {
			h.reading = false
			h.updatePoll()
			h.consumer.OnReadEnd(errno(err))
			return
		}
		if n == 0 {
			h.eof = true
			h.updatePoll()
			h.consumer.OnReadEnd(uvEOF)
			return
		}
		h.countRead(n)
		h.consumer.OnRead(buf[:n])
		if n < len(buf) {
			return
		}
	}
}

// forward writes a chunk read from h straight to the handle h is piped to,
// without a trip through JavaScript. The script enables this only while
// nothing can observe the chunk ('data' has no listener but the pipe's, no
// encoding, no timeout, nothing buffered in JS); counters stay exact because
// bytesRead/bytesWritten are kept here. On any failure the chunk goes the
// normal way (through JS), so errors surface exactly as without forwarding.
func (h *handle) forward(p []byte) bool {
	dst := h.pipeTo
	if !dst.takesForward() {
		h.setPipe(nil)
		return false
	}
	dst.forwarded += int64(len(p))
	n := 0
	var err error
	if len(dst.writes) == 0 {
		n, err = writeAll(dst.fd, p)
		dst.countWritten(n)
		if err == nil {
			return true
		}
	}
	if err != nil && err != unix.EAGAIN {
		// Hand the rest to JS, whose write meets the same error and
		// reports it as node would.
		h.setPipe(nil)
		rest := append([]byte(nil), p[n:]...)
		h.b.l.Call(h.obj.Get("onread"), h.obj, h.b.vm.ToValue(len(rest)), h.b.newBuffer(rest))
		return true
	}
	h.queueForward(dst, append([]byte(nil), p[n:]...))
	return true
}

// takesForward reports whether bytes may still be forwarded into h: it is
// open and not shut down.
func (h *handle) takesForward() bool {
	return !h.closed && h.fd >= 0 && h.shutdownReq == nil
}

// queueForward queues forwarded bytes dst could not take yet; h stops
// reading until dst drains (see updatePoll).
func (h *handle) queueForward(dst *handle, rest []byte) {
	dst.writes = append(dst.writes, pendingWrite{data: rest})
	dst.addQueued(len(rest))
	dst.updatePoll()
	h.updatePoll()
}

// setPipe turns forwarding from h to dst on (dst != nil) or off.
func (h *handle) setPipe(dst *handle) {
	if old := h.pipeTo; old != nil {
		delete(old.pipeFrom, h)
	}
	h.pipeTo = dst
	if dst != nil {
		if dst.pipeFrom == nil {
			dst.pipeFrom = map[*handle]struct{}{}
		}
		dst.pipeFrom[h] = struct{}{}
	}
	h.updatePoll()
}

// write sends data now if the kernel takes it, else queues it. It reports
// whether the request completed synchronously, or a negative errno.
func (h *handle) write(chunks [][]byte, req *goja.Object) (sync bool, errCode int) {
	if h.gc != nil && !h.closed {
		return false, h.goWrite(chunks, req)
	}
	if h.fd < 0 || h.closed {
		return false, -int(unix.EBADF)
	}
	if h.shutdownReq != nil {
		return false, -int(unix.EPIPE)
	}
	i := 0
	if len(h.writes) == 0 {
		for {
			for i < len(chunks) && len(chunks[i]) == 0 {
				i++
			}
			if i == len(chunks) {
				return true, 0
			}
			// Several chunks (a corked socket's writev: an HTTP chunk's size
			// line, data and CRLF) go out in one writev(2), as libuv does, so
			// they leave in one segment rather than one per chunk.
			var n int
			var err error
			if len(chunks)-i == 1 {
				n, err = writeAll(h.fd, chunks[i])
			} else {
				n, err = rawWritev(h.fd, chunks[i:min(len(chunks), i+maxIOV)])
				if err == unix.EINTR {
					continue
				}
				if n < 0 {
					n = 0
				}
			}
			h.countWritten(n)
			for n > 0 {
				if n >= len(chunks[i]) {
					n -= len(chunks[i])
					i++
				} else {
					chunks[i] = chunks[i][n:]
					n = 0
				}
			}
			if err == unix.EAGAIN {
				break
			}
			if err != nil {
				return false, errno(err)
			}
		}
	}
	rest := 0
	for _, c := range chunks[i:] {
		rest += len(c)
	}
	if h.overLimit(rest) {
		return false, -int(unix.ENOBUFS)
	}
	for j := i; j < len(chunks); j++ {
		pw := pendingWrite{data: chunks[j]}
		if j == len(chunks)-1 {
			pw.req = req
		}
		h.writes = append(h.writes, pw)
		h.addQueued(len(chunks[j]))
	}
	if len(chunks) == 0 || i == len(chunks) {
		h.writes = append(h.writes, pendingWrite{req: req})
	}
	h.updatePoll()
	return false, 0
}

// countRead and countWritten add n bytes to the handle's counters and the
// runtime's totals.
func (h *handle) countRead(n int) {
	h.bytesRead += int64(n)
	h.b.l.Counters.BytesRead.Add(int64(n))
}

func (h *handle) countWritten(n int) {
	h.bytesWritten += int64(n)
	h.b.l.Counters.BytesWritten.Add(int64(n))
}

// maxIOV is the most buffers one writev(2) takes (IOV_MAX on Linux).
const maxIOV = 1024

// writeAll and rawWritev write with raw system calls, as splice and the
// loop's epoll_wait do: the descriptor is non-blocking, so the call never
// waits, and the scheduler's entersyscall/exitsyscall (≈ 1 K instructions,
// most of a small write's Go side) are spared.
func writeAll(fd int, p []byte) (int, error) {
	done := 0
	for done < len(p) {
		r, _, e := unix.RawSyscall(unix.SYS_WRITE, uintptr(fd), uintptr(unsafe.Pointer(&p[done])), uintptr(len(p)-done))
		n := int(r)
		var err error
		if e != 0 {
			n, err = 0, e
		}
		if n > 0 {
			done += n
		}
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return done, err
		}
	}
	return done, nil
}

// rawRead is unix.Read as a raw system call (see writeAll: the descriptor
// is non-blocking, a read that would wait returns EAGAIN). n is 0 on an
// error.
func rawRead(fd int, p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	r, _, e := unix.RawSyscall(unix.SYS_READ, uintptr(fd), uintptr(unsafe.Pointer(&p[0])), uintptr(len(p)))
	if e != 0 {
		return 0, e
	}
	return int(r), nil
}

// rawWritev is unix.Writev as a raw system call (see writeAll) for up to
// 8 buffers (a head and a body, an HTTP chunk's three parts), more through
// unix.Writev. n is 0 on an error.
func rawWritev(fd int, bufs [][]byte) (int, error) {
	if len(bufs) > 8 {
		n, err := unix.Writev(fd, bufs)
		if n < 0 {
			n = 0
		}
		return n, err
	}
	var iov [8]unix.Iovec
	k := 0
	for _, b := range bufs {
		if len(b) > 0 {
			iov[k].Base = &b[0]
			iov[k].SetLen(len(b))
			k++
		}
	}
	if k == 0 {
		return 0, nil
	}
	r, _, e := unix.RawSyscall(unix.SYS_WRITEV, uintptr(fd), uintptr(unsafe.Pointer(&iov[0])), uintptr(k))
	if e != 0 {
		return 0, e
	}
	return int(r), nil
}

// flush writes queued chunks when the socket is writable again.
func (h *handle) flush() {
	for len(h.writes) > 0 && !h.closed {
		w := &h.writes[0]
		if w.passFD > 0 && !h.flushFD(w) {
			break
		}
		n, err := writeAll(h.fd, w.data)
		h.countWritten(n)
		h.addQueued(-n)
		w.data = w.data[n:]
		if err == unix.EAGAIN {
			break
		}
		if err != nil {
			h.failWrites(errno(err))
			break
		}
		req := w.req
		h.writes[0] = pendingWrite{}
		h.writes = h.writes[1:]
		if req != nil {
			h.complete(req, 0)
		}
	}
	if len(h.writes) == 0 {
		h.writes = nil
		if h.shutdownReq != nil && !h.closed {
			h.doShutdown()
		}
		for src := range h.pipeFrom {
			src.updatePoll() // resume sources that waited for us to drain
		}
	}
	h.updatePoll()
	if len(h.writes) == 0 && h.consumer != nil && !h.closed {
		h.consumer.OnDrain()
	}
}

// failWrites completes every queued request with an error.
func (h *handle) failWrites(code int) {
	writes := h.writes
	h.writes = nil
	h.addQueued(-h.queued)
	dropPassFDs(writes)
	for _, w := range writes {
		if w.req != nil {
			h.complete(w.req, code)
		}
	}
	if h.consumer != nil && len(writes) > 0 {
		h.consumer.OnWriteError(code)
	}
}

func (h *handle) complete(req *goja.Object, status int) {
	vm := h.b.vm
	var errv goja.Value = goja.Undefined()
	h.b.l.Call(req.Get("oncomplete"), req, vm.ToValue(status), h.obj, errv)
}

func (h *handle) doShutdown() {
	if h.shutdownStarted {
		return // flush() and shutdown() can both get here for one request
	}
	h.shutdownStarted = true
	req := h.shutdownReq
	status := 0
	// (raw: shutdown(SHUT_WR) does not block)
	if _, _, e := unix.RawSyscall(unix.SYS_SHUTDOWN, uintptr(h.fd), unix.SHUT_WR, 0); e != 0 && e != unix.ENOTCONN {
		status = errno(e)
	}
	h.shutdownDone, h.shutdownStatus = req, status
	h.b.l.DeferTask((*shutdownTask)(h))
}

// shutdownTask completes a handle's shutdown in the loop's pending phase:
// a Task without a closure (an allocation per connection).
type shutdownTask handle

func (t *shutdownTask) Run() {
	h := (*handle)(t)
	req, status := h.shutdownDone, h.shutdownStatus
	h.shutdownDone = nil
	h.shutdownReq = nil
	h.shutdownStarted = false
	h.updatePoll()
	h.complete(req, status)
}

// acceptReady accepts up to 64 connections per readiness, until EAGAIN.
// node 20's libuv takes one per readiness; that saves the failing accept4
// when connections come one at a time, but with several clients connecting
// at once it costs a loop turn and an epoll_wait per connection, and
// measured worse (netbench connect, 8 clients: ≈ 5% fewer connections per
// server CPU-second, 6 rounds against this).
func (h *handle) acceptReady() {
	for i := 0; i < 64 && h.listening && !h.closed; i++ {
		nfd, peer, err := accept4(h.fd, h.b.l.Net.ConnRate > 0)
		if err == unix.EAGAIN || err == unix.EINTR {
			return
		}
		onconn := h.obj.Get("onconnection")
		if err != nil {
			if err == unix.ECONNABORTED {
				continue
			}
			if err == unix.EMFILE || err == unix.ENFILE {
				// Out of descriptors: shed the backlog (emfile.go); the
				// server sees nothing unless that was impossible.
				if err = h.b.shedPending(h.fd, err); err == unix.EAGAIN {
					return
				}
			}
			h.b.l.Call(onconn, h.obj, h.b.vm.ToValue(errno(err)))
			return
		}
		if max := h.b.l.Net.MaxSockets; max > 0 && int(h.b.l.Counters.OpenSockets.Load()) >= max {
			unix.Close(nfd) // over the runtime's socket cap: drop, as a full backlog would
			h.b.l.Counters.Shed.Add(1)
			continue
		}
		if !h.b.admit(peer) {
			unix.Close(nfd) // over the per-address connection rate
			h.b.l.Counters.Shed.Add(1)
			continue
		}
		h.b.l.Counters.Accepted.Add(1)
		client := h.b.newHandle(h.unix, nfd)
		h.b.l.Call(onconn, h.obj, h.b.vm.ToValue(0), client.obj)
	}
}

func (h *handle) connectReady() {
	req := h.connectReq
	status := 0
	if v, err := unix.GetsockoptInt(h.fd, unix.SOL_SOCKET, unix.SO_ERROR); err != nil {
		status = errno(err)
	} else if v != 0 {
		status = -v
	}
	h.connectReq = nil
	h.updatePoll()
	vm := h.b.vm
	readable := vm.ToValue(status == 0)
	h.b.l.Call(req.Get("oncomplete"), req, vm.ToValue(status), h.obj, req, readable, readable)
}

// closeNow releases the descriptor; pending writes fail with ECANCELED.
func (h *handle) closeNow() {
	if h.closed {
		return
	}
	switch {
	case h.gc != nil:
		h.goClose()
	case h.gl != nil:
		h.goListenerClose()
	}
	if h.counted2 {
		h.counted2 = false
		h.b.l.Counters.OpenSockets.Add(-1)
	}
	if h.listening {
		h.b.l.Counters.OpenListeners.Add(-1)
	}
	if h.fd >= 0 && h.mask != 0 {
		h.b.l.Poller().Remove(h.fd)
	}
	h.mask = 0
	if h.fd >= 0 {
		unix.Close(h.fd)
	}
	if h.boundPath != "" && h.listening {
		// libuv removes the socket file of a closed Unix-socket server.
		_ = unix.Unlink(h.boundPath)
	}
	if h.b.unixNames != nil {
		delete(h.b.unixNames, h)
	}
	h.fd = -1
	h.closed = true
	h.consumer, h.chunks = nil, nil
	h.listening, h.reading = false, false
	h.setPipe(nil)
	for src := range h.pipeFrom {
		src.setPipe(nil) // removes src from h.pipeFrom
	}
	h.updateRef()
	h.b.l.Untrack(h)
}

// ForceClose is the runtime's shutdown path: no callbacks run.
func (h *handle) ForceClose() {
	dropPassFDs(h.writes)
	h.writes, h.connectReq, h.shutdownReq = nil, nil, nil
	h.addQueued(-h.queued)
	h.closeNow()
	delete(h.b.handles, h.obj)
}

func errno(err error) int {
	if e, ok := err.(unix.Errno); ok {
		return -int(e)
	}
	return -int(unix.EIO)
}
