package runtime

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// CommonJS named exports, as node finds them for an ES module's import of a
// CommonJS file: node does not run the module to learn its names, it reads
// them off the source with cjs-module-lexer, whose grammar (its README) is
// a handful of token patterns: `exports.x =`, `module.exports.x =`,
// `exports['x'] =`, `Object.defineProperty(exports, 'x', { value: … })` and
// its getter forms, `module.exports = { a, b: c, 'd': e, ...f }`, and as
// reexports (whose names are added in turn) `module.exports = require('y')`,
// spreads of require() in that literal, and at the top level the star
// re-exports of TypeScript (`__exportStar(require('y'), exports)`) and
// Babel (`var _y = require('y'); Object.keys(_y).forEach(…)`). This is a
// lexer of gojanet's own for that grammar: tokens (strings, templates,
// regular expressions and comments skipped), then the patterns over them.

// cjsLexed is what the lexer finds in one file.
type cjsLexed struct {
	Names     []string `json:"names"`
	Reexports []string `json:"reexports"`
}

type cjsTokKind uint8

const (
	cjsIdent cjsTokKind = iota + 1
	cjsString
	cjsPunct
	cjsOther // numbers, template chunks, regular expressions
)

type cjsToken struct {
	text  string // an identifier's or punctuator's text; a string's value
	depth int32  // brackets open before the token
	kind  cjsTokKind
}

// lexCJSExports finds src's export names and reexport specifiers.
func lexCJSExports(src string) cjsLexed {
	toks := tokenizeJS(src)
	var out cjsLexed
	seen := map[string]bool{}
	add := func(name string) {
		if !seen[name] {
			seen[name] = true
			out.Names = append(out.Names, name)
		}
	}
	var assigned []string // reexports of the last module.exports = require(…) or literal
	var stars []string    // top-level star reexports
	requireVars := map[string]string{}
	unsafe := map[string]bool{}
	tk := cjsTokens(toks)
	at, punct, ident := tk.at, tk.punct, tk.ident
	// startsEq: the lexer looks at the one character after a member: `=`,
	// or the start of `==`, `===`, `=>`.
	startsEq := func(i int) bool { t := at(i); return t.kind == cjsPunct && strings.HasPrefix(t.text, "=") }
	afterDot := func(i int) bool { return i > 0 && (punct(i-1, ".") || punct(i-1, "?.")) }
	// requireCall: require('x') at i; the specifier and the index after it.
	requireCall := func(i int) (string, int, bool) {
		if ident(i, "require") && !afterDot(i) && punct(i+1, "(") && at(i+2).kind == cjsString && punct(i+3, ")") {
			return at(i + 2).text, i + 4, true
		}
		return "", i, false
	}
	// exportsAt: `exports` or `module.exports` at i; the index after it.
	exportsAt := func(i int) (int, bool) {
		if afterDot(i) {
			return i, false
		}
		if ident(i, "exports") {
			return i + 1, true
		}
		if ident(i, "module") && punct(i+1, ".") && ident(i+2, "exports") {
			return i + 3, true
		}
		return i, false
	}
	// identName, stringName: a name after a dot, a string's value.
	identName := func(i int) (string, bool) {
		t := at(i)
		if t.kind == cjsIdent {
			return t.text, true
		}
		return "", false
	}
	stringName := func(i int) (string, bool) {
		t := at(i)
		if t.kind == cjsString {
			return t.text, true
		}
		return "", false
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.kind != cjsIdent {
			continue
		}
		if j, ok := exportsAt(i); ok {
			switch {
			case punct(j, ".") && startsEq(j+2):
				if name, ok := identName(j + 1); ok {
					add(name)
				}
			case punct(j, "[") && punct(j+2, "]") && startsEq(j+3):
				if name, ok := stringName(j + 1); ok {
					add(name)
				}
			case j == i+3 && punct(j, "="):
				// module.exports = require('x') | { … }; another value
				// leaves no reexports.
				assigned = nil
				if spec, _, ok := requireCall(j + 1); ok {
					assigned = []string{spec}
				} else if punct(j+1, "{") {
					assigned = lexExportsLiteral(toks, j+2, add, requireCall)
				}
			}
			continue
		}
		if t.text == "Object" && !afterDot(i) && punct(i+1, ".") && ident(i+2, "defineProperty") && punct(i+3, "(") {
			if j, ok := exportsAt(i + 4); ok && punct(j, ",") {
				if name, ok := stringName(j + 1); ok && punct(j+2, ",") {
					if punct(j+3, "{") && definePropertyForm(toks, j+4) {
						add(name)
					} else {
						// A descriptor of another form (a getter that
						// computes) takes the name out.
						unsafe[name] = true
					}
				}
			}
		}
		if t.depth != 0 {
			continue
		}
		// Top level: the transpilers' star reexports.
		switch {
		case (t.text == "var" || t.text == "const" || t.text == "let") && at(i+1).kind == cjsIdent && punct(i+2, "="):
			if spec, _, ok := requireCall(i + 3); ok {
				requireVars[at(i+1).text] = spec
			}
		case (t.text == "__export" || t.text == "__exportStar") && !afterDot(i) && punct(i+1, "("):
			if spec, _, ok := requireCall(i + 2); ok {
				stars = append(stars, spec)
			}
		case t.text == "Object" && !afterDot(i) && punct(i+1, ".") && ident(i+2, "keys") && punct(i+3, "("):
			if v := at(i + 4); v.kind == cjsIdent && requireVars[v.text] != "" && babelStarBody(toks, i+5, v.text) {
				stars = append(stars, requireVars[v.text])
			}
		}
		// tslib.__exportStar(require('x'), exports)
		if punct(i+1, ".") && (ident(i+2, "__export") || ident(i+2, "__exportStar")) && punct(i+3, "(") && !afterDot(i) {
			if spec, _, ok := requireCall(i + 4); ok {
				stars = append(stars, spec)
			}
		}
	}
	for _, spec := range append(assigned, stars...) {
		if !slices.Contains(out.Reexports, spec) {
			out.Reexports = append(out.Reexports, spec)
		}
	}
	if len(unsafe) > 0 {
		out.Names = slices.DeleteFunc(out.Names, func(n string) bool { return unsafe[n] })
	}
	return out
}

