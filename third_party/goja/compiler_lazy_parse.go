package goja

import (
	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/parser"
	"github.com/dop251/goja/unistring"
)

// gojanet: lazily parsed function bodies. A parse given a skip table
// (ast.SkipTable, parser.WithSkipTable) steps over the bodies it lists; the
// table also holds what the pre-scan (compiler_lazy_scan.go) found for each,
// so the compiler decides stack and stash for the enclosing scopes exactly
// as with the body parsed. A skipped body is parsed when it is compiled: at
// its first call when it is compiled lazily (compiler_lazy.go), at once
// otherwise. BuildSkipTable makes a source's table from a full parse of it.

// functionBody returns a function's body and var declarations; a skipped
// body stays skipped (returned in skipped) where the code around it is
// strict (lazy bodies are only compiled there), and is parsed now
// otherwise.
func (c *compiler) functionBody(b *ast.BlockStatement, decls []*ast.VariableDeclaration) (*ast.BlockStatement, []*ast.VariableDeclaration, *ast.LazyBody) {
	if b.Lazy == nil {
		return b, decls, nil
	}
	if c.scope != nil && c.scope.strict {
		return b, decls, b.Lazy
	}
	b, decls = c.parseLazyBody(b.Lazy)
	return b, decls, nil
}

func (c *compiler) parseLazyBody(lb *ast.LazyBody) (*ast.BlockStatement, []*ast.VariableDeclaration) {
	b, decls, err := parser.ParseLazyBody(c.p.src, lb)
	if err != nil {
		c.throwSyntaxError(lb.Start, "%v", err)
	}
	return b, decls
}

// parseSkipped parses e's skipped body.
func (e *compiledFunctionLiteral) parseSkipped() {
	b, decls := e.c.parseLazyBody(e.skipped)
	e.skipped = nil
	e.body, e.declarationList = b.List, decls
	e.strict = e.c.isStrictStatement(b)
}

// BuildSkipTable returns the skip table of prg's source (prg a full parse of
// it): every function body in it except those compiled with the program
// whatever happens (functions outside any function, and those the pre-scan
// finds must be compiled eagerly). Functions with expression bodies are not
// skipped.
func BuildSkipTable(prg *ast.Program) *ast.SkipTable {
	base := 1
	if prg.File != nil {
		base = prg.File.Base()
	}
	f := &freeNames{
		scans: map[*ast.ParameterList]*funcScan{},
		table: &ast.SkipTable{Entries: map[int]*ast.SkipEntry{}},
		base:  base,
	}
	f.push()
	f.declareLexical(prg.Body)
	f.stmts(prg.Body)
	f.pop()
	return f.table
}

// skipped replays a skipped body's scan from its table entry.
func (f *freeNames) skipped(params *ast.ParameterList, lb *ast.LazyBody, arrow bool) {
	res := &funcScan{free: append([]unistring.String(nil), lb.Free...), outerThis: lb.OuterThis}
	if params != nil {
		f.scans[params] = res
	}
	f.frames = append(f.frames, scanFrame{start: len(f.names), arrow: arrow, res: res})
	for _, n := range lb.Free {
		f.ref(n)
	}
	if lb.OuterThis {
		f.outer(true)
	}
	f.frames = f.frames[:len(f.frames)-1]
}

// record adds a walked function to the table being built.
func (f *freeNames) record(body ast.ConciseBody, res *funcScan, nested bool) {
	b, ok := body.(*ast.BlockStatement)
	if !ok || res == nil || res.eager || !nested {
		return
	}
	f.table.Entries[int(b.LeftBrace)-f.base] = &ast.SkipEntry{
		End:       int(b.RightBrace) - f.base + 1,
		Free:      res.free,
		OuterThis: res.outerThis,
	}
}
