//go:build linux

package main

import (
	"os/exec"
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
	if _, err := exec.LookPath("true"); err == nil { // a cgo call's libc path
		if err := exec.Command("true").Run(); err != nil {
			t.Fatal(err)
		}
	}
}
