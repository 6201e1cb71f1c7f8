// Package encoding converts between JS strings and bytes in node's Buffer
// encodings, with node's rules: utf8 encodes lone surrogates as U+FFFD and
// decodes with WHATWG replacement (one U+FFFD per maximal invalid
// subsequence); latin1 and ascii keep the low byte of each UTF-16 code unit
// (ascii decoding clears the high bit); utf16le drops a trailing odd byte;
// hex decodes pairs until the first invalid one; base64 decoding accepts
// both alphabets, skips other characters and stops at '='.
// modules/buffer (Buffer) and modules/net (socket writes) use it.
package encoding

import (
	"encoding/base64"
	"reflect"
	"strings"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// Normalize maps node's encoding names and aliases to a canonical name, or
// "" for an unknown encoding. An empty name means utf8, as in node.
func Normalize(enc string) string {
	switch enc { // the canonical spellings as they are (digest('base64') per ETag)
	case "utf8", "hex", "base64", "base64url", "latin1", "ascii", "utf16le":
		return enc
	}
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

// asciiType is goja's type for a string of ASCII characters only, which
// holds them as a Go string: its bytes are the string's in every encoding
// here but utf16le, without a call per character.
var asciiType = reflect.TypeOf(goja.StringFromUTF16([]uint16{'a'}))

// asciiOf returns s's characters when s is such a string.
func asciiOf(s goja.String) (string, bool) {
	if s != nil && reflect.TypeOf(s) == asciiType {
		return s.String(), true
	}
	return "", false
}

// ASCII returns s's characters when s is a string of ASCII characters
// only that goja holds as a Go string (its bytes in UTF-8 and latin1 alike).
func ASCII(s goja.String) (string, bool) { return asciiOf(s) }

// Utf8Length is the length of s in UTF-8 (a lone surrogate counts 3, as
// U+FFFD).
func Utf8Length(s goja.String) int {
	if _, ok := asciiOf(s); ok {
		return s.Length()
	}
	n := s.Length()
	total := 0
	for i := 0; i < n; i++ {
		c := s.CharAt(i)
		switch {
		case c < 0x80:
			total++
		case c < 0x800:
			total += 2
		case c >= 0xd800 && c <= 0xdbff && i+1 < n:
			if d := s.CharAt(i + 1); d >= 0xdc00 && d <= 0xdfff {
				total += 4
				i++
			} else {
				total += 3
			}
		default:
			total += 3
		}
	}
	return total
}

// Encode turns a JS string into bytes; enc must be normalized.
func Encode(s goja.String, enc string) []byte {
	switch enc {
	case "latin1", "ascii":
		if str, ok := asciiOf(s); ok {
			return []byte(str)
		}
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
		n := s.Length() / 2
		out := make([]byte, 0, n)
		for i := 0; i < n; i++ {
			hi, ok1 := unhex(s.CharAt(2 * i))
			lo, ok2 := unhex(s.CharAt(2*i + 1))
			if !ok1 || !ok2 {
				break
			}
			out = append(out, hi<<4|lo)
		}
		return out
	case "base64", "base64url":
		// node reads the low byte of each code unit.
		return decodeBase64(Encode(s, "latin1"))
	}
	if s == nil {
		return nil
	}
	return []byte(s.String())
}

// EncodeInto writes s encoded into dst and returns the bytes written: as
// many as fit, never part of a UTF-8 character or a UTF-16 code unit.
func EncodeInto(dst []byte, s goja.String, enc string) int {
	if len(dst) == 0 || s == nil {
		return 0
	}
	switch enc {
	case "latin1", "ascii":
		if str, ok := asciiOf(s); ok {
			return copy(dst, str)
		}
		n := min(s.Length(), len(dst))
		for i := 0; i < n; i++ {
			dst[i] = byte(s.CharAt(i))
		}
		return n
	case "utf16le":
		n := min(s.Length(), len(dst)/2)
		for i := 0; i < n; i++ {
			c := s.CharAt(i)
			dst[2*i], dst[2*i+1] = byte(c), byte(c>>8)
		}
		return 2 * n
	case "hex", "base64", "base64url":
		return copy(dst, Encode(s, enc))
	}
	str := s.String()
	if len(str) <= len(dst) {
		return copy(dst, str)
	}
	n := len(dst)
	// Back off to a character boundary.
	for n > 0 && !utf8.RuneStart(str[n]) {
		n--
	}
	return copy(dst, str[:n])
}

func unhex(c uint16) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return byte(c - '0'), true
	case c >= 'a' && c <= 'f':
		return byte(c - 'a' + 10), true
	case c >= 'A' && c <= 'F':
		return byte(c - 'A' + 10), true
	}
	return 0, false
}

