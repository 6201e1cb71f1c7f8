package goja

import (
	"os"
	"strings"
	"testing"

	"github.com/dop251/goja/parser"
)

// TestLateStashRun: functions whose stash is made after their leading
// statements (gojanet_latestash.go) give node 20's results
// (testdata/gojanet_latestash.expected): outer reads and writes at two
// levels before it, declared functions, arrows, methods, `this` and a
// callee's name, leading statements that throw or recurse, loops right
// after, reads through `with`. Compiled eagerly (as scripts and CommonJS
// modules are) with and without fused instructions, and lazily (builtins).
func TestLateStashRun(t *testing.T) {
	src, err := os.ReadFile("testdata/gojanet_latestash.js")
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("testdata/gojanet_latestash.expected")
	if err != nil {
		t.Fatal(err)
	}
	for run := 0; run < 3; run++ {
		var prg *Program
		noFusing = run == 1
		if run < 2 {
			prg = MustCompile("gojanet_latestash.js", string(src), false)
		} else {
			ast, err := parser.ParseFile(nil, "gojanet_latestash.js", string(src), 0)
			if err != nil {
				t.Fatal(err)
			}
			if prg, err = CompileASTLazy(ast, true); err != nil {
				t.Fatal(err)
			}
		}
		v, err := New().RunProgram(prg)
		noFusing = false
		if err != nil {
			t.Fatalf("run %d: %v", run, err)
		}
		if got := v.String(); got != strings.TrimRight(string(want), "\n") {
			t.Fatalf("run %d:\n got %s\nwant %s", run, got, want)
		}
	}
}

// TestLateStashSites: which functions make their stash late, and before
// which instruction's statement.
func TestLateStashSites(t *testing.T) {
	for _, c := range []struct {
		src  string
		want bool
	}{
		// debug's disabled logger
		{`function f() { if (!f.enabled) return; var self = f; return function () { return self; }; }`, true},
		{`function f() { var a = g(); if (!a) return; var b = a + 1; return function () { return b; }; }`, true},
		// no return or throw first: the stash is made on every call anyway
		{`function f() { var a = g(); var b = a + 1; return function () { return b; }; }`, false},
		// the first statement reads a captured variable
		{`function f() { var a = 1; return function () { return a; }; }`, false},
		// captured parameters and vars used first: on the value stack
		// until then (Express's router.process_params)
		{`function f(p) { var a = g(); if (a) throw a; var b = 1; return function () { return p + b; }; }`, true},
		{`function f(layer, called, done) { var params = this.params; var keys = layer.keys; if (!keys || keys.length === 0) { return done(); } var i = 0; function param() { i++; return called[keys[i]] + params; } return param(); }`, true},
		// a let read first, the callee's name captured, duplicate parameters,
		// an arguments object
		{`function f() { var a = g(b); var c = 1; let b = 2; return function () { return b + c; }; }`, false},
		{`var h = function f() { var a = f; var b = 1; return function () { return f + b; }; }`, false},
		{`function f(p, p) { var a = g(); var b = 1; return function () { return p + b; }; }`, false},
		{`function f(p) { var a = g(); var b = arguments[0]; return function () { return p + b; }; }`, false},
		// `this` or arguments captured
		{`function f() { var a = this.x; var b = 1; return () => this.y + b; }`, false},
		{`function f() { var a = arguments.length; var b = 1; return function () { return b; }; }`, false},
		// only one candidate statement and then a loop
		{`function f() { var a = g(); for (;;) { var b = 1; return function () { return b; }; } }`, false},
		// declared functions: made at the point
		{`function f(x) { var t = g(x); if (!t) return 0; var n = 1; function h() { return n; } return h; }`, true},
		// a closure among the leading statements
		{`function f() { var k = [1].map(function (x) { return x; }); var b = 1; return function () { return b; }; }`, false},
		// no stash at all
		{`function f() { var a = g(); var b = 1; return a + b; }`, false},
		// generators keep theirs
		{`function* f() { var a = g(); var b = 1; yield function () { return b; }; }`, false},
	} {
		prg := MustCompile("", c.src, false)
		var fn *Program
		for _, ins := range prg.code {
			switch f := ins.(type) {
			case *newFunc:
				fn = f.prg
			case *newGeneratorFunc:
				fn = f.prg
			}
		}
		if fn == nil {
			t.Fatalf("%s: no function", c.src)
		}
		got := false
		for _, ins := range fn.code {
			if _, ok := ins.(*lateStash); ok {
				got = true
			}
		}
		_, stashless := fn.code[0].(*enterFuncStashless)
		if got != c.want || got && !stashless {
			t.Errorf("%s: late stash %v (entry %T), want %v", c.src, got, fn.code[0], c.want)
		}
	}
}
