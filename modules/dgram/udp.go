// Package dgram is the Go half of gojanet's dgram module: UDP sockets on the
// loop's epoll set, reached from JS as internalBinding('udp_wrap') with the
// shape of node's UDP handle (bind/connect/send/recvStart/recvStop/close and
// callbacks onmessage/oncomplete), as modules/net does for TCP.
//
// Path: js/dgram.js resolves host names and calls bind/send here with IP
// literals. send tries sendmsg at once (node's uv_udp_try_send) and returns
// bytes+1 when the kernel took the datagram; only on EAGAIN is it queued and
// sent when epoll says the socket is writable, completing req.oncomplete.
// The common send(buf, port, ip) without a callback comes through sendFast
// instead: the view and the parsed destination wait in h.fast, and the
// handle's flush function, queued as a nextTick where node's dns.lookup
// would call back, sends the oldest (reading its bytes then, as node does).
// Readable sockets are drained by the loop goroutine (up to 32 datagrams per
// wake-up), each datagram to onmessage, all in one loop.Batch (one entry
// into JS while no tick, microtask or rejection has to run between two). No
// goroutine runs per socket. Errors are node's negative errno numbers.
package dgram

import (
	"math"
	gonet "net"
	"net/netip"
	"strconv"
	"strings"
	"unsafe"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"

	"github.com/gojanet/gojanet/internal/poll"
	"github.com/gojanet/gojanet/modules/buffer"
	"github.com/gojanet/gojanet/runtime/loop"
)

// Flags of bind, as libuv's UV_UDP_* values.
const (
	flagIPv6Only  = 1
	flagReuseAddr = 4
	flagReusePort = 8 // node's UV_UDP_REUSEPORT
)

// recvBufSize holds the largest UDP payload (64 KiB) so nothing is cut.
const recvBufSize = 64 * 1024

type binding struct {
	l       *loop.Loop
	vm      *goja.Runtime
	handles map[*goja.Object]*handle
	buf     []byte

	// The last IPv4 sender's address, as a JS string (sender).
	lastAddr4 [4]byte
	lastIP4   goja.Value
	ipv4      goja.Value
	// and its port, as a JS number
	lastPort4 int
	lastPortV goja.Value
	// The sender of the datagram being read (recvfrom).
	from unix.RawSockaddrAny

	// Fast sends batched for sendmmsg (batch.go).
	out         []outSend
	outBuf      []byte
	outDeferred bool
	hdrs        []mmsghdr
	iovs        []unix.Iovec
	names       []unix.RawSockaddrAny
}

// pendingSend is a datagram the kernel did not take at once (EAGAIN).
type pendingSend struct {
	req  *goja.Object
	data []byte
	to   unix.Sockaddr // nil on a connected socket
}

type handle struct {
	b       *binding
	obj     *goja.Object
	fd      int
	family  int
	refed   bool
	counted bool
	reading bool
	closed  bool
	mask    uint32
	sends   []pendingSend
	queued  int

	// Datagrams of send()'s fast path waiting for their tick (sendFast).
	fast     []fastSend
	fastHead int
	// The last destination of sendFast, parsed.
	lastIP   goja.Value // a JS string
	lastPort int
	lastTo   unix.Sockaddr
	flushFn  goja.Value // the tick of one sendFast datagram
}

// fastSend is a datagram sendFast took: the view itself is kept (not its
// bytes) because node reads a datagram's bytes only when its send runs on
// the next tick, so a script that changes the Buffer in between sends
// the changed bytes there too. n < 0 means the whole view.
type fastSend struct {
	view   *goja.Object
	off, n int
	to     unix.Sockaddr
}

// Binding fills internalBinding('udp_wrap').
func Binding(l *loop.Loop, exports *goja.Object) {
	vm := l.VM
	b := &binding{l: l, vm: vm, handles: map[*goja.Object]*handle{}}
	proto := vm.NewObject()
	for name, fn := range b.methods() {
		if !keepsBatch[name] {
			fn = b.flushFirst(fn)
		}
		proto.Set(name, fn)
	}
	ctor := vm.ToValue(func(call goja.ConstructorCall) *goja.Object {
		// new UDP(6) is an IPv6 socket: addresses are parsed in the
		// socket's family only, as node does (127.0.0.1 on udp6: EINVAL).
		family := unix.AF_INET
		if call.Argument(0).ToInteger() == 6 {
			family = unix.AF_INET6
		}
		h := &handle{b: b, obj: call.This, fd: -1, family: family, refed: true}
		b.handles[h.obj] = h
		l.Track(h)
		return nil
	}).ToObject(vm)
	ctor.Set("prototype", proto)
	proto.Set("constructor", ctor)
	proto.DefineAccessorProperty("fd", vm.ToValue(func(call goja.FunctionCall) goja.Value {
		if len(b.out) > 0 {
			b.flushOut() // a script may use the descriptor itself
		}
		if o, ok := call.This.(*goja.Object); ok {
			if h := b.handles[o]; h != nil {
				return vm.ToValue(h.fd)
			}
		}
		return vm.ToValue(-1)
	}), nil, goja.FLAG_TRUE, goja.FLAG_TRUE)
	exports.Set("UDP", ctor)
	exports.Set("SendWrap", func(goja.ConstructorCall) *goja.Object { return nil })
	c := vm.NewObject()
	c.Set("UV_UDP_IPV6ONLY", flagIPv6Only)
	c.Set("UV_UDP_REUSEADDR", flagReuseAddr)
	c.Set("UV_UDP_REUSEPORT", flagReusePort)
	exports.Set("constants", c)
}

