package http_parser

// A response's (or request's) head, rendered in Go: js/_http_outgoing.js's
// _storeHeader hands renderHead the first line and the message's header
// map (OutgoingMessage[kOutHeaders]: a null-prototype object whose values
// are [name, value] pairs, names already checked by setHeader) and gets back
// the first line followed by one "name: value\r\n" line per header, in the
// map's order, as its JS loop would have built it. What node's matchHeader
// learns from the headers (Connection and its "close", Transfer-Encoding
// and its "chunked", Content-Length and its number, Date, Expect, Trailer,
// Keep-Alive) comes back in headOut (a Float64Array JS reads: [flags,
// content-length]) for _storeHeader to apply. Anything the JS path treats
// specially (an array value, a value neither string nor number, a
// Content-Disposition) makes renderHead return undefined, having changed
// nothing, and the JS path renders the head. The last head rendered is
// kept: a server sends the same head for most responses, and the same
// first line and lines again give back the same string value, without
// building it.

import (
	"encoding/binary"
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/dop251/goja"
	"github.com/gojanet/gojanet/internal/encoding"
)

// Bits of headOut[0].
const (
	headConnection = 1 << iota
	headConnClose
	headTE
	headTEChunked
	headContentLength
	headDate
	headExpect
	headTrailer
	headKeepAlive
)

func bindHead(vm *goja.Runtime, exports *goja.Object) {
	out := make([]byte, 16)
	exports.Set("headOut", vm.NewArrayBuffer(out))
	// (taken while in use: a getter may render a head too)
	var keyBuf []string
	var valBuf []goja.Value
	var lineBuf []string
	// the last head rendered: its first line, names and values (two
	// strings a header), and the string value made of them
	var lastFirst string
	var lastLines []string
	var last goja.Value
	exports.Set("renderHead", func(call goja.FunctionCall) goja.Value {
		first, ok := call.Argument(0).(goja.String)
		headers, isObj := call.Argument(1).(*goja.Object)
		if !ok || !isObj {
			return goja.Undefined()
		}
		// (the map's own names and values: setHeader makes every one an
		// enumerable data property, read here without a lookup each; Keys()
		// enumerates through an iterator of closures, four allocations more a
		// head. A map made otherwise, with an accessor say, is read by name.)
		keys, vals, plain := headers.AppendOwnDataValues(keyBuf[:0], valBuf[:0])
		if !plain {
			keys = headers.AppendOwnKeys(keys)
		}
		lines := lineBuf[:0]
		keyBuf, valBuf, lineBuf = nil, nil, nil
		defer func() {
			clear(vals) // (the buffer keeps no message's values alive)
			keyBuf, valBuf, lineBuf = keys[:0], vals[:0], lines[:0]
		}()
		flags := 0
		contLen := 0.0
		for i, key := range keys {
			var ev goja.Value
			if plain {
				ev = vals[i]
			} else {
				ev = headers.Get(key)
			}
			entry, ok := ev.(*goja.Object)
			if !ok {
				return goja.Undefined()
			}
			// (the pair's own storage: two index reads through Get cost
			// ≈ 400 machine instructions more)
			pair, ok := entry.DenseArrayValues()
			if !ok || len(pair) < 2 {
				return goja.Undefined()
			}
			name, ok := pair[0].(goja.String)
			if !ok {
				return goja.Undefined()
			}
			v := pair[1]
			var value string
			if s, isStr := v.(goja.String); isStr {
				if a, ascii := encoding.ASCII(s); ascii {
					value = a
				} else if value = s.String(); strings.ContainsRune(value, utf8.RuneError) {
					return goja.Undefined() // (a lone surrogate: the JS path keeps it)
				}
			} else if goja.IsNumber(v) {
				value = v.String() // JS's Number::toString
			} else {
				return goja.Undefined()
			}
			n := name.String()
			lines = append(lines, n, value)
			if len(n) < 4 || len(n) > 19 {
				continue
			}
			switch key { // (the map's key is the name in lower case)
			case "connection":
				flags |= headConnection
				if hasToken(value, "close") {
					flags |= headConnClose
				}
			case "transfer-encoding":
				flags |= headTE
				if hasToken(value, "chunked") {
					flags |= headTEChunked
				}
			case "content-length":
				flags |= headContentLength
				contLen = v.ToFloat()
			case "date":
				flags |= headDate
			case "expect":
				flags |= headExpect
			case "trailer":
				flags |= headTrailer
			case "keep-alive":
				flags |= headKeepAlive
			case "content-disposition":
				// (its latin1 text may be re-decoded: the JS path's)
				return goja.Undefined()
			}
		}
		binary.LittleEndian.PutUint64(out[0:], math.Float64bits(float64(flags)))
		binary.LittleEndian.PutUint64(out[8:], math.Float64bits(contLen))
		fs := first.String()
		if last != nil && fs == lastFirst && slices.Equal(lines, lastLines) {
			return last
		}
		size := len(fs)
		for i := 0; i < len(lines); i += 2 {
			size += len(lines[i]) + len(lines[i+1]) + 4
		}
		var b strings.Builder
		b.Grow(size) // (one allocation)
		b.WriteString(fs)
		for i := 0; i < len(lines); i += 2 {
			b.WriteString(lines[i])
			b.WriteString(": ")
			b.WriteString(lines[i+1])
			b.WriteString("\r\n")
		}
		last = vm.ToValue(b.String())
		lastFirst = fs
		lastLines = append(lastLines[:0], lines...)
		return last
	})
}

// hasToken reports whether s matches /(?:^|\W)tok(?:$|\W)/i (tok in lower
// case; a JS /i without u folds no non-ASCII character to an ASCII one).
func hasToken(s, tok string) bool {
	for i := 0; i+len(tok) <= len(s); i++ {
		if !asciiFold(s[i:i+len(tok)], tok) {
			continue
		}
		if (i == 0 || !isWordByte(s[i-1])) && (i+len(tok) == len(s) || !isWordByte(s[i+len(tok)])) {
			return true
		}
	}
	return false
}

// asciiFold: a equals the lower-case b, ASCII letters folded only.
func asciiFold(a, b string) bool {
	for i := 0; i < len(b); i++ {
		c := a[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != b[i] {
			return false
		}
	}
	return true
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}
