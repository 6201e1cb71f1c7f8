// Package dns is the Go half of gojanet's dns module, reached from JS
// (js/dns.js, js/dns/promises.js) as internalBinding('cares_wrap'):
//
//   - getaddrinfo (dns.lookup, and every net.connect to a host name) on Go's
//     system resolver: /etc/hosts, then the resolv.conf servers. Lookups run
//     on their own goroutine and report back on the loop.
//   - getnameinfo (dns.lookupService) on the worker pool: the address's name
//     from /etc/hosts or a PTR query, the port's from /etc/services.
//   - query/cancelQuery: the Resolver's DNS queries on miekg/dns (resolver.go).
package dns

import (
	"bufio"
	"context"
	"errors"
	"net"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/dop251/goja"

	"github.com/gojanet/gojanet/runtime/loop"
)

// node's getaddrinfo error numbers (UV_EAI_*).
const (
	eaiAgain  = -3001
	eaiFail   = -3004
	eaiFamily = -3005
	eaiNoName = -3008
)

// Binding fills internalBinding('cares_wrap').
func Binding(l *loop.Loop, exports *goja.Object) {
	vm := l.VM
	exports.Set("GetAddrInfoReqWrap", func(goja.ConstructorCall) *goja.Object { return nil })
	exports.Set("AI_ADDRCONFIG", 1024)
	exports.Set("AI_ALL", 256)
	exports.Set("AI_V4MAPPED", 2048)
	// getaddrinfo(req, hostname, family, hints, order): order 0 verbatim, 1 ipv4first, 2 ipv6first.
	exports.Set("getaddrinfo", func(call goja.FunctionCall) goja.Value {
		req := call.Argument(0).ToObject(vm)
		host := call.Argument(1).String()
		family := int(call.Argument(2).ToInteger())
		order := int(call.Argument(4).ToInteger())
		l.Ref()
		go func() {
			addrs, code := lookup(host, family, order)
			l.PostIO(func() { // in the poll phase, as libuv's getaddrinfo
				l.Unref()
				list := make([]any, len(addrs))
				for i, a := range addrs {
					list[i] = a
				}
				l.Call(req.Get("oncomplete"), req, vm.ToValue(code), vm.ToValue(list))
			})
		}()
		return vm.ToValue(0)
	})
	// getnameinfo(req, address, port): req.oncomplete(err, hostname, service).
	exports.Set("getnameinfo", func(call goja.FunctionCall) goja.Value {
		req := call.Argument(0).ToObject(vm)
		addr := call.Argument(1).String()
		port := int(call.Argument(2).ToInteger())
		var host, service string
		l.Queue(func() {
			host = nameOf(addr)
			service = serviceName("/etc/services", port, "tcp")
		}, func() {
			if host == "" {
				l.Call(req.Get("oncomplete"), req, vm.ToValue(eaiNoName))
				return
			}
			l.Call(req.Get("oncomplete"), req, vm.ToValue(0), vm.ToValue(host), vm.ToValue(service))
		})
		return vm.ToValue(0)
	})
	resolverBinding(l, exports)
	exports.Set("strerror", func(code int) string {
		switch code {
		case eaiNoName:
			return "ENOTFOUND"
		case eaiAgain:
			return "EAI_AGAIN"
		case eaiFamily:
			return "EAI_FAMILY"
		}
		return "EAI_FAIL"
	})
}

func lookup(host string, family, order int) ([]string, int) {
	network := "ip"
	switch family {
	case 4:
		network = "ip4"
	case 6:
		network = "ip6"
	}
	ips, err := net.DefaultResolver.LookupIP(context.Background(), network, host)
	if err != nil {
		var dnsErr *net.DNSError
		if errors.As(err, &dnsErr) && dnsErr.IsTemporary {
			return nil, eaiAgain
		}
		return nil, eaiNoName
	}
	if len(ips) == 0 {
		return nil, eaiNoName
	}
	if order != 0 {
		sort.SliceStable(ips, func(i, j int) bool {
			v4i, v4j := ips[i].To4() != nil, ips[j].To4() != nil
			if order == 1 {
				return v4i && !v4j
			}
			return !v4i && v4j
		})
	}
	out := make([]string, len(ips))
	for i, ip := range ips {
		out[i] = ip.String()
	}
	return out, 0
}

// nameOf is getnameinfo's host part with NI_NAMEREQD, as node asks: the
// first name /etc/hosts gives the address, else its PTR record; "" if none.
func nameOf(addr string) string {
	if names := hostsNames("/etc/hosts", addr); len(names) > 0 {
		return names[0]
	}
	names, err := net.DefaultResolver.LookupAddr(context.Background(), addr)
	if err != nil || len(names) == 0 {
		return ""
	}
	return strings.TrimSuffix(names[0], ".")
}

// serviceName is getservbyport: the port's name in /etc/services for proto,
// else the number.
func serviceName(path string, port int, proto string) string {
	want := strconv.Itoa(port) + "/" + proto
	name := strconv.Itoa(port)
	eachConfLine(path, func(fields []string) bool {
		if len(fields) >= 2 && fields[1] == want {
			name = fields[0]
			return false
		}
		return true
	})
	return name
}

// eachConfLine calls fn with the fields of each line of a configuration
// file such as /etc/hosts or /etc/services (comments after '#' dropped,
// blank lines skipped) until fn returns false; a file that cannot be
// opened has no lines.
func eachConfLine(path string, fn func(fields []string) bool) {
	f, err := os.Open(path)
	if err != nil {
		return
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if fields := strings.Fields(line); len(fields) > 0 && !fn(fields) {
			return
		}
	}
}
