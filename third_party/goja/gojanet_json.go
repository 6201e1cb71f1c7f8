package goja

// gojanet: JSON.parse's errors in V8's words. goja parses with
// encoding/json, whose messages ("invalid character '"' after object
// key:value pair") and positions (bytes) are Go's; scripts and packages
// show or match V8's ("Expected ',' or '}' after property value in JSON at
// position 24", positions in UTF-16 code units). When the decoder refuses
// the text, jsonSyntaxMessage walks it by JSON's grammar to the first error
// and words it as V8 does.

import (
	"fmt"
	"strings"
	"unicode/utf16"
)

// JSONSyntaxMessage is what V8's JSON.parse would say of src: the message
// of its SyntaxError, or "" if src is valid JSON. gojanet's resolver words
// an unparseable package.json with it, as node does.
func JSONSyntaxMessage(src string) string { return jsonSyntaxMessage(src) }

// jsonSyntaxMessage is V8's message for the first error in src, or "" if
// src is valid JSON.
func jsonSyntaxMessage(src string) (msg string) {
	switch src {
	case "NaN", "Infinity", "undefined", "[object Object]":
		// What JSON.parse of a non-JSON value usually stringifies to.
		return fmt.Sprintf("%q is not valid JSON", src)
	}
	s := &jsonScan{u: utf16.Encode([]rune(src))}
	defer func() {
		if x := recover(); x != nil {
			e, ok := x.(jsonScanError)
			if !ok {
				panic(x)
			}
			msg = string(e)
		}
	}()
	s.value()
	s.space()
	if s.i < len(s.u) {
		return fmt.Sprintf("Unexpected non-whitespace character after JSON at position %d", s.i)
	}
	return ""
}

type jsonScanError string

type jsonScan struct {
	u []uint16 // the text in UTF-16 code units: V8's positions count them
	i int
}

func (s *jsonScan) eof() bool { return s.i >= len(s.u) }

func (s *jsonScan) space() {
	for !s.eof() {
		switch s.u[s.i] {
		case ' ', '\t', '\n', '\r':
			s.i++
		default:
			return
		}
	}
}

// failAt reports what was expected at the current position.
func (s *jsonScan) failAt(what string) {
	panic(jsonScanError(fmt.Sprintf("%s in JSON at position %d", what, s.i)))
}

func (s *jsonScan) failEnd() { panic(jsonScanError("Unexpected end of JSON input")) }

// unexpected reports the code unit at the current position, with the text
// around it: all of it when short, else ten units either side.
func (s *jsonScan) unexpected() {
	if s.eof() {
		s.failEnd()
	}
	n := len(s.u)
	context := `"` + string(utf16.Decode(s.u)) + `"`
	if n >= 21 {
		start, end := s.i-10, s.i+10 // (the package's min and max are int64's)
		if start < 0 {
			start = 0
		}
		if end > n {
			end = n
		}
		context = `"` + string(utf16.Decode(s.u[start:end])) + `"`
		if start > 0 {
			context = "..." + context
		}
		if end < n {
			context += "..."
		}
	}
	tok := string(utf16.Decode(s.u[s.i : s.i+1]))
	panic(jsonScanError(fmt.Sprintf("Unexpected token '%s', %s is not valid JSON", tok, context)))
}

func (s *jsonScan) value() {
	s.space()
	if s.eof() {
		s.failEnd()
	}
	switch c := s.u[s.i]; {
	case c == '{':
		s.object()
	case c == '[':
		s.array()
	case c == '"':
		s.string()
	case c == 't':
		s.literal("true")
	case c == 'f':
		s.literal("false")
	case c == 'n':
		s.literal("null")
	case c == '-' || isDigitUnit(c):
		s.number()
	default:
		s.unexpected()
	}
}

func (s *jsonScan) object() {
	s.i++
	s.space()
	if !s.eof() && s.u[s.i] == '}' {
		s.i++
		return
	}
	if s.eof() || s.u[s.i] != '"' {
		s.failAt("Expected property name or '}'")
	}
	for {
		s.string()
		s.space()
		if s.eof() || s.u[s.i] != ':' {
			s.failAt("Expected ':' after property name")
		}
		s.i++
		s.value()
		s.space()
		if s.eof() {
			s.failAt("Expected ',' or '}' after property value")
		}
		switch s.u[s.i] {
		case '}':
			s.i++
			return
		case ',':
			s.i++
			s.space()
			if s.eof() || s.u[s.i] != '"' {
				s.failAt("Expected double-quoted property name")
			}
		default:
			s.failAt("Expected ',' or '}' after property value")
		}
	}
}

