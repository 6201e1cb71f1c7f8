package goja

import (
	"testing"

	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/parser"
)

// TestLateFuncsPrefix: how many leading statements run before a function's
// declared functions are made (gojanet_latefuncs.go).
func TestLateFuncsPrefix(t *testing.T) {
	for _, c := range []struct {
		src  string
		want int
	}{
		// Express's process_params: the fast track runs first
		{`function f(layer, done) { var keys = layer.keys; if (!keys || keys.length === 0) { return done(); } var i = 0; function param() { return paramCb(); } function paramCb() { return i; } return param(); }`, 3},
		{`function f() { var t = typeof g; function g() {} return t; }`, 0},
		{`function f(g) { var x = 1; function g() {} return x; }`, 0},               // a parameter's name
		{`function f() { var n = arguments.length; function g() {} return n; }`, 0}, // arguments
		{`function f() { var n = eval('1'); function g() {} return n; }`, 0},        // direct eval
		{`function f() { var a = () => 1; function g() {} return a; }`, 0},          // a closure
		{`function f() { var a = 1; for (;;) {} function g() {} }`, 1},              // a loop ends the run
		{`function f() { function g() {} var a = 1; var b = a + 1; return g; }`, 3}, // declarations counted in
		{`function f() { return 1; function g() {} }`, 0},
		{`function f() { var o = { get x() { return 1; } }; function g() {} }`, 0},
		{`function f() { if (a) { let b = 1; } function g() {} }`, 0}, // a scope of its own
		{`function f() { if (a) { b(); } else c = d[e]; function g() {} return g; }`, 1},
		{`function f() { var a = 1; }`, 0}, // nothing declared
	} {
		prg, err := parser.ParseFile(nil, "", c.src, 0)
		if err != nil {
			t.Fatal(err)
		}
		fn := prg.Body[0].(*ast.FunctionDeclaration).Function
		var funcs []*ast.FunctionDeclaration
		for _, st := range fn.Body.List {
			if d, ok := st.(*ast.FunctionDeclaration); ok {
				funcs = append(funcs, d)
			}
		}
		if got := lateFuncsPrefix(fn.Body.List, funcs, fn.ParameterList); got != c.want {
			t.Errorf("%s: %d, want %d", c.src, got, c.want)
		}
	}
}

// TestLateFuncsRun: the same results as with the declarations made first.
func TestLateFuncsRun(t *testing.T) {
	const src = `
	function pp(keys, done) {
		var params = 1;
		if (!keys || keys.length === 0) return done('fast');
		var i = 0;
		function param() { if (i >= keys.length) return done('end ' + i); i++; return cb(); }
		function cb() { return param(); }
		return param();
	}
	var r = [];
	for (var k = 0; k < 3; k++) r.push(pp([], function (s) { return s; }), pp([1, 2], function (s) { return s; }));
	function early() { var x = 1; if (x) { return typeof late; } function late() {} }
	r.push(early());
	r.join(' ');
	`
	v, err := New().RunString(src)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := v.String(), "fast end 2 fast end 2 fast end 2 function"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