// keepsBatch names the handle's methods that may run while fast sends wait
// in the batch (batch.go): the fast path itself, and those that neither
// send nor change how a datagram is sent nor report on sends. Every other
// method sends the batch first, so that nothing can tell it waited.
var keepsBatch = map[string]bool{
	"sendFast": true, "recvStart": true, "recvStop": true, "getsockname": true, "getpeername": true,
	"ref": true, "unref": true, "hasRef": true,
}

func (b *binding) flushFirst(fn func(goja.FunctionCall) goja.Value) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		if len(b.out) > 0 {
			b.flushOut()
		}
		return fn(call)
	}
}

func (b *binding) this(call goja.FunctionCall) *handle {
	if o, ok := call.This.(*goja.Object); ok {
		if h := b.handles[o]; h != nil {
			return h
		}
	}
	panic(b.vm.NewTypeError("Illegal invocation"))
}

// port reads a port argument defensively (JS validates; this never panics).
func port(v goja.Value) int {
	f := v.ToFloat()
	if f != f || f < 0 || f > 65535 {
		return -1
	}
	return int(f)
}

// bindPort converts as node's C++ does (Uint32, then the low 16 bits):
// bind(70000) binds 4464, bind('abc') an ephemeral port.
func bindPort(v goja.Value) int {
	f := v.ToFloat()
	if f != f || math.IsInf(f, 0) {
		return 0
	}
	m := math.Mod(math.Trunc(f), 65536)
	if m < 0 {
		m += 65536
	}
	return int(m)
}

