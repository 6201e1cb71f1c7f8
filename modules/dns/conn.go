package dns

// The resolver's sockets, on the loop's epoll set.
//
// UDP: one connected socket per server and source address, as c-ares keeps
// one per server, shared by every query to it (each with an id of its own,
// which is how an answer finds its query). It is opened by the first query
// to the server and closed once no query waits on it after a deferred
// phase (so a script asking one name after another from its callbacks
// keeps it, and an idle resolver holds no descriptor, as node's channel).
// An error on it (the ICMP port unreachable of a closed port, read as
// ECONNREFUSED) closes it and moves each of its queries to its next attempt,
// as c-ares does. Answers are read when it turns readable, as many as are
// there, and their callbacks go into JS in one loop.Batch. The questions
// asked meanwhile (most from those callbacks) go out together after the
// poll phase, one sendmmsg(2) per socket, as dgram batches its sends.
//
// TCP (a truncated answer asked again): a non-blocking connection per
// exchange, registered for writable until the query is written, then for
// readable until the two-byte length and the answer are in.

import (
	"encoding/binary"
	"math/rand/v2"
	"net"
	"net/netip"
	"strings"
	"unsafe"

	mdns "github.com/miekg/dns"
	"golang.org/x/sys/unix"

	"github.com/gojanet/gojanet/internal/poll"
)

type sockKey struct {
	server netip.AddrPort
	src    netip.Addr
}

type udpSock struct {
	st      *resolverState
	key     sockKey
	fd      int
	queries map[uint16]*query
	closed  bool
}

// srcFor is the source address q's channel asks srv from (zero: any).
func srcFor(q *query, srv server) netip.Addr {
	if srv.ap.Addr().Is4() {
		return q.ch.local[0]
	}
	return q.ch.local[1]
}

// sockaddr converts an address for the kernel.
func sockaddr(ap netip.AddrPort) (unix.Sockaddr, int) {
	a := ap.Addr()
	if a.Is4() {
		return &unix.SockaddrInet4{Port: int(ap.Port()), Addr: a.As4()}, unix.AF_INET
	}
	sa := &unix.SockaddrInet6{Port: int(ap.Port()), Addr: a.As16()}
	if z := a.Zone(); z != "" {
		if ifi, err := net.InterfaceByName(z); err == nil {
			sa.ZoneId = uint32(ifi.Index)
		}
	}
	return sa, unix.AF_INET6
}

// dial opens a non-blocking socket of type typ bound to src (if set) and
// connects it to srv; for TCP the connection may still be in progress.
func dial(typ int, srv netip.AddrPort, src netip.Addr) (int, error) {
	sa, family := sockaddr(srv)
	fd, err := unix.Socket(family, typ|unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		return -1, err
	}
	if src.IsValid() {
		local, _ := sockaddr(netip.AddrPortFrom(src, 0))
		if err := unix.Bind(fd, local); err != nil {
			unix.Close(fd)
			return -1, err
		}
	}
	if err := unix.Connect(fd, sa); err != nil && err != unix.EINPROGRESS {
		unix.Close(fd)
		return -1, err
	}
	return fd, nil
}

// allowed applies the runtime's AllowNet policy to a server.
func (st *resolverState) allowed(srv server) bool {
	allow := st.l.Net.Allow
	return allow == nil || allow("connect", srv.addr)
}

// pack writes q's question with id into st.out (reused) after skip bytes.
func (st *resolverState) pack(q *query, id uint16, skip int) ([]byte, error) {
	m := &st.msg
	m.Id = id
	m.Question[0] = mdns.Question{Name: q.name, Qtype: q.qt, Qclass: mdns.ClassINET}
	if cap(st.out) < 512 {
		st.out = make([]byte, 512)
	}
	b, err := m.PackBuffer(st.out[skip:cap(st.out)])
	if err != nil {
		return nil, err
	}
	if skip > 0 {
		if &b[0] != &st.out[skip] { // grew past the buffer
			b = append(make([]byte, skip, skip+len(b)), b...)
		} else {
			b = st.out[:skip+len(b)]
		}
	}
	return b, nil
}

