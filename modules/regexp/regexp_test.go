package regexp

import (
	"strings"
	"testing"
	"unicode"
)

// Every table decodes to sorted, disjoint ranges within Unicode.
func TestTablesDecode(t *testing.T) {
	for key := range setData {
		s := tableSet(key)
		if len(s) == 0 && key != "bin:Noncharacter_Code_Point" && !strings.HasPrefix(key, "str:") {
			// Every property ECMAScript names has members.
			t.Errorf("%s: empty", key)
		}
		for i, r := range s {
			if r.lo > r.hi || r.hi > unicode.MaxRune || (i > 0 && r.lo <= s[i-1].hi+1) {
				t.Fatalf("%s: bad range %d: %v after %v", key, i, r, s[max(i-1, 0)])
			}
		}
	}
}

// Where Go's unicode tables (15.0) and node's (17.0) agree on old
// characters, the sets agree.
func TestTablesAgreeWithGo(t *testing.T) {
	has := func(s cpset, r rune) bool {
		for _, x := range s {
			if r >= x.lo && r <= x.hi {
				return true
			}
		}
		return false
	}
	for _, c := range []struct {
		key   string
		table *unicode.RangeTable
	}{{"gc:Uppercase_Letter", unicode.Lu}, {"gc:Decimal_Number", unicode.Nd}, {"sc:Greek", unicode.Greek},
		{"bin:White_Space", unicode.White_Space}, {"gc:Control", unicode.Cc}} {
		s := tableSet(c.key)
		for r := rune(0); r < 0x800; r++ { // unchanged since Unicode 15
			if has(s, r) != unicode.Is(c.table, r) {
				t.Errorf("%s and Go disagree on %U", c.key, r)
			}
		}
	}
}

func TestTranslate(t *testing.T) {
	for _, c := range []struct{ pattern, flags, want string }{
		{`\p{ASCII}`, "u", `[\u0000-\u007F]`},
		{`\P{ASCII}+`, "u", `[\u0080-\u{10FFFF}]+`},
		{`[x\p{ASCII_Hex_Digit}]`, "u", `[x\u0030-\u0039\u0041-\u0046\u0061-\u0066]`},
		{`\p{L}`, "", `\p{L}`}, // not u: the letter p
		{`[[a-c]--b]`, "v", `[\u0061\u0063]`},
		{`[\q{ab|c}]`, "v", `(?:\u0061\u0062|[\u0063])`},
		{`[\q{ab|}]`, "v", `(?:\u0061\u0062|)`},
		{`[[a-z]&&[x-\u{10000}]]`, "v", `[\u0078-\u007A]`},
		{`a[^\d]b`, "v", `a[\u0000-\u002F\u003A-\u{10FFFF}]b`},
	} {
		got, err := Translate(c.pattern, c.flags)
		if err != nil || got != c.want {
			t.Errorf("Translate(%q, %q) = %q, %v; want %q", c.pattern, c.flags, got, err, c.want)
		}
	}
	for _, c := range []struct{ pattern, flags, msg string }{
		{`\p{Nope}`, "u", "Invalid property name"},
		{`[\p{Nope}]`, "u", "Invalid property name in character class"},
		{`\p{RGI_Emoji}`, "u", "Invalid property name"},
		{`\P{RGI_Emoji}`, "v", "Invalid property name"},
		{`[^\q{ab}]`, "v", "Negated character class may contain strings"},
		{`[a&&b--c]`, "v", "Invalid set operation in character class"},
		{`[(]`, "v", "Invalid character in character class"},
		{`[z-a]`, "v", "Range out of order in character class"},
		{`[abc`, "v", "Unterminated character class"},
		{`\p{L`, "u", "Invalid property name"},
	} {
		_, err := Translate(c.pattern, c.flags)
		if err == nil || !strings.HasSuffix(err.Error(), ": "+c.msg) {
			t.Errorf("Translate(%q, %q): %v; want %q", c.pattern, c.flags, err, c.msg)
		}
	}
}

// FuzzTranslate: any pattern gives a result or a SyntaxError, never a panic.
func FuzzTranslate(f *testing.F) {
	for _, s := range []string{`\p{L}`, `[\p{L}--[a-z]]`, `[\q{a|bc}&&\q{bc}]`, `[[[`, `\u{110000}`, `[\u{10FFFF}-\u0000]`} {
		f.Add(s, "v")
		f.Add(s, "u")
	}
	f.Fuzz(func(t *testing.T, pattern, flags string) {
		_, _ = Translate(pattern, flags)
	})
}