func (s *jsonScan) array() {
	s.i++
	s.space()
	if !s.eof() && s.u[s.i] == ']' {
		s.i++
		return
	}
	for {
		s.value()
		s.space()
		if s.eof() {
			s.failAt("Expected ',' or ']' after array element")
		}
		switch s.u[s.i] {
		case ']':
			s.i++
			return
		case ',':
			s.i++
		default:
			s.failAt("Expected ',' or ']' after array element")
		}
	}
}

func (s *jsonScan) string() {
	s.i++ // the opening quote
	for {
		if s.eof() {
			s.failAt("Unterminated string")
		}
		switch c := s.u[s.i]; {
		case c == '"':
			s.i++
			return
		case c == '\\':
			s.i++
			if s.eof() {
				s.failEnd()
			}
			switch s.u[s.i] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				s.i++
			case 'u':
				s.i++
				for k := 0; k < 4; k++ {
					if s.eof() || !isHexUnit(s.u[s.i]) {
						s.failAt("Bad Unicode escape")
					}
					s.i++
				}
			default:
				s.failAt("Bad escaped character")
			}
		case c < 0x20:
			s.failAt("Bad control character in string literal")
		default:
			s.i++
		}
	}
}

func (s *jsonScan) number() {
	if s.u[s.i] == '-' {
		s.i++
		if s.eof() || !isDigitUnit(s.u[s.i]) {
			s.failAt("No number after minus sign")
		}
	}
	if s.u[s.i] == '0' {
		s.i++
		if !s.eof() && isDigitUnit(s.u[s.i]) {
			s.failAt("Unexpected number")
		}
	} else {
		s.digits()
	}
	if !s.eof() && s.u[s.i] == '.' {
		s.i++
		if s.eof() || !isDigitUnit(s.u[s.i]) {
			s.failAt("Unterminated fractional number")
		}
		s.digits()
	}
	if !s.eof() && (s.u[s.i] == 'e' || s.u[s.i] == 'E') {
		s.i++
		if !s.eof() && (s.u[s.i] == '+' || s.u[s.i] == '-') {
			s.i++
		}
		if s.eof() || !isDigitUnit(s.u[s.i]) {
			s.failAt("Exponent part is missing a number")
		}
		s.digits()
	}
}

func (s *jsonScan) digits() {
	for !s.eof() && isDigitUnit(s.u[s.i]) {
		s.i++
	}
}

func (s *jsonScan) literal(word string) {
	for k := 0; k < len(word); k++ {
		if s.eof() {
			s.failEnd()
		}
		if s.u[s.i] != uint16(word[k]) {
			s.unexpected()
		}
		s.i++
	}
}

func isDigitUnit(c uint16) bool { return c >= '0' && c <= '9' }

func isHexUnit(c uint16) bool {
	return isDigitUnit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')
}

// jsonPathKey is how JSON.stringify reached an object: a property's key,
// or an array's index.
type jsonPathKey struct {
	key   Value
	index bool
}

func (k jsonPathKey) String() string {
	if k.index {
		return "index " + k.key.String()
	}
	return "property '" + k.key.String() + "'"
}

// circularMessage is V8's TypeError text for a cycle that closes at the
// object ctx.stack[start], reached again by closing: the path from it, the
// middle elided past three steps as V8 elides it.
func (ctx *_builtinJSON_stringifyContext) circularMessage(start int, closing jsonPathKey) string {
	var b strings.Builder
	b.WriteString("Converting circular structure to JSON\n    --> starting at object with constructor '")
	b.WriteString(jsonConstructorName(ctx.stack[start]))
	b.WriteString("'")
	line := func(i int) {
		b.WriteString("\n    |     ")
		b.WriteString(ctx.keys[i].String())
		b.WriteString(" -> object with constructor '")
		b.WriteString(jsonConstructorName(ctx.stack[i]))
		b.WriteString("'")
	}
	first, last := start+1, len(ctx.stack)-1
	if last-first+1 > 3 {
		line(first)
		line(first + 1)
		b.WriteString("\n    |     ...")
		line(last)
	} else {
		for i := first; i <= last; i++ {
			line(i)
		}
	}
	b.WriteString("\n    --- ")
	b.WriteString(closing.String())
	b.WriteString(" closes the circle")
	return b.String()
}

// jsonConstructorName is the name of o's constructor as V8's message shows
// it: "Object" when there is none to name. No getter or trap runs.
func jsonConstructorName(o *Object) string {
	if ctor, ok := dataPropertyStr(o, "constructor").(*Object); ok {
		if name, ok := dataPropertyStr(ctor, "name").(String); ok && name.Length() > 0 {
			return name.String()
		}
	}
	return "Object"
}
