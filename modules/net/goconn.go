package net

import (
	"errors"
	"io"
	gonet "net"
	"os"
	"sync"
	"syscall"
	"time"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"
)

// Go-owned connections and listeners (TLS terminated in Go, systemd
// sockets, in-memory pipes) behind the same handle API as kernel sockets.
// They cannot join the epoll set, so each connection has a reader goroutine
// (at most one chunk in flight, so readStop is honoured) and a writer
// goroutine; results come back to the loop through Post.

type goConn struct {
	conn   gonet.Conn
	next   chan struct{} // lets the reader read one more chunk
	jobs   chan writeJob
	held   []byte // a chunk read while the script had paused reading
	heldOK bool
	done   chan struct{}
	once   sync.Once
}

type writeJob struct {
	chunks   [][]byte
	req      *goja.Object
	shutdown bool
}

func (b *binding) newGoConnHandle(conn gonet.Conn) *handle {
	obj := b.newHandleObject(b.tcpProto)
	h := &handle{b: b, obj: obj, fd: -1, refed: true}
	h.gc = &goConn{conn: conn, next: make(chan struct{}, 1), jobs: make(chan writeJob, 64), done: make(chan struct{})}
	b.register(h)
	b.l.Counters.OpenSockets.Add(1)
	b.l.Go(h.goReader)
	b.l.Go(h.goWriter)
	return h
}

// goReader reads a chunk whenever the loop asks for one.
func (h *handle) goReader() {
	gc := h.gc
	buf := make([]byte, 16*1024)
	for {
		select {
		case <-gc.next:
		case <-gc.done:
			return
		}
		n, err := gc.conn.Read(buf)
		var chunk []byte
		if n > 0 {
			chunk = append([]byte(nil), buf[:n]...)
		}
		code := 0
		if err != nil && n == 0 {
			code = goErrno(err)
		}
		h.b.l.Post(func() { h.goDeliver(chunk, code) })
		if code != 0 {
			return
		}
	}
}

func (h *handle) goDeliver(chunk []byte, code int) {
	if h.closed {
		return
	}
	if !h.reading {
		h.gc.held, h.gc.heldOK = chunk, code == 0
		if code != 0 {
			h.gc.held = nil
			h.pendingCode = code
		}
		return
	}
	h.goEmit(chunk, code)
}

func (h *handle) goEmit(chunk []byte, code int) {
	vm := h.b.vm
	onread := h.obj.Get("onread")
	if code != 0 {
		h.eof = true
		h.updateRef()
		h.b.l.Call(onread, h.obj, vm.ToValue(code))
		return
	}
	h.countRead(len(chunk))
	h.b.l.Call(onread, h.obj, vm.ToValue(len(chunk)), h.b.newBuffer(chunk))
	if h.reading && !h.closed {
		h.goAskRead()
	}
}

func (h *handle) goAskRead() {
	select {
	case h.gc.next <- struct{}{}:
	default:
	}
}

func (h *handle) goReadStart() {
	h.reading = true
	h.updateRef()
	gc := h.gc
	switch {
	case gc.heldOK:
		chunk := gc.held
		gc.held, gc.heldOK = nil, false
		h.b.l.Post(func() { h.goDeliver(chunk, 0) })
	case h.pendingCode != 0:
		code := h.pendingCode
		h.pendingCode = 0
		h.b.l.Post(func() { h.goDeliver(nil, code) })
	default:
		if !h.eof {
			h.goAskRead()
		}
	}
}

// goWriter performs writes in order and reports each completion.
func (h *handle) goWriter() {
	gc := h.gc
	for {
		var job writeJob
		select {
		case job = <-gc.jobs:
		case <-gc.done:
			return
		}
		status := 0
		n := 0
		if job.shutdown {
			if cw, ok := gc.conn.(interface{ CloseWrite() error }); ok {
				if err := cw.CloseWrite(); err != nil {
					status = goErrno(err)
				}
			}
		} else {
			for _, c := range job.chunks {
				m, err := gc.conn.Write(c)
				n += m
				if err != nil {
					status = goErrno(err)
					break
				}
			}
		}
		h.b.l.Post(func() {
			// Completions are delivered even after close: the bytes did go out
			// (or failed), and the script's write callback must run once.
			if !h.closed { // closing dropped the queue's count
				h.addQueued(-n)
			}
			h.countWritten(n)
			h.goPending--
			if job.shutdown {
				h.shutdownReq = nil
			}
			h.updateRef()
			h.complete(job.req, status)
		})
	}
}

func (h *handle) goWrite(chunks [][]byte, req *goja.Object) int {
	total := 0
	for _, c := range chunks {
		total += len(c)
	}
	if h.overLimit(total) {
		return -int(unix.ENOBUFS)
	}
	h.addQueued(total)
	h.goPending++
	h.updateRef()
	h.goQueue(writeJob{chunks: chunks, req: req})
	return 0
}

func (h *handle) goShutdown(req *goja.Object) {
	h.shutdownReq = req
	h.goPending++
	h.updateRef()
	h.goQueue(writeJob{req: req, shutdown: true})
}

