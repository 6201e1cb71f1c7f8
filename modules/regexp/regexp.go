// Package regexp is the Go half of the RegExp features goja lacks: Unicode
// property escapes (\p{…}, \P{…}) and the v flag's class sets. Reached from
// JS as internalBinding('regexp').
//
// The path through it: goja's regexp engines read \p{L} as the letter p, and
// refuse the v flag. The loader has esbuild turn regex literals that use
// either into `new RegExp(source, flags)` calls, and the RegExp constructor
// scripts see (js/internal/regexp_named.js) hands such patterns to
// translate here first. translate rewrites each property escape as the
// explicit code point ranges it stands for (tables.go: node's own sets,
// generated from V8 by gen/main.mjs), and each v-mode class — nested
// classes, `--`, `&&`, \q{…} and properties of strings — as a u-mode class,
// or as an alternation when it holds strings; goja then compiles the result
// with the u flag. The RegExp keeps showing the pattern and flags as written.
//
// Everything here is pure computation on strings, safe from any goroutine.
package regexp

import (
	"encoding/binary"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/dop251/goja"

	"github.com/gojanet/gojanet/runtime/loop"
)

// goja's own compile (regex literals in eval and new Function code, which
// the loader does not lower to constructor calls) rewrites property escapes
// with the same tables.
func init() { goja.RegExpPropertyEscapes = Translate }

// Binding is internalBinding('regexp'): translate(pattern, flags) returns
// the pattern goja compiles with the u flag, or throws V8's SyntaxError;
// check(pattern, flags) only checks.
func Binding(l *loop.Loop, exports *goja.Object) {
	vm := l.VM
	exports.Set("unicodeVersion", unicodeVersion)
	// A pattern V8 rejects throws a SyntaxError with V8's message.
	// check(pattern, flags) throws V8's SyntaxError for a pattern V8
	// refuses (not for the v flag's: translate checks those), for patterns
	// rewritten before goja sees them (named groups).
	exports.Set("check", func(call goja.FunctionCall) goja.Value {
		if msg := goja.CheckRegExpSyntax(call.Argument(0).String(), call.Argument(1).String()); msg != "" {
			ctor := vm.Get("SyntaxError").ToObject(vm)
			e, _ := vm.New(ctor, vm.ToValue(msg))
			panic(e)
		}
		return goja.Undefined()
	})
	exports.Set("translate", func(call goja.FunctionCall) goja.Value {
		pattern := call.Argument(0).String()
		flags := call.Argument(1).String()
		out, err := Translate(pattern, flags)
		if err != nil {
			ctor := vm.Get("SyntaxError").ToObject(vm)
			e, _ := vm.New(ctor, vm.ToValue(err.Error()))
			panic(e)
		}
		return vm.ToValue(out)
	})
}

// SyntaxError is a pattern V8 rejects; its text is V8's message.
type SyntaxError struct{ Pattern, Flags, Reason string }

func (e *SyntaxError) Error() string {
	flags := ""
	for _, f := range "dgimsuvy" { // V8 shows the flags in this order
		if strings.ContainsRune(e.Flags, f) {
			flags += string(f)
		}
	}
	return "Invalid regular expression: /" + e.Pattern + "/" + flags + ": " + e.Reason
}

// rng is an inclusive code point range.
type rng struct{ lo, hi rune }

// cpset is a sorted list of disjoint, non-adjacent ranges.
type cpset []rng

var decoded sync.Map // key → cpset

func tableSet(key string) cpset {
	if s, ok := decoded.Load(key); ok {
		return s.(cpset)
	}
	data := setData[key]
	var s cpset
	prev := int64(-1)
	for i := 0; i < len(data); {
		gap, n := binary.Uvarint([]byte(data[i:min(i+10, len(data))]))
		i += n
		ln, m := binary.Uvarint([]byte(data[i:min(i+10, len(data))]))
		i += m
		lo := prev + 1 + int64(gap)
		hi := lo + int64(ln)
		s = append(s, rng{rune(lo), rune(hi)})
		prev = hi
	}
	decoded.Store(key, s)
	return s
}

func normalize(rs []rng) cpset {
	if len(rs) == 0 {
		return nil
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].lo < rs[j].lo })
	out := cpset{rs[0]}
	for _, r := range rs[1:] {
		last := &out[len(out)-1]
		if r.lo <= last.hi+1 {
			if r.hi > last.hi {
				last.hi = r.hi
			}
			continue
		}
		out = append(out, r)
	}
	return out
}

