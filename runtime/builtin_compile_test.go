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
	eachBuiltin(t, func(name string, src []byte) {
		ast, err := parser.ParseFile(nil, "node:"+name, src, 0)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			return
		}
		if _, err := goja.CompileAST(ast, true); err != nil {
			t.Errorf("%s: eager compile: %v", name, err)
		}
		prg, err := goja.CompileASTLazy(ast, true)
		if err != nil {
			t.Errorf("%s: lazy compile: %v", name, err)
			return
		}
		if err := prg.CompileLazyBodies(); err != nil {
			t.Errorf("%s: lazy bodies: %v", name, err)
		}
	})
}

// eachBuiltin calls fn with every builtin's name and source, and fails the
// test if there are suspiciously few of them.
func eachBuiltin(t *testing.T, fn func(name string, src []byte)) {
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
		fn(name, src)
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