func (b *binding) methods() map[string]func(goja.FunctionCall) goja.Value {
	vm := b.vm
	num := func(i int) goja.Value { return vm.ToValue(i) }
	ok := num(0)
	return map[string]func(goja.FunctionCall) goja.Value{
		// bind(ip, port, flags)
		"bind": func(call goja.FunctionCall) goja.Value {
			h := b.this(call)
			return num(h.bind(call.Argument(0).String(), bindPort(call.Argument(1)), int(call.Argument(2).ToInteger())))
		},
		// open(fd) adopts a UDP descriptor (one passed over an IPC channel,
		// or bind({fd})); its family comes from the socket itself.
		"open": func(call goja.FunctionCall) goja.Value {
			return num(b.this(call).open(int(call.Argument(0).ToInteger())))
		},
		// connect(ip, port)
		"connect": func(call goja.FunctionCall) goja.Value {
			h := b.this(call)
			return num(h.connect(call.Argument(0).String(), port(call.Argument(1))))
		},
		"disconnect": func(call goja.FunctionCall) goja.Value {
			h := b.this(call)
			if h.fd < 0 {
				return num(-int(unix.EBADF))
			}
			// AF_UNSPEC dissolves the association (connect(2)); Linux
			// may answer EAFNOSUPPORT while doing it, as libuv notes.
			return num(disconnect(h.fd))
		},
		// send(req, chunks, ip, port, hasCallback): ip undefined on a
		// connected socket. Returns bytes+1 if sent at once, 0 if queued
		// (req.oncomplete(status, bytes) follows), or a negative errno.
		"send": func(call goja.FunctionCall) goja.Value {
			h := b.this(call)
			req, _ := call.Argument(0).(*goja.Object)
			data := b.gather(call.Argument(1))
			var to unix.Sockaddr
			if ipv := call.Argument(2); !goja.IsUndefined(ipv) && !goja.IsNull(ipv) {
				p := port(call.Argument(3))
				sa, fam, okAddr := sockaddr(ipv.String(), p)
				if !okAddr || p < 0 || fam != h.family {
					return num(-int(unix.EINVAL))
				}
				if !h.allowed("connect", ipv.String(), p) {
					return num(-int(unix.EACCES))
				}
				to = sa
			}
			return num(h.send(req, data, to))
		},
		// sendFast(view, port, ip, offset, length) is send()'s fast path
		// (js/dgram.js checked the socket is bound, unconnected, with the
		// default lookup; without offset and length, the whole view). It
		// takes the datagram when ip is an IP literal of the socket's
		// family, port a valid port and the range inside the view, and
		// returns the handle's flush function, which the script queues as
		// a tick where node's dns.lookup would have called back (the
		// handle's own function, so the tick needs no arguments). 0 means
		// nothing was done: the caller takes the general path.
		"sendFast": func(call goja.FunctionCall) goja.Value {
			h := b.this(call)
			view, isObj := call.Argument(0).(*goja.Object)
			if !isObj || h.fd < 0 || h.closed {
				return num(0)
			}
			to := h.fastDest(call.Argument(2), call.Argument(1))
			if to == nil {
				return num(0)
			}
			off, n := 0, -1
			if l := call.Argument(4); !goja.IsUndefined(l) {
				o, c := call.Argument(3).ToInteger(), l.ToInteger()
				if o < 0 || c < 0 || o > math.MaxInt32 || c > math.MaxInt32 {
					return num(0)
				}
				off, n = int(o), int(c)
				if p, _ := buffer.Bytes(vm, view); off+n > len(p) {
					return num(0) // out of bounds: the general path throws
				}
			}
			h.fast = append(h.fast, fastSend{view: view, off: off, n: n, to: to})
			if h.flushFn == nil {
				h.flushFn = vm.ToValue(func(goja.FunctionCall) goja.Value {
					h.flushFast()
					return goja.Undefined()
				})
			}
			return h.flushFn
		},
		"recvStart": func(call goja.FunctionCall) goja.Value {
			h := b.this(call)
			if h.fd < 0 || h.closed {
				return num(-int(unix.EBADF))
			}
			h.reading = true
			h.updatePoll()
			return ok
		},
		"recvStop": func(call goja.FunctionCall) goja.Value {
			h := b.this(call)
			h.reading = false
			h.updatePoll()
			return ok
		},
		"getsockname": func(call goja.FunctionCall) goja.Value {
			return num(b.this(call).name(call.Argument(0), unix.Getsockname))
		},
		"getpeername": func(call goja.FunctionCall) goja.Value {
			return num(b.this(call).name(call.Argument(0), unix.Getpeername))
		},
		"setBroadcast":         b.boolOpt(unix.SOL_SOCKET, unix.SO_BROADCAST, -1),
		"setMulticastLoopback": b.boolOpt(unix.IPPROTO_IP, unix.IP_MULTICAST_LOOP, unix.IPV6_MULTICAST_LOOP),
		"setTTL":               b.intOpt(unix.IPPROTO_IP, unix.IP_TTL, unix.IPV6_UNICAST_HOPS, 1),
		"setMulticastTTL":      b.intOpt(unix.IPPROTO_IP, unix.IP_MULTICAST_TTL, unix.IPV6_MULTICAST_HOPS, 0),
		"setMulticastInterface": func(call goja.FunctionCall) goja.Value {
			return num(b.this(call).multicastInterface(call.Argument(0).String()))
		},
		// addMembership(group, iface), dropMembership(group, iface)
		"addMembership": func(call goja.FunctionCall) goja.Value {
			return num(b.this(call).membership(call.Argument(0).String(), optString(call.Argument(1)), true))
		},
		"dropMembership": func(call goja.FunctionCall) goja.Value {
			return num(b.this(call).membership(call.Argument(0).String(), optString(call.Argument(1)), false))
		},
		"addSourceSpecificMembership": func(call goja.FunctionCall) goja.Value {
			return num(b.this(call).sourceMembership(call.Argument(0).String(), call.Argument(1).String(), optString(call.Argument(2)), true))
		},
		"dropSourceSpecificMembership": func(call goja.FunctionCall) goja.Value {
			return num(b.this(call).sourceMembership(call.Argument(0).String(), call.Argument(1).String(), optString(call.Argument(2)), false))
		},
		// bufferSize(size, isRecv): sets when size > 0, then returns the
		// size (as node reports it: what getsockopt says) or a negative errno.
		"bufferSize": func(call goja.FunctionCall) goja.Value {
			h := b.this(call)
			if h.fd < 0 {
				return num(-int(unix.EBADF))
			}
			opt := unix.SO_SNDBUF
			if call.Argument(1).ToBoolean() {
				opt = unix.SO_RCVBUF
			}
			if f := call.Argument(0).ToFloat(); f > 0 && f <= 1<<31-1 {
				if err := unix.SetsockoptInt(h.fd, unix.SOL_SOCKET, opt, int(f)); err != nil {
					return num(errno(err))
				}
			}
			v, err := unix.GetsockoptInt(h.fd, unix.SOL_SOCKET, opt)
			if err != nil {
				return num(errno(err))
			}
			return num(v)
		},
		"getSendQueueSize":  func(call goja.FunctionCall) goja.Value { return num(b.this(call).queued) },
		"getSendQueueCount": func(call goja.FunctionCall) goja.Value { return num(len(b.this(call).sends)) },
		"close": func(call goja.FunctionCall) goja.Value {
			b.this(call).closeWithCallbacks(call.Argument(0))
			return goja.Undefined()
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

// gather joins the chunks of one datagram (an array of Buffers).
func (b *binding) gather(v goja.Value) []byte {
	o, isObj := v.(*goja.Object)
	if !isObj {
		return nil
	}
	// js/dgram.js passes an Array of chunks: read its elements rather than
	// asking buffer.Bytes first (exporting an Array converts every element
	// and then tries it as a DataView, which throws: most of a send's cost).
	if o.ClassName() != "Array" {
		if p, ok := buffer.Bytes(b.vm, o); ok {
			return p
		}
	}
	lv := o.Get("length")
	if lv == nil {
		return nil
	}
	n := lv.ToFloat()
	if n != n || n < 0 || n > 1<<20 {
		return nil
	}
	var out []byte
	for i := 0; i < int(n); i++ {
		if p, ok := buffer.Bytes(b.vm, o.Get(strconv.Itoa(i))); ok {
			if int(n) == 1 {
				return p
			}
			out = append(out, p...)
		}
	}
	return out
}

func optString(v goja.Value) string {
	if goja.IsUndefined(v) || goja.IsNull(v) {
		return ""
	}
	return v.String()
}

func (b *binding) boolOpt(level, opt, opt6 int) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		h := b.this(call)
		if h.fd < 0 {
			return b.vm.ToValue(-int(unix.EBADF))
		}
		v := 0
		if call.Argument(0).ToBoolean() {
			v = 1
		}
		if h.family == unix.AF_INET6 && opt6 >= 0 {
			return b.vm.ToValue(errno0(unix.SetsockoptInt(h.fd, unix.IPPROTO_IPV6, opt6, v)))
		}
		return b.vm.ToValue(errno0(unix.SetsockoptInt(h.fd, level, opt, v)))
	}
}

// intOpt sets a TTL/hop limit; libuv accepts 1..255 (min..255).
func (b *binding) intOpt(level, opt, opt6, min int) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		h := b.this(call)
		if h.fd < 0 {
			return b.vm.ToValue(-int(unix.EBADF))
		}
		f := call.Argument(0).ToFloat()
		if f != f || f < float64(min) || f > 255 {
			return b.vm.ToValue(-int(unix.EINVAL))
		}
		if h.family == unix.AF_INET6 {
			return b.vm.ToValue(errno0(unix.SetsockoptInt(h.fd, unix.IPPROTO_IPV6, opt6, int(f))))
		}
		return b.vm.ToValue(errno0(unix.SetsockoptInt(h.fd, level, opt, int(f))))
	}
}

