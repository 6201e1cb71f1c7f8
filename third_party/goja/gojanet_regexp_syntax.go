package goja

// gojanet: a pattern's syntax checked as V8 checks it, before either engine
// sees it.
//
// goja hands a JavaScript pattern to Go's regexp (translated by
// parser.TransformRegExp) or to regexp2 (as written), and each engine's
// parser decides what is an error: Go's accepts `\p` under the u flag and
// `a{` where V8 does not, regexp2 refuses `[\c]`, which Annex B allows, and
// the messages are the engines' ("invalid nested repetition operator")
// instead of V8's ("Nothing to repeat"). A pattern regexp2 refused after Go's
// regexp had taken it was worse: regexp2 compiles lazily, at the first match
// from a lastIndex, and its refusal was a Go panic.
//
// checkRegexpSyntax walks the pattern once with ECMAScript's grammar (Annex
// B's web-compatible one without the u flag) and returns V8's reason for the
// first error. For Annex B's `\c` forms, which the engines read differently,
// it also returns the pattern rewritten in plain terms (a backslash escaped,
// a class's control character as \xHH); both engines compile that instead.

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// regexpSyntaxError is V8's reason for refusing a pattern ("Nothing to
// repeat"); compileRegexp wraps it in "Invalid regular expression: /p/f: ".
type regexpSyntaxError string

type regexpChecker struct {
	src     string
	pos     int
	unicode bool

	captures int  // capturing groups in the whole pattern
	hasNames bool // any (?<name>…) in the pattern: \k is then a reference

	names   map[string]bool
	refs    []string // \k<name> references, checked once all names are known
	err     regexpSyntaxError
	rewrite *strings.Builder // non-nil once an Annex B \c form is rewritten
	copied  int              // src[:copied] is already in rewrite
}

// checkRegexpSyntax returns V8's reason for refusing pattern ("" if it is
// valid) and, when Annex B forms had to be spelt out for the engines, the
// rewritten pattern ("" otherwise).
func checkRegexpSyntax(pattern string, unicodeMode bool) (reason string, rewritten string) {
	c := &regexpChecker{src: pattern, unicode: unicodeMode}
	c.countCaptures()
	c.disjunction(0)
	if c.err == "" && c.pos < len(c.src) {
		c.fail("Unmatched ')'")
	}
	if c.err == "" {
		for _, ref := range c.refs {
			if !c.names[ref] {
				c.fail("Invalid named capture referenced")
				break
			}
		}
	}
	if c.err != "" {
		return string(c.err), ""
	}
	if c.rewrite != nil {
		c.rewrite.WriteString(c.src[c.copied:])
		return "", c.rewrite.String()
	}
	return "", ""
}

func (c *regexpChecker) fail(reason string) {
	if c.err == "" {
		c.err = regexpSyntaxError(reason)
	}
	c.pos = len(c.src)
}

// replace records that src[from:c.pos] is spelt repl for the engines.
func (c *regexpChecker) replace(from int, repl string) {
	c.replaceAt(from, c.pos, repl)
}

// replaceAt records that src[from:to] is spelt repl for the engines; edits
// come in the order of the pattern.
func (c *regexpChecker) replaceAt(from, to int, repl string) {
	if c.rewrite == nil {
		c.rewrite = new(strings.Builder)
	}
	c.rewrite.WriteString(c.src[c.copied:from])
	c.rewrite.WriteString(repl)
	c.copied = to
}

func (c *regexpChecker) peek() rune {
	if c.pos >= len(c.src) {
		return -1
	}
	r, _ := utf8.DecodeRuneInString(c.src[c.pos:])
	return r
}

func (c *regexpChecker) peekAt(i int) byte {
	if c.pos+i >= len(c.src) {
		return 0
	}
	return c.src[c.pos+i]
}

func (c *regexpChecker) next() rune {
	r, size := utf8.DecodeRuneInString(c.src[c.pos:])
	c.pos += size
	return r
}

// countCaptures counts capturing groups and notes named ones, as V8 does
// before parsing: a back reference may point forward.
func (c *regexpChecker) countCaptures() {
	inClass := false
	for i := 0; i < len(c.src); i++ {
		switch c.src[i] {
		case '\\':
			i++
		case '[':
			inClass = true
		case ']':
			inClass = false
		case '(':
			if inClass {
				continue
			}
			if i+1 < len(c.src) && c.src[i+1] == '?' {
				if i+3 < len(c.src) && c.src[i+2] == '<' && c.src[i+3] != '=' && c.src[i+3] != '!' {
					c.captures++
					c.hasNames = true
				}
				continue
			}
			c.captures++
		}
	}
}

