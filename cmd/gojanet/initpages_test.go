//go:build linux

package main

import (
	"os/exec"
	"runtime/debug"
	"strings"
	"testing"
)

// Dropping the code pages of a running process changes nothing it can see:
// they come back from the page cache as they were, the binary's and libc's.
func TestDropInitPages(t *testing.T) {
	want := strings.ToUpper(usage[:10])
	dropInitPages()
	if got := strings.ToUpper(usage[:10]); got != want {
		t.Fatalf("%q -> %q", want, got)
	}
	dropInitPages()
	if residentFilePages() <= 0 {
		t.Error("no resident file pages read from /proc/self/statm")
	}
	for range 3 {
		dropPagesWhileStarting()
		startupFloor = 1 // the next call drops
	}
	// pclntab too: a stack trace reads it back from the page cache.
	if _, size := pclntabSection(); size == 0 {
		t.Error("no .gopclntab section found in the executable")
	}
	if s := string(debug.Stack()); !strings.Contains(s, "TestDropInitPages") {
		t.Errorf("stack after the drop: %s", s)
	}
	if _, err := exec.LookPath("true"); err == nil { // a cgo call's libc path
		if err := exec.Command("true").Run(); err != nil {
			t.Fatal(err)
		}
	}
}
