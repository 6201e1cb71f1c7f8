package js

// A lint over the builtins' sources: a builtin calls its own timer
// functions, queueMicrotask and AbortController (internal/timers,
// internal/event_target), never the globals, which a script may replace
// (globalThis.setTimeout = null must not break fs.watch or a worker; node's
// builtins use none of the globals). Each file is scanned with its comments,
// strings and regular expressions blanked out; a name the file binds itself
// (const/let/var/function/class, a destructuring pattern, a parameter) is
// taken as bound to the builtin's own, any other use of it is reported.

import (
	"bytes"
	"io/fs"
	"regexp"
	"strings"
	"testing"
)

var replaceableGlobals = []string{
	"setTimeout", "setInterval", "setImmediate",
	"clearTimeout", "clearInterval", "clearImmediate",
	"queueMicrotask", "AbortController",
}

// Files that define the globals or deliberately use the script's.
var globalsAllowed = map[string]bool{
	"internal/timers.js":                  true, // defines them
	"timers.js":                           true, // the public module: internal/timers' functions
	"internal/bootstrap.js":               true, // installs the globals
	"internal/event_target.js":            true, // defines AbortController
	"internal/test_runner/mock_timers.js": true, // replaces the globals on purpose
}

func TestBuiltinsUseOwnTimers(t *testing.T) {
	err := fs.WalkDir(FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".js") || globalsAllowed[p] {
			return err
		}
		src, err := FS.ReadFile(p)
		if err != nil {
			return err
		}
		for _, u := range bareGlobalUses(string(src)) {
			t.Errorf("%s:%d: %s is the global a script may replace: take internal/timers' (or internal/event_target's AbortController)", p, u.line, u.name)
		}
		// (the public module's exports are a script's to replace too)
		for _, m := range publicTimersRe.FindAllStringIndex(string(src), -1) {
			t.Errorf("%s:%d: require('timers') is the public module a script may change: take internal/timers", p, strings.Count(string(src[:m[0]]), "\n")+1)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestBareGlobalUses checks the scanner on the forms it must tell apart.
func TestBareGlobalUses(t *testing.T) {
	src := `'use strict';
// setTimeout(in a comment)
const s = 'setTimeout(' + "clearTimeout" + ` + "`setImmediate`" + `;
const r = /setInterval\//;
obj.setTimeout(f);
x = { setTimeout: 1 };
class C { setTimeout(ms, cb) { return ms; } }
setImmediate(f);
function g() { return new AbortController(); }
if (typeof queueMicrotask === 'function') {}
`
	var got []string
	for _, u := range bareGlobalUses(src) {
		got = append(got, u.name)
	}
	if strings.Join(got, ",") != "setImmediate,AbortController,queueMicrotask" {
		t.Fatalf("got %v", got)
	}
	bound := `const { setTimeout, clearTimeout: clear } = require('internal/timers');
setTimeout(f); clear(t);
function h(setImmediate) { setImmediate(); }
`
	if u := bareGlobalUses(bound); len(u) != 0 {
		t.Fatalf("bound names reported: %v", u)
	}
	if u := bareGlobalUses("o.setTimeout = function setTimeout() {};\nsetTimeout(f);\n"); len(u) != 1 || u[0].line != 2 {
		t.Fatalf("a named function expression's name taken as bound: %v", u)
	}
	if u := bareGlobalUses("clearTimeout(t);\n"); len(u) != 1 || u[0].line != 1 {
		t.Fatalf("got %v", u)
	}
}

type globalUse struct {
	name string
	line int
}

var (
	publicTimersRe = regexp.MustCompile(`require\(['"](?:node:)?timers['"]\)`)
	isGlobalName   = map[string]bool{}
	isDeclKeyword  = map[string]bool{"const": true, "let": true, "var": true, "function": true, "class": true}
)

func init() {
	for _, n := range replaceableGlobals {
		isGlobalName[n] = true
	}
}

// identifiers gives the start and end of each identifier (or keyword) in
// code. (A scan of its own: regexp's \b runs its slow matcher, seconds over
// js/ under -race.)
func identifiers(code string) [][2]int {
	var ids [][2]int
	isStart := func(c byte) bool { return c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
	for i := 0; i < len(code); {
		c := code[i]
		if !isStart(c) && !(c >= '0' && c <= '9') {
			i++
			continue
		}
		j := i
		for j < len(code) && (isStart(code[j]) || code[j] >= '0' && code[j] <= '9') {
			j++
		}
		if isStart(c) {
			ids = append(ids, [2]int{i, j})
		}
		i = j
	}
	return ids
}

var ()

// bareGlobalUses lists the uses of replaceableGlobals in src that are
// neither a property (obj.name, a key, a method's definition) nor a name
// src binds itself.
func bareGlobalUses(src string) []globalUse {
	code := blankNonCode(src)
	ids := identifiers(code)
	bound := boundNames(code, ids)
	var uses []globalUse
	for _, m := range ids {
		name := code[m[0]:m[1]]
		if !isGlobalName[name] || bound[name] {
			continue
		}
		before := strings.TrimRight(code[:m[0]], " \t\r\n")
		if strings.HasSuffix(before, ".") && !strings.HasSuffix(before, "...") {
			continue // a property
		}
		after := strings.TrimLeft(code[m[1]:], " \t\r\n")
		if strings.HasPrefix(after, ":") {
			continue // an object literal's key
		}
		if strings.HasPrefix(after, "(") {
			// a method's definition: its parameter list is followed by a body
			if end := matchParen(after); end > 0 && strings.HasPrefix(strings.TrimLeft(after[end:], " \t\r\n"), "{") {
				continue
			}
		}
		uses = append(uses, globalUse{name, strings.Count(src[:m[0]], "\n") + 1})
	}
	return uses
}

// boundNames: the names code declares, destructures or takes as parameters
// (anywhere in the file: a lint, not a scope analysis).
func boundNames(code string, ids [][2]int) map[string]bool {
	bound := map[string]bool{}
	for i, m := range ids {
		name := code[m[0]:m[1]]
		if isDeclKeyword[name] && i+1 < len(ids) {
			// the declared name follows (function* too)
			next := ids[i+1]
			if strings.Trim(code[m[1]:next[0]], " \t\r\n*") != "" {
				continue
			}
			// (a named function expression, `x.setTimeout = function
			// setTimeout() {}`, binds its name only inside itself)
			before := strings.TrimRight(code[:m[0]], " \t\r\n")
			if name == "function" && before != "" && strings.ContainsAny(before[len(before)-1:], "=(,:?[!&|") {
				continue
			}
			bound[code[next[0]:next[1]]] = true
			continue
		}
		// in a destructuring pattern `{ ..., name, ... } =` or a parameter
		// list `function f(..., name, ...) {` / `(name) =>`
		if isGlobalName[name] && inPattern(code, m[0], m[1]) {
			bound[name] = true
		}
	}
	return bound
}

// inPattern reports whether code[start:end], a bare name, sits in a
// destructuring pattern or a parameter list.
func inPattern(code string, start, end int) bool {
	before := strings.TrimRight(code[:start], " \t\r\n")
	after := strings.TrimLeft(code[end:], " \t\r\n")
	if !(strings.HasSuffix(before, "{") || strings.HasSuffix(before, ",") || strings.HasSuffix(before, "(")) {
		return false
	}
	if strings.HasPrefix(after, ":") { // (a key: `{ setTimeout: local }` binds local)
		return false
	}
	// the enclosing bracket and what follows its close
	depth := 0
	for i := end; i < len(code); i++ {
		switch code[i] {
		case '(', '{', '[':
			depth++
		case ')', '}', ']':
			if depth > 0 {
				depth--
				continue
			}
			rest := strings.TrimLeft(code[i+1:], " \t\r\n")
			if code[i] == '}' {
				return strings.HasPrefix(rest, "=") && !strings.HasPrefix(rest, "==") && !strings.HasPrefix(rest, "=>")
			}
			if code[i] == ')' {
				return strings.HasPrefix(rest, "{") || strings.HasPrefix(rest, "=>")
			}
			return false
		case ';':
			return false
		}
	}
	return false
}

// matchParen gives the index just past the parenthesis that closes s[0].
func matchParen(s string) int {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return i + 1
			}
		}
	}
	return -1
}