func (h *handle) allowed(op, address string, port int) bool {
	allow := h.b.l.Net.Allow
	return allow == nil || allow(op, gonet.JoinHostPort(address, strconv.Itoa(port)))
}

func (h *handle) ensureSocket(family int) int {
	if h.fd >= 0 {
		return 0
	}
	if h.closed {
		return -int(unix.EBADF)
	}
	if max := h.b.l.Net.MaxSockets; max > 0 && int(h.b.l.Counters.OpenSockets.Load()) >= max {
		return -int(unix.EMFILE)
	}
	fd, err := unix.Socket(family, unix.SOCK_DGRAM|unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		return errno(err)
	}
	h.fd, h.family = fd, family
	h.b.l.Counters.OpenSockets.Add(1)
	return 0
}

func (h *handle) open(fd int) int {
	if h.closed || h.fd >= 0 {
		return -int(unix.EINVAL)
	}
	if fd < 0 {
		return -int(unix.EBADF)
	}
	typ, err := unix.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_TYPE)
	if err != nil {
		return errno(err)
	}
	sa, err := unix.Getsockname(fd)
	if err != nil {
		return errno(err)
	}
	family := unix.AF_INET
	switch sa.(type) {
	case *unix.SockaddrInet4:
	case *unix.SockaddrInet6:
		family = unix.AF_INET6
	default:
		return -int(unix.EINVAL)
	}
	if typ != unix.SOCK_DGRAM {
		return -int(unix.EINVAL)
	}
	for _, other := range h.b.handles {
		if other != h && other.fd == fd && !other.closed {
			return -int(unix.EEXIST)
		}
	}
	if err := unix.SetNonblock(fd, true); err != nil {
		return errno(err)
	}
	h.fd, h.family = fd, family
	h.b.l.Counters.OpenSockets.Add(1)
	return 0
}

func (h *handle) bind(address string, port, flags int) int {
	sa, family, ok := sockaddr(address, port)
	if !ok || port < 0 || family != h.family {
		return -int(unix.EINVAL)
	}
	if !h.allowed("listen", address, port) {
		return -int(unix.EACCES)
	}
	if h.fd >= 0 {
		return -int(unix.EINVAL) // already bound (JS prevents this)
	}
	if code := h.ensureSocket(family); code != 0 {
		return code
	}
	if flags&flagReuseAddr != 0 {
		_ = unix.SetsockoptInt(h.fd, unix.SOL_SOCKET, unix.SO_REUSEADDR, 1)
	}
	if flags&flagReusePort != 0 {
		_ = unix.SetsockoptInt(h.fd, unix.SOL_SOCKET, unix.SO_REUSEPORT, 1)
	}
	if family == unix.AF_INET6 {
		only := 0
		if flags&flagIPv6Only != 0 {
			only = 1
		}
		_ = unix.SetsockoptInt(h.fd, unix.IPPROTO_IPV6, unix.IPV6_V6ONLY, only)
	}
	if err := unix.Bind(h.fd, sa); err != nil {
		// Leave the handle unbound so the script may try again.
		h.releaseFD()
		return errno(err)
	}
	return 0
}

// deferredBind binds an unbound socket to the wildcard address and an
// ephemeral port, as libuv does before joining a multicast group.
func (h *handle) deferredBind() int {
	if h.fd >= 0 {
		return 0
	}
	if h.closed {
		return -int(unix.EBADF)
	}
	if h.family == unix.AF_INET {
		return h.bind("0.0.0.0", 0, flagReuseAddr)
	}
	return h.bind("::", 0, flagReuseAddr)
}