// sendUDP asks q's question of srv (queued for flush); "" when it is on
// its way, else the attempt's error code.
func (st *resolverState) sendUDP(q *query, srv server) string {
	if !st.allowed(srv) {
		return "ECONNREFUSED"
	}
	key := sockKey{srv.ap, srcFor(q, srv)}
	s := st.socks[key]
	if s == nil {
		fd, err := dial(unix.SOCK_DGRAM, key.server, key.src)
		if err != nil {
			return "ECONNREFUSED"
		}
		s = &udpSock{st: st, key: key, fd: fd, queries: map[uint16]*query{}}
		if err := st.l.Poller().Add(fd, poll.Readable, s.onEvents); err != nil {
			unix.Close(fd)
			st.l.Counters.Degraded.Add(1)
			return "ECONNREFUSED"
		}
		st.socks[key] = s
	}
	id := uint16(rand.Uint32())
	for s.queries[id] != nil {
		id++
	}
	// The question goes into st.outBuf, and out with the others of this
	// turn in one sendmmsg per socket (flush).
	off := len(st.outBuf)
	b, err := st.pack(q, id, 0)
	if err != nil {
		return "EBADNAME"
	}
	st.outBuf = append(st.outBuf, b...)
	s.queries[id] = q
	q.sock, q.id = s, id
	st.outq = append(st.outq, outDgram{s: s, q: q, id: id, off: off, n: len(b)})
	if len(st.outq) >= maxOut {
		st.flush()
	} else if !st.flushQueued {
		st.flushQueued = true
		st.l.Defer(st.flushFn)
	}
	return ""
}

// maxOut bounds the questions waiting for a flush.
const maxOut = 64

// outDgram is a question waiting for flush: st.outBuf[off:off+n], for q's
// attempt with id on s.
type outDgram struct {
	s      *udpSock
	q      *query
	id     uint16
	off, n int
}

type mmsghdr struct {
	hdr unix.Msghdr
	n   uint32
	_   [4]byte
}

// flush sends the waiting questions, one sendmmsg(2) per run of one
// socket's, in the deferred phase after the turn's callbacks asked them.
// A question the kernel refuses moves its query to the next attempt (an
// ECONNREFUSED an earlier datagram got) or is lost (a full buffer: the
// attempt times out); a query with no attempt left completes in the next
// deferred phase, so flush never calls into JS.
func (st *resolverState) flush() {
	for len(st.outq) > 0 && !st.closed {
		q, buf := st.outq, st.outBuf
		st.outq, st.outBuf = st.spareQ[:0], st.spareBuf[:0]
		for i := 0; i < len(q); {
			s := q[i].s
			j := i + 1
			for j < len(q) && q[j].s == s {
				j++
			}
			st.sendRun(s, q[i:j], buf)
			i = j
		}
		clear(q)
		st.spareQ, st.spareBuf = q[:0], buf[:0]
	}
}

func (st *resolverState) flushDeferred() {
	st.flushQueued = false
	st.flush()
}

func (st *resolverState) sendRun(s *udpSock, run []outDgram, buf []byte) {
	// Questions whose attempt ended meanwhile (cancelled, answered by
	// another server) stay home.
	live := run[:0]
	for _, d := range run {
		if !d.q.done && d.q.sock == s && d.q.id == d.id {
			live = append(live, d)
		}
	}
	run = live
	for len(run) > 0 && !s.closed {
		k, err := st.sendmmsg(s.fd, run, buf)
		for _, d := range run[:k] {
			st.l.Counters.BytesWritten.Add(int64(d.n))
		}
		run = run[k:]
		switch {
		case k > 0 || err == unix.EINTR:
		case err == unix.EAGAIN || err == unix.ENOBUFS:
			run = run[1:] // lost, as the network could lose it
		default:
			// An ICMP error an earlier datagram got (ECONNREFUSED) or no route.
			q := run[0].q
			run = run[1:]
			if !st.retry(q, "ECONNREFUSED") {
				st.failLater(q, q.code)
			}
		}
	}
}

// sendmmsg sends what it can of run on the connected socket fd: how many
// went (the first k), or 0 and the error of the first.
func (st *resolverState) sendmmsg(fd int, run []outDgram, buf []byte) (int, error) {
	n := len(run)
	if cap(st.hdrs) < n {
		st.hdrs = make([]mmsghdr, n)
		st.iovs = make([]unix.Iovec, n)
	}
	hdrs, iovs := st.hdrs[:n], st.iovs[:n]
	for i, d := range run {
		iov := &iovs[i]
		iov.Base = &buf[d.off]
		iov.SetLen(d.n)
		hdrs[i].hdr = unix.Msghdr{Iov: iov, Iovlen: 1}
	}
	r, _, e := unix.Syscall6(unix.SYS_SENDMMSG, uintptr(fd), uintptr(unsafe.Pointer(&hdrs[0])), uintptr(n), 0, 0, 0)
	clear(iovs) // (no pointers into buf kept past the call)
	if e != 0 {
		return 0, e
	}
	return int(r), nil
}