// disjunction parses alternatives until the end or, inside a group, ')'.
func (c *regexpChecker) disjunction(depth int) {
	for c.err == "" {
		if c.pos >= len(c.src) {
			if depth > 0 {
				c.fail("Unterminated group")
			}
			return
		}
		switch c.src[c.pos] {
		case ')':
			if depth == 0 {
				c.fail("Unmatched ')'")
			}
			return
		case '|':
			c.pos++
		default:
			c.term(depth)
		}
	}
}

// atom kinds, for what may follow them.
const (
	atomPlain      = iota // quantifiable
	atomAssertion         // ^ $ \b \B: "Nothing to repeat"
	atomLookahead         // quantifiable without the u flag only
	atomLookbehind        // never quantifiable
)

func (c *regexpChecker) term(depth int) {
	kind := atomPlain
	switch ch := c.src[c.pos]; ch {
	case '^', '$':
		c.pos++
		kind = atomAssertion
	case '*', '+', '?':
		c.fail("Nothing to repeat")
		return
	case '{':
		if _, ok, _ := c.quantifierAt(c.pos); ok {
			c.fail("Nothing to repeat")
			return
		}
		if c.unicode {
			c.fail("Lone quantifier brackets")
			return
		}
		c.pos++
	case '}', ']':
		if c.unicode {
			c.fail("Lone quantifier brackets")
			return
		}
		c.pos++
	case '.':
		c.pos++
	case '(':
		kind = c.group(depth)
	case '[':
		c.class()
	case '\\':
		kind = c.atomEscape()
	default:
		c.next()
	}
	if c.err != "" {
		return
	}
	c.quantifier(kind)
}

// quantifierAt reports whether a {n}, {n,} or {n,m} quantifier starts at i,
// where it ends, and whether its counts are in order (n ≤ m).
func (c *regexpChecker) quantifierAt(i int) (end int, ok, ordered bool) {
	s := c.src
	i++
	start := i
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == start {
		return 0, false, false
	}
	min := digitsValue(s[start:i])
	max := min
	if i < len(s) && s[i] == ',' {
		i++
		mstart := i
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i > mstart {
			max = digitsValue(s[mstart:i])
		} else {
			max = -1
		}
	}
	if i >= len(s) || s[i] != '}' {
		return 0, false, false
	}
	return i + 1, true, max < 0 || min <= max
}

// clampCounts spells a {n,m} quantifier (c.pos at '{', end after '}') whose
// counts regexp2 cannot read (past int32) with V8's saturated values.
func (c *regexpChecker) clampCounts(end int) {
	q := c.src[c.pos:end]
	long := false
	run := 0
	for i := 0; i < len(q); i++ {
		if q[i] >= '0' && q[i] <= '9' {
			if run++; run > 9 {
				long = true
			}
		} else {
			run = 0
		}
	}
	if !long {
		return
	}
	min, max, hasComma := strings.Cut(q[1:len(q)-1], ",")
	repl := "{" + strconv.Itoa(digitsValue(min))
	if hasComma {
		repl += ","
		if max != "" {
			repl += strconv.Itoa(digitsValue(max))
		}
	}
	c.replaceAt(c.pos, end, repl+"}")
}

// digitsValue is a run of decimal digits' value, saturated as V8 does.
func digitsValue(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
		if n > 1<<30 {
			return 1 << 30
		}
	}
	return n
}

func (c *regexpChecker) quantifier(kind int) {
	if c.pos >= len(c.src) {
		return
	}
	end := -1
	switch c.src[c.pos] {
	case '*', '+', '?':
		end = c.pos + 1
	case '{':
		e, ok, ordered := c.quantifierAt(c.pos)
		switch {
		case ok && !ordered:
			c.fail("numbers out of order in {} quantifier")
			return
		case ok:
			end = e
		case c.unicode:
			c.fail("Incomplete quantifier")
			return
		}
	}
	if end < 0 {
		return
	}
	switch kind {
	case atomAssertion:
		c.fail("Nothing to repeat")
		return
	case atomLookbehind:
		c.fail("Invalid quantifier")
		return
	case atomLookahead:
		if c.unicode {
			c.fail("Invalid quantifier")
			return
		}
	}
	if c.src[c.pos] == '{' {
		c.clampCounts(end)
	}
	c.pos = end
	if c.pos < len(c.src) && c.src[c.pos] == '?' {
		c.pos++
	}
	// A quantifier right after another has nothing to repeat.
	if c.pos < len(c.src) {
		switch c.src[c.pos] {
		case '*', '+', '?':
			c.fail("Nothing to repeat")
		case '{':
			if _, ok, _ := c.quantifierAt(c.pos); ok {
				c.fail("Nothing to repeat")
			}
		}
	}
}

