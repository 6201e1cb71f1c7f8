package goja

import (
	"os"
	"strings"
	"testing"
)

// TestRegexpLentRun: `/re/.test(s)` and `s.replace(/re/, 'str')` sites
// (gojanet_regexplent.go) give node
// 20's results (testdata/gojanet_regexplent.expected) when RegExp.prototype.test
// is replaced by a function that keeps and changes its receiver, made a
// getter and put back, with g and y flags, with arguments whose toString
// runs code or recurses into the same site; String.prototype.replace,
// RegExp.prototype[Symbol.replace] and exec replaced, a receiver with a
// replace of its own, a number; in two runtimes one after the
// other, so that the site holds one runtime's object when the next comes.
func TestRegexpLentRun(t *testing.T) {
	src, err := os.ReadFile("testdata/gojanet_regexplent.js")
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("testdata/gojanet_regexplent.expected")
	if err != nil {
		t.Fatal(err)
	}
	prg := MustCompile("gojanet_regexplent.js", string(src), false)
	for run := 0; run < 2; run++ {
		r := New()
		v, err := r.RunProgram(prg)
		if err != nil {
			t.Fatal(err)
		}
		if got := v.String(); got != strings.TrimRight(string(want), "\n") {
			t.Fatalf("run %d:\n got %s\nwant %s", run, got, want)
		}
	}
}

// TestRegexpLentSites: which literals are compiled to one object per site.
func TestRegexpLentSites(t *testing.T) {
	for _, c := range []struct {
		src  string
		want bool
	}{
		{`(/a/).test(s)`, true},
		{`/a/i.test(s)`, true},
		{`/a/g.test(s)`, false},
		{`/a/y.test(s)`, false},
		{`/a/.exec(s)`, false},
		{`s.replace(/a/, '')`, true},
		{`s.replace(/a/g, '')`, false},
		{`s.replace(/a/, x)`, false},
		{`s.replace(/a/, '', 1)`, false},
		{`var r = /a/; r.test(s)`, false},
		{`/a/.test`, false},
	} {
		prg := MustCompile("", c.src, false)
		got := false
		for _, ins := range prg.code {
			switch ins.(type) {
			case *newRegexpLent, *newRegexpReplaceArg:
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%s: %v, want %v", c.src, got, c.want)
		}
	}
}