// lexExportsLiteral reads `{ a, b: c, 'd': e, ...f, ...require('g') }`
// from i (after the brace), adding names until a property it cannot read;
// it returns the specifiers the literal spreads.
func lexExportsLiteral(toks []cjsToken, i int, add func(string), requireCall func(int) (string, int, bool)) []string {
	var reexports []string
	tk := cjsTokens(toks)
	at, punct := tk.at, tk.punct
	for {
		switch t := at(i); {
		case t.kind == cjsPunct && t.text == "...":
			if spec, next, ok := requireCall(i + 1); ok {
				reexports = append(reexports, spec)
				i = next
			} else if at(i+1).kind == cjsIdent {
				i += 2
			} else {
				return reexports
			}
		case t.kind == cjsIdent:
			if punct(i+1, ":") {
				if at(i+2).kind != cjsIdent {
					return reexports
				}
				add(t.text)
				i += 3
			} else {
				add(t.text)
				i++
			}
		case t.kind == cjsString:
			if !punct(i+1, ":") || at(i+2).kind != cjsIdent {
				return reexports
			}
			add(t.text)
			i += 3
		default:
			return reexports
		}
		if !punct(i, ",") {
			return reexports
		}
		i++
		if punct(i, "}") {
			return reexports
		}
	}
}

// cjsTokens reads a token list past its end as empty tokens, for the
// lexer's look-ahead patterns.
type cjsTokens []cjsToken

func (t cjsTokens) at(i int) cjsToken {
	if i >= 0 && i < len(t) {
		return t[i]
	}
	return cjsToken{}
}

func (t cjsTokens) is(i int, kind cjsTokKind, text string) bool {
	tok := t.at(i)
	return tok.kind == kind && tok.text == text
}

func (t cjsTokens) punct(i int, text string) bool { return t.is(i, cjsPunct, text) }
func (t cjsTokens) ident(i int, text string) bool { return t.is(i, cjsIdent, text) }
func (t cjsTokens) str(i int, text string) bool   { return t.is(i, cjsString, text) }