func (h *handle) releaseFD() {
	if h.fd < 0 {
		return
	}
	if h.mask != 0 {
		h.b.l.Poller().Remove(h.fd)
		h.mask = 0
	}
	unix.Close(h.fd)
	h.fd = -1
	h.b.l.Counters.OpenSockets.Add(-1)
}

func (h *handle) connect(address string, port int) int {
	sa, fam, ok := sockaddr(address, port)
	if !ok || port <= 0 || fam != h.family {
		return -int(unix.EINVAL)
	}
	if h.fd < 0 {
		return -int(unix.EBADF)
	}
	if !h.allowed("connect", address, port) {
		return -int(unix.EACCES)
	}
	return errno0(unix.Connect(h.fd, sa))
}

func (h *handle) send(req *goja.Object, data []byte, to unix.Sockaddr) int {
	if h.fd < 0 || h.closed {
		return -int(unix.EBADF)
	}
	if len(h.sends) == 0 {
		err := sendOne(h.fd, data, to)
		if err == nil {
			h.b.l.Counters.BytesWritten.Add(int64(len(data)))
			return len(data) + 1
		}
		if err != unix.EAGAIN {
			return errno(err)
		}
	}
	if req == nil {
		return -int(unix.EINVAL)
	}
	// The kernel's buffer is full: keep the datagram (copied, as the
	// script may reuse its Buffer) until the socket is writable.
	h.sends = append(h.sends, pendingSend{req: req, data: append([]byte(nil), data...), to: to})
	h.queued += len(data)
	h.updatePoll()
	return 0
}

// fastDest parses sendFast's destination: only a port 1..65535 and an IP
// literal of the socket's family that net.isIP also accepts (a stricter
// parse than the kernel's; anything else goes the general path), allowed
// by the embedder. The last one is kept: a server answers the same peers.
func (h *handle) fastDest(ipv, portv goja.Value) unix.Sockaddr {
	f := portv.ToFloat()
	if f < 1 || f > 65535 || f != math.Trunc(f) {
		return nil
	}
	p := int(f)
	if _, ok := ipv.(goja.String); !ok {
		return nil
	}
	// (compared as JS strings: exporting one makes a Go string each time)
	if h.lastTo != nil && p == h.lastPort && ipv.StrictEquals(h.lastIP) {
		return h.lastTo
	}
	s := ipv.String()
	var to unix.Sockaddr
	if h.family == unix.AF_INET {
		a, ok := parseIPv4(s)
		if !ok {
			return nil
		}
		to = &unix.SockaddrInet4{Port: p, Addr: a}
	} else {
		a, ok := parseIPv6(s)
		if !ok {
			return nil
		}
		to = &unix.SockaddrInet6{Port: p, Addr: a}
	}
	if !h.allowed("connect", s, p) {
		return nil // the general path reports EACCES
	}
	h.lastIP, h.lastPort, h.lastTo = ipv, p, to
	return to
}

// parseIPv4 accepts what net.isIPv4 does: four decimal octets, no leading
// zeros.
func parseIPv4(s string) (a [4]byte, ok bool) {
	part, digits, v := 0, 0, 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == '.' {
			if digits == 0 || part > 3 {
				return a, false
			}
			a[part] = byte(v)
			part, digits, v = part+1, 0, 0
			continue
		}
		c := s[i]
		if c < '0' || c > '9' || (digits == 1 && v == 0) {
			return a, false
		}
		v = v*10 + int(c-'0')
		digits++
		if v > 255 {
			return a, false
		}
	}
	return a, part == 4
}

// parseIPv6 accepts hex groups and colons only (no zone, no dotted tail:
// those go the general path), parsed by netip.
func parseIPv6(s string) (a [16]byte, ok bool) {
	if len(s) < 2 {
		return a, false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c == ':' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')) {
			return a, false
		}
	}
	ip, err := netip.ParseAddr(s)
	if err != nil || !ip.Is6() {
		return a, false
	}
	return ip.As16(), true
}

// flushFast sends the oldest sendFast datagram: its bytes are read now, as
// node's doSend reads them. An error is dropped, as node drops a send
// error without a callback; EAGAIN queues the datagram like any other.
func (h *handle) flushFast() {
	if h.fastHead >= len(h.fast) || h.closed {
		return
	}
	s := h.fast[h.fastHead]
	h.fast[h.fastHead] = fastSend{}
	h.fastHead++
	if h.fastHead == len(h.fast) {
		h.fast, h.fastHead = h.fast[:0], 0
	}
	data, _ := buffer.Bytes(h.b.vm, s.view)
	if s.n >= 0 {
		// The view may have shrunk since (a detached ArrayBuffer).
		lo, hi := min(s.off, len(data)), min(s.off+s.n, len(data))
		data = data[lo:hi]
	}
	if len(h.sends) == 0 {
		h.queueOut(data, s.to) // copied now, sent with the batch
		return
	}
	h.sends = append(h.sends, pendingSend{data: append([]byte(nil), data...), to: s.to})
	h.queued += len(data)
	h.updatePoll()
}