// blankNonCode returns src with the text of its comments, string and
// template literals and regular expressions replaced by spaces (newlines
// kept, so offsets and lines stay). A template's substitutions are blanked
// with it.
func blankNonCode(src string) string {
	b := []byte(src)
	blank := func(from, to int) {
		for i := from; i < to && i < len(b); i++ {
			if b[i] != '\n' {
				b[i] = ' '
			}
		}
	}
	// regexAllowed: a '/' here starts a regular expression (after an
	// operator, an opening bracket or a keyword), not a division
	regexAllowed := true
	for i := 0; i < len(b); {
		c := b[i]
		switch {
		case c == '/' && i+1 < len(b) && b[i+1] == '/':
			j := i
			for j < len(b) && b[j] != '\n' {
				j++
			}
			blank(i, j)
			i = j
		case c == '/' && i+1 < len(b) && b[i+1] == '*':
			j := bytes.Index(b[i+2:], []byte("*/"))
			if j < 0 {
				j = len(b)
			} else {
				j += i + 4
			}
			blank(i, j)
			i = j
		case c == '\'' || c == '"' || c == '`':
			j := i + 1
			for j < len(b) && b[j] != c {
				if b[j] == '\\' {
					j++
				}
				j++
			}
			blank(i+1, j)
			i = j + 1
			regexAllowed = false
		case c == '/' && regexAllowed:
			j := i + 1
			inClass := false
			for j < len(b) && b[j] != '\n' && (inClass || b[j] != '/') {
				switch b[j] {
				case '\\':
					j++
				case '[':
					inClass = true
				case ']':
					inClass = false
				}
				j++
			}
			blank(i+1, j)
			i = j + 1
			regexAllowed = false
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9':
			j := i
			for j < len(b) && (b[j] == '_' || b[j] == '$' || b[j] >= 'a' && b[j] <= 'z' || b[j] >= 'A' && b[j] <= 'Z' || b[j] >= '0' && b[j] <= '9') {
				j++
			}
			switch string(b[i:j]) {
			case "return", "typeof", "case", "in", "of", "delete", "void", "throw", "new", "else", "do", "instanceof", "yield", "await":
				regexAllowed = true
			default:
				regexAllowed = false
			}
			i = j
		case c == ')' || c == ']' || c == '}':
			regexAllowed = false
			i++
		default:
			regexAllowed = true
			i++
		}
	}
	return string(b)
}
