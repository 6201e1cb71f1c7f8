package dns

// The Resolver's Go half: node's ChannelWrap (c-ares), on the loop.
//
// js/internal/dns.js makes a channel per Resolver (newChannel(timeout,
// tries)) and calls its query(req, type, name, ttl[, hostsAddr]) for every
// resolve*. Everything runs on the loop goroutine, as c-ares runs on
// libuv's: a query is packed (miekg/dns) and written to the loop's UDP
// socket for its server (one socket per server and source address, shared
// by all the runtime's channels, registered in the loop's epoll set; see
// conn.go), the answer is matched to its query by id when the socket turns
// readable, and req.oncomplete(err, result) runs with node's result shapes
// and error codes (shape.go). Retries follow c-ares: tries rounds over the
// server list, each attempt's timeout doubled per round; SERVFAIL, NOTIMP,
// REFUSED, a timeout or a refused connection move on to the next server; a
// truncated UDP answer is asked again over TCP (a non-blocking connection
// on the loop too). Timeouts are deadlines checked by one timer per
// runtime (a Go timer that Posts to the loop when the earliest one is due),
// so a query costs no goroutine. A pending query holds a loop ref; cancel()
// ends a channel's pending queries and hands their requests to js, which
// completes each with ECANCELLED from an immediate (node's SetImmediate), as
// it does a query that ended at once; shutdown drops them (ForceClose).

import (
	"net"
	"net/netip"
	"strconv"
	"strings"
	"time"

	"github.com/dop251/goja"
	mdns "github.com/miekg/dns"
	"golang.org/x/sys/unix"

	"github.com/gojanet/gojanet/runtime/loop"
)

// knownType reports whether a channel asks for qt (js passes the number).
func knownType(qt uint16) bool {
	switch qt {
	case mdns.TypeA, mdns.TypeAAAA, mdns.TypeANY, mdns.TypeCAA, mdns.TypeCNAME, mdns.TypeMX,
		mdns.TypeNAPTR, mdns.TypeNS, mdns.TypePTR, mdns.TypeSOA, mdns.TypeSRV, mdns.TypeTXT:
		return true
	}
	return false
}

// server is one [ip, port] of a channel's list.
type server struct {
	ap   netip.AddrPort
	addr string // host:port, for the AllowNet policy
}

// channel is one Resolver's settings and its count of pending queries.
type channel struct {
	st      *resolverState
	servers []server
	timeout time.Duration // first round's, per attempt
	tries   int
	local   [2]netip.Addr // source address for IPv4 and IPv6 servers; zero: the system's choice
	pending int
}

// query is one pending resolve.
type query struct {
	ch      *channel
	req     *goja.Object
	qt      uint16
	ttl     bool
	name    string // fully qualified
	attempt int    // index into tries × servers
	code    string // the last attempt's error
	id      uint16
	sock    *udpSock     // the UDP socket the current attempt waits on
	tcp     *tcpExchange // or the TCP exchange
	// deadline ends the current attempt (resolverState.now); 0: none.
	deadline   int64
	prev, next *query // resolverState's pending list
	done       bool
}

// resolverState is a runtime's resolver: its pending queries, sockets and timer.
type resolverState struct {
	l    *loop.Loop
	vm   *goja.Runtime
	head *query // pending queries, newest first

	socks map[sockKey]*udpSock
	tcps  map[*tcpExchange]struct{}

	base    time.Time
	timer   *time.Timer
	armed   int64 // the deadline the timer is set for; 0: stopped
	onTimer func()

	idleQueued bool
	buf        []byte // TCP's read buffer, mdns.MaxMsgSize (rbuf's first slot)
	rbuf       []byte // UDP's, recvSlots of mdns.MaxMsgSize (conn.go)
	rhdrs      []mmsghdr
	riovs      []unix.Iovec
	out        []byte   // packed queries
	msg        mdns.Msg // the query being packed
	ans        mdns.Msg // the answer being read
	cache      shapeCache
	onresolve  *goja.Object // js/dns.js's completion (see deliver)
	lastName   string       // see query
	lastFQDN   string
	closed     bool

	// Questions waiting for flush (conn.go), and what sendmmsg reuses.
	outq        []outDgram
	outBuf      []byte
	spareQ      []outDgram
	spareBuf    []byte
	flushQueued bool
	flushFn     func()
	hdrs        []mmsghdr
	iovs        []unix.Iovec
}

func (st *resolverState) now() int64 { return int64(time.Since(st.base)) }