// definePropertyForm: the descriptor from i (after its brace) is one the
// lexer takes as an export: `value:`, or an enumerable getter returning a
// name or a member of one (`get: function () { return a.b; }`, `get () {
// return a['b'] }`), `enumerable: true,` optionally first.
func definePropertyForm(toks []cjsToken, i int) bool {
	tk := cjsTokens(toks)
	at, punct, ident := tk.at, tk.punct, tk.ident
	if ident(i, "enumerable") && punct(i+1, ":") && ident(i+2, "true") && punct(i+3, ",") {
		i += 4
	}
	if ident(i, "value") && punct(i+1, ":") {
		return true
	}
	if !ident(i, "get") {
		return false
	}
	i++
	if punct(i, ":") {
		if !ident(i+1, "function") {
			return false
		}
		i += 2
		if at(i).kind == cjsIdent {
			i++
		}
	}
	if !punct(i, "(") || !punct(i+1, ")") || !punct(i+2, "{") || !ident(i+3, "return") || at(i+4).kind != cjsIdent {
		return false
	}
	i += 5
	switch {
	case punct(i, ".") && at(i+1).kind == cjsIdent:
		i += 2
	case punct(i, "[") && at(i+1).kind == cjsString && punct(i+2, "]"):
		i += 3
	}
	if punct(i, ";") {
		i++
	}
	if !punct(i, "}") {
		return false
	}
	i++
	if punct(i, ",") {
		i++
	}
	return punct(i, "}") && punct(i+1, ")")
}

// babelStarBody matches, from i (after `Object.keys(`), Babel's star
// reexport of the module in the variable v:
//
//	_v).forEach(function (k) {
//	  if (k === "default" || k === "__esModule") return;   (or: if (k !== "default"))
//	  if (k in exports && exports[k] === _v[k]) return;    (optional)
//	  exports[k] = _v[k];   (or Object.defineProperty(exports, k, { enumerable: true, get: function () { return _v[k]; } }))
//	});
func babelStarBody(toks []cjsToken, i int, v string) bool {
	tk := cjsTokens(toks)
	at, punct, ident, str := tk.at, tk.punct, tk.ident, tk.str
	exportsID := func(i int) (int, bool) {
		if ident(i, "exports") {
			return i + 1, true
		}
		if ident(i, "module") && punct(i+1, ".") && ident(i+2, "exports") {
			return i + 3, true
		}
		return i, false
	}
	semi := func(i int) int {
		if punct(i, ";") {
			return i + 1
		}
		return i
	}
	if !punct(i, ")") || !punct(i+1, ".") || !ident(i+2, "forEach") || !punct(i+3, "(") || !ident(i+4, "function") ||
		!punct(i+5, "(") || at(i+6).kind != cjsIdent || !punct(i+7, ")") || !punct(i+8, "{") {
		return false
	}
	k := at(i + 6).text
	i += 9
	// `v[k]` at i
	member := func(i int) (int, bool) {
		if ident(i, v) && punct(i+1, "[") && ident(i+2, k) && punct(i+3, "]") {
			return i + 4, true
		}
		return i, false
	}
	if !ident(i, "if") || !punct(i+1, "(") || !ident(i+2, k) {
		return false
	}
	switch {
	case punct(i+3, "===") && (str(i+4, "default")) && punct(i+5, "||") && ident(i+6, k) && punct(i+7, "===") &&
		str(i+8, "__esModule") && punct(i+9, ")") && ident(i+10, "return"):
		i = semi(i + 11)
	case punct(i+3, "!==") && str(i+4, "default") && punct(i+5, ")"):
		i += 6
	default:
		return false
	}
	// optional: if (k in exports && exports[k] === v[k]) return;
	if ident(i, "if") && punct(i+1, "(") && ident(i+2, k) && ident(i+3, "in") {
		j, ok := exportsID(i + 4)
		if !ok || !punct(j, "&&") {
			return false
		}
		j, ok = exportsID(j + 1)
		if !ok || !punct(j, "[") || !ident(j+1, k) || !punct(j+2, "]") || !punct(j+3, "===") {
			return false
		}
		j, ok = member(j + 4)
		if !ok || !punct(j, ")") || !ident(j+1, "return") {
			return false
		}
		i = semi(j + 2)
	}
	if j, ok := exportsID(i); ok {
		// exports[k] = v[k];
		if !punct(j, "[") || !ident(j+1, k) || !punct(j+2, "]") || !punct(j+3, "=") {
			return false
		}
		j, ok = member(j + 4)
		if !ok {
			return false
		}
		i = semi(j)
	} else if ident(i, "Object") && punct(i+1, ".") && ident(i+2, "defineProperty") && punct(i+3, "(") {
		j, ok := exportsID(i + 4)
		if !ok || !punct(j, ",") || !ident(j+1, k) || !punct(j+2, ",") || !punct(j+3, "{") || !ident(j+4, "enumerable") ||
			!punct(j+5, ":") || !ident(j+6, "true") || !punct(j+7, ",") || !ident(j+8, "get") || !punct(j+9, ":") ||
			!ident(j+10, "function") || !punct(j+11, "(") || !punct(j+12, ")") || !punct(j+13, "{") || !ident(j+14, "return") {
			return false
		}
		j, ok = member(j + 15)
		if !ok {
			return false
		}
		j = semi(j)
		if !punct(j, "}") {
			return false
		}
		if j++; punct(j, ",") {
			j++
		}
		if !punct(j, "}") || !punct(j+1, ")") {
			return false
		}
		i = semi(j + 2)
	} else {
		return false
	}
	return punct(i, "}") && punct(i+1, ")")
}