func union(a, b cpset) cpset {
	return normalize(append(append([]rng{}, a...), b...))
}

func complement(a cpset) cpset {
	var out cpset
	next := rune(0)
	for _, r := range a {
		if r.lo > next {
			out = append(out, rng{next, r.lo - 1})
		}
		next = r.hi + 1
	}
	if next <= utf8.MaxRune {
		out = append(out, rng{next, utf8.MaxRune})
	}
	return out
}

func intersect(a, b cpset) cpset {
	var out cpset
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		lo, hi := max(a[i].lo, b[j].lo), min(a[i].hi, b[j].hi)
		if lo <= hi {
			out = append(out, rng{lo, hi})
		}
		if a[i].hi < b[j].hi {
			i++
		} else {
			j++
		}
	}
	return out
}

func subtract(a, b cpset) cpset { return intersect(a, complement(b)) }

// property resolves the body of \p{body}: its code points and, for a
// property of strings (v mode only), its strings of two or more code points.
func property(body string, vmode bool) (cpset, []string, bool) {
	if name, value, ok := strings.Cut(body, "="); ok {
		switch name {
		case "General_Category", "gc":
			if v, ok := gcValues[value]; ok {
				return tableSet("gc:" + v), nil, true
			}
		case "Script", "sc":
			if v, ok := scriptValues[value]; ok {
				return tableSet("sc:" + v), nil, true
			}
		case "Script_Extensions", "scx":
			if v, ok := scriptValues[value]; ok {
				return tableSet("scx:" + v), nil, true
			}
		}
		return nil, nil, false
	}
	if v, ok := gcValues[body]; ok {
		return tableSet("gc:" + v), nil, true
	}
	if v, ok := binaryProps[body]; ok {
		return tableSet("bin:" + v), nil, true
	}
	if vmode {
		if strs, ok := stringProps[body]; ok {
			return tableSet("str:" + body), strings.Split(strs, "\x00"), true
		}
	}
	return nil, nil, false
}

// Translate rewrites pattern (compiled with flags, which hold u or v) for
// goja's u mode. Patterns without \p, \P or the v flag come back unchanged.
func Translate(pattern, flags string) (string, error) {
	t := &translator{src: []rune(pattern), pattern: pattern, flags: flags,
		vmode: strings.Contains(flags, "v"), icase: strings.Contains(flags, "i")}
	if !t.vmode && !strings.Contains(flags, "u") {
		return pattern, nil
	}
	if err := t.run(); err != nil {
		return "", err
	}
	return t.out.String(), nil
}

type translator struct {
	src          []rune
	pattern      string
	flags        string
	vmode, icase bool
	i            int
	out          strings.Builder
}

func (t *translator) fail(reason string) error {
	return &SyntaxError{Pattern: t.pattern, Flags: t.flags, Reason: reason}
}

func (t *translator) run() error {
	inClass := false // u mode only: classes do not nest
	for t.i < len(t.src) {
		c := t.src[t.i]
		switch {
		case c == '\\' && t.i+1 < len(t.src):
			d := t.src[t.i+1]
			if d == 'p' || d == 'P' {
				set, strs, err := t.propertyEscape(inClass)
				if err != nil {
					return err
				}
				if inClass {
					t.writeRanges(set) // \P already complemented
				} else {
					t.writeAtom(set, strs)
				}
				continue
			}
			t.out.WriteRune(c)
			t.out.WriteRune(d)
			t.i += 2
		case c == '[' && t.vmode:
			t.i++
			set, strs, err := t.classSet()
			if err != nil {
				return err
			}
			t.writeAtom(set, strs)
		case c == '[':
			inClass = true
			t.out.WriteRune(c)
			t.i++
		case c == ']':
			inClass = false
			t.out.WriteRune(c)
			t.i++
		default:
			t.out.WriteRune(c)
			t.i++
		}
	}
	return nil
}