// decodeBase64 accepts both alphabets, missing padding and stray characters.
func decodeBase64(s []byte) []byte {
	clean := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z', c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			clean = append(clean, c)
		case c == '+' || c == '-':
			clean = append(clean, '+')
		case c == '/' || c == '_':
			clean = append(clean, '/')
		case c == '=':
			i = len(s) // padding ends the data
		}
	}
	if len(clean)%4 == 1 {
		clean = clean[:len(clean)-1]
	}
	out := make([]byte, base64.RawStdEncoding.DecodedLen(len(clean)))
	n, err := base64.RawStdEncoding.Decode(out, clean)
	if err != nil {
		return out[:n]
	}
	return out[:n]
}

// Base64Length is node's estimate of a base64 string's decoded size
// (Buffer.byteLength): from the length, less up to two trailing '='.
func Base64Length(s goja.String) int {
	n := s.Length()
	if n > 0 && s.CharAt(n-1) == '=' {
		n--
	}
	if n > 0 && s.CharAt(n-1) == '=' {
		n--
	}
	return n * 3 >> 2
}

const hexDigits = "0123456789abcdef"

// Decode turns bytes into a JS string; enc must be normalized.
// asciiValue is ASCII b as a string value in one allocation.
func asciiValue(b []byte) goja.Value {
	return goja.ASCIIValue(len(b), func(s []byte) { copy(s, b) })
}

func Decode(vm *goja.Runtime, b []byte, enc string) goja.Value {
	switch enc {
	case "latin1":
		if isASCII(b) {
			return asciiValue(b)
		}
		u := make([]uint16, len(b))
		for i, c := range b {
			u[i] = uint16(c)
		}
		return vm.ToValue(goja.StringFromUTF16(u))
	case "ascii":
		if isASCII(b) {
			return asciiValue(b)
		}
		s := make([]byte, len(b))
		for i, c := range b {
			s[i] = c & 0x7f
		}
		return vm.ToValue(string(s))
	case "utf16le":
		u := make([]uint16, len(b)/2)
		for i := range u {
			u[i] = uint16(b[2*i]) | uint16(b[2*i+1])<<8
		}
		return vm.ToValue(goja.StringFromUTF16(u))
	// (hex and base64 are ASCII: written straight into the string value,
	// one allocation; an ETag's digest is one per response)
	case "hex":
		return goja.ASCIIValue(2*len(b), func(s []byte) {
			for i, c := range b {
				s[2*i], s[2*i+1] = hexDigits[c>>4], hexDigits[c&15]
			}
		})
	case "base64":
		return goja.ASCIIValue(base64.StdEncoding.EncodedLen(len(b)), func(s []byte) {
			base64.StdEncoding.Encode(s, b)
		})
	case "base64url":
		return goja.ASCIIValue(base64.RawURLEncoding.EncodedLen(len(b)), func(s []byte) {
			base64.RawURLEncoding.Encode(s, b)
		})
	}
	if isASCII(b) {
		return asciiValue(b)
	}
	if utf8.Valid(b) {
		return vm.ToValue(string(b))
	}
	return vm.ToValue(goja.StringFromUTF16(DecodeUTF8(b)))
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

// DecodeUTF8 decodes b to UTF-16 with WHATWG replacement: each maximal
// subpart of an invalid sequence becomes one U+FFFD (as V8 and node do; Go's
// decoder replaces byte by byte).
func DecodeUTF8(b []byte) []uint16 {
	out := make([]uint16, 0, len(b))
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0x80 {
			out = append(out, uint16(c))
			i++
			continue
		}
		var need int
		var cp rune
		lo, hi := byte(0x80), byte(0xbf)
		switch {
		case c >= 0xc2 && c <= 0xdf:
			need, cp = 1, rune(c&0x1f)
		case c >= 0xe0 && c <= 0xef:
			need, cp = 2, rune(c&0x0f)
			if c == 0xe0 {
				lo = 0xa0
			} else if c == 0xed {
				hi = 0x9f
			}
		case c >= 0xf0 && c <= 0xf4:
			need, cp = 3, rune(c&0x07)
			if c == 0xf0 {
				lo = 0x90
			} else if c == 0xf4 {
				hi = 0x8f
			}
		default:
			out = append(out, 0xfffd)
			i++
			continue
		}
		j := 1
		for ; j <= need; j++ {
			if i+j >= len(b) {
				break
			}
			d := b[i+j]
			if d < lo || d > hi {
				break
			}
			lo, hi = 0x80, 0xbf
			cp = cp<<6 | rune(d&0x3f)
		}
		if j <= need {
			out = append(out, 0xfffd)
			i += j
			continue
		}
		if cp >= 0x10000 {
			cp -= 0x10000
			out = append(out, uint16(0xd800+(cp>>10)), uint16(0xdc00+(cp&0x3ff)))
		} else {
			out = append(out, uint16(cp))
		}
		i += need + 1
	}
	return out
}