// jsPunctuators, longest first for each leading character.
var jsPunctuators = []string{
	">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>", "&&=", "||=", "??=",
	"=>", "==", "!=", "<=", ">=", "&&", "||", "??", "?.", "++", "--", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "**", "<<", ">>",
}

// regexAfterWord: after these words a `/` starts a regular expression.
var regexAfterWord = map[string]bool{
	"return": true, "typeof": true, "instanceof": true, "in": true, "of": true, "new": true, "delete": true,
	"void": true, "throw": true, "case": true, "do": true, "else": true, "yield": true, "await": true, "extends": true,
}

// parenAfterWord: a `(` after these words closes with a `)` that a regular
// expression may follow (`if (x) /re/.test(y)`).
var parenAfterWord = map[string]bool{"if": true, "while": true, "for": true, "with": true}

// tokenizeJS splits JavaScript source into tokens, skipping comments; a
// string token holds the string's value. It does not fail: source it
// cannot read ends up as odd tokens, as the lexer's grammar tolerates.
func tokenizeJS(src string) []cjsToken {
	type open struct {
		c        byte // '(', '[', '{', or '$' for a template's ${
		regexOK  bool // a `/` after the matching closer starts a regex
		template bool
	}
	toks := make([]cjsToken, 0, len(src)/6) // JavaScript has a token every 6 bytes or so
	var stack []open
	lastRegexOK := true // a `/` here starts a regular expression
	i := 0
	if strings.HasPrefix(src, "#!") {
		for i < len(src) && src[i] != '\n' {
			i++
		}
	}
	emit := func(kind cjsTokKind, text string, regexOK bool) {
		toks = append(toks, cjsToken{kind: kind, text: text, depth: int32(len(stack))})
		lastRegexOK = regexOK
	}
	// template scans a template's text from i (after ` or }) to its end
	// or a ${, which it opens.
	template := func() {
		for i < len(src) {
			switch src[i] {
			case '\\':
				i += 2
				continue
			case '`':
				i++
				emit(cjsOther, "", false)
				return
			case '$':
				if i+1 < len(src) && src[i+1] == '{' {
					i += 2
					emit(cjsOther, "", true)
					stack = append(stack, open{c: '$', template: true})
					return
				}
			}
			i++
		}
	}
	for i < len(src) {
		c := src[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			i++
			continue
		case c == '/' && i+1 < len(src) && src[i+1] == '/':
			for i < len(src) && src[i] != '\n' {
				i++
			}
			continue
		case c == '/' && i+1 < len(src) && src[i+1] == '*':
			end := strings.Index(src[i+2:], "*/")
			if end < 0 {
				i = len(src)
			} else {
				i += end + 4
			}
			continue
		case c == '\'' || c == '"':
			j := i + 1
			escaped := false
			for j < len(src) && src[j] != c && src[j] != '\n' {
				if src[j] == '\\' {
					escaped = true
					j++
				}
				j++
			}
			raw := src[i+1 : min(j, len(src))]
			i = min(j+1, len(src))
			if escaped {
				raw = jsUnescape(raw)
			}
			emit(cjsString, raw, false)
			continue
		case c == '`':
			i++
			template()
			continue
		case c == '/' && lastRegexOK:
			j := i + 1
			inClass := false
			for j < len(src) && src[j] != '\n' {
				if src[j] == '\\' {
					j += 2
					continue
				}
				if src[j] == '[' {
					inClass = true
				} else if src[j] == ']' {
					inClass = false
				} else if src[j] == '/' && !inClass {
					break
				}
				j++
			}
			j++
			for j < len(src) && isIdentByte(src[j]) {
				j++
			}
			i = min(j, len(src))
			emit(cjsOther, "", false)
			continue
		case c >= '0' && c <= '9' || c == '.' && i+1 < len(src) && src[i+1] >= '0' && src[i+1] <= '9':
			j := i + 1
			for j < len(src) && (isIdentByte(src[j]) || src[j] == '.' ||
				(src[j] == '+' || src[j] == '-') && (src[j-1] == 'e' || src[j-1] == 'E') && !strings.HasPrefix(src[i:], "0x") && !strings.HasPrefix(src[i:], "0X")) {
				j++
			}
			i = j
			emit(cjsOther, "", false)
			continue
		case isIdentByte(c) || c == '\\' || c == '#':
			j := identEnd(src, i+1)
			word := src[i:j]
			i = j
			emit(cjsIdent, word, regexAfterWord[word])
			continue
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(src[i:])
			if unicode.IsSpace(r) {
				i += size
				continue
			}
			// an identifier starting with a non-ASCII letter
			j := identEnd(src, i+size)
			emit(cjsIdent, src[i:j], false)
			i = j
			continue
		}
		// Punctuators.
		switch c {
		case '(', '[', '{':
			o := open{c: c}
			if c == '(' {
				prev := cjsToken{}
				if len(toks) > 0 {
					prev = toks[len(toks)-1]
				}
				o.regexOK = prev.kind == cjsIdent && parenAfterWord[prev.text]
			} else if c == '{' {
				// A block's closing brace may be followed by a regex; an
				// object literal's (after an operator or an opening) not.
				o.regexOK = !lastRegexOK || len(toks) == 0 || blockBefore(toks[len(toks)-1])
			}
			emit(cjsPunct, src[i:i+1], true)
			stack = append(stack, o)
			i++
			continue
		case ')', ']', '}':
			var o open
			if len(stack) > 0 {
				o = stack[len(stack)-1]
				stack = stack[:len(stack)-1]
			}
			i++
			if c == '}' && o.template {
				template()
				continue
			}
			emit(cjsPunct, src[i-1:i], o.regexOK)
			continue
		}
		p := src[i : i+1]
		for _, cand := range jsPunctuators {
			if strings.HasPrefix(src[i:], cand) {
				p = cand
				break
			}
		}
		if p == "?." && i+2 < len(src) && src[i+2] >= '0' && src[i+2] <= '9' {
			p = src[i : i+1] // a ? b?.5:c
		}
		i += len(p)
		emit(cjsPunct, p, p != "++" && p != "--")
	}
	return toks
}

