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
	"github.com/dop251/goja"

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
}
