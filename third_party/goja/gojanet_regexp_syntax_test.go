package goja

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"
)

// regexpAtoms are the pieces TestRegexpEnginesAgree and FuzzRegexpSyntax
// build patterns from: escapes each engine reads its own way among them.
var regexpAtoms = []string{"a", "\\d", "\\w", "\\s", "\\b", "\\B", ".", "^", "$", "[a-z]", "[^x]", "\\p", "\\P",
	"\\p{L}", "\\k", "\\c", "\\cA", "\\x4", "\\x41", "\\u00", "\\u0041", "\\u{41}", "\\0", "\\1", "\\8", "\\9", "(a)",
	"(?:a)", "(?<n>a)", "\\k<n>", "(?=a)", "(?!a)", "(?<=a)", "(?<!a)", "a*", "a+?", "a{2}", "a{2,}", "a{,2}", "{",
	"}", "]", "\\-", "[\\b]", "[\\-]", "\\/", "\\a", "\\e", "\\q", "\\z", "\\Z", "\\A", "\\G", "\\R", "\\X", "\\h",
	"\\v", "\\N", "\\K", "[[:alpha:]]", "[\\d-z]", "[a-\\d]", "\\$", "#", " ", "\\#", "\\ ", "[\\p]", "[\\k]", "[\\c]",
	"[\\cA]", "\\c1", "[\\c1]", "[\\c_]", "\\x", "\\_", "\\M", "\\L", "\\U", "\\E", "\\Q", "\\é", "[\\B]", "[\\8]",
	"[\\1]", "\\01", "x{99999999999}", "é", "😀", "[😀-😁]", "\\uD83D\\uDE00", "(", ")", "|", "*", "?"}

// Every pattern compileRegexp takes on Go's regexp also compiles on
// regexp2, which runs it from a lastIndex: a refusal there was a Go panic
// at the first such match.
func TestRegexpEnginesAgree(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	refused := 0
	for i := 0; i < 100000; i++ {
		var b strings.Builder
		for n := 1 + r.Intn(4); n > 0; n-- {
			b.WriteString(regexpAtoms[r.Intn(len(regexpAtoms))])
		}
		s := b.String()
		for _, flags := range []string{"", "i", "m", "s", "u"} {
			p, err := compileRegexp(s, flags)
			if err != nil || p.regexp2Wrapper != nil {
				continue
			}
			if _, err := compileRegexp2(p.src, p.multiline, p.dotAll, p.ignoreCase, p.unicode); err != nil {
				if refused++; refused < 20 {
					t.Errorf("%q /%s: Go's regexp takes it, regexp2 refuses: %v", s, flags, err)
				}
			}
		}
	}
}

// A pattern either compiles or is refused with V8's message; matching it
// from any lastIndex never panics.
func FuzzRegexpSyntax(f *testing.F) {
	for _, a := range regexpAtoms {
		f.Add(a, false)
		f.Add(a, true)
	}
	f.Fuzz(func(t *testing.T, pattern string, unicode bool) {
		if !utf8.ValidString(pattern) {
			return // JS strings reach compileRegexp as valid UTF-8
		}
		flags := "g"
		if unicode {
			flags += "u"
		}
		p, err := compileRegexp(pattern, flags)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "Invalid regular expression: /") && !strings.HasPrefix(err.Error(), "Invalid flags") {
				t.Fatalf("%q: not V8's message: %v", pattern, err)
			}
			return
		}
		for _, s := range []String{asciiString("xa\\c1_é"), newStringValue("é😀a\\z")} {
			p.findSubmatchIndex(s, 1)
			p.findAllSubmatchIndex(s, 0, -1, false)
		}
	})
}

// V8's reasons, and the spellings the engines are given.
func TestCheckRegexpSyntax(t *testing.T) {
	for _, c := range []struct {
		pattern   string
		unicode   bool
		reason    string
		rewritten string
	}{
		{`a**`, false, "Nothing to repeat", ""},
		{`a{`, false, "", ""},
		{`a{`, true, "Incomplete quantifier", ""},
		{`\c1`, false, "", `\\c1`},
		{`[\c1]`, false, "", `[\x11]`},
		{`[\c]`, false, "", `[\\c]`},
		{`[\d-z]`, false, "", `[\d\-z]`},
		{`[z-\d]`, false, "", `[z\-\d]`},
		{`[\d-z]`, true, "Invalid character class", ""},
		{`\a\z[\B]`, false, "", `az[B]`},
		{`\1`, false, "", `\x01`},
		{`(a)\1`, false, "", ""},
		{`\8`, false, "", `8`},
		{`x{99999999999}`, false, "", `x{1073741824}`},
		{`(?<a>x)\k<b>`, false, "Invalid named capture referenced", ""},
		{`(?<a>x)(?<a>y)`, false, "Duplicate capture group name", ""},
		{`\p`, true, "Invalid property name", ""},
		{`\p{L}`, true, "", ""},
		{`(?<=a)*`, false, "Invalid quantifier", ""},
		{`(?=a)*`, false, "", ""},
		{`\`, false, "\\ at end of pattern", ""},
		{`[😀-😁]`, false, "Range out of order in character class", ""},
		{`[😀-😁]`, true, "", ""},
	} {
		reason, rewritten := checkRegexpSyntax(c.pattern, c.unicode)
		if reason != c.reason || rewritten != c.rewritten {
			t.Errorf("%q u=%v: got %q %q, want %q %q", c.pattern, c.unicode, reason, rewritten, c.reason, c.rewritten)
		}
	}
}
