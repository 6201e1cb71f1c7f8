//go:build linux

package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// The test binary, like the CLI, is an executable without a RELRO segment,
// so dropInitPages drops its read-only data too; a PIE build has one.
func TestHasRELRO(t *testing.T) {
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	if hasRELRO(exe) {
		t.Errorf("hasRELRO(%s) = true for a non-PIE Go executable", exe)
	}
	if !hasRELRO("/nonexistent") {
		t.Error("an unreadable file must count as having RELRO (nothing dropped)")
	}
	if _, err := exec.LookPath("go"); err != nil {
		return
	}
	pie := t.TempDir() + "/pie"
	src := t.TempDir() + "/main.go"
	os.WriteFile(src, []byte("package main\nfunc main() {}\n"), 0o600)
	if out, err := exec.Command("go", "build", "-buildmode=pie", "-o", pie, src).CombinedOutput(); err != nil {
		t.Skipf("no PIE build here: %v %s", err, out)
	}
	if !hasRELRO(pie) {
		t.Error("hasRELRO = false for a PIE build")
	}
}

// Dropping the pages of a running process changes nothing it can see:
// code and data come back from the page cache as they were.
func TestDropInitPages(t *testing.T) {
	before := strings.Repeat("x", 3) + usage[:10]
	dropInitPages()
	if after := strings.Repeat("x", 3) + usage[:10]; after != before {
		t.Fatalf("read-only data changed: %q -> %q", before, after)
	}
	dropInitPages()
}