// disconnect connects fd to AF_UNSPEC, which dissolves a UDP association.
func disconnect(fd int) int {
	sa := unix.RawSockaddr{Family: unix.AF_UNSPEC}
	_, _, e := unix.Syscall(unix.SYS_CONNECT, uintptr(fd), uintptr(unsafe.Pointer(&sa)), unsafe.Sizeof(sa))
	if e != 0 && e != unix.EAFNOSUPPORT {
		return -int(e)
	}
	return 0
}

func sendOne(fd int, p []byte, to unix.Sockaddr) error {
	for {
		var err error
		if to == nil {
			_, err = unix.Write(fd, p)
		} else {
			err = unix.Sendto(fd, p, 0, to)
		}
		if err != unix.EINTR {
			return err
		}
	}
}

func (h *handle) flush() {
	for len(h.sends) > 0 && !h.closed {
		s := h.sends[0]
		err := sendOne(h.fd, s.data, s.to)
		if err == unix.EAGAIN {
			break
		}
		h.sends[0] = pendingSend{}
		h.sends = h.sends[1:]
		h.queued -= len(s.data)
		status := 0
		if err != nil {
			status = errno(err)
		} else {
			h.b.l.Counters.BytesWritten.Add(int64(len(s.data)))
		}
		h.complete(s.req, status, len(s.data))
	}
	if len(h.sends) == 0 {
		h.sends = nil
	}
	h.updatePoll()
}

func (h *handle) complete(req *goja.Object, status, n int) {
	vm := h.b.vm
	if req == nil {
		return // a sendFast datagram: nobody to tell
	}
	if fn := req.Get("oncomplete"); fn != nil {
		h.b.l.Call(fn, req, vm.ToValue(status), vm.ToValue(n))
	}
}

func (h *handle) active() bool {
	return !h.closed && (h.reading || len(h.sends) > 0)
}

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

func (h *handle) updatePoll() {
	var want uint32
	if h.reading {
		want |= poll.Readable
	}
	if len(h.sends) > 0 {
		want |= poll.Writable
	}
	if h.fd < 0 || h.closed || want == h.mask {
		h.updateRef()
		return
	}
	p := h.b.l.Poller()
	var err error
	switch {
	case want == 0:
		p.Remove(h.fd)
	case h.mask == 0:
		err = p.Add(h.fd, want, h.onEvents)
	default:
		err = p.Modify(h.fd, want)
	}
	if err != nil {
		// The kernel refused the registration (ENOMEM, ENOSPC): report it
		// as a receive error rather than wait for events that never come.
		if h.mask != 0 {
			p.Remove(h.fd)
		}
		h.mask = 0
		h.b.l.Counters.Degraded.Add(1)
		code := errno(err)
		sends := h.sends
		h.sends, h.queued, h.reading = nil, 0, false
		h.updateRef()
		h.b.l.Defer(func() {
			for _, s := range sends {
				h.complete(s.req, code, len(s.data))
			}
			if !h.closed {
				h.b.l.Call(prop(h.obj, "onerror"), h.obj, h.b.vm.ToValue(code))
			}
		})
		return
	}
	h.mask = want
	h.updateRef()
}

func (h *handle) onEvents(ev uint32) {
	if ev&(poll.Writable|poll.Error) != 0 && len(h.sends) > 0 {
		h.flush()
	}
	if !h.closed && h.reading && ev&(poll.Readable|poll.Error|unix.EPOLLHUP) != 0 {
		h.readReady()
	}
}

// readReady hands up to 32 datagrams to onmessage (as libuv does), then
// yields to other sockets. The callbacks go in one loop.Batch: one entry
// into JS for all of them while nothing (a tick, a microtask) has to run
// in between.
func (h *handle) readReady() {
	b := h.b
	if b.buf == nil {
		b.buf = make([]byte, recvBufSize)
	}
	n := 0
	b.l.Batch(func() bool {
		if n == 32 || !h.reading || h.closed {
			return false
		}
		n++
		return h.readOne()
	})
	if len(b.out) > 0 {
		b.flushOut() // the echoes of this burst, in one sendmmsg
	}
}

// readOne reads a datagram and calls onmessage with it; false when there
// was none. The sender goes up as values (address, port, family) and
// js/dgram.js makes rinfo of them with an object literal: cheaper in goja
// than an object built and filled from Go.
func (h *handle) readOne() bool {
	b := h.b
	vm := b.vm
	n, err := recvfrom(h.fd, b.buf, &b.from)
	if err == unix.EAGAIN || err == unix.EINTR {
		return false
	}
	onmessage := prop(h.obj, "onmessage")
	if err != nil {
		// ICMP errors (ECONNREFUSED on a connected socket) and such
		// surface as node does: onmessage with a negative nread.
		b.l.Call(onmessage, h.obj, vm.ToValue(errno(err)))
		return true
	}
	b.l.Counters.BytesRead.Add(int64(n))
	address, port, family := b.sender()
	chunk := make([]byte, n)
	copy(chunk, b.buf[:n])
	b.l.Call(onmessage, h.obj, vm.ToValue(n), b.l.NewBuffer(chunk), address, port, family)
	return true
}

func (h *handle) name(out goja.Value, get func(int) (unix.Sockaddr, error)) int {
	o, ok := out.(*goja.Object)
	if !ok || h.fd < 0 {
		return -int(unix.EBADF)
	}
	sa, err := get(h.fd)
	if err != nil {
		return errno(err)
	}
	fillAddress(o, sa)
	return 0
}

