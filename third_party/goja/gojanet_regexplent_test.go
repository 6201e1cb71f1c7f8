package goja

import (
	"os"
	"strings"
	"testing"
)

// TestRegexpLentRun: `/re/.test(s)` sites (gojanet_regexplent.go) give node
// 20's results (testdata/gojanet_regexplent.expected) when RegExp.prototype.test
// is replaced by a function that keeps and changes its receiver, made a
// getter and put back, with g and y flags, with arguments whose toString
// runs code or recurses into the same site; in two runtimes one after the
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
		{`s.replace(/a/, '')`, false},
		{`var r = /a/; r.test(s)`, false},
		{`/a/.test`, false},
	} {
		prg := MustCompile("", c.src, false)
		got := false
		for _, ins := range prg.code {
			if _, ok := ins.(*newRegexpLent); ok {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%s: %v, want %v", c.src, got, c.want)
		}
	}
}