// recvSlots is how many answers one recvmmsg(2) takes: 16 queries in flight
// come back in one or two calls rather than a read(2) each. Each slot holds
// the largest datagram (mdns.MaxMsgSize, as a read did); the kernel writes
// only what arrives, so untouched slots cost address space, not memory.
const recvSlots = 8

func (s *udpSock) onEvents(uint32) {
	st := s.st
	if st.rbuf == nil {
		st.rbuf = make([]byte, recvSlots*mdns.MaxMsgSize)
		st.buf = st.rbuf[:mdns.MaxMsgSize:mdns.MaxMsgSize] // TCP's (never read while a batch is handled)
		st.rhdrs = make([]mmsghdr, recvSlots)
		st.riovs = make([]unix.Iovec, recvSlots)
	}
	// got answers were read into st.rbuf's slots, next is the first not yet
	// handled; all are handled before onEvents returns (so the next socket's
	// batch may reuse the slots), up to 64 datagrams per readiness.
	got, next, read, more := 0, 0, 0, true
	st.l.Batch(func() bool {
		for !s.closed {
			if next == got {
				if !more || read >= 64 {
					return false
				}
				got, next = s.recv(), 0
				read += got
				more = got == recvSlots // fewer: the queue is empty (or failed)
				if got == 0 {
					return false
				}
			}
			i := next
			next++
			if s.handle(st.rbuf[i*mdns.MaxMsgSize : i*mdns.MaxMsgSize+int(st.rhdrs[i].n)]) {
				return true
			}
		}
		return false
	})
}

// recv reads up to recvSlots datagrams into st.rbuf (their lengths in
// st.rhdrs[i].n): how many. An error on the socket (after those before it
// were read) fails it.
func (s *udpSock) recv() int {
	st := s.st
	for i := range st.rhdrs {
		iov := &st.riovs[i]
		iov.Base = &st.rbuf[i*mdns.MaxMsgSize]
		iov.SetLen(mdns.MaxMsgSize)
		st.rhdrs[i] = mmsghdr{hdr: unix.Msghdr{Iov: iov, Iovlen: 1}}
	}
	for {
		r, _, e := unix.Syscall6(unix.SYS_RECVMMSG, uintptr(s.fd), uintptr(unsafe.Pointer(&st.rhdrs[0])), recvSlots, unix.MSG_DONTWAIT, 0, 0)
		switch e {
		case 0:
			for i := range int(r) {
				st.l.Counters.BytesRead.Add(int64(st.rhdrs[i].n))
			}
			return int(r)
		case unix.EINTR:
			continue
		case unix.EAGAIN:
			return 0
		default:
			s.failed()
			return 0
		}
	}
}

// handle takes one datagram: whether it called into JS (a completed query).
func (s *udpSock) handle(b []byte) (called bool) {
	st := s.st
	if len(b) < 12 { // not even a header: ignored, as c-ares does
		return false
	}
	q := s.queries[binary.BigEndian.Uint16(b)]
	if q == nil { // a late answer to an attempt that timed out
		return false
	}
	r := &st.ans // reused: nothing keeps it past the callback
	if err := r.Unpack(b); err != nil {
		st.fail(q, "EBADRESP")
		return true
	}
	if !sameQuestion(q, r) {
		return false
	}
	return st.answered(q, r, false)
}

// sameQuestion checks that r answers q's question (c-ares ignores answers
// that do not).
func sameQuestion(q *query, r *mdns.Msg) bool {
	if len(r.Question) == 0 {
		return true // some servers leave it out of errors
	}
	a := r.Question[0]
	return a.Qtype == q.qt && a.Qclass == mdns.ClassINET && strings.EqualFold(a.Name, q.name)
}

// failed handles an error reading the socket (an ICMP error: ECONNREFUSED):
// the socket closes and each of its queries moves on to its next attempt;
// those with none left complete in the next deferred phase (the read is
// inside a batch of callbacks).
func (s *udpSock) failed() {
	st := s.st
	qs := make([]*query, 0, len(s.queries))
	for _, q := range s.queries {
		qs = append(qs, q)
	}
	s.close()
	for _, q := range qs {
		if !q.done && !st.retry(q, "ECONNREFUSED") {
			st.failLater(q, q.code)
		}
	}
}