func (h *handle) multicastInterface(iface string) int {
	if h.fd < 0 {
		return -int(unix.EBADF)
	}
	if h.family == unix.AF_INET6 {
		idx := 0
		if i := strings.IndexByte(iface, '%'); i >= 0 {
			// An unknown zone is scope 0 (the default interface), as
			// libuv's address parser makes it.
			if ifc, err := gonet.InterfaceByName(iface[i+1:]); err == nil {
				idx = ifc.Index
			} else if n, err2 := strconv.Atoi(iface[i+1:]); err2 == nil && n >= 0 {
				idx = n
			}
			iface = iface[:i]
		}
		if gonet.ParseIP(iface) == nil {
			return -int(unix.EINVAL)
		}
		return errno0(unix.SetsockoptInt(h.fd, unix.IPPROTO_IPV6, unix.IPV6_MULTICAST_IF, idx))
	}
	ip := gonet.ParseIP(iface).To4()
	if ip == nil {
		return -int(unix.EINVAL)
	}
	var a [4]byte
	copy(a[:], ip)
	return errno0(unix.SetsockoptInet4Addr(h.fd, unix.IPPROTO_IP, unix.IP_MULTICAST_IF, a))
}

func (h *handle) membership(group, iface string, join bool) int {
	g := gonet.ParseIP(group)
	if g == nil {
		return -int(unix.EINVAL)
	}
	if code := h.deferredBind(); code != 0 {
		return code
	}
	if g4 := g.To4(); g4 != nil && h.family == unix.AF_INET {
		mreq := &unix.IPMreq{}
		copy(mreq.Multiaddr[:], g4)
		if iface != "" {
			ip := gonet.ParseIP(iface).To4()
			if ip == nil {
				return -int(unix.EINVAL)
			}
			copy(mreq.Interface[:], ip)
		}
		opt := unix.IP_ADD_MEMBERSHIP
		if !join {
			opt = unix.IP_DROP_MEMBERSHIP
		}
		return errno0(unix.SetsockoptIPMreq(h.fd, unix.IPPROTO_IP, opt, mreq))
	}
	if h.family != unix.AF_INET6 || g.To4() != nil {
		return -int(unix.EINVAL)
	}
	mreq := &unix.IPv6Mreq{}
	copy(mreq.Multiaddr[:], g.To16())
	if i := strings.IndexByte(iface, '%'); i >= 0 {
		if ifc, err := gonet.InterfaceByName(iface[i+1:]); err == nil {
			mreq.Interface = uint32(ifc.Index)
		}
	}
	opt := unix.IPV6_JOIN_GROUP
	if !join {
		opt = unix.IPV6_LEAVE_GROUP
	}
	return errno0(unix.SetsockoptIPv6Mreq(h.fd, unix.IPPROTO_IPV6, opt, mreq))
}

// sourceMembership joins or leaves a source-specific IPv4 group
// (IP_ADD_SOURCE_MEMBERSHIP's struct ip_mreq_source: group, interface, source).
func (h *handle) sourceMembership(source, group, iface string, join bool) int {
	s, g := gonet.ParseIP(source).To4(), gonet.ParseIP(group).To4()
	if s == nil || g == nil {
		return -int(unix.EINVAL)
	}
	if code := h.deferredBind(); code != 0 {
		return code
	}
	if h.family != unix.AF_INET {
		return -int(unix.EINVAL)
	}
	var mreq [12]byte
	copy(mreq[0:4], g)
	if iface != "" {
		ip := gonet.ParseIP(iface).To4()
		if ip == nil {
			return -int(unix.EINVAL)
		}
		copy(mreq[4:8], ip)
	}
	copy(mreq[8:12], s)
	opt := unix.IP_ADD_SOURCE_MEMBERSHIP
	if !join {
		opt = unix.IP_DROP_SOURCE_MEMBERSHIP
	}
	return errno0(unix.SetsockoptString(h.fd, unix.IPPROTO_IP, opt, string(mreq[:])))
}

func (h *handle) closeWithCallbacks(cb goja.Value) {
	if h.closed {
		return
	}
	sends := h.sends
	h.closeNow()
	b := h.b
	b.l.OnClosed(func() {
		for _, s := range sends {
			h.complete(s.req, -int(unix.ECANCELED), len(s.data))
		}
		delete(b.handles, h.obj)
		if fn, ok := goja.AssertFunction(cb); ok && fn != nil {
			b.l.Call(cb, h.obj)
		}
	})
}

func (h *handle) closeNow() {
	if h.closed {
		return
	}
	h.sends, h.queued = nil, 0
	h.fast, h.fastHead, h.lastTo = nil, 0, nil
	h.releaseFD()
	h.closed = true
	h.reading = false
	h.updateRef()
	h.b.l.Untrack(h)
}

// ForceClose is the runtime's shutdown path: no callbacks run.
func (h *handle) ForceClose() {
	if len(h.b.out) > 0 {
		h.b.flushOut() // sent, as node sent them on their tick
	}
	h.closeNow()
	delete(h.b.handles, h.obj)
}

