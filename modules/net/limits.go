package net

import (
	gonet "net"
	"net/netip"
	"time"
	"unsafe"

	"golang.org/x/sys/unix"
)

// Limits an embedder sets for scripts under attack (loop.NetPolicy): per
// socket and per runtime caps on bytes queued for the kernel, and a
// connection rate per remote address. All are off by default, so scripts
// see exactly node's behaviour.

// addQueued adds n (negative: takes) to the bytes the handle holds queued
// for the kernel, and to the runtime's total.
func (h *handle) addQueued(n int) {
	h.queued += n
	h.b.l.Counters.Buffered.Add(int64(n))
}

// overLimit reports whether queuing n more bytes on h would pass the
// socket's cap (MaxWriteBuffer) or the runtime's (MaxBufferedBytes); the
// write then fails with ENOBUFS.
func (h *handle) overLimit(n int) bool {
	p := &h.b.l.Net
	if p.MaxWriteBuffer > 0 && h.queued+n > p.MaxWriteBuffer {
		return true
	}
	return p.MaxBufferedBytes > 0 && h.b.l.Counters.Buffered.Load()+int64(n) > int64(p.MaxBufferedBytes)
}

// rateBucket is a token bucket: ConnRate tokens a second, as many at most.
type rateBucket struct {
	tokens float64
	last   float64 // time (ms) of the last refill
}

// admit applies NetPolicy.ConnRate to a connection from addr (an IP
// address; "" for unknown, which is always admitted). A refused
// connection is closed by the caller at once and counted as shed.
func (b *binding) admit(addr netip.Addr) bool {
	rate := b.l.Net.ConnRate
	if rate <= 0 || !addr.IsValid() {
		return true
	}
	// Not the loop's cached time: it is from before the poll that
	// delivered this connection, however long that waited.
	now := float64(time.Now().UnixNano()) / 1e6
	if b.rates == nil {
		b.rates = map[netip.Addr]*rateBucket{}
	}
	r, ok := b.rates[addr]
	if !ok {
		if len(b.rates) >= 4096 {
			b.pruneRates(now)
		}
		r = &rateBucket{tokens: float64(rate), last: now}
		b.rates[addr] = r
	}
	r.tokens = min(float64(rate), r.tokens+(now-r.last)/1000*float64(rate))
	r.last = now
	if r.tokens < 1 {
		return false
	}
	r.tokens--
	return true
}

// pruneRates forgets addresses whose buckets have refilled: they would
// start full anyway. This bounds the map by the addresses active within
// the last second.
func (b *binding) pruneRates(now float64) {
	rate := float64(b.l.Net.ConnRate)
	for a, r := range b.rates {
		if r.tokens+(now-r.last)/1000*rate >= rate {
			delete(b.rates, a)
		}
	}
}

// netAddrIP is the IP of a Go connection's remote address.
func netAddrIP(a gonet.Addr) netip.Addr {
	if t, ok := a.(*gonet.TCPAddr); ok {
		if ip, ok := netip.AddrFromSlice(t.IP); ok {
			return ip.Unmap()
		}
	}
	return netip.Addr{}
}

// accept4 is accept4(2) with SOCK_NONBLOCK|SOCK_CLOEXEC, as libuv calls it.
// The peer's address is asked for only when peer is true (the ConnRate
// check needs it): x/sys/unix's Accept4 always takes it and then asks
// getsockopt(SO_PROTOCOL) of the listener for every IPv4 and IPv6 peer (to
// tell L2TP sockets apart), a second syscall per accepted connection.
// A raw system call: the listener is non-blocking, so Go's
// entersyscall/exitsyscall buys nothing (≈ 4 K machine instructions a call
// under callgrind, two calls per connection: the second finds EAGAIN).
func accept4(fd int, peer bool) (int, netip.Addr, error) {
	if !peer {
		nfd, _, e := unix.RawSyscall6(unix.SYS_ACCEPT4, uintptr(fd), 0, 0, unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC, 0, 0)
		if e != 0 {
			return -1, netip.Addr{}, e
		}
		return int(nfd), netip.Addr{}, nil
	}
	var rsa unix.RawSockaddrAny
	size := uint32(unix.SizeofSockaddrAny)
	nfd, _, e := unix.RawSyscall6(unix.SYS_ACCEPT4, uintptr(fd), uintptr(unsafe.Pointer(&rsa)), uintptr(unsafe.Pointer(&size)),
		unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC, 0, 0)
	if e != 0 {
		return -1, netip.Addr{}, e
	}
	switch rsa.Addr.Family {
	case unix.AF_INET:
		raw := (*unix.RawSockaddrInet4)(unsafe.Pointer(&rsa))
		return int(nfd), netip.AddrFrom4(raw.Addr), nil
	case unix.AF_INET6:
		raw := (*unix.RawSockaddrInet6)(unsafe.Pointer(&rsa))
		return int(nfd), netip.AddrFrom16(raw.Addr).Unmap(), nil
	}
	return int(nfd), netip.Addr{}, nil
}
