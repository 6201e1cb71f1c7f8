package dnstest

// The UDP half: one goroutine on a blocking socket takes the waiting
// queries with one recvmmsg(2), answers each with the handler, and sends the
// answers with one sendmmsg(2), as a C server would. miekg/dns's server
// (a goroutine, a read deadline, a netpoller park per datagram) cost ≈ 20 µs
// of CPU per query and was what testdata/bench/resolve.js measured: it
// saturated its core at ≈ 50 K queries/s whichever client asked.

import (
	"net"
	"net/netip"
	"slices"
	"sync/atomic"
	"unsafe"

	"github.com/miekg/dns"
	"golang.org/x/sys/unix"
)

const (
	udpBatch = 32   // datagrams per recvmmsg/sendmmsg
	udpSlot  = 4096 // bytes per question (larger ones are dropped)
)

type mmsghdr struct {
	hdr unix.Msghdr
	n   uint32
	_   [4]byte
}

type udpServer struct {
	fd     int
	local  netip.AddrPort
	closed atomic.Bool
	done   chan struct{}
}

// listenUDP binds a blocking UDP socket to addr (an IP literal and port).
func listenUDP(addr string) (*udpServer, error) {
	ap, err := netip.ParseAddrPort(addr)
	if err != nil {
		return nil, err
	}
	var sa unix.Sockaddr
	family := unix.AF_INET
	if ap.Addr().Is4() {
		sa = &unix.SockaddrInet4{Port: int(ap.Port()), Addr: ap.Addr().As4()}
	} else {
		family = unix.AF_INET6
		sa = &unix.SockaddrInet6{Port: int(ap.Port()), Addr: ap.Addr().As16()}
	}
	fd, err := unix.Socket(family, unix.SOCK_DGRAM|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		return nil, err
	}
	if err := unix.Bind(fd, sa); err != nil {
		unix.Close(fd)
		return nil, err
	}
	bound, err := unix.Getsockname(fd)
	if err != nil {
		unix.Close(fd)
		return nil, err
	}
	u := &udpServer{fd: fd, done: make(chan struct{})}
	switch b := bound.(type) {
	case *unix.SockaddrInet4:
		u.local = netip.AddrPortFrom(netip.AddrFrom4(b.Addr), uint16(b.Port))
	case *unix.SockaddrInet6:
		u.local = netip.AddrPortFrom(netip.AddrFrom16(b.Addr), uint16(b.Port))
	}
	return u, nil
}

// close wakes the reader (shutdown(2) wakes a blocked receive even on an
// unconnected UDP socket), waits for it and closes the socket.
func (u *udpServer) close() {
	u.closed.Store(true)
	unix.Shutdown(u.fd, unix.SHUT_RDWR)
	<-u.done
	unix.Close(u.fd)
}

// discard closes a socket never served.
func (u *udpServer) discard() { unix.Close(u.fd) }

