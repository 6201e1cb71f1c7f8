package dns

// Answers in node's shapes: what req.oncomplete gets for each query type.

import (
	"net"
	"strconv"
	"strings"

	"github.com/dop251/goja"
	mdns "github.com/miekg/dns"
)

// deliver calls q's req.oncomplete(0, result), or (code) when the answer
// has nothing of the type asked (ENODATA).
func (st *resolverState) deliver(q *query, r *mdns.Msg) {
	vm := st.vm
	result := shape(vm, q.qt, q.ttl, r, &st.cache)
	cb := q.req.Get("oncomplete")
	if result == nil {
		st.l.Call(cb, q.req, vm.ToValue("ENODATA"))
		return
	}
	// js/dns.js's onresolve only calls req.callback(null, result) on
	// success: that call is made from here (one JS call fewer per query).
	if st.onresolve != nil && cb == goja.Value(st.onresolve) {
		st.l.Call(q.req.Get("callback"), q.req, goja.Null(), result)
		return
	}
	st.l.Call(cb, q.req, vm.ToValue(0), result)
}

func trimDot(s string) string {
	if s == "." {
		return ""
	}
	return strings.TrimSuffix(s, ".")
}

// shapeCache is what shape reuses: its list, and the JS strings of the
// IPv4 addresses it made last (direct-mapped by the address's bytes), so
// a name asked again and again costs no string for its addresses.
type shapeCache struct {
	list  []any
	addrs [256]struct {
		ip [4]byte
		v  goja.Value
	}
}

// ipv4 is a 4-byte address as a JS string.
func (c *shapeCache) ipv4(vm *goja.Runtime, ip net.IP) goja.Value {
	if len(ip) == net.IPv6len {
		ip = ip[12:]
	}
	if len(ip) != net.IPv4len {
		return vm.ToValue(ip.String())
	}
	k := [4]byte(ip)
	e := &c.addrs[k[0]^k[1]^k[2]^k[3]]
	if e.v != nil && e.ip == k {
		return e.v
	}
	var b [15]byte
	out := b[:0]
	for i, o := range k {
		if i > 0 {
			out = append(out, '.')
		}
		out = strconv.AppendUint(out, uint64(o), 10)
	}
	e.ip, e.v = k, vm.ToValue(string(out))
	return e.v
}

// shape turns an answer into node's result for the query type; nil when
// it holds no record of the type (ENODATA). A and AAAA with ttl are
// {address, ttl} objects.
func shape(vm *goja.Runtime, qt uint16, ttl bool, r *mdns.Msg, c *shapeCache) goja.Value {
	list := c.list[:0]
	defer func() { clear(list); c.list = list[:0] }()
	obj := func(kv ...any) *goja.Object {
		o := vm.NewObject()
		for i := 0; i < len(kv); i += 2 {
			o.Set(kv[i].(string), kv[i+1])
		}
		return o
	}
	switch qt {
	case mdns.TypeA, mdns.TypeAAAA:
		for _, rr := range r.Answer {
			var addr goja.Value
			var h *mdns.RR_Header
			switch rr := rr.(type) {
			case *mdns.A:
				if qt != mdns.TypeA {
					continue
				}
				addr, h = c.ipv4(vm, rr.A), &rr.Hdr
			case *mdns.AAAA:
				if qt != mdns.TypeAAAA {
					continue
				}
				addr, h = vm.ToValue(rr.AAAA.String()), &rr.Hdr
			default:
				continue
			}
			if ttl {
				o := vm.NewObject()
				o.Set("address", addr)
				o.Set("ttl", h.Ttl)
				list = append(list, o)
			} else {
				list = append(list, addr)
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
		list = anyRecords(vm, r, obj, list)
	case mdns.TypeSOA:
		for _, rr := range r.Answer {
			if s, ok := rr.(*mdns.SOA); ok {
				return soaObject(obj, s)
			}
		}
		return nil
	default:
		for _, rr := range r.Answer {
			if rr.Header().Rrtype != qt {
				continue
			}
			list = append(list, record(vm, rr, obj, false))
		}
	}
	if len(list) == 0 {
		return nil
	}
	return vm.NewArray(list...)
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
			return vm.NewArray(chunks...)
		}
		o = obj("entries", vm.NewArray(chunks...))
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
func anyRecords(vm *goja.Runtime, r *mdns.Msg, obj func(kv ...any) *goja.Object, out []any) []any {
	order := []uint16{mdns.TypeA, mdns.TypeCNAME, mdns.TypeAAAA, mdns.TypeMX, mdns.TypeNS, mdns.TypeTXT,
		mdns.TypeSRV, mdns.TypePTR, mdns.TypeNAPTR, mdns.TypeSOA, mdns.TypeCAA}
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

// hostsNames is what c-ares' files lookup gives getHostByAddr: every name of
// every line for addr, in order, without repeats.
func hostsNames(path, addr string) []string {
	ip := net.ParseIP(addr)
	if ip == nil {
		return nil
	}
	var names []string
	seen := map[string]bool{}
	eachConfLine(path, func(fields []string) bool {
		if len(fields) < 2 || !ip.Equal(net.ParseIP(fields[0])) {
			return true
		}
		for _, n := range fields[1:] {
			if !seen[n] {
				seen[n] = true
				names = append(names, n)
			}
		}
		return true
	})
	return names
}
