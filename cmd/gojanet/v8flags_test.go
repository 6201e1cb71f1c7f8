package main_test

import (
	"bytes"
	"os/exec"
	"syscall"
	"testing"
)

// TestSetFlagsFromStringAbort: v8.setFlagsFromString('--abort-on-uncaught-exception')
// is accepted and, as in node, leaves an uncaught exception's exit as it was
// (node decides to abort from its start-up option only), in a timer or at the
// top level, and a capture callback still takes the error; under gojanet
// and, when on PATH, node.
func TestSetFlagsFromStringAbort(t *testing.T) {
	cases := []struct {
		name, script string
		signal       syscall.Signal
		code         int
		stdout       string
	}{
		{"abort", `require('v8').setFlagsFromString('--abort-on-uncaught-exception');
process.on('exit', () => console.log('exit'));
setTimeout(() => { throw new Error('boom'); });`, 0, 1, "exit\n"},
		{"undone", `const v8 = require('v8');
v8.setFlagsFromString('--abort_on_uncaught_exception');
v8.setFlagsFromString('--noabort-on-uncaught-exception');
process.on('exit', () => console.log('exit'));
throw new Error('boom');`, 0, 1, "exit\n"},
		{"captured", `require('v8').setFlagsFromString('--abort-on-uncaught-exception');
process.setUncaughtExceptionCaptureCallback((e) => console.log('captured', e.message));
process.on('exit', (c) => console.log('exit', c));
throw new Error('boom');`, 0, 0, "captured boom\nexit 0\n"},
	}
	for _, e := range engines(t) {
		for _, c := range cases {
			// no core file from the abort
			cmd := exec.Command("sh", "-c", `ulimit -c 0 && exec "$@"`, "sh", e.exe, "-e", c.script)
			var out bytes.Buffer
			cmd.Stdout = &out
			err := cmd.Run()
			ws, _ := cmd.ProcessState.Sys().(syscall.WaitStatus)
			if c.signal != 0 {
				if !ws.Signaled() || ws.Signal() != c.signal {
					t.Errorf("%s %s: want death by %v, got %v (%v)", e.name, c.name, c.signal, ws, err)
				}
			} else if ws.Signaled() || ws.ExitStatus() != c.code {
				t.Errorf("%s %s: want exit %d, got %v (%v)", e.name, c.name, c.code, ws, err)
			}
			if out.String() != c.stdout {
				t.Errorf("%s %s: stdout %q, want %q", e.name, c.name, out.String(), c.stdout)
			}
		}
	}
}
