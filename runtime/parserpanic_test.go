package runtime_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gojanet/gojanet/runtime"
)

// Source on which goja's parser panics (found by fuzzing the REPL's
// top-level-await rewrite) is a SyntaxError, as in node, not a Go panic.
func TestParserPanicIsSyntaxError(t *testing.T) {
	const src = "var[A0000!...0( "
	file := filepath.Join(t.TempDir(), "bad.js")
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	var stderr strings.Builder
	rt, err := runtime.New(runtime.Options{Stdout: &stderr, Stderr: &stderr})
	if err != nil {
		t.Fatal(err)
	}
	code, _ := rt.RunFile(context.Background(), file)
	if code != 1 || !strings.Contains(stderr.String(), "SyntaxError") || strings.Contains(stderr.String(), "panic") {
		t.Errorf("exit %d, output:\n%s", code, stderr.String())
	}
}
