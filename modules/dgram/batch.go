package dgram

import (
	"unsafe"

	"golang.org/x/sys/unix"
)

// Sends of send()'s fast path are batched: its tick (flushFast) reads the
// datagram's bytes then, as node does, copying them into b.outBuf, and the
// datagrams go out together with sendmmsg(2) (one syscall per socket run
// instead of one per datagram) when the handle's readable event ends, or
// before the loop polls (a deferred function), or before anything that could
// tell the difference: any other method of any UDP handle of the runtime
// (a general send, close, connect, socket options, getSendQueueSize/Count,
// the fd) and shutdown (ForceClose, process.exit). The fast path has no
// callback, so nobody hears of its errors (node drops them too); a
// datagram the kernel refuses with EAGAIN is queued as before.

// maxOut bounds a batch: past it the batch is sent at once.
const (
	maxOutCount = 64
	maxOutBytes = 256 * 1024
)

// outSend is one batched datagram: its bytes are outBuf[off:off+n].
type outSend struct {
	h      *handle
	off, n int
	to     unix.Sockaddr
}

type mmsghdr struct {
	hdr unix.Msghdr
	n   uint32
	_   [4]byte
}

// queueOut batches one datagram (its bytes copied now).
func (h *handle) queueOut(data []byte, to unix.Sockaddr) {
	b := h.b
	if len(b.out) == 0 && !b.outDeferred {
		b.outDeferred = true
		b.l.Defer(b.flushDeferred)
	}
	b.out = append(b.out, outSend{h: h, off: len(b.outBuf), n: len(data), to: to})
	b.outBuf = append(b.outBuf, data...)
	if len(b.out) >= maxOutCount || len(b.outBuf) >= maxOutBytes {
		b.flushOut()
	}
}

func (b *binding) flushDeferred() {
	b.outDeferred = false
	b.flushOut()
}

// flushOut sends the batched datagrams, in order, one sendmmsg per run of
// datagrams of one socket.
func (b *binding) flushOut() {
	for i := 0; i < len(b.out); {
		h := b.out[i].h
		j := i + 1
		for j < len(b.out) && b.out[j].h == h {
			j++
		}
		h.sendRun(b.out[i:j])
		i = j
	}
	clear(b.out)
	b.out = b.out[:0]
	if cap(b.outBuf) > 4*maxOutBytes {
		b.outBuf = nil // a run of large datagrams: let it go
	} else {
		b.outBuf = b.outBuf[:0]
	}
}

// sendRun sends datagrams of h with sendmmsg; what the kernel does not
// take at once (EAGAIN) waits in h.sends for the socket to be writable.
func (h *handle) sendRun(run []outSend) {
	b := h.b
	if h.closed || h.fd < 0 {
		return
	}
	for len(run) > 0 && len(h.sends) == 0 {
		k, err := b.sendmmsg(h.fd, run)
		for _, s := range run[:k] {
			b.l.Counters.BytesWritten.Add(int64(s.n))
		}
		run = run[k:]
		switch {
		case k > 0 || err == unix.EINTR:
			// (a partial send: the next call reports the error, if any)
		case err == unix.EAGAIN:
			goto queue
		default:
			run = run[1:] // dropped, as node drops a callback-less send's error
		}
	}
queue:
	for _, s := range run {
		h.sends = append(h.sends, pendingSend{data: append([]byte(nil), b.outBuf[s.off:s.off+s.n]...), to: s.to})
		h.queued += s.n
	}
	if len(run) > 0 {
		h.updatePoll()
	}
}

// sendmmsg sends what it can of run on fd: how many went (the first k),
// or 0 and the error of the first.
func (b *binding) sendmmsg(fd int, run []outSend) (int, error) {
	n := len(run)
	if cap(b.hdrs) < n {
		b.hdrs = make([]mmsghdr, n)
		b.iovs = make([]unix.Iovec, n)
		b.names = make([]unix.RawSockaddrAny, n)
	}
	hdrs, iovs, names := b.hdrs[:n], b.iovs[:n], b.names[:n]
	for i, s := range run {
		iov := &iovs[i]
		if s.n > 0 {
			iov.Base = &b.outBuf[s.off]
		} else {
			iov.Base = nil
		}
		iov.SetLen(s.n)
		hdr := &hdrs[i].hdr
		*hdr = unix.Msghdr{Iov: iov, Iovlen: 1}
		if s.to != nil {
			l := rawSockaddr(s.to, &names[i])
			hdr.Name = (*byte)(unsafe.Pointer(&names[i]))
			hdr.Namelen = l
		}
	}
	r, _, e := unix.Syscall6(unix.SYS_SENDMMSG, uintptr(fd), uintptr(unsafe.Pointer(&hdrs[0])), uintptr(n), 0, 0, 0)
	clear(iovs) // (no pointers into outBuf kept past the call)
	if e != 0 {
		return 0, e
	}
	return int(r), nil
}

// rawSockaddr writes sa in the kernel's form into out and returns its length.
func rawSockaddr(sa unix.Sockaddr, out *unix.RawSockaddrAny) uint32 {
	switch a := sa.(type) {
	case *unix.SockaddrInet4:
		r := (*unix.RawSockaddrInet4)(unsafe.Pointer(out))
		r.Family = unix.AF_INET
		p := (*[2]byte)(unsafe.Pointer(&r.Port))
		p[0], p[1] = byte(a.Port>>8), byte(a.Port)
		r.Addr = a.Addr
		r.Zero = [8]uint8{}
		return unix.SizeofSockaddrInet4
	case *unix.SockaddrInet6:
		r := (*unix.RawSockaddrInet6)(unsafe.Pointer(out))
		r.Family = unix.AF_INET6
		p := (*[2]byte)(unsafe.Pointer(&r.Port))
		p[0], p[1] = byte(a.Port>>8), byte(a.Port)
		r.Flowinfo = 0
		r.Addr = a.Addr
		r.Scope_id = a.ZoneId
		return unix.SizeofSockaddrInet6
	}
	return 0
}
