package encoding

import (
	"testing"

	"github.com/dop251/goja"
)

// The ASCII fast paths give what the per-character loops give.
func TestASCIIFastPath(t *testing.T) {
	vm := goja.New()
	for _, src := range []string{"", "hello", "GET / HTTP/1.1\r\n", "caf\u00e9", "\u20ac\U0001F600"} {
		s := vm.ToValue(src).(goja.String)
		if _, ok := asciiOf(s); ok != asciiText(src) {
			t.Errorf("%q: asciiOf says %v", src, ok)
		}
		for _, enc := range []string{"latin1", "ascii", "utf8"} {
			want := make([]byte, 0)
			if enc == "utf8" {
				want = []byte(src)
			} else {
				for i := 0; i < s.Length(); i++ {
					want = append(want, byte(s.CharAt(i)))
				}
			}
			if got := Encode(s, enc); string(got) != string(want) {
				t.Errorf("Encode(%q, %s) = %q, want %q", src, enc, got, want)
			}
			dst := make([]byte, 64)
			if n := EncodeInto(dst, s, enc); string(dst[:n]) != string(want) {
				t.Errorf("EncodeInto(%q, %s) = %q, want %q", src, enc, dst[:n], want)
			}
		}
		if got := Utf8Length(s); got != len(src) {
			t.Errorf("Utf8Length(%q) = %d, want %d", src, got, len(src))
		}
	}
}

func asciiText(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
