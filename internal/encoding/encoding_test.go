package encoding

import (
	"bytes"
	"encoding/base64"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// FuzzDecodeUTF8: valid input decodes as Go does; any input decodes without
// panicking to well-formed UTF-16 whose U+FFFDs stand for invalid bytes.
func FuzzDecodeUTF8(f *testing.F) {
	for _, s := range []string{"", "abc", "h\xc3\xa9", "\xf0\x9f\x98\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe2\x82", "\xc0\x80\xff"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		u := DecodeUTF8(b)
		if utf8.Valid(b) {
			want := utf16.Encode([]rune(string(b)))
			if len(u) != len(want) {
				t.Fatalf("%q: got %d units, want %d", b, len(u), len(want))
			}
			for i := range u {
				if u[i] != want[i] {
					t.Fatalf("%q: unit %d = %x, want %x", b, i, u[i], want[i])
				}
			}
		}
		if len(u) > len(b) {
			t.Fatalf("%q: %d units from %d bytes", b, len(u), len(b))
		}
		// No lone surrogates come out.
		for i := 0; i < len(u); i++ {
			if utf16.IsSurrogate(rune(u[i])) {
				if u[i] >= 0xdc00 || i+1 >= len(u) || u[i+1] < 0xdc00 || u[i+1] > 0xdfff {
					t.Fatalf("%q: lone surrogate at %d", b, i)
				}
				i++
			}
		}
	})
}

// FuzzEncodings: every encoder takes any string, EncodeInto never writes
// past its buffer, and the binary encodings round-trip.
func FuzzEncodings(f *testing.F) {
	f.Add([]byte("hello"), 3)
	f.Add([]byte("\x00\xff\x80"), 0)
	vm := goja.New()
	f.Fuzz(func(t *testing.T, b []byte, n int) {
		units := make([]uint16, len(b)/2)
		for i := range units {
			units[i] = uint16(b[2*i]) | uint16(b[2*i+1])<<8
		}
		s := goja.StringFromUTF16(units)
		if n < 0 {
			n = -n
		}
		n %= 64
		for _, enc := range []string{"utf8", "utf16le", "latin1", "ascii", "hex", "base64", "base64url"} {
			full := Encode(s, enc)
			dst := make([]byte, n)
			w := EncodeInto(dst, s, enc)
			if w < 0 || w > n || !bytes.Equal(dst[:w], full[:w]) {
				t.Fatalf("%s: EncodeInto wrote %d of %d, %x vs %x", enc, w, n, dst[:w], full)
			}
			if enc == "utf8" && Utf8Length(s) != len(full) {
				t.Fatalf("Utf8Length %d, encoded %d", Utf8Length(s), len(full))
			}
		}
		for _, enc := range []string{"hex", "base64", "base64url", "latin1", "utf16le"} {
			str := Decode(vm, b, enc).(goja.String)
			back := Encode(str, enc)
			want := b
			if enc == "utf16le" {
				want = b[:len(b)/2*2]
			}
			if !bytes.Equal(back, want) {
				t.Fatalf("%s round trip: %x -> %q -> %x", enc, b, str.String(), back)
			}
		}
		// Lenient base64 decodes what Go's strict decoder does.
		std := base64.StdEncoding.EncodeToString(b)
		if got := decodeBase64([]byte(std)); !bytes.Equal(got, b) {
			t.Fatalf("base64 %q: %x", std, got)
		}
	})
}
