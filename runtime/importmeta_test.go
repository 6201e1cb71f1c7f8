package runtime_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// import.meta.url is built without the url module for plain paths
// (js/internal/modules.js); for every kind of path it must be node's.
func TestImportMetaURLAsNode(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not on PATH")
	}
	base := t.TempDir()
	names := []string{
		"plain.mjs", "dots.and-dash_es.mjs", "sub/..x.mjs", "sp ace.mjs", "pct%41.mjs",
		"hash#q?.mjs", "ünï.mjs", "semi;colon=eq@at$.mjs", "d ir/in side/x.mjs",
		// Not yet: '~', '[' and ']' (node 20 escapes them; the url module's
		// pathToFileURL does not).
	}
	for _, name := range names {
		script := filepath.Join(base, name)
		if err := os.MkdirAll(filepath.Dir(script), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(script, []byte("console.log(import.meta.url);\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		want, err := exec.Command(node, script).Output()
		if err != nil {
			t.Fatalf("node %s: %v", name, err)
		}
		got, errOut, code := runGojanet(t, script, 30*time.Second)
		if got != string(want) || code != 0 {
			t.Errorf("%s: got %q (exit %d, stderr %s), node %q", name, got, code, errOut, want)
		}
	}
}
