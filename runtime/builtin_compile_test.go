package runtime

import (
	"io/fs"
	"strings"
	"testing"

	"github.com/dop251/goja"
	"github.com/dop251/goja/parser"

	"github.com/gojanet/gojanet/js"
)

// TestBuiltinsCompile compiles every builtin eagerly (a compile error in a
// function body is raised here, not at the body's first call at run time)
// and lazily with every body compiled (the lazy path compiles them all).
func TestBuiltinsCompile(t *testing.T) {
	n := 0
	err := fs.WalkDir(js.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".js") {
			return err
		}
		name := strings.TrimSuffix(p, ".js")
		src, err := builtinSource(name)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			return nil
		}
		ast, err := parser.ParseFile(nil, "node:"+name, src, 0)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			return nil
		}
		if _, err := goja.CompileAST(ast, true); err != nil {
			t.Errorf("%s: eager compile: %v", name, err)
		}
		prg, err := goja.CompileASTLazy(ast, true)
		if err != nil {
			t.Errorf("%s: lazy compile: %v", name, err)
			return nil
		}
		if err := prg.CompileLazyBodies(); err != nil {
			t.Errorf("%s: lazy bodies: %v", name, err)
		}
		n++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 50 {
		t.Fatalf("only %d builtins", n)
	}
}
