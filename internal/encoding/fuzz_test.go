package encoding

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"testing"

	"github.com/dop251/goja"
)

// Go's native fuzzing for the encoders and decoders: `go test` runs the
// seeds; `go test -fuzz FuzzDecode ./internal/encoding/` (one target at a
// time) explores. Each checks what must hold for any input: no panic, the
// lengths node's rules give, and round trips where the encoding is lossless.

var encodings = []string{"utf8", "hex", "base64", "base64url", "latin1", "ascii", "utf16le"}

func addSeeds(f *testing.F) {
	for _, s := range []string{"", "a", "hello world", "\x00\xff", "€", "\U0001F600", "=", "==", "QQ==",
		"QQ", "Q", "!!", "a-_b", "+/+/", "zz", "0g", "abc", " \t\n", "\xc3\x28", "\xe2\x82", "\xf0\x9f\x98"} {
		for i := range encodings {
			f.Add(s, uint8(i))
		}
	}
}

func jsString(s string) goja.String { return goja.New().ToValue(s).(goja.String) }

// FuzzEncode: any JS string in any encoding gives bytes of node's length.
func FuzzEncode(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string, e uint8) {
		enc := encodings[int(e)%len(encodings)]
		js := jsString(s)
		b := Encode(js, enc)
		n := js.Length()
		switch enc {
		case "latin1", "ascii":
			if len(b) != n {
				t.Fatalf("%s: %d bytes for %d code units", enc, len(b), n)
			}
		case "utf16le":
			if len(b) != 2*n {
				t.Fatalf("utf16le: %d bytes for %d code units", len(b), n)
			}
		case "hex":
			// Pairs are decoded up to the first invalid one.
			str, k := js.String(), len(b)
			if 2*k > len(str) {
				t.Fatalf("hex: %d bytes from %d characters", k, len(str))
			}
			if want, err := hex.DecodeString(str[:2*k]); err != nil || !bytes.Equal(b, want) {
				t.Fatalf("hex: %x is not the decoding of %q", b, str[:2*k])
			}
			if 2*k+2 <= len(str) {
				if _, err := hex.DecodeString(str[2*k : 2*k+2]); err == nil {
					t.Fatalf("hex: stopped before the valid pair %q", str[2*k:2*k+2])
				}
			}
		case "base64", "base64url":
			if len(b) > (len(s)*3)/4+3 {
				t.Fatalf("%s: %d bytes from %d characters", enc, len(b), len(s))
			}
		}
	})
}

// FuzzDecode: any bytes decode without panicking, and the lossless
// encodings read back what they wrote.
func FuzzDecode(f *testing.F) {
	for i := range encodings {
		for _, b := range [][]byte{nil, {0}, {0xff, 0xfe}, []byte("hello"), {0xe2, 0x82, 0xac}, {0xc3}, {1, 2, 3}} {
			f.Add(b, uint8(i))
		}
	}
	vm := goja.New()
	f.Fuzz(func(t *testing.T, b []byte, e uint8) {
		enc := encodings[int(e)%len(encodings)]
		v := Decode(vm, b, enc)
		s, ok := v.(goja.String)
		if !ok {
			s = v.ToString().(goja.String)
		}
		switch enc {
		case "hex":
			if got := Encode(s, "hex"); !bytes.Equal(got, b) {
				t.Fatalf("hex round trip: %x → %q → %x", b, s, got)
			}
		case "base64", "base64url":
			if got := Encode(s, enc); !bytes.Equal(got, b) {
				t.Fatalf("%s round trip: %x → %q → %x", enc, b, s, got)
			}
		case "latin1":
			if got := Encode(s, "latin1"); !bytes.Equal(got, b) {
				t.Fatalf("latin1 round trip: %x → %x", b, got)
			}
		case "utf16le":
			if s.Length() != len(b)/2 {
				t.Fatalf("utf16le: %d code units from %d bytes", s.Length(), len(b))
			}
			if got := Encode(s, "utf16le"); !bytes.Equal(got, b[:len(b)&^1]) {
				t.Fatalf("utf16le round trip: %x → %x", b, got)
			}
		case "ascii":
			if s.Length() != len(b) {
				t.Fatalf("ascii: %d code units from %d bytes", s.Length(), len(b))
			}
		}
	})
}

// FuzzBase64: the lenient decoder agrees with Go's strict one on canonical
// input, in either alphabet, padded or not.
func FuzzBase64(f *testing.F) {
	for _, b := range [][]byte{nil, {0}, {0, 1}, {0, 1, 2}, []byte("any carnal pleasure"), {0xfb, 0xff, 0xbf}} {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, s := range []string{base64.StdEncoding.EncodeToString(b), base64.RawURLEncoding.EncodeToString(b),
			base64.RawStdEncoding.EncodeToString(b), base64.URLEncoding.EncodeToString(b)} {
			if got := decodeBase64([]byte(s)); !bytes.Equal(got, b) && !(len(b) == 0 && len(got) == 0) {
				t.Fatalf("%q decoded to %x, want %x", s, got, b)
			}
		}
	})
}

// FuzzNormalize: every name maps to a known encoding or "".
func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"", "UTF8", "utf-8", "Hex", "binary", "UCS-2", "utf16le", "nope", "\x00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		if n == "" {
			return
		}
		for _, e := range encodings {
			if n == e {
				return
			}
		}
		t.Fatalf("Normalize(%q) = %q", s, n)
	})
}