func (c *regexpChecker) group(depth int) int {
	c.pos++ // (
	kind := atomPlain
	if c.peek() == '?' {
		c.pos++
		switch c.peek() {
		case ':':
			c.pos++
		case '=', '!':
			c.pos++
			kind = atomLookahead
		case '<':
			c.pos++
			switch c.peek() {
			case '=', '!':
				c.pos++
				kind = atomLookbehind
			default:
				name, ok := c.groupName()
				if !ok {
					c.fail("Invalid capture group name")
					return kind
				}
				if c.names == nil {
					c.names = map[string]bool{}
				}
				if c.names[name] {
					c.fail("Duplicate capture group name")
					return kind
				}
				c.names[name] = true
			}
		default:
			c.fail("Invalid group")
			return kind
		}
	}
	c.disjunction(depth + 1)
	if c.err != "" {
		return kind
	}
	c.pos++ // )
	return kind
}

// groupName reads `name>` (after `<`): an IdentifierName, whose characters
// may be written as \u escapes.
func (c *regexpChecker) groupName() (string, bool) {
	var name strings.Builder
	for {
		if c.pos >= len(c.src) {
			return "", false
		}
		if c.src[c.pos] == '>' {
			c.pos++
			return name.String(), name.Len() > 0
		}
		var r rune
		if c.src[c.pos] == '\\' {
			c.pos++
			if c.peek() != 'u' {
				return "", false
			}
			c.pos++
			var ok bool
			if r, ok = c.unicodeEscape(true); !ok {
				return "", false
			}
		} else {
			r = c.next()
			if utf16.IsSurrogate(r) || r == utf8.RuneError {
				return "", false
			}
		}
		if name.Len() == 0 {
			if !(r == '$' || r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Start, r)) {
				return "", false
			}
		} else if !(r == '$' || r == '_' || r == '\u200c' || r == '\u200d' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) ||
			unicode.Is(unicode.Other_ID_Start, r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc, unicode.Other_ID_Continue)) {
			return "", false
		}
		name.WriteRune(r)
	}
}

// unicodeEscape reads what follows `\u`: four hex digits (a surrogate pair
// of two escapes joined where wanted) or, where braces are allowed, {hex}.
func (c *regexpChecker) unicodeEscape(braces bool) (rune, bool) {
	if braces && c.peek() == '{' {
		end := strings.IndexByte(c.src[c.pos:], '}')
		if end <= 1 {
			return 0, false
		}
		v, err := strconv.ParseUint(c.src[c.pos+1:c.pos+end], 16, 32)
		if err != nil || v > unicode.MaxRune {
			return 0, false
		}
		c.pos += end + 1
		return rune(v), true
	}
	v, ok := c.hex4(c.pos)
	if !ok {
		return 0, false
	}
	c.pos += 4
	if braces && utf16.IsSurrogate(v) && v < 0xdc00 && c.peekAt(0) == '\\' && c.peekAt(1) == 'u' {
		if lo, ok := c.hex4(c.pos + 2); ok && lo >= 0xdc00 && lo <= 0xdfff {
			c.pos += 6
			return utf16.DecodeRune(v, lo), true
		}
	}
	return v, true
}

func (c *regexpChecker) hex4(i int) (rune, bool) {
	if i+4 > len(c.src) {
		return 0, false
	}
	v, ok := decodeHex(c.src[i : i+4])
	return rune(v), ok
}