// prop reads a callback property; a missing one is undefined, never nil.
func prop(o *goja.Object, name string) goja.Value {
	if v := o.Get(name); v != nil {
		return v
	}
	return goja.Undefined()
}

func errno(err error) int {
	if e, ok := err.(unix.Errno); ok {
		return -int(e)
	}
	return -int(unix.EIO)
}

func errno0(err error) int {
	if err == nil {
		return 0
	}
	return errno(err)
}

// sockaddr parses an IP literal (with an optional %zone).
func sockaddr(address string, port int) (unix.Sockaddr, int, bool) {
	zone := ""
	if i := strings.IndexByte(address, '%'); i >= 0 {
		address, zone = address[:i], address[i+1:]
	}
	ip := gonet.ParseIP(address)
	if ip == nil || port < 0 || port > 65535 {
		return nil, 0, false
	}
	if ip4 := ip.To4(); ip4 != nil && !strings.Contains(address, ":") {
		sa := &unix.SockaddrInet4{Port: port}
		copy(sa.Addr[:], ip4)
		return sa, unix.AF_INET, true
	}
	sa := &unix.SockaddrInet6{Port: port}
	copy(sa.Addr[:], ip.To16())
	if zone != "" {
		if ifc, err := gonet.InterfaceByName(zone); err == nil {
			sa.ZoneId = uint32(ifc.Index)
		}
	}
	return sa, unix.AF_INET6, true
}

func fillAddress(out *goja.Object, sa unix.Sockaddr) {
	switch sa.(type) {
	case *unix.SockaddrInet4, *unix.SockaddrInet6:
		address, family, port := addressOf(sa)
		out.Set("address", address)
		out.Set("family", family)
		out.Set("port", port)
	}
}

// addressOf is an IPv4 or IPv6 address as node reports it (an IPv4-mapped
// IPv6 address as ::ffff:a.b.c.d, a zone by its interface's name).
func addressOf(sa unix.Sockaddr) (address, family string, port int) {
	switch a := sa.(type) {
	case *unix.SockaddrInet4:
		return gonet.IP(a.Addr[:]).String(), "IPv4", a.Port
	case *unix.SockaddrInet6:
		ip := gonet.IP(a.Addr[:]).String()
		if v4 := gonet.IP(a.Addr[:]).To4(); v4 != nil {
			ip = "::ffff:" + v4.String()
		}
		if a.ZoneId != 0 {
			if ifc, err := gonet.InterfaceByIndex(int(a.ZoneId)); err == nil {
				ip += "%" + ifc.Name
			}
		}
		return ip, "IPv6", a.Port
	}
	return "", "", 0
}

// recvfrom reads one datagram and its sender (into *from, so that nothing
// is allocated per datagram). It is recvfrom(2) itself: x/sys/unix's
// Recvmsg also asks getsockopt(SO_PROTOCOL) of every IPv4 and IPv6 sender
// (to tell L2TP sockets apart), a third syscall per echoed datagram.
func recvfrom(fd int, p []byte, from *unix.RawSockaddrAny) (int, error) {
	size := uint32(unix.SizeofSockaddrAny)
	from.Addr.Family = unix.AF_UNSPEC
	n, _, e := unix.Syscall6(unix.SYS_RECVFROM, uintptr(fd), uintptr(unsafe.Pointer(&p[0])), uintptr(len(p)),
		0, uintptr(unsafe.Pointer(from)), uintptr(unsafe.Pointer(&size)))
	if e != 0 {
		return 0, e
	}
	return int(n), nil
}

// sender is the last datagram's sender (b.from) as rinfo's address, port
// and family. A server hears the same few peers over and over, so the last
// IPv4 sender's address string is kept; an unknown family (none reported)
// leaves the three undefined, as rinfo's fields were then.
func (b *binding) sender() (address, port, family goja.Value) {
	undef := goja.Undefined()
	switch b.from.Addr.Family {
	case unix.AF_INET:
		raw := (*unix.RawSockaddrInet4)(unsafe.Pointer(&b.from))
		pb := (*[2]byte)(unsafe.Pointer(&raw.Port))
		if b.lastIP4 == nil || b.lastAddr4 != raw.Addr {
			b.lastAddr4 = raw.Addr
			b.lastIP4 = b.vm.ToValue(gonet.IP(raw.Addr[:]).String())
		}
		if b.ipv4 == nil {
			b.ipv4 = b.vm.ToValue("IPv4")
		}
		if port := int(pb[0])<<8 | int(pb[1]); port != b.lastPort4 || b.lastPortV == nil {
			b.lastPort4, b.lastPortV = port, b.vm.ToValue(port)
		}
		return b.lastIP4, b.lastPortV, b.ipv4
	case unix.AF_INET6:
		raw := (*unix.RawSockaddrInet6)(unsafe.Pointer(&b.from))
		pb := (*[2]byte)(unsafe.Pointer(&raw.Port))
		a, f, p := addressOf(&unix.SockaddrInet6{Port: int(pb[0])<<8 | int(pb[1]), ZoneId: raw.Scope_id, Addr: raw.Addr})
		return b.vm.ToValue(a), b.vm.ToValue(p), b.vm.ToValue(f)
	}
	return undef, undef, undef
}
