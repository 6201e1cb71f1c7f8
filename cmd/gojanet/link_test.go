package main

import (
	"os/exec"
	"strings"
	"testing"
)

// Only standard-library packages may use cgo: one outside it makes a plain
// `go build` link externally (GNU ld), and that binary starts with
// ≈ 10-13 MiB more resident (ARCHITECTURE.md, TLS: internal/dl).
func TestNoCgoOutsideStd(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps",
		"-f", "{{if and .CgoFiles (not .Standard)}}{{.ImportPath}}{{end}}", ".").CombinedOutput()
	if err != nil {
		t.Skipf("go list: %v\n%s", err, out)
	}
	if pkgs := strings.TrimSpace(string(out)); pkgs != "" {
		t.Errorf("packages with cgo outside the standard library (go build would link externally):\n%s", pkgs)
	}
}
