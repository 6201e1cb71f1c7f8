package main_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// TestGoTrace: GOJANET_TRACE=<file> writes a Go execution trace of the run,
// ended at exit; with ",<duration>" it ends on its own while the process
// goes on (a benchmark's server is killed, never exits).
func TestGoTrace(t *testing.T) {
	dir := t.TempDir()
	isTrace := func(file string) bool {
		b, err := os.ReadFile(file)
		return err == nil && bytes.HasPrefix(b, []byte("go 1.")) && bytes.Contains(b[:16], []byte(" trace"))
	}
	whole := filepath.Join(dir, "whole.trace")
	cmd := exec.Command(gojanetBin(t), "-e", "setTimeout(() => {}, 10)")
	cmd.Env = append(os.Environ(), "GOJANET_TRACE="+whole)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if !isTrace(whole) {
		t.Errorf("%s is not a Go trace", whole)
	}
	// The timed trace ends while the script still runs: the script waits
	// for the file to be complete (the trace's end makes it readable by the
	// check below) and then exits on its own.
	part := filepath.Join(dir, "part.trace")
	cmd = exec.Command(gojanetBin(t), "-e", `
		const fs = require('fs');
		const t = setInterval(() => {
			if (fs.existsSync(process.env.DONE)) clearInterval(t);
		}, 20);`)
	done := filepath.Join(dir, "done")
	cmd.Env = append(os.Environ(), "GOJANET_TRACE="+part+",50ms", "DONE="+done)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for !isTrace(part) || !traceEnded(part) {
		if time.Now().After(deadline) {
			_ = cmd.Process.Kill()
			_ = cmd.Wait()
			t.Fatal("the timed trace did not end while the process ran")
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err := os.WriteFile(done, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := cmd.Wait(); err != nil {
		t.Fatal(err)
	}
}

// traceEnded: go tool trace parses the file to its end.
func traceEnded(file string) bool {
	return exec.Command("go", "tool", "trace", "-d=footprint", file).Run() == nil
}

// TestGoTraceNotInherited: a child started by the script (here
// spawnSync(process.execPath)) does not see GOJANET_TRACE, so it cannot
// write the parent's file; the script's process.env does not hold it either.
func TestGoTraceNotInherited(t *testing.T) {
	file := filepath.Join(t.TempDir(), "p.trace")
	cmd := exec.Command(gojanetBin(t), "-e", `
		const { spawnSync } = require('child_process');
		const r = spawnSync(process.execPath, ['-e', 'console.log(String(process.env.GOJANET_TRACE))']);
		console.log(String(process.env.GOJANET_TRACE), r.stdout.toString().trim(), r.status);`)
	cmd.Env = append(os.Environ(), "GOJANET_TRACE="+file)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if got := string(bytes.TrimSpace(out)); got != "undefined undefined 0" {
		t.Errorf("got %q, want %q", got, "undefined undefined 0")
	}
}
