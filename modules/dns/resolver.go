package dns

// The Resolver's Go half: node's ChannelWrap (c-ares) on github.com/miekg/dns.
//
// js/dns.js keeps a Resolver's settings (servers, timeout, tries) and calls
// query(req, type, name, servers, timeout, tries) for every resolve*. The
// query runs on a goroutine of its own: it asks the servers in turn, as
// c-ares does (tries rounds over the list, each attempt's timeout doubled
// per round; SERVFAIL, NOTIMP, REFUSED, a timeout or a refused connection
// move on to the next server; a truncated UDP answer is asked again over
// TCP), and Posts its result to the loop, where req.oncomplete(err, result,
// ttls) runs with node's result shapes and error codes (ENOTFOUND, ENODATA,
// ESERVFAIL...). A pending query holds a loop Ref and is a tracked Handle:
// cancelQuery (Resolver#cancel) completes it at once with ECANCELLED and
// stops its goroutine, and so does the runtime's shutdown.

import (
	"bufio"
	"context"
	"errors"
	"net"
	"os"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/dop251/goja"
	mdns "github.com/miekg/dns"

	"github.com/gojanet/gojanet/runtime/loop"
)

var qtypes = map[string]uint16{
	"A": mdns.TypeA, "AAAA": mdns.TypeAAAA, "ANY": mdns.TypeANY, "CAA": mdns.TypeCAA,
	"CNAME": mdns.TypeCNAME, "MX": mdns.TypeMX, "NAPTR": mdns.TypeNAPTR, "NS": mdns.TypeNS,
	"PTR": mdns.TypePTR, "SOA": mdns.TypeSOA, "SRV": mdns.TypeSRV, "TXT": mdns.TypeTXT,
}

// query is one pending resolve on the loop.
type query struct {
	l      *loop.Loop
	id     int64
	req    *goja.Object
	cancel context.CancelFunc
	done   bool
	owner  *resolverState
}

type resolverState struct {
	l       *loop.Loop
	next    int64
	pending map[int64]*query
	pool    *connPool
}

// connPool keeps UDP sockets to servers between queries, as c-ares keeps
// its socket per server: a query takes one (or dials), and gives it back
// when the exchange went well. A loop's pool is closed with the loop.
type connPool struct {
	mu     sync.Mutex
	idle   map[string][]*mdns.Conn
	closed bool
}

const maxIdlePerServer = 32

func (p *connPool) get(key string) *mdns.Conn {
	p.mu.Lock()
	defer p.mu.Unlock()
	list := p.idle[key]
	if len(list) == 0 {
		return nil
	}
	c := list[len(list)-1]
	p.idle[key] = list[:len(list)-1]
	return c
}

func (p *connPool) put(key string, c *mdns.Conn) {
	p.mu.Lock()
	if p.closed || len(p.idle[key]) >= maxIdlePerServer {
		p.mu.Unlock()
		c.Close()
		return
	}
	p.idle[key] = append(p.idle[key], c)
	p.mu.Unlock()
}

// ForceClose closes the idle sockets at the loop's shutdown.
func (p *connPool) ForceClose() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.closed = true
	for _, list := range p.idle {
		for _, c := range list {
			c.Close()
		}
	}
	p.idle = nil
}

// ForceClose stops the query's goroutine at shutdown.
func (q *query) ForceClose() {
	q.cancel()
	q.finish()
}

func (q *query) finish() {
	if q.done {
		return
	}
	q.done = true
	q.l.Unref()
	q.l.Untrack(q)
	delete(q.owner.pending, q.id)
}

// server is one [ip, port] of a Resolver's list, as host:port.
type server struct {
	addr string
}

