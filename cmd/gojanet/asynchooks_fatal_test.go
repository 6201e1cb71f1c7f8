package main_test

import (
	"bytes"
	"os/exec"
	"strings"
	"syscall"
	"testing"
)

// TestAsyncHookThrowsNonError: an async hook that throws a value with no
// stack (null, a symbol) ends the process with exit code 1 and a report whose
// first line is `Error: <value>`, under gojanet and, when on PATH, node.
func TestAsyncHookThrowsNonError(t *testing.T) {
	for _, e := range engines(t) {
		for _, c := range []struct{ hook, value, want string }{
			{"init", "null", "Error: null"},
			{"before", "Symbol('foo')", "Error: Symbol(foo)"},
			{"promiseResolve", "null", "Error: null"},
		} {
			script := `require('async_hooks').createHook({ ` + c.hook + `() { throw ` + c.value + `; } }).enable();
new Promise((resolve) => resolve()).then(() => process.exit(0));`
			cmd := exec.Command(e.exe, "-e", script)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			err := cmd.Run()
			ws, _ := cmd.ProcessState.Sys().(syscall.WaitStatus)
			if ws.Signaled() || ws.ExitStatus() != 1 {
				t.Errorf("%s %s: want exit 1, got %v (%v)", e.name, c.hook, ws, err)
			}
			if first, _, _ := strings.Cut(strings.TrimSpace(stderr.String()), "\n"); first != c.want {
				t.Errorf("%s %s: stderr starts %q, want %q", e.name, c.hook, first, c.want)
			}
		}
	}
}
