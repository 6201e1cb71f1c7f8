package goja

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"strings"
	"testing"
)

// TestGojanetNosplitEntry keeps the rule that makes the hot paths' missing
// stack checks safe (README.gojanet.md "Hot paths without a stack check"):
// the linker checks every chain of //go:nosplit functions it can see, and
// takes an indirect call for a call of a function with a check. So a
// //go:nosplit function may call an instruction's exec only with a static
// receiver type (an exec through the instruction interface goes to a
// nosplit exec: the chain sources of chainNext, fNopThen and lateStash keep
// their check), and the only interface method that is //go:nosplit is exec.
func TestGojanetNosplitEntry(t *testing.T) {
	fset := token.NewFileSet()
	entries, err := os.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	var files []*ast.File
	for _, e := range entries {
		n := e.Name()
		if !strings.HasSuffix(n, ".go") || strings.HasSuffix(n, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, n, nil, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		if f.Name.Name != "goja" || buildIgnored(f) {
			continue
		}
		files = append(files, f)
	}
	info := &types.Info{Selections: map[*ast.SelectorExpr]*types.Selection{}, Types: map[ast.Expr]types.TypeAndValue{}}
	conf := types.Config{Importer: importer.ForCompiler(fset, "source", nil)}
	pkg, err := conf.Check("github.com/dop251/goja", fset, files, info)
	if err != nil {
		t.Fatal(err)
	}
	// the package's interfaces, by method name
	ifaces := map[string][]*types.Interface{}
	for _, name := range pkg.Scope().Names() {
		if it, ok := pkg.Scope().Lookup(name).Type().Underlying().(*types.Interface); ok {
			for i := 0; i < it.NumMethods(); i++ {
				ifaces[it.Method(i).Name()] = append(ifaces[it.Method(i).Name()], it)
			}
		}
	}
	// reachable reports whether a method m of a receiver of type recv is
	// one that a call through an interface may reach
	reachable := func(recv types.Type, m string) bool {
		for _, it := range ifaces[m] {
			if types.Implements(recv, it) {
				return true
			}
		}
		return false
	}
	n := 0
	for _, f := range files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Doc == nil || !hasNosplit(fd.Doc) {
				continue
			}
			n++
			where := fset.Position(fd.Pos()).String() + " " + fd.Name.Name
			if fd.Recv != nil && fd.Name.Name != "exec" && reachable(info.TypeOf(fd.Recv.List[0].Type), fd.Name.Name) {
				t.Errorf("%s: a nosplit method that an interface call may reach", where)
			}
			ast.Inspect(fd.Body, func(x ast.Node) bool {
				se, ok := x.(*ast.SelectorExpr)
				if !ok {
					return true
				}
				if sel := info.Selections[se]; sel != nil && sel.Kind() == types.MethodVal {
					if _, isIface := sel.Recv().Underlying().(*types.Interface); isIface && se.Sel.Name == "exec" {
						t.Errorf("%s: calls exec through the instruction interface at %v", where, fset.Position(se.Pos()))
					}
				}
				return true
			})
		}
	}
	if n == 0 {
		t.Fatal("no //go:nosplit function found")
	}
	// the cooperative preemption points of a running script: every loop
	// (a backward jump) and every call into a JS function
	for _, f := range files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv != nil && (fd.Name.Name == "backJump" || fd.Name.Name == "callJs") && fd.Doc != nil && hasNosplit(fd.Doc) {
				t.Errorf("%s: must keep its stack check", fd.Name.Name)
			}
		}
	}
}

func hasNosplit(g *ast.CommentGroup) bool {
	for _, c := range g.List {
		if c.Text == "//go:nosplit" {
			return true
		}
	}
	return false
}

// buildIgnored: a file with a build constraint that excludes it from the
// default build (the counting build's gojanet_count_on.go)
func buildIgnored(f *ast.File) bool {
	for _, g := range f.Comments {
		if g.Pos() > f.Package {
			break
		}
		for _, c := range g.List {
			if strings.HasPrefix(c.Text, "//go:build ") && !strings.Contains(c.Text, "!") {
				return true
			}
		}
	}
	return false
}