func resolverBinding(l *loop.Loop, exports *goja.Object) {
	vm := l.VM
	st := &resolverState{l: l, vm: vm, socks: map[sockKey]*udpSock{}, tcps: map[*tcpExchange]struct{}{}, base: time.Now()}
	st.onTimer = st.expire
	st.flushFn = st.flushDeferred
	st.msg.RecursionDesired = true
	st.msg.Question = make([]mdns.Question, 1)
	l.Track(st)

	// newChannel(timeoutMs, tries) → the channel's methods.
	exports.Set("newChannel", func(call goja.FunctionCall) goja.Value {
		// c-ares takes 0 (and node's -1, unset) as its default of 2 s, and
		// waits at least 250 ms per attempt.
		timeout := time.Duration(call.Argument(0).ToInteger()) * time.Millisecond
		switch {
		case timeout <= 0:
			timeout = 2 * time.Second
		case timeout < 250*time.Millisecond:
			timeout = 250 * time.Millisecond
		}
		tries := int(call.Argument(1).ToInteger())
		if tries < 1 {
			tries = 1
		}
		ch := &channel{st: st, timeout: timeout, tries: tries}
		o := vm.NewObject()
		// query(req, type, name, ttl[, hostsAddr]) → 0: req.oncomplete(err,
		// result) later; 1: name is not ASCII (js asks its punycode
		// instead); an error code or a result (reverse from /etc/hosts):
		// the query completed at once, and js reports it in an immediate,
		// as node's c-ares callback does.
		zero, one := vm.ToValue(0), vm.ToValue(1)
		o.Set("query", func(call goja.FunctionCall) goja.Value {
			switch r := st.query(ch, call); r {
			case nil:
				return zero
			case nonASCII:
				return one
			default:
				return r
			}
		})
		// setServers([[ip, port], ...]) → 0, or c-ares' reason for refusing.
		o.Set("setServers", func(v goja.Value) goja.Value {
			if ch.pending > 0 {
				return vm.ToValue("There are pending queries.")
			}
			ch.servers = serverList(v)
			return vm.ToValue(0)
		})
		// setLocalAddress(ipv4, ipv6): '' for the system's choice.
		o.Set("setLocalAddress", func(v4, v6 string) {
			ch.local[0], _ = netip.ParseAddr(v4)
			ch.local[1], _ = netip.ParseAddr(v6)
		})
		// cancel() → the requests of the pending queries, oldest first: js
		// completes each with ECANCELLED in an immediate.
		o.Set("cancel", func() goja.Value { return st.cancel(ch) })
		return o
	})

	// setOnresolve(fn): js/dns.js's onresolve, whose success path (calling
	// req.callback(null, result)) deliver takes.
	exports.Set("setOnresolve", func(fn *goja.Object) { st.onresolve = fn })

	// systemServers() → [[ip, port], ...] from /etc/resolv.conf.
	exports.Set("systemServers", func() goja.Value {
		return vm.ToValue(systemServers())
	})

	// reverseName(address) → the in-addr.arpa / ip6.arpa name, or '' if not an IP.
	exports.Set("reverseName", func(addr string) string {
		n, err := mdns.ReverseAddr(addr)
		if err != nil || net.ParseIP(addr) == nil {
			return ""
		}
		return n
	})
}

func serverList(v goja.Value) []server {
	obj, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	var out []server
	n := int(obj.Get("length").ToInteger())
	for i := range n {
		e, ok := obj.Get(strconv.Itoa(i)).(*goja.Object)
		if !ok {
			continue
		}
		ip, err := netip.ParseAddr(e.Get("0").String())
		if err != nil {
			continue
		}
		port := e.Get("1").ToInteger()
		if port <= 0 || port > 65535 {
			port = 53
		}
		ap := netip.AddrPortFrom(ip.Unmap(), uint16(port))
		out = append(out, server{ap: ap, addr: net.JoinHostPort(ap.Addr().String(), strconv.FormatInt(port, 10))})
	}
	return out
}

// nonASCII is what query returns for a name that is not ASCII (nothing done).
var nonASCII = goja.Undefined()