// serve answers with h until close.
func (u *udpServer) serve(h dns.HandlerFunc) {
	defer close(u.done)
	in := make([]byte, udpBatch*udpSlot)
	var (
		inHdrs  [udpBatch]mmsghdr
		inIovs  [udpBatch]unix.Iovec
		from    [udpBatch]unix.RawSockaddrAny
		outHdrs [udpBatch]mmsghdr
		outIovs [udpBatch]unix.Iovec
	)
	for i := range inHdrs {
		inIovs[i].Base = &in[i*udpSlot]
		inIovs[i].SetLen(udpSlot)
	}
	w := &udpWriter{u: u, buf: make([]byte, 0, udpBatch*512), scratch: make([]byte, dns.MaxMsgSize)}
	for !u.closed.Load() {
		for i := range inHdrs {
			inHdrs[i] = mmsghdr{hdr: unix.Msghdr{Name: (*byte)(unsafe.Pointer(&from[i])), Namelen: unix.SizeofSockaddrAny, Iov: &inIovs[i], Iovlen: 1}}
		}
		r, _, e := unix.Syscall6(unix.SYS_RECVMMSG, uintptr(u.fd), uintptr(unsafe.Pointer(&inHdrs[0])), udpBatch, unix.MSG_WAITFORONE, 0, 0)
		if e != 0 {
			if e == unix.EINTR {
				continue
			}
			return
		}
		if u.closed.Load() {
			return
		}
		w.buf, w.out = w.buf[:0], w.out[:0]
		for i := range int(r) {
			n := int(inHdrs[i].n)
			if n == 0 || inHdrs[i].hdr.Flags&unix.MSG_TRUNC != 0 {
				continue
			}
			w.to = &from[i]
			w.toLen = inHdrs[i].hdr.Namelen
			u.answer(h, w, in[i*udpSlot:i*udpSlot+n])
		}
		// The answers, from w.buf (filled in full before any pointer into it
		// is taken: it may have grown).
		k := len(w.out)
		for i, o := range w.out {
			outIovs[i].Base = &w.buf[o.off]
			outIovs[i].SetLen(o.n)
			outHdrs[i] = mmsghdr{hdr: unix.Msghdr{Name: (*byte)(unsafe.Pointer(o.to)), Namelen: o.toLen, Iov: &outIovs[i], Iovlen: 1}}
		}
		for sent := 0; sent < k; {
			r, _, e := unix.Syscall6(unix.SYS_SENDMMSG, uintptr(u.fd), uintptr(unsafe.Pointer(&outHdrs[sent])), uintptr(k-sent), 0, 0, 0)
			if e == unix.EINTR {
				continue
			}
			if e != 0 {
				sent++ // this one is lost (the client went away)
				continue
			}
			sent += int(r)
		}
	}
}

// answer handles one question. As miekg/dns's server does, a datagram
// without a readable header gets no answer and one whose body does not
// unpack gets FORMERR.
func (u *udpServer) answer(h dns.HandlerFunc, w *udpWriter, b []byte) {
	req := new(dns.Msg)
	if err := req.Unpack(b); err != nil {
		if len(b) < 12 {
			return
		}
		req.SetRcodeFormatError(req)
		req.Question, req.Ns, req.Answer, req.Extra = nil, nil, nil, nil
		w.WriteMsg(req)
		return
	}
	h(w, req)
}

// udpWriter is the dns.ResponseWriter of serve: answers go into buf, and
// out once the batch is handled.
type udpWriter struct {
	u       *udpServer
	to      *unix.RawSockaddrAny
	toLen   uint32
	buf     []byte // the batch's answers
	out     []outDgram
	scratch []byte // where an answer is packed
}

type outDgram struct {
	off, n int
	to     *unix.RawSockaddrAny
	toLen  uint32
}

func (w *udpWriter) LocalAddr() net.Addr  { return net.UDPAddrFromAddrPort(w.u.local) }
func (w *udpWriter) RemoteAddr() net.Addr { return udpAddrOf(w.to) }
func (w *udpWriter) WriteMsg(m *dns.Msg) error {
	b, err := m.PackBuffer(w.scratch)
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}
func (w *udpWriter) Write(b []byte) (int, error) {
	w.out = append(w.out, outDgram{off: len(w.buf), n: len(b), to: w.to, toLen: w.toLen})
	w.buf = append(w.buf, b...)
	return len(b), nil
}
func (w *udpWriter) Close() error        { return nil }
func (w *udpWriter) TsigStatus() error   { return nil }
func (w *udpWriter) TsigTimersOnly(bool) {}
func (w *udpWriter) Hijack()             {}

// udpAddrOf is the address the kernel filled in (network byte order port),
// or nil for a family other than IPv4 and IPv6.
func udpAddrOf(rsa *unix.RawSockaddrAny) net.Addr {
	switch rsa.Addr.Family {
	case unix.AF_INET:
		p := (*unix.RawSockaddrInet4)(unsafe.Pointer(rsa))
		return &net.UDPAddr{IP: slices.Clone(p.Addr[:]), Port: int(ntohs(p.Port))}
	case unix.AF_INET6:
		p := (*unix.RawSockaddrInet6)(unsafe.Pointer(rsa))
		return &net.UDPAddr{IP: slices.Clone(p.Addr[:]), Port: int(ntohs(p.Port))}
	}
	return nil
}

// ntohs reads a port as the kernel stores it (big-endian in memory).
func ntohs(port uint16) uint16 {
	b := (*[2]byte)(unsafe.Pointer(&port))
	return uint16(b[0])<<8 | uint16(b[1])
}
