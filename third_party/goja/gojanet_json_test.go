package goja

import (
	"encoding/json"
	"testing"
)

// jsonSyntaxMessage finds an error exactly when encoding/json refuses the
// text: JSON.parse never reports an error V8 would not, nor hides one.
func FuzzJSONSyntaxMessage(f *testing.F) {
	for _, s := range []string{``, ` `, `{`, `{"a"`, `{"a":1`, `[1,]`, `{"a":1,}`, `"\u12G4"`, `-01`, `1.e`, `1e+`,
		`"a` + "\x01" + `"`, `{"a":[1,{"b":null}],"c":"\ud83d\ude00"}`, `tru`, "\ufeff1", `[1e5x]`, `"\\"`, `0.5`, `-0`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		msg := jsonSyntaxMessage(s)
		if valid := json.Valid([]byte(s)); valid != (msg == "") {
			t.Fatalf("%q: encoding/json valid=%v, message %q", s, valid, msg)
		}
	})
}

// The messages are V8's (node 20), positions in UTF-16 code units.
func TestJSONParseV8Messages(t *testing.T) {
	for src, want := range map[string]string{
		``:                      "Unexpected end of JSON input",
		`{"a":1`:                "Expected ',' or '}' after property value in JSON at position 6",
		`{"a" 1}`:               "Expected ':' after property name in JSON at position 5",
		`{"a":1,}`:              "Expected double-quoted property name in JSON at position 7",
		`[1 2]`:                 "Expected ',' or ']' after array element in JSON at position 3",
		`abc`:                   `Unexpected token 'a', "abc" is not valid JSON`,
		`{"abcdefghijklmno":x}`: `Unexpected token 'x', ..."hijklmno":x}" is not valid JSON`,
		`xxxxxxxxxxxxxxxxxxxxx`: `Unexpected token 'x', "xxxxxxxxxx"... is not valid JSON`,
		`"😀" x`:                 "Unexpected non-whitespace character after JSON at position 5",
		`"\q"`:                  "Bad escaped character in JSON at position 2",
		`"\u12"`:                "Bad Unicode escape in JSON at position 5",
		`-01`:                   "Unexpected number in JSON at position 2",
		`1.e`:                   "Unterminated fractional number in JSON at position 2",
		`1e+`:                   "Exponent part is missing a number in JSON at position 3",
		`"abc`:                  "Unterminated string in JSON at position 4",
		`undefined`:             `"undefined" is not valid JSON`,
		"\"a\tb\"":              "Bad control character in string literal in JSON at position 2",
	} {
		_, err := New().RunString("JSON.parse(" + quoteJS(src) + ")")
		ex, ok := err.(*Exception)
		if !ok {
			t.Errorf("%q: %v, want a SyntaxError", src, err)
			continue
		}
		if got := ex.Value().ToObject(nil).Get("message").String(); got != want {
			t.Errorf("%q: %q, want %q", src, got, want)
		}
	}
}

func quoteJS(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// A reviver that is not a function is ignored (null from parse-json, which
// passes its optional reviver on).
func TestJSONParseNonCallableReviver(t *testing.T) {
	const script = `
	const r = [null, undefined, 5, 'x', {}, true].map((rev) => JSON.stringify(JSON.parse('{"a":[1,2]}', rev)));
	r.join('|') + '|' + JSON.parse('[1,2]', (k, v) => (typeof v === 'number' ? v * 10 : v))
	`
	testScript(script, asciiString(`{"a":[1,2]}|{"a":[1,2]}|{"a":[1,2]}|{"a":[1,2]}|{"a":[1,2]}|{"a":[1,2]}|10,20`), t)
}
