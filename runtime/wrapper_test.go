package runtime

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The module wrappers share the first line with the code they wrap: every
// head must be as wide as wrapperHead (host.wrapperWidth, stack.go).
func TestWrapperHeadsAsWide(t *testing.T) {
	for name, head := range map[string]string{"esm": esmWrapperHead, "cjs": cjsWrapperHead} {
		if len(head) != len(wrapperHead) {
			t.Errorf("%s wrapper head is %d bytes wide, wrapperHead %d", name, len(head), len(wrapperHead))
		}
	}
}

// TypeScript with import syntax is an ES module scope as tsx runs it: .mts,
// and .ts in a "type": "module" package; other .ts keeps CommonJS's names
// beside its imports. Either way it compiles when it uses `module` (esbuild
// took such a file for CommonJS and wrapped it: "export default require_a()").
func TestESMScopeOfTypeScript(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "mod"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "mod", "package.json"), []byte(`{"type":"module"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	src := "import { join } from 'node:path';\nconst n: number = 1;\nconsole.log(typeof require, typeof module, join('a', 'b'), n);\n"
	for name, scoped := range map[string]bool{"a.ts": false, "mod/b.ts": true, "c.mts": true} {
		file := filepath.Join(dir, name)
		code, err := transform(file, src, filepath.Ext(file), false)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got := strings.Contains(code, esmScopeMark); got != scoped {
			t.Errorf("%s: ES module scope %v, want %v", name, got, scoped)
		}
		if _, err := compileWrapped(file, code, true, true); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}
