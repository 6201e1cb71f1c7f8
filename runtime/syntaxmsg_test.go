package runtime

import "testing"

// The V8 wording helpers take any message and any line: degenerate ones
// (a bare prefix, an empty line, a column past its end) never panic.
func TestSyntaxMessageHelpersDegenerate(t *testing.T) {
	for _, msg := range []string{"", "Unexpected token '", "Unexpected token ''", "Unexpected identifier '",
		"Unexpected token ", "Unexpected identifier", "Unexpected number", "Unexpected string", "Invalid or unexpected token"} {
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