// atomEscape reads an escape outside a class (c.pos at the backslash).
func (c *regexpChecker) atomEscape() int {
	start := c.pos
	c.pos++
	if c.pos >= len(c.src) {
		c.fail("\\ at end of pattern")
		return atomPlain
	}
	ch := c.next()
	switch {
	case ch == 'b' || ch == 'B':
		return atomAssertion
	case ch == '0':
		if d := c.peek(); d >= '0' && d <= '9' {
			if c.unicode {
				c.fail("Invalid decimal escape")
				return atomPlain
			}
			c.pos = start + 1
			c.octal(start)
		}
	case ch >= '1' && ch <= '9':
		c.pos--
		n := c.decimal()
		if n <= c.captures {
			return atomPlain
		}
		if c.unicode {
			c.fail("Invalid escape")
			return atomPlain
		}
		c.pos = start + 1
		if ch <= '7' {
			c.octal(start)
		} else {
			c.pos++
			c.identity(start, ch)
		}
	case ch == 'k':
		if !c.unicode && !c.hasNames {
			c.identity(start, ch)
			return atomPlain
		}
		if c.peek() != '<' {
			c.fail("Invalid named reference")
			return atomPlain
		}
		c.pos++
		name, ok := c.groupName()
		if !ok {
			c.fail("Invalid capture group name")
			return atomPlain
		}
		c.refs = append(c.refs, name)
	case ch == 'p' || ch == 'P':
		if !c.unicode {
			c.identity(start, ch)
		} else if !c.property() {
			c.fail("Invalid property name")
		}
	case ch == 'c':
		if isASCIILetter(c.peek()) {
			c.pos++
		} else if c.unicode {
			c.fail("Invalid Unicode escape")
		} else {
			// Annex B: the backslash stands for itself and `c` is read again.
			c.pos = start + 1
			c.replace(start, `\\`)
		}
	default:
		c.characterEscape(start, ch, false)
	}
	return atomPlain
}

// characterEscape checks the escapes atoms and classes share (after `\ch`,
// the backslash at start).
func (c *regexpChecker) characterEscape(start int, ch rune, inClass bool) {
	switch ch {
	case 'd', 'D', 's', 'S', 'w', 'W', 'f', 'n', 'r', 't', 'v':
	case 'x':
		if _, ok := c.hex2(); ok {
			c.pos += 2
		} else if c.unicode {
			c.fail("Invalid escape")
		} else {
			c.identity(start, ch)
		}
	case 'u':
		save := c.pos
		if _, ok := c.unicodeEscape(c.unicode); !ok {
			if c.unicode {
				c.fail("Invalid Unicode escape")
				return
			}
			c.pos = save
			c.identity(start, ch)
		}
	default:
		if c.unicode {
			if !isSyntaxCharacter(ch) && ch != '/' && !(inClass && ch == '-') {
				c.fail("Invalid escape")
			}
			return
		}
		c.identity(start, ch)
	}
}

// identity spells Annex B's identity escape of a word character (\a, \z,
// \8, \é) as the bare character: regexp2 reads .NET's escapes (\a is BEL,
// \z an anchor) and Go's refuses unknown ones. Punctuation keeps its
// backslash, which both read as the character.
func (c *regexpChecker) identity(start int, ch rune) {
	if ch == '_' || ch >= utf8.RuneSelf || ch >= '0' && ch <= '9' || isASCIILetter(ch) {
		c.replace(start, string(ch))
	}
}

// octal spells Annex B's octal escape (c.pos at its first digit) as \xHH.
func (c *regexpChecker) octal(start int) rune {
	v := c.octalValue()
	c.replace(start, `\x`+hexByte(byte(v)))
	return v
}

func (c *regexpChecker) hex2() (rune, bool) {
	if c.pos+2 > len(c.src) {
		return 0, false
	}
	v, ok := decodeHex(c.src[c.pos : c.pos+2])
	return rune(v), ok
}

// decimal reads a run of digits.
func (c *regexpChecker) decimal() int {
	start := c.pos
	for c.pos < len(c.src) && c.src[c.pos] >= '0' && c.src[c.pos] <= '9' {
		c.pos++
	}
	return digitsValue(c.src[start:c.pos])
}

// legacyOctal reads Annex B's octal escape after its first digit (c.pos at
// that digit): up to three digits while the value stays under 0400.
func (c *regexpChecker) legacyOctal() {
	v := 0
	for n := 0; n < 3 && c.pos < len(c.src); n++ {
		d := c.src[c.pos]
		if d < '0' || d > '7' || v*8+int(d-'0') > 0377 {
			break
		}
		v = v*8 + int(d-'0')
		c.pos++
	}
}

