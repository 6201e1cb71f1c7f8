package runtime

import "testing"

// The V8 wording helpers take any message and any line: degenerate ones
// (a bare prefix, an empty line, a column past its end) never panic.
func TestSyntaxMessageHelpersDegenerate(t *testing.T) {
	for _, msg := range []string{"", "Unexpected token '", "Unexpected token ''", "Unexpected identifier '",
		"Unexpected token ", "Unexpected identifier", "Unexpected number", "Unexpected string", "Invalid or unexpected token",
		"Unexpected reserved word", "Illegal 'use strict' directive in function with non-simple parameter list"} {
		for _, line := range []string{"", "'", `"abc`, "x"} {
			for _, col := range []int{-1, 0, 1, 2, 10} {
				_ = v8SyntaxMessage(msg, line, col)
				if n := tokenLength(msg, line, col); n < 0 {
					t.Errorf("tokenLength(%q, %q, %d) = %d", msg, line, col, n)
				}
			}
		}
	}
	for _, text := range []string{"", `Unexpected ""`, `Expected ";" but found ""`, "Expected x but found end of file", `Unexpected "é"`} {
		_ = v8FromEsbuild(text)
	}
}

// Where V8 underlines a keyword or a name whole, so does the caret.
func TestTokenLengthWords(t *testing.T) {
	for _, c := range []struct {
		msg, line string
		col, want int
	}{
		{"Unexpected reserved word", "async function f() { var await; }", 26, 5},
		{"'super' keyword unexpected here", "function f() { super.x; }", 16, 5},
		{"Strict mode code may not include a with statement", `"use strict"; with (a) {}`, 15, 4},
		{"Illegal 'use strict' directive in function with non-simple parameter list", `function f(a = 1) { "use strict"; }`, 21, 12},
		{"Identifier 'abc' has already been declared", "let abc; var abc;", 14, 1}, // V8: one character
		{"Unexpected reserved word", "x = (", 5, 1},
	} {
		if n := tokenLength(c.msg, c.line, c.col); n != c.want {
			t.Errorf("tokenLength(%q, %q, %d) = %d, want %d", c.msg, c.line, c.col, n, c.want)
		}
	}
}