// blockBefore: a `{` after tok opens a block (a statement's, a function's
// body), not an object literal.
// identEnd is where an identifier that continues at j ends: word bytes,
// escapes (a backslash and the byte after it) and non-ASCII runes that are
// not spaces.
func identEnd(src string, j int) int {
	for j < len(src) {
		switch c := src[j]; {
		case c == '\\':
			j += 2
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(src[j:])
			if unicode.IsSpace(r) {
				return j
			}
			j += size
		case isIdentByte(c):
			j++
		default:
			return j
		}
	}
	return min(j, len(src))
}

func blockBefore(tok cjsToken) bool {
	switch tok.kind {
	case cjsPunct:
		switch tok.text {
		case ")", ";", "{", "}", "=>":
			return true
		}
	case cjsIdent:
		return !regexAfterWord[tok.text] // else, try, do, finally, class X, …
	}
	return false
}

func isIdentByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '$' || c >= utf8.RuneSelf
}

// jsUnescape decodes a string literal's escapes (its contents between the
// quotes); what it cannot decode stays as written.
func jsUnescape(raw string) string {
	var b strings.Builder
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		if c != '\\' || i+1 >= len(raw) {
			b.WriteByte(c)
			continue
		}
		i++
		switch e := raw[i]; e {
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case 'r':
			b.WriteByte('\r')
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'v':
			b.WriteByte('\v')
		case '0':
			b.WriteByte(0)
		case '\r', '\n':
			// a line continuation
			if e == '\r' && i+1 < len(raw) && raw[i+1] == '\n' {
				i++
			}
		case 'x':
			if i+2 < len(raw) {
				if n, err := strconv.ParseUint(raw[i+1:i+3], 16, 8); err == nil {
					b.WriteRune(rune(n))
					i += 2
					continue
				}
			}
			b.WriteByte(e)
		case 'u':
			if i+1 < len(raw) && raw[i+1] == '{' {
				if end := strings.IndexByte(raw[i:], '}'); end > 0 {
					if n, err := strconv.ParseUint(raw[i+2:i+end], 16, 32); err == nil {
						b.WriteRune(rune(n))
						i += end
						continue
					}
				}
			} else if i+4 < len(raw) {
				if n, err := strconv.ParseUint(raw[i+1:i+5], 16, 16); err == nil {
					r := rune(n)
					i += 4
					// a surrogate pair
					if utf16IsHigh(r) && i+6 < len(raw) && raw[i+1] == '\\' && raw[i+2] == 'u' {
						if m, err := strconv.ParseUint(raw[i+3:i+7], 16, 16); err == nil && rune(m) >= 0xDC00 && rune(m) <= 0xDFFF {
							r = (r-0xD800)<<10 + (rune(m) - 0xDC00) + 0x10000
							i += 6
						}
					}
					b.WriteRune(r)
					continue
				}
			}
			b.WriteByte(e)
		default:
			b.WriteByte(e)
		}
	}
	return b.String()
}

