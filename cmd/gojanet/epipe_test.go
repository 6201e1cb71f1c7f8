package main_test

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// A reader that goes away (gojanet | head -1): as node, process.stdout
// emits 'error' (EPIPE), which uncaught ends the process with exit code 1
// and the error on stderr, while console.log ignores the failure and the
// script goes on. Go would otherwise die of SIGPIPE (exit status 141 from
// a shell) on the first write to fd 1.
func TestStdoutEPIPE(t *testing.T) {
	bin := gojanetBin(t)
	dir := t.TempDir()
	cases := []struct {
		name, script string
		wantCode     int
		wantErr      []string
	}{
		{"process.stdout", `let i = 0;
const t = setInterval(() => { process.stdout.write('line ' + i++ + '\n'); if (i > 2000) clearInterval(t); }, 1);`,
			1, []string{"Error: write EPIPE", "code: 'EPIPE'", "syscall: 'write'"}},
		{"console.log", `for (let i = 0; i < 2000; i++) console.log('line', i);
console.error('after loop');`, 0, []string{"after loop"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			script := filepath.Join(dir, strings.ReplaceAll(c.name, ".", "_")+".js")
			if err := os.WriteFile(script, []byte(c.script), 0o644); err != nil {
				t.Fatal(err)
			}
			r, w, err := os.Pipe()
			if err != nil {
				t.Fatal(err)
			}
			r.Close() // nobody reads: every write is EPIPE
			var stderr bytes.Buffer
			cmd := exec.Command(bin, script)
			cmd.Stdout = w
			cmd.Stderr = &stderr
			done := make(chan error, 1)
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			w.Close()
			go func() { done <- cmd.Wait() }()
			select {
			case err = <-done:
			case <-time.After(30 * time.Second):
				cmd.Process.Kill()
				t.Fatal("gojanet did not exit")
			}
			code := 0
			var ee *exec.ExitError
			if errors.As(err, &ee) {
				code = ee.ExitCode() // -1 if killed by a signal
			} else if err != nil {
				t.Fatal(err)
			}
			if code != c.wantCode {
				t.Errorf("exit code %d, want %d; stderr:\n%s", code, c.wantCode, stderr.String())
			}
			for _, s := range c.wantErr {
				if !strings.Contains(stderr.String(), s) {
					t.Errorf("stderr lacks %q:\n%s", s, stderr.String())
				}
			}
		})
	}
}
