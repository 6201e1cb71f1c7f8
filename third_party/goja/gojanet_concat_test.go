package goja

import (
	"runtime"
	"strings"
	"testing"
)

// Strings made by concatASCII (one block: header and bytes) keep their
// contents through collections, whether the Value, a Go string taken out
// of it, or a substring is what is kept; `+` and `concat` give node's
// results for ASCII, empty and UTF-16 operands.
func TestGojanetConcatOneBlock(t *testing.T) {
	r := New()
	v, err := r.RunString(`
	var parts = [], keep = [];
	for (var i = 0; i < 2000; i++) {
		var s = 'k' + i + ':' + 'v'.repeat(i % 40) + '';
		parts.push(s);
		if (i % 97 === 0) keep.push(s.slice(1, 5));
	}
	var u = 'a' + '\u00e9' + 'b', e = '' + '', l = 'x' + '', rr = '' + 'y';
	[parts.length, parts[1999], parts[5].length, keep.join(), u, u.length, e.length, l, rr, 'ab'.concat('cd', ''), ('q' + 'r') === 'qr'].join('|')`)
	if err != nil {
		t.Fatal(err)
	}
	const want = "2000|k1999:vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv|8|0:,97:v,194:,291:,388:,485:,582:,679:,776:,873:,970:,1067,1164,1261,1358,1455,1552,1649,1746,1843,1940|aéb|3|0|x|y|abcd|true"
	if got := v.String(); got != want {
		t.Fatalf("got  %s\nwant %s", got, want)
	}
	// Go strings and Values out of the blocks, then collections
	var gos []string
	var vals []Value
	for i := 0; i < 200; i++ {
		s := concatASCIIValue(asciiString(strings.Repeat("a", i%7+1)), asciiString("b"+strings.Repeat("c", i%5)))
		vals = append(vals, s)
		gos = append(gos, s.String())
		if i%50 == 0 {
			runtime.GC()
		}
	}
	runtime.GC()
	runtime.GC()
	for i := range vals {
		want := strings.Repeat("a", i%7+1) + "b" + strings.Repeat("c", i%5)
		if vals[i].String() != want || gos[i] != want || vals[i].(asciiString) != asciiString(want) {
			t.Fatalf("%d: %q %q, want %q", i, vals[i].String(), gos[i], want)
		}
		if s, ok := vals[i].(String); !ok || s.Length() != len(want) {
			t.Fatalf("%d: not a String of length %d", i, len(want))
		}
	}
	if s := asciiString("ab").Concat(asciiString("cd")); s.String() != "abcd" || !s.SameAs(asciiString("abcd")) {
		t.Fatalf("Concat: %v", s)
	}
}