// propertyEscape reads \p{…} or \P{…} at t.i.
func (t *translator) propertyEscape(inClass bool) (cpset, []string, error) {
	negated := t.src[t.i+1] == 'P'
	reason := "Invalid property name"
	if inClass {
		reason = "Invalid property name in character class"
	}
	if t.i+2 >= len(t.src) || t.src[t.i+2] != '{' {
		return nil, nil, t.fail(reason)
	}
	end := t.i + 3
	for end < len(t.src) && t.src[end] != '}' {
		end++
	}
	if end >= len(t.src) {
		return nil, nil, t.fail(reason)
	}
	body := string(t.src[t.i+3 : end])
	t.i = end + 1
	set, strs, ok := property(body, t.vmode)
	if !ok {
		return nil, nil, t.fail(reason)
	}
	if negated {
		if strs != nil {
			return nil, nil, t.fail("Invalid property name")
		}
		return complement(set), nil, nil
	}
	return set, strs, nil
}

// writeAtom writes a set (and strings) as one atom outside a class: an
// alternation of the strings, longest first as the spec orders them, then
// the class, then the empty string if it is one of them.
func (t *translator) writeAtom(set cpset, strs []string) {
	if len(strs) == 0 {
		t.writeClass(set)
		return
	}
	sorted := append([]string(nil), strs...)
	sort.SliceStable(sorted, func(i, j int) bool {
		return utf8.RuneCountInString(sorted[i]) > utf8.RuneCountInString(sorted[j])
	})
	t.out.WriteString("(?:")
	sep := ""
	empty := false
	for _, s := range sorted {
		if s == "" {
			empty = true
			continue
		}
		t.out.WriteString(sep)
		sep = "|"
		for _, r := range s {
			writeCodePoint(&t.out, r)
		}
	}
	if len(set) > 0 {
		t.out.WriteString(sep)
		sep = "|"
		t.writeClass(set)
	}
	if empty {
		t.out.WriteString(sep)
	}
	t.out.WriteByte(')')
}

func (t *translator) writeClass(set cpset) {
	if len(set) == 0 {
		t.out.WriteString(`[^\s\S]`)
		return
	}
	t.out.WriteByte('[')
	t.writeRanges(set)
	t.out.WriteByte(']')
}

func (t *translator) writeRanges(set cpset) {
	for _, r := range set {
		writeCodePoint(&t.out, r.lo)
		if r.hi > r.lo {
			if r.hi > r.lo+1 {
				t.out.WriteByte('-')
			}
			writeCodePoint(&t.out, r.hi)
		}
	}
}

func writeCodePoint(b *strings.Builder, r rune) {
	if r <= 0xffff {
		fmt.Fprintf(b, `\u%04X`, r)
	} else {
		fmt.Fprintf(b, `\u{%X}`, r)
	}
}

// classSet parses a v-mode class after its '[' up to and including its ']':
// a union of operands and ranges, or operands joined by one of && and --.
func (t *translator) classSet() (cpset, []string, error) {
	negated := false
	if t.peek() == '^' {
		negated = true
		t.i++
	}
	var set cpset
	var strs []string
	if t.at("&&") || t.at("--") {
		return nil, nil, t.fail("Invalid set operation in character class")
	}
	if t.peek() != ']' {
		var isRange bool
		var err error
		if set, strs, isRange, err = t.operandOrRange(); err != nil {
			return nil, nil, err
		}
		if op := t.operator(); op != "" && !isRange {
			for {
				t.i += 2
				if op == "&&" && t.peek() == '&' {
					return nil, nil, t.fail("Invalid character in character class")
				}
				oset, ostrs, err := t.operand()
				if err != nil {
					return nil, nil, err
				}
				if op == "&&" {
					set, strs = intersect(set, oset), keep(strs, ostrs, true)
				} else {
					set, strs = subtract(set, oset), keep(strs, ostrs, false)
				}
				if t.peek() == ']' {
					break
				}
				if t.operator() != op {
					return nil, nil, t.fail("Invalid set operation in character class")
				}
			}
		} else {
			for t.peek() != ']' {
				if t.i >= len(t.src) {
					return nil, nil, t.fail("Unterminated character class")
				}
				if t.operator() != "" {
					return nil, nil, t.fail("Invalid set operation in character class")
				}
				oset, ostrs, _, err := t.operandOrRange()
				if err != nil {
					return nil, nil, err
				}
				set, strs = union(set, oset), keep(append(strs, ostrs...), nil, false)
			}
		}
	}
	if t.peek() != ']' {
		return nil, nil, t.fail("Unterminated character class")
	}
	t.i++
	if negated {
		if len(strs) > 0 {
			return nil, nil, t.fail("Negated character class may contain strings")
		}
		set = complement(set)
	}
	return set, strs, nil
}