func (s *udpSock) close() {
	if s.closed {
		return
	}
	s.closed = true
	st := s.st
	if st.socks[s.key] == s {
		delete(st.socks, s.key)
	}
	for _, q := range s.queries {
		if q.sock == s {
			q.sock = nil
		}
	}
	s.queries = nil
	st.l.Poller().Remove(s.fd)
	unix.Close(s.fd)
}

// idle closes, in the next deferred phase, the sockets no query waits on by then.
func (st *resolverState) idle() {
	if st.idleQueued || st.closed {
		return
	}
	st.idleQueued = true
	st.l.Defer(func() {
		st.idleQueued = false
		for _, s := range st.socks {
			if len(s.queries) == 0 {
				s.close()
			}
		}
	})
}

// tcpExchange is one query asked over TCP.
type tcpExchange struct {
	st     *resolverState
	q      *query
	fd     int
	out    []byte // what is left to write: length and query
	in     []byte // what was read
	conn   bool   // connected
	closed bool
}

// startTCP asks q's question again over TCP; "" when the connection is
// under way, else the attempt's error code.
func (st *resolverState) startTCP(q *query, srv server) string {
	if !st.allowed(srv) {
		return "ECONNREFUSED"
	}
	fd, err := dial(unix.SOCK_STREAM, srv.ap, srcFor(q, srv))
	if err != nil {
		return "ECONNREFUSED"
	}
	id := uint16(rand.Uint32())
	b, err := st.pack(q, id, 2)
	if err != nil {
		unix.Close(fd)
		return "EBADNAME"
	}
	binary.BigEndian.PutUint16(b, uint16(len(b)-2))
	t := &tcpExchange{st: st, q: q, fd: fd, out: append([]byte(nil), b...)}
	if err := st.l.Poller().Add(fd, poll.Writable, t.onEvents); err != nil {
		unix.Close(fd)
		st.l.Counters.Degraded.Add(1)
		return "ECONNREFUSED"
	}
	st.tcps[t] = struct{}{}
	q.tcp, q.id = t, id
	return ""
}

func (t *tcpExchange) onEvents(ev uint32) {
	st, q := t.st, t.q
	if t.closed {
		return
	}
	if !t.conn {
		if e, err := unix.GetsockoptInt(t.fd, unix.SOL_SOCKET, unix.SO_ERROR); err != nil || e != 0 {
			if !st.retry(q, "ECONNREFUSED") {
				st.fail(q, q.code)
			}
			return
		}
		t.conn = true
	}
	if len(t.out) > 0 {
		n, err := unix.Write(t.fd, t.out)
		if err != nil && err != unix.EAGAIN && err != unix.EINTR {
			if !st.retry(q, "ECONNREFUSED") {
				st.fail(q, q.code)
			}
			return
		}
		if n > 0 {
			st.l.Counters.BytesWritten.Add(int64(n))
			t.out = t.out[n:]
		}
		if len(t.out) == 0 {
			if err := st.l.Poller().Modify(t.fd, poll.Readable); err != nil {
				st.l.Counters.Degraded.Add(1)
				if !st.retry(q, "ECONNREFUSED") {
					st.fail(q, q.code)
				}
			}
		}
		return
	}
	if st.buf == nil {
		st.buf = make([]byte, mdns.MaxMsgSize)
	}
	n, err := unix.Read(t.fd, st.buf)
	if err == unix.EAGAIN || err == unix.EINTR {
		return
	}
	if err != nil || n == 0 {
		// Reset or closed before the whole answer came: EBADRESP, as
		// miekg's EOF was taken.
		code := "EBADRESP"
		if err == unix.ECONNREFUSED || err == unix.ECONNRESET {
			if st.retry(q, "ECONNREFUSED") {
				return
			}
			code = q.code
		}
		st.fail(q, code)
		return
	}
	st.l.Counters.BytesRead.Add(int64(n))
	t.in = append(t.in, st.buf[:n]...)
	if len(t.in) < 2 {
		return
	}
	size := int(binary.BigEndian.Uint16(t.in))
	if len(t.in) < 2+size {
		return
	}
	r := new(mdns.Msg)
	err = r.Unpack(t.in[2 : 2+size])
	st.detach(q)
	switch {
	case err != nil:
		st.fail(q, "EBADRESP")
	case r.Id != q.id || !sameQuestion(q, r):
		st.fail(q, "EBADRESP")
	default:
		st.answered(q, r, true)
	}
}

func (t *tcpExchange) close() {
	if t.closed {
		return
	}
	t.closed = true
	delete(t.st.tcps, t)
	t.st.l.Poller().Remove(t.fd)
	unix.Close(t.fd)
}
