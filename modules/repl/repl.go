// Package repl is the Go half of gojanet's repl module (js/repl.js): the
// rewrite that gives the REPL top-level await (await.go). Evaluation itself
// is the host's runInThisContext: REPL input runs as scripts in the global
// scope, so its declarations persist from one line to the next.
//
// Path of one line typed at the REPL: readline's Interface emits 'line' →
// REPLServer buffers it with earlier incomplete lines → defaultEval runs
// it with runInThisContext; if it fails to parse and uses await outside a
// function, processTopLevelAwait rewrites it into an async function whose
// promise the REPL awaits → finish prints the value with the writer (or
// buffers again when the input ended too early to parse).
package repl

import (
	"strings"

	"github.com/dop251/goja"
	"github.com/evanw/esbuild/pkg/api"

	"github.com/gojanet/gojanet/runtime/loop"
)

// Binding fills internalBinding('repl').
func Binding(l *loop.Loop, exports *goja.Object) {
	exports.Set("processTopLevelAwait", func(src string) goja.Value {
		out, ok := ProcessTopLevelAwait(src)
		if !ok {
			return goja.Null()
		}
		return l.VM.ToValue(out)
	})
	// isValidSyntax(src): repl.isValidSyntax's answer, whether src parses
	// as a script (await allowed outside functions) or as an expression
	// after "_=".
	exports.Set("isValidSyntax", func(src string) bool {
		return validScript(src) || validScript("_="+src)
	})
}

// validScript: src compiles as a script, or, with await outside a
// function, as the REPL's rewrite of it does; what goja's syntax lacks (for
// await, import(), which the loader converts for it) esbuild judges.
func validScript(src string) bool {
	if _, err := goja.Compile("", src, false); err == nil {
		return true
	}
	out, ok := ProcessTopLevelAwait(src)
	if !ok {
		out = src
	} else if _, err := goja.Compile("", out, false); err == nil {
		return true
	}
	return loweredScript(out)
}

// loweredScript: esbuild parses src as a script. First as it is (an
// unfinished statement, `if (a)`, fails here: a suffix could complete it);
// then with a return put after it, which esbuild refuses in what it takes
// for an ES module: for import, export or import.meta (no script's), not
// for await (the REPL takes it at the top level); and as an ES module,
// where esbuild refuses a top-level return of src's own (a script's too;
// CommonJS allows one).
func loweredScript(src string) bool {
	if len(api.Transform(src, api.TransformOptions{Loader: api.LoaderJS, LogLevel: api.LogLevelSilent}).Errors) > 0 {
		return false
	}
	for _, e := range api.Transform(src+"\nreturn;", api.TransformOptions{Loader: api.LoaderJS, LogLevel: api.LogLevelSilent}).Errors {
		if !strings.HasPrefix(e.Text, "Top-level return") || len(e.Notes) == 0 || !strings.Contains(e.Notes[0].Text, `top-level "await"`) {
			return false
		}
	}
	opts := api.TransformOptions{Loader: api.LoaderJS, Format: api.FormatESModule, LogLevel: api.LogLevelSilent}
	for _, e := range api.Transform(src+"\nexport {};", opts).Errors {
		if strings.HasPrefix(e.Text, "Top-level return") {
			return false
		}
	}
	return true
}
