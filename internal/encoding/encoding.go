// Package encoding converts between JS strings and bytes in node's Buffer
// encodings, with node's rules (latin1 and ascii keep the low byte of each
// UTF-16 code unit, utf16le drops a trailing odd byte, base64 decoding is
// lenient about alphabets, padding and whitespace). goja_nodejs's Buffer only
// knows utf8, hex and base64; gojanet uses this for everything.
package encoding

import (
	"encoding/base64"
	"encoding/hex"
	"strings"

	"github.com/dop251/goja"
)

// Normalize maps node's encoding names and aliases to a canonical name, or
// "" for an unknown encoding. An empty name means utf8, as in node.
func Normalize(enc string) string {
	switch strings.ToLower(enc) {
	case "", "utf8", "utf-8":
		return "utf8"
	case "hex":
		return "hex"
	case "base64":
		return "base64"
	case "base64url":
		return "base64url"
	case "latin1", "binary":
		return "latin1"
	case "ascii":
		return "ascii"
	case "ucs2", "ucs-2", "utf16le", "utf-16le":
		return "utf16le"
	}
	return ""
}

// Encode turns a JS string into bytes; enc must be normalized.
func Encode(s goja.String, enc string) []byte {
	switch enc {
	case "latin1", "ascii":
		n := s.Length()
		b := make([]byte, n)
		for i := 0; i < n; i++ {
			b[i] = byte(s.CharAt(i))
		}
		return b
	case "utf16le":
		n := s.Length()
		b := make([]byte, 2*n)
		for i := 0; i < n; i++ {
			c := s.CharAt(i)
			b[2*i], b[2*i+1] = byte(c), byte(c>>8)
		}
		return b
	case "hex":
		str := s.String()
		// node decodes pairs until the first invalid one.
		n := len(str) / 2
		out := make([]byte, 0, n)
		for i := 0; i < n; i++ {
			v, err := hex.DecodeString(str[2*i : 2*i+2])
			if err != nil {
				break
			}
			out = append(out, v[0])
		}
		return out
	case "base64", "base64url":
		// node reads the low byte of each code unit (so '\ud83d' ends
		// the data as '=' would).
		return decodeBase64(Encode(s, "latin1"))
	}
	return []byte(s.String())
}

// decodeBase64 accepts both alphabets, missing padding and stray characters.
func decodeBase64(s []byte) []byte {
	var clean strings.Builder
	clean.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z', c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			clean.WriteByte(c)
		case c == '+' || c == '-':
			clean.WriteByte('+')
		case c == '/' || c == '_':
			clean.WriteByte('/')
		case c == '=':
			i = len(s) // padding ends the data
		}
	}
	t := clean.String()
	if len(t)%4 == 1 {
		t = t[:len(t)-1]
	}
	out, err := base64.RawStdEncoding.DecodeString(t)
	if err != nil {
		return nil
	}
	return out
}

// Decode turns bytes into a JS string for the single-byte, UTF-16 and
// binary-to-text encodings; enc must be normalized. UTF-8 is left to the
// caller (node replaces each maximal invalid subsequence, Go each byte).
func Decode(vm *goja.Runtime, b []byte, enc string) goja.Value {
	switch enc {
	case "latin1":
		u := make([]uint16, len(b))
		for i, c := range b {
			u[i] = uint16(c)
		}
		return vm.ToValue(goja.StringFromUTF16(u))
	case "ascii":
		u := make([]uint16, len(b))
		for i, c := range b {
			u[i] = uint16(c & 0x7f)
		}
		return vm.ToValue(goja.StringFromUTF16(u))
	case "utf16le":
		u := make([]uint16, len(b)/2)
		for i := range u {
			u[i] = uint16(b[2*i]) | uint16(b[2*i+1])<<8
		}
		return vm.ToValue(goja.StringFromUTF16(u))
	case "hex":
		return vm.ToValue(hex.EncodeToString(b))
	case "base64":
		return vm.ToValue(base64.StdEncoding.EncodeToString(b))
	case "base64url":
		return vm.ToValue(base64.RawURLEncoding.EncodeToString(b))
	}
	return vm.ToValue(string(b))
}
