package parser

import (
	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/token"
)

// gojanet: ParamsEnd parses the Function constructor's parameters, params
// (each argument but the last, joined with commas), as V8 does: formal
// parameters while a comma follows one, with the wrapper's "\n)" after
// them. early: they stopped before their end (V8's "Arg string terminates
// parameters early"); ended: one of them went on past it (V8's "Unexpected
// end of arg string"); err: another syntax error.
func ParamsEnd(params string) (early, ended bool, err error) {
	src := params + "\n)"
	p := _newParser("", src, 1)
	p.openScope()
	defer p.closeScope()
	p.scope.inFunction = true
	p.scope.inFuncParams = true
	p.next()
	var list []*ast.Binding
	// (a ')' where a parameter could start ends them: none yet, or after a
	// trailing comma)
	for p.token != token.EOF && p.token != token.RIGHT_PARENTHESIS {
		if p.token == token.ELLIPSIS {
			p.next()
			p.reinterpretAsDestructBindingTarget(p.parseAssignmentExpression())
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
	if len(p.errors) != 0 {
		return false, int(p.errors[0].idx)-p.base >= len(src), p.errorsErr()
	}
	at := int(p.idx) - p.base
	return at < len(params), p.token != token.RIGHT_PARENTHESIS && at >= len(params), nil
}