// goQueue hands job to the writer goroutine without blocking the loop.
func (h *handle) goQueue(job writeJob) {
	select {
	case h.gc.jobs <- job:
	default:
		// The writer is far behind: queue from a goroutine.
		go func() {
			select {
			case h.gc.jobs <- job:
			case <-h.gc.done:
			}
		}()
	}
}

func (h *handle) goClose() {
	gc := h.gc
	gc.once.Do(func() {
		close(gc.done)
		gc.conn.Close()
	})
}

func goErrno(err error) int {
	var errno syscall.Errno
	switch {
	case errors.Is(err, io.EOF), errors.Is(err, gonet.ErrClosed), errors.Is(err, io.ErrClosedPipe):
		return uvEOF
	case errors.As(err, &errno):
		return -int(errno)
	case errors.Is(err, os.ErrDeadlineExceeded):
		return -int(unix.ETIMEDOUT)
	}
	return -int(unix.ECONNRESET)
}

// goListener accepts from a Go net.Listener on its own goroutine.
type goListener struct {
	ln   gonet.Listener
	once sync.Once
}

func (b *binding) newGoListenerHandle(ln gonet.Listener) *handle {
	obj := b.newHandleObject(b.tcpProto)
	h := &handle{b: b, obj: obj, fd: -1, refed: true, gl: &goListener{ln: ln}}
	b.register(h)
	return h
}

func (h *handle) goListen() int {
	if h.listening {
		return 0
	}
	h.listening = true
	h.b.l.Counters.OpenListeners.Add(1)
	h.updateRef()
	ln := h.gl.ln
	h.b.l.Go(func() {
		var delay time.Duration
		for {
			conn, err := ln.Accept()
			if err != nil {
				var ne gonet.Error
				if errors.As(err, &ne) && ne.Timeout() {
					continue
				}
				if !transientAcceptError(err) {
					return
				}
				// Out of descriptors or memory: the listener is fine, so
				// wait and accept again (as net/http does) instead of
				// giving up on it for good.
				delay = min(max(2*delay, 5*time.Millisecond), time.Second)
				h.b.l.Counters.Degraded.Add(1)
				time.Sleep(delay)
				continue
			}
			delay = 0
			h.b.l.Post(func() {
				if h.closed || !h.listening {
					conn.Close()
					return
				}
				h.b.acceptGoConn(h, conn)
			})
		}
	})
	return 0
}

func (b *binding) acceptGoConn(server *handle, conn gonet.Conn) {
	if max := b.l.Net.MaxSockets; max > 0 && int(b.l.Counters.OpenSockets.Load()) >= max || !b.admit(netAddrIP(conn.RemoteAddr())) {
		conn.Close()
		b.l.Counters.Shed.Add(1)
		return
	}
	b.l.Counters.Accepted.Add(1)
	client := b.kernelHandle(conn)
	if client == nil {
		client = b.newGoConnHandle(conn)
	}
	b.l.Call(server.obj.Get("onconnection"), server.obj, b.vm.ToValue(0), client.obj)
}

func (h *handle) goListenerClose() {
	h.gl.once.Do(func() { h.gl.ln.Close() })
}

// addrOf fills a getsockname/getpeername result from a Go address.
func addrOf(out *goja.Object, a gonet.Addr) int {
	switch x := a.(type) {
	case *gonet.TCPAddr:
		fam := "IPv6"
		ip := x.IP.String()
		if x.IP.To4() != nil {
			fam = "IPv4"
		}
		out.Set("address", ip)
		out.Set("family", fam)
		out.Set("port", x.Port)
	case *gonet.UnixAddr:
		out.Set("address", x.Name)
	default:
		return -int(unix.ENOTSUP)
	}
	return 0
}

// kernelHandle moves a plain TCP or Unix connection onto the epoll set (no
// goroutines, the fast path); nil for anything else (TLS, pipes).
func (b *binding) kernelHandle(conn gonet.Conn) *handle {
	var f *os.File
	var err error
	isUnix := false
	switch c := conn.(type) {
	case *gonet.TCPConn:
		f, err = c.File()
	case *gonet.UnixConn:
		f, err = c.File()
		isUnix = true
	default:
		return nil
	}
	if err != nil {
		return nil
	}
	// File returns a duplicate in blocking mode; we own it from here on.
	fd, err := unix.Dup(int(f.Fd()))
	f.Close()
	if err != nil {
		return nil
	}
	conn.Close()
	unix.CloseOnExec(fd)
	if err := unix.SetNonblock(fd, true); err != nil {
		unix.Close(fd)
		return nil
	}
	return b.newHandle(isUnix, fd)
}

// detach takes the descriptor away from a kernel socket handle without
// closing it (for handing a connection to another runtime); -1 if none.
func (h *handle) detach() int {
	if h.fd < 0 || h.closed || h.listening {
		return -1
	}
	fd := h.fd
	if h.mask != 0 {
		h.b.l.Poller().Remove(fd)
		h.mask = 0
	}
	h.fd = -1
	h.closeNow()
	return fd
}

// transientAcceptError reports an Accept error that passes with time.
func transientAcceptError(err error) bool {
	for _, e := range []error{unix.EMFILE, unix.ENFILE, unix.ENOBUFS, unix.ENOMEM, unix.ECONNABORTED} {
		if errors.Is(err, e) {
			return true
		}
	}
	return false
}