// operator returns the set operator at t.i, if any.
func (t *translator) operator() string {
	if t.at("&&") {
		return "&&"
	}
	if t.at("--") {
		return "--"
	}
	return ""
}

// keep returns the strings of a, without duplicates, that are (in) or are
// not (!in) in b.
func keep(a, b []string, in bool) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range a {
		if seen[s] || contains(b, s) != in {
			continue
		}
		seen[s] = true
		out = append(out, s)
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func (t *translator) peek() rune {
	if t.i < len(t.src) {
		return t.src[t.i]
	}
	return -1
}

func (t *translator) at(s string) bool {
	rs := []rune(s)
	if t.i+len(rs) > len(t.src) {
		return false
	}
	for k, r := range rs {
		if t.src[t.i+k] != r {
			return false
		}
	}
	return true
}

// operandOrRange reads a union member: an operand, or a range a-b.
func (t *translator) operandOrRange() (cpset, []string, bool, error) {
	start := t.i
	set, strs, err := t.operand()
	if err != nil {
		return nil, nil, false, err
	}
	if t.peek() == '-' && !t.at("--") && t.isSingleChar(start) {
		t.i++
		hiStart := t.i
		hiSet, _, err := t.operand()
		if err != nil {
			return nil, nil, false, err
		}
		if !t.isSingleChar(hiStart) {
			return nil, nil, false, t.fail("Invalid character class")
		}
		lo, hi := set[0].lo, hiSet[0].lo
		if lo > hi {
			return nil, nil, false, t.fail("Range out of order in character class")
		}
		return cpset{{lo, hi}}, nil, true, nil
	}
	return set, strs, false, nil
}

// isSingleChar tells whether the operand that started at start is one
// character (not a class, property or class escape).
func (t *translator) isSingleChar(start int) bool {
	c := t.src[start]
	if c == '[' {
		return false
	}
	if c == '\\' && start+1 < len(t.src) {
		switch t.src[start+1] {
		case 'p', 'P', 'q', 'd', 'D', 'w', 'W', 's', 'S':
			return false
		}
	}
	return true
}

// The characters a v-mode class must escape, and the doubled punctuators
// it reserves.
const (
	classSetSyntax       = "()[]{}/-\\|"
	classSetReservedPunc = "&-!#%,:;<=>@`~"
	doublePunctuators    = "&!#$%*+,.:;<=>?@^`~"
)

// operand reads one ClassSetOperand.
func (t *translator) operand() (cpset, []string, error) {
	if t.i >= len(t.src) {
		return nil, nil, t.fail("Unterminated character class")
	}
	c := t.src[t.i]
	switch {
	case c == '[':
		t.i++
		return t.classSet()
	case c == '\\':
		return t.classEscape()
	case strings.ContainsRune(classSetSyntax, c):
		return nil, nil, t.fail("Invalid character in character class")
	case strings.ContainsRune(doublePunctuators, c) && t.i+1 < len(t.src) && t.src[t.i+1] == c:
		return nil, nil, t.fail("Invalid set operation in character class")
	}
	t.i++
	return cpset{{c, c}}, nil, nil
}

var (
	digitSet = cpset{{'0', '9'}}
	wordSet  = cpset{{'0', '9'}, {'A', 'Z'}, {'_', '_'}, {'a', 'z'}}
	spaceSet = normalize([]rng{{9, 13}, {32, 32}, {0xa0, 0xa0}, {0x1680, 0x1680}, {0x2000, 0x200a},
		{0x2028, 0x2029}, {0x202f, 0x202f}, {0x205f, 0x205f}, {0x3000, 0x3000}, {0xfeff, 0xfeff}})
)

func (t *translator) classEscape() (cpset, []string, error) {
	if t.i+1 >= len(t.src) {
		return nil, nil, t.fail("\\ at end of pattern")
	}
	d := t.src[t.i+1]
	switch d {
	case 'p', 'P':
		return t.propertyEscape(true)
	case 'q':
		return t.stringDisjunction()
	case 'd', 'D', 'w', 'W', 's', 'S':
		t.i += 2
		var s cpset
		switch d {
		case 'd', 'D':
			s = digitSet
		case 'w', 'W':
			s = wordSet
			if t.icase { // u and v with i: ſ and K (Kelvin) fold into \w
				s = union(s, cpset{{0x17f, 0x17f}, {0x212a, 0x212a}})
			}
		default:
			s = spaceSet
		}
		if d >= 'A' && d <= 'Z' {
			s = complement(s)
		}
		return s, nil, nil
	}
	r, err := t.characterEscape(true)
	if err != nil {
		return nil, nil, err
	}
	return cpset{{r, r}}, nil, nil
}

// characterEscape reads an escape standing for one character at t.i (the
// backslash) and returns it.
func (t *translator) characterEscape(inClass bool) (rune, error) {
	d := t.src[t.i+1]
	t.i += 2
	switch d {
	case 'b':
		if inClass {
			return 8, nil
		}
	case 'f':
		return '\f', nil
	case 'n':
		return '\n', nil
	case 'r':
		return '\r', nil
	case 't':
		return '\t', nil
	case 'v':
		return '\v', nil
	case '0':
		if t.i >= len(t.src) || t.src[t.i] < '0' || t.src[t.i] > '9' {
			return 0, nil
		}
	case 'c':
		if t.i < len(t.src) {
			l := t.src[t.i]
			if l >= 'a' && l <= 'z' || l >= 'A' && l <= 'Z' {
				t.i++
				return l % 32, nil
			}
		}
	case 'x':
		if t.i+2 <= len(t.src) {
			if v, err := strconv.ParseUint(string(t.src[t.i:t.i+2]), 16, 32); err == nil {
				t.i += 2
				return rune(v), nil
			}
		}
	case 'u':
		return t.unicodeEscape()
	default:
		if strings.ContainsRune("^$\\.*+?()[]{}|/", d) || strings.ContainsRune(classSetReservedPunc, d) {
			return d, nil
		}
	}
	return 0, t.fail("Invalid escape")
}

// unicodeEscape reads after \u: XXXX (and a following \uXXXX low surrogate)
// or {X…}.
func (t *translator) unicodeEscape() (rune, error) {
	if t.peek() == '{' {
		end := t.i + 1
		for end < len(t.src) && t.src[end] != '}' {
			end++
		}
		if end < len(t.src) {
			if v, err := strconv.ParseUint(string(t.src[t.i+1:end]), 16, 32); err == nil && v <= utf8.MaxRune {
				t.i = end + 1
				return rune(v), nil
			}
		}
		return 0, t.fail("Invalid Unicode escape")
	}
	hex4 := func(at int) (rune, bool) {
		if at+4 > len(t.src) {
			return 0, false
		}
		v, err := strconv.ParseUint(string(t.src[at:at+4]), 16, 32)
		return rune(v), err == nil
	}
	hi, ok := hex4(t.i)
	if !ok {
		return 0, t.fail("Invalid Unicode escape")
	}
	t.i += 4
	if hi >= 0xd800 && hi <= 0xdbff && t.at(`\u`) {
		if lo, ok := hex4(t.i + 2); ok && lo >= 0xdc00 && lo <= 0xdfff {
			t.i += 6
			return (hi-0xd800)<<10 + (lo - 0xdc00) + 0x10000, nil
		}
	}
	return hi, nil
}

// stringDisjunction reads \q{a|bc|…}.
func (t *translator) stringDisjunction() (cpset, []string, error) {
	t.i += 2
	if t.peek() != '{' {
		return nil, nil, t.fail("Invalid escape")
	}
	t.i++
	var strs []string
	var cur strings.Builder
	for {
		if t.i >= len(t.src) {
			return nil, nil, t.fail("Invalid escape")
		}
		c := t.src[t.i]
		switch {
		case c == '}':
			t.i++
			strs = append(strs, cur.String())
			// One code point strings are code points.
			var set cpset
			var multi []string
			for _, s := range strs {
				if r, n := utf8.DecodeRuneInString(s); n > 0 && n == len(s) {
					set = union(set, cpset{{r, r}})
				} else {
					multi = append(multi, s)
				}
			}
			return set, keep(multi, nil, false), nil
		case c == '|':
			t.i++
			strs = append(strs, cur.String())
			cur.Reset()
		case c == '\\' && t.i+1 < len(t.src):
			r, err := t.characterEscape(true)
			if err != nil {
				return nil, nil, err
			}
			cur.WriteRune(r)
		default:
			t.i++
			cur.WriteRune(c)
		}
	}
}