func resolverBinding(l *loop.Loop, exports *goja.Object) {
	vm := l.VM
	st := &resolverState{l: l, pending: map[int64]*query{}, pool: &connPool{idle: map[string][]*mdns.Conn{}}}
	l.Track(st.pool)

	// query(req, type, name, servers, timeoutMs, tries, localIPv4, localIPv6[, hostsAddr]) → id
	exports.Set("query", func(call goja.FunctionCall) goja.Value {
		req := call.Argument(0).ToObject(vm)
		typ := call.Argument(1).String()
		name := call.Argument(2).String()
		servers := serverList(vm, call.Argument(3))
		// c-ares takes 0 (and node's -1, unset) as its default of 2 s, and
		// waits at least 250 ms per attempt.
		timeout := time.Duration(call.Argument(4).ToInteger()) * time.Millisecond
		switch {
		case timeout <= 0:
			timeout = 2 * time.Second
		case timeout < 250*time.Millisecond:
			timeout = 250 * time.Millisecond
		}
		local := [2]string{call.Argument(6).String(), call.Argument(7).String()}
		// hostsAddr (reverse): answer from /etc/hosts when it names the address.
		hostsAddr := ""
		if v := call.Argument(8); !goja.IsUndefined(v) {
			hostsAddr = v.String()
		}
		tries := int(call.Argument(5).ToInteger())
		if tries < 1 {
			tries = 1
		}
		qt, ok := qtypes[typ]
		if !ok {
			panic(vm.NewTypeError("unknown query type " + typ))
		}
		ctx, cancel := context.WithCancel(context.Background())
		st.next++
		q := &query{l: l, id: st.next, req: req, cancel: cancel, owner: st}
		st.pending[q.id] = q
		l.Ref()
		l.Track(q)
		go func() {
			if names := hostsNames("/etc/hosts", hostsAddr); names != nil {
				cancel()
				l.Post(func() {
					if q.done {
						return
					}
					q.finish()
					// c-ares' files lookup: the names after the first are the result.
					list := make([]any, 0, len(names))
					for _, n := range names[1:] {
						list = append(list, n)
					}
					l.Call(req.Get("oncomplete"), req, vm.ToValue(0), vm.ToValue(list))
				})
				return
			}
			msg, code := resolve(ctx, st.pool, servers, local, name, qt, timeout, tries)
			cancel()
			l.Post(func() {
				if q.done {
					return
				}
				q.finish()
				deliver(l, req, typ, qt, msg, code)
			})
		}()
		return vm.ToValue(q.id)
	})

	// cancelQuery(id): the query completes with ECANCELLED.
	exports.Set("cancelQuery", func(id int64) {
		q := st.pending[id]
		if q == nil {
			return
		}
		q.cancel()
		q.finish()
		l.Ref()
		l.Post(func() {
			l.Unref()
			l.Call(q.req.Get("oncomplete"), q.req, vm.ToValue("ECANCELLED"))
		})
	})

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

func serverList(vm *goja.Runtime, v goja.Value) []server {
	var out []server
	obj, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	n := int(obj.Get("length").ToInteger())
	for i := range n {
		e, ok := obj.Get(strconv.Itoa(i)).(*goja.Object)
		if !ok {
			continue
		}
		ip := e.Get("0").String()
		port := e.Get("1").ToInteger()
		if port <= 0 || port > 65535 {
			port = 53
		}
		out = append(out, server{net.JoinHostPort(ip, strconv.FormatInt(port, 10))})
	}
	return out
}

// resolve asks servers as c-ares does and returns the answer or node's error code.
func resolve(ctx context.Context, pool *connPool, servers []server, local [2]string, name string, qt uint16, timeout time.Duration, tries int) (*mdns.Msg, string) {
	if len(servers) == 0 {
		return nil, "ECONNREFUSED"
	}
	if name == "" {
		name = "." // c-ares asks for the root
	}
	if !hostnameChars(name) {
		return nil, "EBADNAME"
	}
	if _, ok := mdns.IsDomainName(name); !ok || len(name) > 253 {
		return nil, "EBADNAME"
	}
	m := new(mdns.Msg)
	m.SetQuestion(mdns.Fqdn(name), qt)
	m.RecursionDesired = true
	code := "ETIMEOUT"
	for attempt := 0; attempt < tries*len(servers); attempt++ {
		if ctx.Err() != nil {
			return nil, "ECANCELLED"
		}
		srv := servers[attempt%len(servers)]
		t := timeout << (attempt / len(servers))
		r, err := exchange(ctx, pool, "udp", srv.addr, local, m, t)
		if err == nil && r.Truncated {
			r, err = exchange(ctx, nil, "tcp", srv.addr, local, m, t)
		}
		if ctx.Err() != nil {
			return nil, "ECANCELLED"
		}
		if err != nil {
			code = errorCode(err)
			if code == "EBADRESP" {
				return nil, code
			}
			continue
		}
		switch r.Rcode {
		case mdns.RcodeSuccess:
			return r, ""
		case mdns.RcodeNameError:
			return nil, "ENOTFOUND"
		case mdns.RcodeFormatError:
			return nil, "EFORMERR"
		case mdns.RcodeServerFailure:
			code = "ESERVFAIL"
		case mdns.RcodeNotImplemented:
			code = "ENOTIMP"
		case mdns.RcodeRefused:
			code = "EREFUSED"
		default:
			return nil, "EBADRESP"
		}
	}
	return nil, code
}

// exchange asks one server once; local holds the source addresses
// (setLocalAddress) for IPv4 and IPv6 servers, "" for the system's choice.
// UDP sockets come from and go back to pool (nil: dial one for this exchange).
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

func exchange(ctx context.Context, pool *connPool, network, addr string, local [2]string, m *mdns.Msg, timeout time.Duration) (*mdns.Msg, error) {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	c := &mdns.Client{Net: network, UDPSize: mdns.MaxMsgSize, Timeout: timeout}
	host, _, _ := net.SplitHostPort(addr)
	src := local[0]
	if ip := net.ParseIP(host); ip != nil && ip.To4() == nil {
		src = local[1]
	}
	if ip := net.ParseIP(src); ip != nil {
		if network == "tcp" {
			c.Dialer = &net.Dialer{LocalAddr: &net.TCPAddr{IP: ip}}
		} else {
			c.Dialer = &net.Dialer{LocalAddr: &net.UDPAddr{IP: ip}}
		}
	}
	key := network + " " + addr + " " + src
	var conn *mdns.Conn
	if pool != nil {
		conn = pool.get(key)
	}
	if conn == nil {
		var err error
		if conn, err = c.DialContext(ctx, addr); err != nil {
			return nil, err
		}
	}
	// A cancelled or expired exchange ends its read at once.
	stop := context.AfterFunc(ctx, func() { conn.SetDeadline(time.Now()) })
	m.Id = mdns.Id()
	var r *mdns.Msg
	var err error
	if network == "udp" {
		r, err = exchangeUDP(ctx, conn, m)
	} else {
		r, _, err = c.ExchangeWithConnContext(ctx, m, conn)
	}
	if stop() && err == nil && pool != nil {
		pool.put(key, conn)
	} else {
		conn.Close()
	}
	if err != nil && ctx.Err() == context.DeadlineExceeded {
		return nil, context.DeadlineExceeded
	}
	return r, err
}

// udpBufs are 64 KiB read buffers for exchangeUDP.
var udpBufs = sync.Pool{New: func() any { b := make([]byte, mdns.MaxMsgSize); return &b }}

// exchangeUDP is miekg/dns's ExchangeWithConnContext for UDP (send m,
// read until an answer with m's id) with a pooled 64 KiB read buffer:
// miekg allocates one per read, which at thousands of queries a second
// made the garbage collector most of resolve4's CPU. The answer is
// unpacked from a copy of its own size, so nothing refers to the buffer.
func exchangeUDP(ctx context.Context, conn *mdns.Conn, m *mdns.Msg) (*mdns.Msg, error) {
	if deadline, ok := ctx.Deadline(); ok {
		conn.SetDeadline(deadline)
	}
	if err := conn.WriteMsg(m); err != nil {
		return nil, err
	}
	bp := udpBufs.Get().(*[]byte)
	defer udpBufs.Put(bp)
	buf := *bp
	for {
		n, err := conn.Conn.Read(buf)
		if err != nil {
			return nil, err
		}
		if n < 12 { // a DNS header
			return nil, mdns.ErrShortRead
		}
		r := new(mdns.Msg)
		if err := r.Unpack(append([]byte(nil), buf[:n]...)); err != nil {
			return r, err
		}
		// Answers with other ids may be late ones to queries that timed
		// out on this pooled socket: skipped, as miekg does.
		if r.Id == m.Id {
			return r, nil
		}
	}
}

func errorCode(err error) string {
	var ne net.Error
	switch {
	case errors.Is(err, context.DeadlineExceeded), errors.As(err, &ne) && ne.Timeout():
		return "ETIMEOUT"
	case errors.Is(err, syscall.ECONNREFUSED), errors.Is(err, syscall.ECONNRESET),
		errors.Is(err, syscall.ENETUNREACH), errors.Is(err, syscall.EHOSTUNREACH):
		return "ECONNREFUSED"
	}
	var oe *net.OpError
	if errors.As(err, &oe) {
		return "ECONNREFUSED"
	}
	return "EBADRESP"
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

// hostsNames is what c-ares' files lookup gives getHostByAddr: every name of
// every line for addr, in order, without repeats.
func hostsNames(path, addr string) []string {
	ip := net.ParseIP(addr)
	if ip == nil {
		return nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	var names []string
	seen := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		fields := strings.Fields(line)
		if len(fields) < 2 || !ip.Equal(net.ParseIP(fields[0])) {
			continue
		}
		for _, n := range fields[1:] {
			if !seen[n] {
				seen[n] = true
				names = append(names, n)
			}
		}
	}
	return names
}

// deliver calls req.oncomplete(err, result, ttls) in node's shapes.
func deliver(l *loop.Loop, req *goja.Object, typ string, qt uint16, r *mdns.Msg, code string) {
	vm := l.VM
	cb := req.Get("oncomplete")
	if code != "" {
		l.Call(cb, req, vm.ToValue(code))
		return
	}
	result, ttls, code := shape(vm, qt, r)
	if code != "" {
		l.Call(cb, req, vm.ToValue(code))
		return
	}
	if ttls != nil {
		l.Call(cb, req, vm.ToValue(0), result, vm.ToValue(ttls))
		return
	}
	l.Call(cb, req, vm.ToValue(0), result)
}

func trimDot(s string) string {
	if s == "." {
		return ""
	}
	return strings.TrimSuffix(s, ".")
}

// shape turns an answer into node's result for the query type.
func shape(vm *goja.Runtime, qt uint16, r *mdns.Msg) (goja.Value, []any, string) {
	var list []any
	var ttls []any
	obj := func(kv ...any) *goja.Object {
		o := vm.NewObject()
		for i := 0; i < len(kv); i += 2 {
			o.Set(kv[i].(string), kv[i+1])
		}
		return o
	}
	switch qt {
	case mdns.TypeA, mdns.TypeAAAA:
		ttls = []any{}
		for _, rr := range r.Answer {
			switch rr := rr.(type) {
			case *mdns.A:
				if qt == mdns.TypeA {
					list = append(list, rr.A.String())
					ttls = append(ttls, rr.Hdr.Ttl)
				}
			case *mdns.AAAA:
				if qt == mdns.TypeAAAA {
					list = append(list, rr.AAAA.String())
					ttls = append(ttls, rr.Hdr.Ttl)
				}
			}
		}
	case mdns.TypeCNAME:
		// c-ares follows the chain: the last target is the canonical name.
		target := ""
		for _, rr := range r.Answer {
			if c, ok := rr.(*mdns.CNAME); ok {
				target = trimDot(c.Target)
			}
		}
		if target != "" {
			list = append(list, target)
		}
	case mdns.TypeANY:
		list = anyRecords(vm, r, obj)
	case mdns.TypeSOA:
		for _, rr := range r.Answer {
			if s, ok := rr.(*mdns.SOA); ok {
				return soaObject(obj, s), nil, ""
			}
		}
		return nil, nil, "ENODATA"
	default:
		for _, rr := range r.Answer {
			if rr.Header().Rrtype != qt {
				continue
			}
			list = append(list, record(vm, rr, obj, false))
		}
	}
	if len(list) == 0 {
		return nil, nil, "ENODATA"
	}
	return vm.ToValue(list), ttls, ""
}

func soaObject(obj func(kv ...any) *goja.Object, s *mdns.SOA) *goja.Object {
	return obj("nsname", trimDot(s.Ns), "hostmaster", trimDot(s.Mbox), "serial", s.Serial,
		"refresh", s.Refresh, "retry", s.Retry, "expire", s.Expire, "minttl", s.Minttl)
}

// record is one answer in resolveX's shape, or resolveAny's (with type).
func record(vm *goja.Runtime, rr mdns.RR, obj func(kv ...any) *goja.Object, withType bool) any {
	var o *goja.Object
	switch rr := rr.(type) {
	case *mdns.A:
		o = obj("address", rr.A.String(), "ttl", rr.Hdr.Ttl)
	case *mdns.AAAA:
		o = obj("address", rr.AAAA.String(), "ttl", rr.Hdr.Ttl)
	case *mdns.CNAME:
		if !withType {
			return trimDot(rr.Target)
		}
		o = obj("value", trimDot(rr.Target))
	case *mdns.NS:
		if !withType {
			return trimDot(rr.Ns)
		}
		o = obj("value", trimDot(rr.Ns))
	case *mdns.PTR:
		if !withType {
			return trimDot(rr.Ptr)
		}
		o = obj("value", trimDot(rr.Ptr))
	case *mdns.MX:
		o = obj("exchange", trimDot(rr.Mx), "priority", rr.Preference)
	case *mdns.TXT:
		chunks := make([]any, len(rr.Txt))
		for i, s := range rr.Txt {
			chunks[i] = unescapeTXT(s)
		}
		if !withType {
			return chunks
		}
		o = obj("entries", chunks)
	case *mdns.SRV:
		o = obj("name", trimDot(rr.Target), "port", rr.Port, "priority", rr.Priority, "weight", rr.Weight)
	case *mdns.NAPTR:
		o = obj("flags", rr.Flags, "service", rr.Service, "regexp", rr.Regexp,
			"replacement", trimDot(rr.Replacement), "order", rr.Order, "preference", rr.Preference)
	case *mdns.SOA:
		o = soaObject(obj, rr)
	case *mdns.CAA:
		o = obj("critical", rr.Flag, rr.Tag, rr.Value)
	default:
		return nil
	}
	if withType {
		o.Set("type", mdns.TypeToString[rr.Header().Rrtype])
	}
	return o
}

// unescapeTXT undoes miekg's presentation escaping of a TXT chunk (\" \\ \DDD).
func unescapeTXT(s string) string {
	if !strings.ContainsRune(s, '\\') {
		return s
	}
	var b []byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\\' && i+1 < len(s) {
			if i+3 < len(s) && isDigit(s[i+1]) && isDigit(s[i+2]) && isDigit(s[i+3]) {
				b = append(b, (s[i+1]-'0')*100+(s[i+2]-'0')*10+(s[i+3]-'0'))
				i += 3
				continue
			}
			i++
			c = s[i]
		}
		b = append(b, c)
	}
	return string(b)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// anyRecords lists an ANY answer grouped by type in node's order.
func anyRecords(vm *goja.Runtime, r *mdns.Msg, obj func(kv ...any) *goja.Object) []any {
	order := []uint16{mdns.TypeA, mdns.TypeCNAME, mdns.TypeAAAA, mdns.TypeMX, mdns.TypeNS, mdns.TypeTXT,
		mdns.TypeSRV, mdns.TypePTR, mdns.TypeNAPTR, mdns.TypeSOA, mdns.TypeCAA}
	var out []any
	for _, t := range order {
		for _, rr := range r.Answer {
			if rr.Header().Rrtype != t {
				continue
			}
			if v := record(vm, rr, obj, true); v != nil {
				out = append(out, v)
			}
			if t == mdns.TypeSOA {
				break
			}
		}
	}
	return out
}