// query starts a query: nil when it is under way, else nonASCII, or what it
// completed with at once (an error code, or the names /etc/hosts gave).
func (st *resolverState) query(ch *channel, call goja.FunctionCall) goja.Value {
	vm := st.vm
	name := call.Argument(2).String()
	for i := 0; i < len(name); i++ {
		if name[i] >= 0x80 {
			return nonASCII
		}
	}
	req := call.Argument(0).ToObject(vm)
	qt := uint16(call.Argument(1).ToInteger())
	ttl := call.Argument(3).ToBoolean()
	if !knownType(qt) {
		panic(vm.NewTypeError("unknown query type " + strconv.Itoa(int(qt))))
	}
	// hostsAddr (reverse): c-ares' files lookup answers from /etc/hosts
	// when it names the address; the names after the first are the result.
	if v := call.Argument(4); !goja.IsUndefined(v) {
		if names := hostsNames("/etc/hosts", v.String()); names != nil {
			list := make([]any, 0, len(names))
			for _, n := range names[1:] {
				list = append(list, n)
			}
			return vm.NewArray(list...)
		}
	}
	switch {
	case len(ch.servers) == 0:
		return vm.ToValue("ECONNREFUSED")
	case name == "":
		name = "." // c-ares asks for the root
	}
	if !hostnameChars(name) || len(name) > 253 {
		return vm.ToValue("EBADNAME")
	}
	if _, ok := mdns.IsDomainName(name); !ok {
		return vm.ToValue("EBADNAME")
	}
	// The name asked last, fully qualified, is kept: asking one name again
	// and again costs no string.
	if name != st.lastName {
		st.lastName, st.lastFQDN = name, mdns.Fqdn(name)
	}
	q := &query{ch: ch, req: req, qt: qt, ttl: ttl, name: st.lastFQDN, code: "ETIMEOUT"}
	q.next = st.head
	if st.head != nil {
		st.head.prev = q
	}
	st.head = q
	ch.pending++
	st.l.Ref()
	if !st.send(q) {
		// No attempt could be sent.
		st.finish(q)
		return vm.ToValue(q.code)
	}
	return nil
}

// later runs fn in the loop's next deferred phase, holding the loop until
// then: how a query that fails where no JS is running (a refused send in
// flush, an error on its socket) completes outside the callbacks of a batch.
func (st *resolverState) later(fn func()) {
	st.l.Ref()
	st.l.Defer(func() {
		st.l.Unref()
		fn()
	})
}

// send makes q's current attempt, moving on past servers it cannot ask
// (refused, not allowed); false when no attempt is left (q.code says why).
func (st *resolverState) send(q *query) bool {
	servers := q.ch.servers
	n := len(servers)
	for ; q.attempt < q.ch.tries*n; q.attempt++ {
		srv := servers[q.attempt%n]
		code := st.sendUDP(q, srv)
		if code == "" {
			st.arm(q, q.ch.timeout<<(q.attempt/n))
			return true
		}
		q.code = code
	}
	return false
}

// retry ends q's current attempt with code and makes the next; false when
// none is left.
func (st *resolverState) retry(q *query, code string) bool {
	st.detach(q)
	q.code = code
	q.attempt++
	return st.send(q)
}

// arm sets q's deadline d from now and the timer for it if it is the earliest.
func (st *resolverState) arm(q *query, d time.Duration) {
	q.deadline = st.now() + int64(d)
	if st.armed != 0 && st.armed <= q.deadline {
		return
	}
	st.armed = q.deadline
	if st.timer == nil {
		st.timer = time.AfterFunc(d, func() { st.l.Post(st.onTimer) })
	} else {
		st.timer.Reset(d)
	}
}

// timerSlack is how late the timer may fire to take several deadlines at once.
const timerSlack = 2 * time.Millisecond

// expire runs on the loop when the timer fires: attempts past their
// deadline end with ETIMEOUT, and the timer is set for the next deadline.
func (st *resolverState) expire() {
	if st.closed {
		return
	}
	st.armed = 0
	now := st.now()
	var due []*query
	next := int64(0)
	for q := st.head; q != nil; q = q.next {
		switch {
		case q.deadline == 0:
		case q.deadline <= now:
			due = append(due, q)
		case next == 0 || q.deadline < next:
			next = q.deadline
		}
	}
	if next != 0 {
		// Deadlines closer than timerSlack to each other expire together:
		// each firing scans every pending query.
		st.armed = max(next, now+int64(timerSlack))
		st.timer.Reset(time.Duration(st.armed - now))
	}
	for _, q := range due {
		if q.done || q.deadline > now {
			continue
		}
		if !st.retry(q, "ETIMEOUT") {
			st.fail(q, q.code)
		}
	}
}

// detach ends q's current attempt: its socket forgets its id, its TCP
// exchange closes.
func (st *resolverState) detach(q *query) {
	q.deadline = 0
	if s := q.sock; s != nil {
		q.sock = nil
		if s.queries[q.id] == q {
			delete(s.queries, q.id)
			if len(s.queries) == 0 {
				st.idle()
			}
		}
	}
	if t := q.tcp; t != nil {
		q.tcp = nil
		t.close()
	}
}