func utf16IsHigh(r rune) bool { return r >= 0xD800 && r <= 0xDBFF }

// lexedFiles caches lexCJSExports per file version, for every runtime in
// the process.
var lexedFiles sync.Map // fileKey → cjsLexed

func lexFile(filename string) (cjsLexed, bool) {
	st, err := os.Stat(filename)
	if err != nil {
		return cjsLexed{}, false
	}
	key := fileKey{path: filename, size: st.Size(), mtime: st.ModTime().UnixNano()}
	if v, ok := lexedFiles.Load(key); ok {
		return v.(cjsLexed), true
	}
	src, err := os.ReadFile(filename)
	if err != nil {
		return cjsLexed{}, false
	}
	lexed := lexCJSExports(string(src))
	lexedFiles.Store(key, lexed)
	return lexed, true
}

// cjsExportNames is node's guess at the named exports of the CommonJS file
// filename (its cjsPreparseModuleExports): the names the lexer finds, and
// those of the files it reexports, resolved as its require() would resolve
// them (ones that do not resolve, builtins and files of other kinds than
// .js and .cjs are left out). "default" is not among them.
func (r *Runtime) cjsExportNames(filename string) []string {
	names := []string{}
	seen := map[string]bool{"default": true}
	visited := map[string]bool{}
	var walk func(file string)
	walk = func(file string) {
		if visited[file] {
			return
		}
		visited[file] = true
		lexed, ok := lexFile(file)
		if !ok {
			return
		}
		for _, n := range lexed.Names {
			if !seen[n] {
				seen[n] = true
				names = append(names, n)
			}
		}
		for _, spec := range lexed.Reexports {
			target, err := r.resolveReal(spec, file, false, nil, r.conditions().require)
			if err != nil && err.Code != deprecatedMain || !filepath.IsAbs(target) {
				continue
			}
			switch filepath.Ext(target) {
			case ".js", ".cjs", "":
				walk(target)
			}
		}
	}
	walk(filename)
	return names
}
