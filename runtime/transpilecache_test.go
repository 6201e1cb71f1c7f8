package runtime

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func cacheEntries(t *testing.T, c *transpileCache) []string {
	t.Helper()
	entries, _ := os.ReadDir(c.dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

func TestTranspileCache(t *testing.T) {
	root := t.TempDir()
	c := newTranspileCache(root, "build-1")
	file := filepath.Join(t.TempDir(), "app.ts")
	src := "const n: number = 1;\nexport const x = n;\n"

	// Miss: esbuild runs and the result is stored.
	want, err := c.transpile(file, src)
	if err != nil {
		t.Fatal(err)
	}
	if got := cacheEntries(t, c); len(got) != 1 || !strings.HasSuffix(got[0], ".js") {
		t.Fatalf("after a miss the cache holds %v, want one entry", got)
	}
	// Hit: the stored text comes back, esbuild does not run (a marked entry shows it).
	path := filepath.Join(c.dir, cacheEntries(t, c)[0])
	if err := os.WriteFile(path, []byte(want+"// from cache\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if got, _ := c.transpile(file, src); got != want+"// from cache\n" {
		t.Fatalf("second transpile did not come from the cache:\n%s", got)
	}
	// Invalidation: another source, file name or build is another entry.
	if got, _ := c.transpile(file, src+"export const y = 2;\n"); !strings.Contains(got, "y") || strings.Contains(got, "from cache") {
		t.Fatalf("changed source hit the old entry:\n%s", got)
	}
	if got, _ := c.transpile(filepath.Join(filepath.Dir(file), "other.ts"), src); strings.Contains(got, "from cache") {
		t.Fatal("another file name hit the old entry")
	}
	c2 := newTranspileCache(root, "build-2")
	if got, _ := c2.transpile(file, src); got != want {
		t.Fatalf("another build got %q, want a fresh transpile", got)
	}
	if n := len(cacheEntries(t, c)); n != 3 {
		t.Fatalf("build-1 has %d entries, want 3", n)
	}
	// Plain CommonJS never touches the cache.
	c3 := newTranspileCache(t.TempDir(), "build-3")
	if got, _ := c3.transpile(filepath.Join(t.TempDir(), "plain.js"), "module.exports = 1;\n"); got != "module.exports = 1;\n" {
		t.Fatalf("plain CommonJS changed: %q", got)
	}
	if n := len(cacheEntries(t, c3)); n != 0 {
		t.Fatalf("plain CommonJS stored %d entries", n)
	}
	// Syntax errors are reported and not stored.
	if _, err := c3.transpile(file, "export const = ;\n"); err == nil {
		t.Fatal("no syntax error")
	}
	if n := len(cacheEntries(t, c3)); n != 0 {
		t.Fatalf("a syntax error stored %d entries", n)
	}
}

func TestTranspileCachePrune(t *testing.T) {
	root := t.TempDir()
	old := newTranspileCache(root, "old")
	recent := newTranspileCache(root, "recent")
	for _, c := range []*transpileCache{old, recent} {
		if err := os.MkdirAll(c.dir, 0o700); err != nil {
			t.Fatal(err)
		}
	}
	long := time.Now().Add(-48 * time.Hour)
	os.Chtimes(old.dir, long, long)
	c := newTranspileCache(root, "new")
	if _, err := c.transpile(filepath.Join(root, "a.mjs"), "export default 1;\n"); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(old.dir); !os.IsNotExist(err) {
		t.Error("a day-old build directory was kept")
	}
	if _, err := os.Stat(recent.dir); err != nil {
		t.Error("a recently used build directory was removed")
	}
}

func TestTranspileCacheUnwritable(t *testing.T) {
	file := filepath.Join(t.TempDir(), "blocked")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	// The cache root is a file: nothing can be stored, transpiling still works.
	c := newTranspileCache(file, "build")
	script := filepath.Join(t.TempDir(), "a.ts")
	got, err := c.transpile(script, "export const x: number = 1;\n")
	if err != nil || !strings.Contains(got, "x") {
		t.Fatalf("transpile with an unwritable cache: %q, %v", got, err)
	}
	// Off: no directory at all.
	off := &transpileCache{}
	if got2, err := off.transpile(script, "export const x: number = 1;\n"); err != nil || got2 != got {
		t.Fatalf("transpile with the cache off: %q, %v", got2, err)
	}
}

func TestBuildID(t *testing.T) {
	if id := buildID(); id == "" || buildID() != id {
		t.Fatalf("buildID() = %q, want a stable non-empty ID", id)
	}
}