// finish takes q off the pending list.
func (st *resolverState) finish(q *query) {
	if q.done {
		return
	}
	q.done = true
	st.detach(q)
	if q.prev != nil {
		q.prev.next = q.next
	} else {
		st.head = q.next
	}
	if q.next != nil {
		q.next.prev = q.prev
	}
	q.prev, q.next = nil, nil
	q.ch.pending--
	st.l.Unref()
	if st.head == nil && st.armed != 0 {
		st.timer.Stop()
		st.armed = 0
	}
}

// fail completes q with an error code now.
func (st *resolverState) fail(q *query, code string) {
	st.finish(q)
	st.l.Call(q.req.Get("oncomplete"), q.req, st.vm.ToValue(code))
}

// failLater completes q with an error code in the next deferred phase.
func (st *resolverState) failLater(q *query, code string) {
	st.finish(q)
	st.later(func() { st.l.Call(q.req.Get("oncomplete"), q.req, st.vm.ToValue(code)) })
}

// answered handles an answer to q's current attempt and reports whether it
// completed q (with one call into JS). A truncated UDP answer is asked
// again over TCP; SERVFAIL, NOTIMP and REFUSED move on to the next server.
func (st *resolverState) answered(q *query, r *mdns.Msg, overTCP bool) bool {
	if r.Truncated && !overTCP {
		st.detach(q)
		srv := q.ch.servers[q.attempt%len(q.ch.servers)]
		if code := st.startTCP(q, srv); code == "" {
			st.arm(q, q.ch.timeout<<(q.attempt/len(q.ch.servers)))
			return false
		} else if st.retry(q, code) {
			return false
		}
		st.fail(q, q.code)
		return true
	}
	code := ""
	switch r.Rcode {
	case mdns.RcodeSuccess:
		st.finish(q)
		st.deliver(q, r)
		return true
	case mdns.RcodeNameError:
		st.fail(q, "ENOTFOUND")
		return true
	case mdns.RcodeFormatError:
		st.fail(q, "EFORMERR")
		return true
	case mdns.RcodeServerFailure:
		code = "ESERVFAIL"
	case mdns.RcodeNotImplemented:
		code = "ENOTIMP"
	case mdns.RcodeRefused:
		code = "EREFUSED"
	default:
		st.fail(q, "EBADRESP")
		return true
	}
	if st.retry(q, code) {
		return false
	}
	st.fail(q, q.code)
	return true
}

// cancel ends ch's pending queries and returns their requests, oldest
// first (the order they were asked in).
func (st *resolverState) cancel(ch *channel) goja.Value {
	var reqs []any
	for q := st.head; q != nil; q = q.next {
		if q.ch == ch {
			reqs = append(reqs, q.req)
		}
	}
	for q := st.head; q != nil; {
		next := q.next
		if q.ch == ch {
			st.finish(q)
		}
		q = next
	}
	for i, j := 0, len(reqs)-1; i < j; i, j = i+1, j-1 {
		reqs[i], reqs[j] = reqs[j], reqs[i]
	}
	return st.vm.NewArray(reqs...)
}

// ForceClose drops every pending query and closes the sockets at the
// runtime's shutdown; no callback runs.
func (st *resolverState) ForceClose() {
	st.closed = true
	if st.timer != nil {
		st.timer.Stop()
	}
	for st.head != nil {
		st.finish(st.head)
	}
	st.outq = nil
	for _, s := range st.socks {
		s.close()
	}
	for t := range st.tcps {
		t.close()
	}
}

// hostnameChars is c-ares' check of a name it is asked to query: letters,
// digits, '-', '_', '*', '/', dots and backslash escapes.
func hostnameChars(name string) bool {
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		case c == '-', c == '_', c == '*', c == '/', c == '.', c == '\\':
		default:
			return false
		}
	}
	return true
}

// systemServers reads nameserver lines as c-ares does (127.0.0.1 when there are none).
func systemServers() [][]any {
	var out [][]any
	if cfg, err := mdns.ClientConfigFromFile("/etc/resolv.conf"); err == nil {
		for _, s := range cfg.Servers {
			if ip := net.ParseIP(strings.SplitN(s, "%", 2)[0]); ip != nil {
				out = append(out, []any{s, 53})
			}
		}
	}
	if len(out) == 0 {
		out = append(out, []any{"127.0.0.1", 53})
	}
	return out
}
