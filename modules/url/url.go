// Package url is the Go half of gojanet's WHATWG URL: the IDNA steps of
// host parsing (UTS #46 "domain to ASCII" and "to Unicode"), reached from JS
// as internalBinding('url'). The URL parser itself — the WHATWG state
// machine, hosts, IPv4/IPv6, percent-encoding, serialization and
// URLSearchParams — is js/internal/url.js; it calls toASCII only for a
// domain that is not plain ASCII or has an "xn--" label (an ASCII domain is
// just lowercased there), and js/url.js calls toUnicode for
// url.domainToUnicode and url.format(URL, {unicode: true}).
package url

import (
	"github.com/dop251/goja"
	"golang.org/x/net/idna"

	"github.com/gojanet/gojanet/runtime/loop"
)

// lookup is the WHATWG URL standard's "domain to ASCII" with beStrict
// false: UTS #46 non-transitional processing, CheckBidi and CheckJoiners on,
// CheckHyphens, UseSTD3ASCIIRules and VerifyDnsLength off.
var lookup = idna.New(
	idna.MapForLookup(),
	idna.Transitional(false),
	idna.BidiRule(),
	idna.CheckJoiners(true),
	idna.CheckHyphens(false),
	idna.StrictDomainName(false),
	idna.VerifyDNSLength(false),
)

// display is the "domain to Unicode" counterpart (errors leave a label as
// it was, as UTS #46 ToUnicode does).
var display = idna.New(
	idna.MapForLookup(),
	idna.Transitional(false),
	idna.CheckHyphens(false),
	idna.StrictDomainName(false),
	idna.VerifyDNSLength(false),
)

// Binding fills internalBinding('url').
func Binding(l *loop.Loop, exports *goja.Object) {
	vm := l.VM
	// toASCII(domain) → the ASCII domain, or null if UTS #46 processing
	// records an error (the host parser's failure).
	exports.SetNamed("toASCII", func(call goja.FunctionCall) goja.Value {
		s, err := lookup.ToASCII(call.Argument(0).String())
		if err != nil {
			return goja.Null()
		}
		return vm.ToValue(s)
	})
	// toUnicode(domain) → the Unicode form of an ASCII domain.
	exports.SetNamed("toUnicode", func(call goja.FunctionCall) goja.Value {
		s, _ := display.ToUnicode(call.Argument(0).String())
		return vm.ToValue(s)
	})
}