// property reads `{Name}` or `{Name=Value}` after \p; which names exist is
// left to the engine (modules/regexp translates them first).
func (c *regexpChecker) property() bool {
	if c.peek() != '{' {
		return false
	}
	end := strings.IndexByte(c.src[c.pos:], '}')
	if end < 2 {
		return false
	}
	body := c.src[c.pos+1 : c.pos+end]
	name, value, hasValue := strings.Cut(body, "=")
	if !isPropertyWord(name) || (hasValue && !isPropertyWord(value)) {
		return false
	}
	c.pos += end + 1
	return true
}

func isPropertyWord(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if b := s[i]; !(b == '_' || b >= '0' && b <= '9' || isASCIILetter(rune(b))) {
			return false
		}
	}
	return true
}

func isASCIILetter(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
}

func isSyntaxCharacter(r rune) bool {
	return r < utf8.RuneSelf && strings.IndexByte(`^$\.*+?()[]{}|`, byte(r)) >= 0
}

// classAtom is one member of a class: a code point, or a set (\d, \p{…}).
type classAtom struct {
	cp    rune
	isSet bool
}

// class reads [...] (c.pos at '[').
func (c *regexpChecker) class() {
	c.pos++
	if c.peek() == '^' {
		c.pos++
	}
	for c.err == "" {
		if c.pos >= len(c.src) {
			c.fail("Unterminated character class")
			return
		}
		if c.src[c.pos] == ']' {
			c.pos++
			return
		}
		lo := c.classAtom()
		if c.err != "" {
			return
		}
		if c.peek() != '-' || c.peekAt(1) == ']' || c.pos+1 >= len(c.src) {
			continue
		}
		// Annex B: beside a set there is no range, the dash is a member
		// ([\d-z] is \d, - and z); the engines are told so. A set's atom
		// rewrites nothing, so the dash's edit stays in the pattern's order.
		dash := c.pos
		c.pos++ // -
		if lo.isSet && !c.unicode {
			c.replaceAt(dash, dash+1, `\-`)
		}
		hi := c.classAtom()
		if c.err != "" {
			return
		}
		if lo.isSet || hi.isSet {
			if c.unicode {
				c.fail("Invalid character class")
				return
			}
			if !lo.isSet {
				c.replaceAt(dash, dash+1, `\-`)
			}
			continue
		}
		if lo.cp > hi.cp {
			c.fail("Range out of order in character class")
		}
	}
}

func (c *regexpChecker) classAtom() classAtom {
	if c.src[c.pos] != '\\' {
		if c.src[c.pos] == '[' {
			// A member; to both engines `[:alpha:]` in a class is POSIX's.
			c.pos++
			c.replace(c.pos-1, `\[`)
			return classAtom{cp: '['}
		}
		r := c.next()
		if !c.unicode && r > 0xffff {
			// Without the u flag a class holds UTF-16 code units: a range
			// ends at the pair's first unit or starts at its second.
			hi, lo := utf16.EncodeRune(r)
			if c.peek() == '-' {
				return classAtom{cp: lo}
			}
			return classAtom{cp: hi}
		}
		return classAtom{cp: r}
	}
	start := c.pos
	c.pos++
	if c.pos >= len(c.src) {
		c.fail("\\ at end of pattern")
		return classAtom{}
	}
	ch := c.next()
	switch {
	case ch == 'b':
		return classAtom{cp: '\b'}
	case ch == '-':
		return classAtom{cp: '-'}
	case ch == 'B':
		if c.unicode {
			c.fail("Invalid escape")
			return classAtom{}
		}
		c.replace(start, "B") // Annex B's identity escape; \B is no class member to the engines
		return classAtom{cp: 'B'}
	case ch == 'd' || ch == 'D' || ch == 's' || ch == 'S' || ch == 'w' || ch == 'W':
		return classAtom{isSet: true}
	case ch == 'p' || ch == 'P':
		if !c.unicode {
			c.identity(start, ch)
			return classAtom{cp: ch}
		}
		if !c.property() {
			c.fail("Invalid property name in character class")
		}
		return classAtom{isSet: true}
	case ch == 'c':
		if r := c.peek(); isASCIILetter(r) {
			c.pos++
			return classAtom{cp: r % 32}
		} else if c.unicode {
			c.fail("Invalid Unicode escape")
		} else if r >= '0' && r <= '9' || r == '_' {
			// Annex B's ClassControlLetter.
			c.pos++
			c.replace(start, `\x`+hexByte(byte(r%32)))
			return classAtom{cp: r % 32}
		} else {
			// Annex B: the backslash is a member and `c` is read again.
			c.pos = start + 1
			c.replace(start, `\\`)
			return classAtom{cp: '\\'}
		}
		return classAtom{}
	case ch == '0':
		if d := c.peek(); d >= '0' && d <= '9' {
			if c.unicode {
				c.fail("Invalid class escape")
				return classAtom{}
			}
			c.pos = start + 1
			return classAtom{cp: c.octal(start)}
		}
		return classAtom{cp: 0}
	case ch >= '1' && ch <= '7':
		if c.unicode {
			c.fail("Invalid class escape")
			return classAtom{}
		}
		c.pos = start + 1
		return classAtom{cp: c.octal(start)}
	case ch == '8' || ch == '9' || ch == 'k':
		if c.unicode || ch == 'k' && c.hasNames {
			c.fail("Invalid escape")
			return classAtom{}
		}
		c.identity(start, ch)
		return classAtom{cp: ch}
	case ch == 'x':
		if v, ok := c.hex2(); ok {
			c.pos += 2
			return classAtom{cp: v}
		}
		if c.unicode {
			c.fail("Invalid escape")
			return classAtom{}
		}
		c.identity(start, ch)
		return classAtom{cp: 'x'}
	case ch == 'u':
		save := c.pos
		if v, ok := c.unicodeEscape(c.unicode); ok {
			return classAtom{cp: v}
		}
		if c.unicode {
			c.fail("Invalid Unicode escape")
			return classAtom{}
		}
		c.pos = save
		c.identity(start, ch)
		return classAtom{cp: 'u'}
	case ch == 'f':
		return classAtom{cp: '\f'}
	case ch == 'n':
		return classAtom{cp: '\n'}
	case ch == 'r':
		return classAtom{cp: '\r'}
	case ch == 't':
		return classAtom{cp: '\t'}
	case ch == 'v':
		return classAtom{cp: '\v'}
	}
	c.characterEscape(start, ch, true)
	return classAtom{cp: ch}
}

