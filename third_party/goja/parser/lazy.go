package parser

import (
	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/file"
	"github.com/dop251/goja/token"
)

// gojanet: lazily parsed function bodies (see ast.SkipTable).

// WithSkipTable makes the parse step over the function bodies t lists,
// leaving an ast.LazyBody in each one's BlockStatement.
func WithSkipTable(t *ast.SkipTable) Option {
	return func(opts *options) {
		opts.skip = t
	}
}

// skipFunctionBlock steps over the body whose '{' is the current token: the
// lexer moves to its '}', which is then consumed as parseBlockStatement
// would (the lexer's state after '}' does not depend on what came before
// it).
func (self *_parser) skipFunctionBlock(e *ast.SkipEntry, async, allowAwait, allowYield bool) *ast.BlockStatement {
	start := int(self.idx) - self.base
	mem := &struct {
		b ast.BlockStatement
		l ast.LazyBody
	}{} // one allocation
	mem.l = ast.LazyBody{
		SkipEntry:  e,
		Start:      start,
		Async:      async,
		AllowAwait: allowAwait,
		AllowYield: allowYield,
		Table:      self.opts.skip,
	}
	node := &mem.b
	node.LeftBrace = self.idx
	node.Lazy = &mem.l
	self.seek(e.End - 1)
	if self.token != token.RIGHT_BRACE {
		// the table does not fit this source
		self.error(self.idx, "Skipped function body does not end with '}'")
	}
	node.RightBrace = self.expect(token.RIGHT_BRACE)
	return node
}

// seek moves the lexer to offset and scans the token there.
func (self *_parser) seek(offset int) {
	self.offset = offset
	self.insertSemicolon = false
	self.read()
	self.next()
}

// ParseLazyBody parses a body a parse with a skip table stepped over, in
// the source of f (the same positions as the first parse), and returns what
// parseFunctionBlock would have: the body and its var declarations. The
// functions inside it are skipped again where the table lists them.
func ParseLazyBody(f *file.File, lb *ast.LazyBody) (body *ast.BlockStatement, decls []*ast.VariableDeclaration, err error) {
	src := f.Source()
	p := &_parser{
		chr:    ' ',
		str:    src,
		length: len(src),
		base:   f.Base(),
		file:   f,
	}
	p.opts.skip = lb.Table
	p.opts.disableSourceMaps = true
	p.openScope()
	defer p.closeScope()
	p.seek(lb.Start)
	if p.token != token.LEFT_BRACE {
		p.error(p.idx, "Lazy function body does not start with '{'")
		return nil, nil, p.errorsErr()
	}
	p.openScope()
	p.scope.inFunction = true
	p.scope.inAsync = lb.Async
	p.scope.allowAwait = lb.AllowAwait
	p.scope.allowYield = lb.AllowYield
	body = p.parseBlockStatement()
	decls = p.scope.declarationList
	p.closeScope()
	if body.RightBrace != file.Idx(p.base+lb.End-1) && p.errors.Err() == nil {
		p.error(body.RightBrace, "Lazy function body ends elsewhere")
	}
	return body, decls, p.errorsErr()
}
