package goja

import (
	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/unistring"
)

// gojanet: a function's declared functions made after its leading
// statements that cannot see them (README.gojanet.md "Declared functions
// made where they can first be seen").
//
// A function's inner function declarations are hoisted: their closures were
// all made on entry, before the first statement. Express's
// router.process_params declares two (`param`, `paramCallback`) and returns
// through its fast track (`if (!keys || keys.length === 0) return done()`)
// before either can be used: two closures made for nothing on each of its
// three calls a request. When the body's first statements cannot reach the
// declared functions' bindings (they name none of them, nor `arguments` or
// `eval`, make no closure that might, and are statements with no loops or
// scopes of their own), the closures are made after those statements: no
// code can tell, since nothing reads the bindings before that point and
// nothing but this function's own code could.

// lateFuncsPrefix is how many of body's leading statements may run before
// funcs' closures are made (0: make them first, as before). params are the
// function's parameters: a declared function with a parameter's name
// replaces the parameter's value on entry (which a mapped arguments object
// would show), so then none may run first.
func lateFuncsPrefix(body []ast.Statement, funcs []*ast.FunctionDeclaration, params *ast.ParameterList) int {
	if len(funcs) == 0 {
		return 0
	}
	names := make(map[unistring.String]struct{}, len(funcs)+2)
	for _, f := range funcs {
		if f.Function.Name == nil {
			return 0
		}
		names[f.Function.Name.Name] = struct{}{}
	}
	if params != nil {
		if params.Rest != nil {
			return 0
		}
		for _, p := range params.List {
			id, ok := p.Target.(*ast.Identifier)
			if !ok {
				return 0
			}
			if _, clash := names[id.Name]; clash {
				return 0
			}
		}
	}
	names["arguments"] = struct{}{}
	names["eval"] = struct{}{}
	w := lateFuncsWalker{names: names}
	// end: just past the last safe statement; function declarations
	// among the safe ones are hoisted (not run there)
	end := 0
	for i, st := range body {
		switch st.(type) {
		case *ast.FunctionDeclaration:
			continue
		case *ast.ReturnStatement, *ast.ThrowStatement:
			// (at the top: nothing after it runs)
			return end
		}
		if !w.stmt(st) {
			break
		}
		end = i + 1
	}
	return end
}

type lateFuncsWalker struct {
	names map[unistring.String]struct{}
	// gojanet_latestash.go: the names read, when not nil, and whether a
	// return or throw was met
	seen  *[]unistring.String
	exits bool
}

// stmt reports whether st neither reaches a name in w.names nor makes a
// closure, a scope or a loop.
func (w *lateFuncsWalker) stmt(st ast.Statement) bool {
	switch st := st.(type) {
	case nil:
		return true
	case *ast.EmptyStatement:
		return true
	case *ast.ExpressionStatement:
		return w.expr(st.Expression)
	case *ast.VariableStatement:
		return w.bindings(st.List)
	case *ast.IfStatement:
		return w.expr(st.Test) && w.stmt(st.Consequent) && w.stmt(st.Alternate)
	case *ast.ReturnStatement:
		w.exits = true
		return w.expr(st.Argument)
	case *ast.ThrowStatement:
		w.exits = true
		return w.expr(st.Argument)
	case *ast.BlockStatement:
		if st.Lazy != nil {
			return false
		}
		for _, s := range st.List {
			switch s.(type) {
			case *ast.LexicalDeclaration, *ast.FunctionDeclaration, *ast.ClassDeclaration:
				return false // a scope of its own
			}
			if !w.stmt(s) {
				return false
			}
		}
		return true
	}
	return false
}

func (w *lateFuncsWalker) bindings(list []*ast.Binding) bool {
	for _, b := range list {
		id, ok := b.Target.(*ast.Identifier)
		if !ok || !w.ident(id) || !w.expr(b.Initializer) {
			return false
		}
	}
	return true
}

func (w *lateFuncsWalker) ident(id *ast.Identifier) bool {
	if w.seen != nil {
		*w.seen = append(*w.seen, id.Name)
	}
	_, hit := w.names[id.Name]
	return !hit
}

func (w *lateFuncsWalker) exprs(list []ast.Expression) bool {
	for _, e := range list {
		if !w.expr(e) {
			return false
		}
	}
	return true
}

// expr reports whether e neither reaches a name in w.names nor makes a
// closure (any node it does not know is taken as one that might).
func (w *lateFuncsWalker) expr(e ast.Expression) bool {
	switch e := e.(type) {
	case nil:
		return true
	case *ast.Identifier:
		return w.ident(e)
	case *ast.StringLiteral, *ast.NumberLiteral, *ast.BooleanLiteral, *ast.NullLiteral,
		*ast.RegExpLiteral:
		return true
	case *ast.ThisExpression:
		if w.seen != nil {
			*w.seen = append(*w.seen, thisBindingName)
		}
		return true
	case *ast.DotExpression:
		return w.expr(e.Left)
	case *ast.BracketExpression:
		return w.expr(e.Left) && w.expr(e.Member)
	case *ast.CallExpression:
		return w.expr(e.Callee) && w.exprs(e.ArgumentList)
	case *ast.NewExpression:
		return w.expr(e.Callee) && w.exprs(e.ArgumentList)
	case *ast.BinaryExpression:
		return w.expr(e.Left) && w.expr(e.Right)
	case *ast.UnaryExpression:
		return w.expr(e.Operand)
	case *ast.ConditionalExpression:
		return w.expr(e.Test) && w.expr(e.Consequent) && w.expr(e.Alternate)
	case *ast.AssignExpression:
		switch e.Left.(type) {
		case *ast.Identifier, *ast.DotExpression, *ast.BracketExpression:
		default:
			return false // a pattern
		}
		return w.expr(e.Left) && w.expr(e.Right)
	case *ast.SequenceExpression:
		return w.exprs(e.Sequence)
	case *ast.ArrayLiteral:
		return w.exprs(e.Value)
	case *ast.SpreadElement:
		return w.expr(e.Expression)
	case *ast.TemplateLiteral:
		return w.expr(e.Tag) && w.exprs(e.Expressions)
	case *ast.ObjectLiteral:
		for _, p := range e.Value {
			switch p := p.(type) {
			case *ast.PropertyKeyed:
				if p.Kind != ast.PropertyKindValue {
					return false // a getter, setter or method: a closure
				}
				if p.Computed && !w.expr(p.Key) {
					return false
				}
				if !w.expr(p.Value) {
					return false
				}
			case *ast.PropertyShort:
				if p.Initializer != nil || !w.ident(&p.Name) {
					return false
				}
			case *ast.SpreadElement:
				if !w.expr(p.Expression) {
					return false
				}
			default:
				return false
			}
		}
		return true
	}
	return false
}
