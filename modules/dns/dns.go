// Package dns is the Go half of gojanet's dns module: getaddrinfo on Go's
// resolver, reached from JS as internalBinding('cares_wrap'). Lookups run on
// their own goroutine and report back on the loop.
package dns

import (
	"context"
	"errors"
	"net"
	"sort"

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
			l.Post(func() {
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
