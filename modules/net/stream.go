package net

import (
	"github.com/dop251/goja"
	"golang.org/x/sys/unix"
)

// Taking over a kernel socket from Go (the TLS engine, as node's TLSWrap
// sits on its TCPWrap).
//
// The path: modules/tls asks StreamOf(handleObject) for the Go side of a
// descriptor-backed socket handle and attaches itself as the handle's
// Consumer. From then on readReady hands what the kernel returns to
// Consumer.OnRead — a slice of the loop's read buffer, valid only during the
// call, so nothing is copied unless the consumer keeps it — instead of the
// script's onread, and end of stream or a read error to OnReadEnd. The
// consumer writes with Stream.Write, which shares the handle's queue (and
// its caps, counters and epoll registration) with the script's writes;
// OnDrain says the queue emptied, OnWriteError that the queued bytes failed.
// The script's own readStart/readStop on a taken handle are ignored (the
// consumer decides when the socket reads), and Go-side forwarding is off.
// Everything else (shutdown, close, addresses, options) still goes through
// the handle's JS methods.

// Consumer receives what a taken-over socket reads. Loop goroutine only.
type Consumer interface {
	OnRead(p []byte)       // p is only valid during the call
	OnReadEnd(code int)    // UV_EOF or a negative errno
	OnDrain()              // the write queue emptied
	OnWriteError(code int) // queued bytes could not be written
}

// Stream is the Go side of a taken-over socket handle.
type Stream struct{ h *handle }

// StreamOf returns the socket behind v, a handle object of this package,
// if it is an open descriptor-backed stream nobody took over yet; else nil.
func StreamOf(v goja.Value) *Stream {
	o, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	ho, ok := o.Export().(*handleObject)
	if !ok || ho.h == nil {
		return nil
	}
	h := ho.h
	if h.closed || h.fd < 0 || h.gc != nil || h.gl != nil || h.ipc || h.listening || h.consumer != nil {
		return nil
	}
	return &Stream{h: h}
}

// Attach makes c the receiver of the socket's reads.
func (s *Stream) Attach(c Consumer) {
	h := s.h
	h.consumer = c
	h.reading = false
	if h.pipeTo != nil {
		h.setPipe(nil)
	}
	h.updatePoll()
}

// Detach gives the socket back to the script (its reading stopped).
func (s *Stream) Detach() {
	h := s.h
	h.consumer = nil
	h.reading = false
	h.updatePoll()
}

// Closed reports whether the descriptor was closed.
func (s *Stream) Closed() bool { return s.h.closed }

// ReadStart and ReadStop turn reading on and off for the consumer.
func (s *Stream) ReadStart() {
	h := s.h
	if h.closed || h.reading {
		return
	}
	h.reading = true
	h.updatePoll()
}

func (s *Stream) ReadStop() {
	h := s.h
	if !h.reading {
		return
	}
	h.reading = false
	h.updatePoll()
}

// Write sends p now as far as the kernel takes it and queues the rest (p
// is kept: the caller must not reuse it). queued: bytes are waiting and
// OnDrain follows; code: a negative errno (nothing was queued).
func (s *Stream) Write(p []byte) (queued bool, code int) {
	h := s.h
	if h.closed || h.fd < 0 {
		return false, -int(unix.EBADF)
	}
	if h.shutdownReq != nil || h.shutdownStarted {
		return false, -int(unix.EPIPE)
	}
	if len(h.writes) == 0 {
		n, err := writeAll(h.fd, p)
		h.countWritten(n)
		if err == nil {
			return false, 0
		}
		if err != unix.EAGAIN {
			return false, errno(err)
		}
		p = p[n:]
	}
	if h.overLimit(len(p)) {
		return false, -int(unix.ENOBUFS)
	}
	h.writes = append(h.writes, pendingWrite{data: p})
	h.addQueued(len(p))
	h.updatePoll()
	return true, 0
}

// Queued is the number of bytes waiting for the kernel.
func (s *Stream) Queued() int { return s.h.queued }

// Object is the handle's JS object.
func (s *Stream) Object() *goja.Object { return s.h.obj }

// HeldBytes returns the chunk a socket handle is handing its JS consumer
// (consumeChunks) while that call runs: v is the handle's object. ok is
// false for anything else, or outside the call.
func HeldBytes(v goja.Value) (p []byte, ok bool) {
	o, isObj := v.(*goja.Object)
	if !isObj {
		return nil, false
	}
	ho, isHandle := o.Export().(*handleObject)
	if !isHandle || ho.h == nil || ho.h.held == nil {
		return nil, false
	}
	return ho.h.held, true
}