func (c *regexpChecker) octalValue() rune {
	start := c.pos
	c.legacyOctal()
	v, _ := strconv.ParseUint(c.src[start:c.pos], 8, 32)
	return rune(v)
}

func hexByte(b byte) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[b>>4], digits[b&15]})
}

// regexpFlagsV8 is flags in V8's order, for messages.
func regexpFlagsV8(flags string) string {
	var b strings.Builder
	for _, f := range "dgimsuvy" {
		if strings.ContainsRune(flags, f) {
			b.WriteRune(f)
		}
	}
	return b.String()
}

// RegExpPropertyEscapes rewrites a u-flag pattern's Unicode property
// escapes (\p{L}, \P{Script=Greek}) as the code point classes they stand
// for; neither of goja's engines knows ECMAScript's property names (Go's
// regexp read \p{L} as the letter p repeated). The host sets it once, before
// any runtime compiles a pattern (gojanet: modules/regexp.Translate); its
// error is V8's SyntaxError message. Without it such a pattern is refused
// ("Invalid property name") rather than run wrongly. It must be safe from
// any goroutine.
var RegExpPropertyEscapes func(pattern, flags string) (string, error)

// propertyEscapes applies RegExpPropertyEscapes to a u-flag pattern that
// has a property escape; reason is V8's, "" when it compiles.
func propertyEscapes(pattern, flags string) (out string, message string) {
	if !strings.Contains(pattern, `\p`) && !strings.Contains(pattern, `\P`) {
		return pattern, ""
	}
	if RegExpPropertyEscapes == nil {
		return "", "Invalid regular expression: /" + pattern + "/" + regexpFlagsV8(flags) + ": Invalid property name"
	}
	out, err := RegExpPropertyEscapes(pattern, flags)
	if err != nil {
		return "", err.Error()
	}
	return out, ""
}

// CheckRegExpSyntax returns V8's SyntaxError message for a pattern and its
// flags ("" when V8 accepts it) without compiling it: for callers that
// rewrite a pattern before goja sees it (gojanet's named groups) and want
// the pattern as written checked. Safe from any goroutine.
func CheckRegExpSyntax(pattern, flags string) string {
	if reason, _ := checkRegexpSyntax(pattern, strings.ContainsAny(flags, "uv")); reason != "" {
		return "Invalid regular expression: /" + pattern + "/" + regexpFlagsV8(flags) + ": " + reason
	}
	return ""
}
