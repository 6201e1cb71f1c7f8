package parser

import (
	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/token"
)

// gojanet: ParamsEnd parses the Function constructor's parameters as V8
// does: src is the wrapper's text after its "(function anonymous(", the
// parameters (params bytes, each argument but the last joined with commas)
// then "\n) {\n", the body and "\n})"; formal parameters are parsed while a
// comma follows one, in src as a whole (a comment or string may go on past
// their end), and where the next token starts is checked against the
// wrapper's ')' (V8's Parser::ParseFunction). early: it starts before (V8's
// "Arg string terminates parameters early"); ended: after ("Unexpected end
// of arg string"); err: a syntax error in them, which V8 reports first.
// async and generator: an AsyncFunction's or GeneratorFunction's.
func ParamsEnd(src string, params int, async, generator bool) (early, ended bool, err error) {
	p := _newParser("", src, 1)
	p.openScope()
	defer p.closeScope()
	p.scope.inFunction = true
	p.scope.inFuncParams = true
	p.scope.allowAwait, p.scope.allowYield = async, generator // (parseFunction's)
	p.next()
	var list []*ast.Binding
	// (a ')' where a parameter could start ends them: none yet, or after a
	// trailing comma)
	for p.token != token.EOF && p.token != token.RIGHT_PARENTHESIS {
		if p.token == token.ELLIPSIS {
			p.next()
			p.parseBindingTarget() // (parseFunctionParameterList's)
			if p.token == token.ASSIGN {
				p.error(p.idx, "Rest parameter may not have a default initializer")
			}
			if p.token == token.COMMA {
				p.error(p.idx, "Rest parameter must be last formal parameter") // (parseFunctionParameterList's)
			}
			break
		}
		p.parseVariableDeclaration(&list)
		if p.token != token.COMMA {
			break
		}
		p.next()
	}
	// (an illegal token after them is V8's next token, whose position it
	// checks before anything reports the token: its scanning error is not
	// theirs)
	if n := len(p.errors); p.token == token.ILLEGAL && n > 0 && p.errors[n-1].idx == p.idx {
		p.errors = p.errors[:n-1]
	}
	if len(p.errors) != 0 {
		// (one at the very end: a token that ran on to it, V8's end of arg string)
		return false, int(p.errors[0].idx)-p.base >= len(src), p.errorsErr()
	}
	at, want := int(p.idx)-p.base, params+1 // (the wrapper's ')' after its "\n")
	return at < want, at > want, nil
}
