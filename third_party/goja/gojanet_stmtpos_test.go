package goja

import (
	"strings"
	"testing"
)

// gojanet_stmtpos.go: where a ReferenceError of a statement's first load is
// reported, fused and unfused, against the columns node 20 (V8) prints for
// the same functions (but where noted).
func TestStatementPositionOfFirstLoad(t *testing.T) {
	cases := []struct{ body, want string }{
		{"return varX", "1:1"},
		{"  return varX", "1:3"},
		{"throw varX", "1:1"},
		{"if (varX) {}", "1:1"},
		{"switch (varX) {}", "1:1"},
		{"return varX.y", "1:1"},
		{"return !varX", "1:1"},
		{"return (varX)", "1:1"},
		{"return varX + 1", "1:1"},
		{"return varX ? 1 : 2", "1:1"},
		{"return `${varX}`", "1:1"},
		{"if (true) return varX", "1:11"},
		{"if (true) throw varX", "1:11"},
		{"let y = varX", "1:9"},
		{"var y = varX", "1:9"},
		{"return 1 + varX", "1:12"},
		{"return [varX]", "1:9"},
		{"return {a: varX}", "1:12"},
		{"while (varX) {}", "1:8"},
		{"do {} while (varX)", "1:14"},
		{"for (;varX;) {}", "1:7"},
		{"for (const k of varX) {}", "1:17"},
		{"{ varX }", "1:3"},
		{"x: varX", "1:4"},
		{"return (0, varX)", "1:12"},
		{"return (1, varX) + 1", "1:12"},
		{"return (varX, 1)", "1:1"},
		{"return (0, varX)()", "1:12"},
		{"if ((0, varX)) {}", "1:9"},
		{"return a => varX", ""},
		// V8 places these at the statement too; goja keeps the name's
		// position for a binding's temporal dead zone (gojanet_stmtpos.go)
		{"{ return x; let x = 1 }", "1:10"},
		{"if (x !== 'a') return 1; let x = 1", "1:5"},
		{"return x && 1; let x", "1:8"},
		{"const g = () => x; g(); let x", "1:17"},
		{"const g = () => { return x }; g(); let x", "1:26"},
	}
	for _, c := range cases {
		src := "const f = function () {\n" + c.body + "\n}; let r = ''; try { f(); } catch (e) { r = /fn\\.js:(\\d+:\\d+)/.exec(e.stack)[1]; } r"
		for _, fuse := range []bool{false, true} {
			got := runFusedNamed(t, "fn.js", src, fuse)
			want := ""
			if c.want != "" {
				// the body starts on the script's second line
				want = "2:" + c.want[2:]
			}
			if got != want {
				t.Errorf("%q (fused %v): at %q, want %q", c.body, fuse, got, want)
			}
		}
	}
}

// A script's if and switch clear its completion value before the test.
func TestStatementPositionInScript(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"\n  if (nope) {}", "s.js:2:3"},
		{"switch (nope) {}", "s.js:1:1"},
		{"1; throw nope", "s.js:1:4"},
	} {
		_, err := New().RunScript("s.js", c.src)
		if err == nil || !strings.Contains(err.Error(), "at s.js") {
			t.Fatalf("%q: %v", c.src, err)
		}
		if ex, ok := err.(*Exception); !ok || !strings.Contains(ex.String(), c.want+"(") {
			t.Errorf("%q: %v, want at %s", c.src, err, c.want)
		}
	}
}

func runFusedNamed(t *testing.T, name, src string, fuse bool) string {
	noFusing = !fuse
	defer func() { noFusing = false }()
	p, err := Compile(name, src, false)
	if err != nil {
		t.Fatalf("%s: %v", src, err)
	}
	v, err := New().RunProgram(p)
	if err != nil {
		return "error: " + err.Error()
	}
	return v.String()
}
