package goja

import (
	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/unistring"
)

// gojanet: lazy function bodies (compiler_lazy.go) need, before the body is
// compiled, the names the body reads from the scopes around it: those
// bindings must go to the stash when the enclosing scope is finalised, as
// the eager compile of the body would have put them. freeNames is that
// pre-scan. It may report a name the body does not read from outside
// (the binding then lives in the stash instead of on the stack: slower, the
// same semantics) but must never miss one; where a rule is unclear it
// reports the name.
type freeNames struct {
	// declared names, innermost last; scopes holds where each open scope
	// starts in names.
	names  []unistring.String
	scopes []int
	// the functions being walked, innermost last
	frames []scanFrame
	// every function's scan, by its parameter list (unique per function)
	scans map[*ast.ParameterList]*funcScan

	// gojanet: BuildSkipTable's table (compiler_lazy_parse.go) and the
	// source's base
	table *ast.SkipTable
	base  int
}

// funcScan is what the pre-scan found for one function.
type funcScan struct {
	// names read from outside the function, first use first
	free []unistring.String
	// an arrow function uses the enclosing `this`
	outerThis bool
	// compile eagerly: it uses the enclosing arguments, super or
	// new.target (an arrow), contains direct eval or something the scan
	// does not know.
	eager bool
}

type scanFrame struct {
	start int // len(names) when the function was entered
	arrow bool
	res   *funcScan // nil: a class field initialiser or static block
}

func (f *freeNames) push() {
	f.scopes = append(f.scopes, len(f.names))
}

func (f *freeNames) pop() {
	n := len(f.scopes) - 1
	f.names = f.names[:f.scopes[n]]
	f.scopes = f.scopes[:n]
}

func (f *freeNames) declare(name unistring.String) {
	f.names = append(f.names, name)
}

func (f *freeNames) ref(name unistring.String) {
	if name == "arguments" {
		f.outer(false)
	}
	i := len(f.names) - 1
	for ; i >= 0; i-- {
		if f.names[i] == name {
			break
		}
	}
	for j := len(f.frames) - 1; j >= 0 && f.frames[j].start > i; j-- {
		if r := f.frames[j].res; r != nil {
			r.addFree(name)
		}
	}
}

func (r *funcScan) addFree(name unistring.String) {
	for _, n := range r.free {
		if n == name {
			return
		}
	}
	r.free = append(r.free, name)
}

// outer marks the arrow functions between here and the nearest function
// with its own this (`this`: they use it; otherwise they are compiled
// eagerly).
func (f *freeNames) outer(this bool) {
	for j := len(f.frames) - 1; j >= 0 && f.frames[j].arrow; j-- {
		if this {
			f.frames[j].res.outerThis = true
		} else {
			f.frames[j].res.eager = true
		}
	}
}

// dynamic marks every function being walked to be compiled eagerly.
func (f *freeNames) dynamic() {
	for _, fr := range f.frames {
		if fr.res != nil {
			fr.res.eager = true
		}
	}
}

// scanFunction scans a lazy candidate whose literal is not inside one
// already scanned, and everything in it, into c.lazyScans (one map per
// compiled program, shared by its lazy bodies).
func (c *compiler) scanFunction(name *ast.Identifier, params *ast.ParameterList, decls []*ast.VariableDeclaration, body []ast.Statement, arrow bool) {
	if c.lazyScans == nil {
		c.lazyScans = map[*ast.ParameterList]*funcScan{}
	}
	f := &c.scanner
	f.scans = c.lazyScans
	f.function(name, params, decls, body, nil, arrow)
	f.scans = nil
}

// declareTarget declares the identifiers a binding target binds.
func (f *freeNames) declareTarget(t ast.Expression) {
	switch t := t.(type) {
	case *ast.Identifier:
		f.declare(t.Name)
	case *ast.ArrayPattern:
		for _, e := range t.Elements {
			f.declareTarget(e)
		}
		f.declareTarget(t.Rest)
	case *ast.ObjectPattern:
		for _, p := range t.Properties {
			switch p := p.(type) {
			case *ast.PropertyShort:
				f.declare(p.Name.Name)
			case *ast.PropertyKeyed:
				f.declareTarget(p.Value)
			case *ast.SpreadElement:
				f.declareTarget(p.Expression)
			}
		}
		f.declareTarget(t.Rest)
	case *ast.AssignExpression:
		f.declareTarget(t.Left)
	case *ast.SpreadElement:
		f.declareTarget(t.Expression)
	case *ast.Binding:
		f.declareTarget(t.Target)
	}
}

// declareLexical declares a statement list's let, const, class and
// function declarations (strict code: functions in blocks are block-scoped).
func (f *freeNames) declareLexical(list []ast.Statement) {
	for _, st := range list {
		for {
			if l, ok := st.(*ast.LabelledStatement); ok {
				st = l.Statement
				continue
			}
			break
		}
		switch st := st.(type) {
		case *ast.LexicalDeclaration:
			for _, b := range st.List {
				f.declareTarget(b.Target)
			}
		case *ast.ClassDeclaration:
			if st.Class.Name != nil {
				f.declare(st.Class.Name.Name)
			}
		case *ast.FunctionDeclaration:
			if st.Function.Name != nil {
				f.declare(st.Function.Name.Name)
			}
		}
	}
}

// function walks a function: params in their own scope (initialisers do
// not see the body's declarations), then the body.
func (f *freeNames) function(name *ast.Identifier, params *ast.ParameterList, decls []*ast.VariableDeclaration, list []ast.Statement, body ast.ConciseBody, arrow bool) {
	if b, ok := body.(*ast.BlockStatement); ok && b.Lazy != nil {
		f.skipped(params, b.Lazy, arrow)
		return
	}
	res := &funcScan{}
	nested := len(f.frames) > 0
	if params != nil {
		f.scans[params] = res
	} else {
		res = nil
	}
	f.frames = append(f.frames, scanFrame{start: len(f.names), arrow: arrow, res: res})
	f.push()
	if name != nil {
		f.declare(name.Name)
	}
	if !arrow {
		f.declare("arguments")
	}
	if params != nil {
		for _, b := range params.List {
			f.declareTarget(b.Target)
		}
		if params.Rest != nil {
			f.declareTarget(params.Rest)
		}
		for _, b := range params.List {
			f.expr(b.Target)
			f.expr(b.Initializer)
		}
		f.expr(params.Rest)
	}
	f.push()
	for _, d := range decls {
		for _, b := range d.List {
			f.declareTarget(b.Target)
		}
	}
	switch body := body.(type) {
	case *ast.BlockStatement:
		list = body.List
	case *ast.ExpressionBody:
		f.expr(body.Expression)
	}
	f.declareLexical(list)
	f.stmts(list)
	f.pop()
	f.pop()
	f.frames = f.frames[:len(f.frames)-1]
	if f.table != nil {
		f.record(body, res, nested)
	}
}

// thisBarrier walks a class field initialiser or static block: its own
// `this`, not a function compiled lazily.
func (f *freeNames) thisBarrier(walk func()) {
	f.frames = append(f.frames, scanFrame{start: len(f.names)})
	walk()
	f.frames = f.frames[:len(f.frames)-1]
}

func (f *freeNames) stmts(list []ast.Statement) {
	for _, st := range list {
		f.stmt(st)
	}
}

func (f *freeNames) block(list []ast.Statement) {
	f.push()
	f.declareLexical(list)
	f.stmts(list)
	f.pop()
}

func (f *freeNames) bindings(list []*ast.Binding) {
	for _, b := range list {
		f.expr(b.Target)
		f.expr(b.Initializer)
	}
}

func (f *freeNames) stmt(st ast.Statement) {
	switch st := st.(type) {
	case nil:
	case *ast.BlockStatement:
		f.block(st.List)
	case *ast.ExpressionStatement:
		f.expr(st.Expression)
	case *ast.VariableStatement:
		f.bindings(st.List)
	case *ast.LexicalDeclaration:
		f.bindings(st.List)
	case *ast.FunctionDeclaration:
		fn := st.Function
		f.function(nil, fn.ParameterList, fn.DeclarationList, nil, fn.Body, false)
	case *ast.ClassDeclaration:
		f.class(st.Class)
	case *ast.IfStatement:
		f.expr(st.Test)
		f.stmt(st.Consequent)
		f.stmt(st.Alternate)
	case *ast.ReturnStatement:
		f.expr(st.Argument)
	case *ast.ThrowStatement:
		f.expr(st.Argument)
	case *ast.WhileStatement:
		f.expr(st.Test)
		f.stmt(st.Body)
	case *ast.DoWhileStatement:
		f.stmt(st.Body)
		f.expr(st.Test)
	case *ast.ForStatement:
		f.push()
		switch init := st.Initializer.(type) {
		case *ast.ForLoopInitializerExpression:
			f.expr(init.Expression)
		case *ast.ForLoopInitializerVarDeclList:
			f.bindings(init.List)
		case *ast.ForLoopInitializerLexicalDecl:
			for _, b := range init.LexicalDeclaration.List {
				f.declareTarget(b.Target)
			}
			f.bindings(init.LexicalDeclaration.List)
		}
		f.expr(st.Test)
		f.expr(st.Update)
		f.stmt(st.Body)
		f.pop()
	case *ast.ForInStatement:
		f.forInto(st.Into, st.Source, st.Body)
	case *ast.ForOfStatement:
		f.forInto(st.Into, st.Source, st.Body)
	case *ast.LabelledStatement:
		f.stmt(st.Statement)
	case *ast.SwitchStatement:
		f.expr(st.Discriminant)
		f.push()
		for _, c := range st.Body {
			f.declareLexical(c.Consequent)
		}
		for _, c := range st.Body {
			f.expr(c.Test)
			f.stmts(c.Consequent)
		}
		f.pop()
	case *ast.TryStatement:
		f.stmt(st.Body)
		if c := st.Catch; c != nil {
			f.push()
			if c.Parameter != nil {
				f.declareTarget(c.Parameter)
				f.expr(c.Parameter)
			}
			f.stmt(c.Body)
			f.pop()
		}
		if st.Finally != nil {
			f.stmt(st.Finally)
		}
	case *ast.WithStatement:
		// not in strict code; a dynamic scope besides
		f.dynamic()
		f.expr(st.Object)
		f.stmt(st.Body)
	case *ast.BranchStatement, *ast.EmptyStatement, *ast.DebuggerStatement:
	default:
		// a statement this scan does not know: compile eagerly
		f.dynamic()
	}
}

func (f *freeNames) forInto(into ast.ForInto, source ast.Expression, body ast.Statement) {
	// the source is walked outside the loop's scope: reported, not hidden
	f.expr(source)
	f.push()
	switch into := into.(type) {
	case *ast.ForIntoVar:
		f.expr(into.Binding.Target)
		f.expr(into.Binding.Initializer)
	case *ast.ForDeclaration:
		f.declareTarget(into.Target)
		f.expr(into.Target)
	case *ast.ForIntoExpression:
		f.expr(into.Expression)
	}
	f.stmt(body)
	f.pop()
}

func (f *freeNames) class(cls *ast.ClassLiteral) {
	f.expr(cls.SuperClass)
	f.push()
	defer f.pop()
	if cls.Name != nil {
		f.declare(cls.Name.Name)
	}
	for _, el := range cls.Body {
		switch el := el.(type) {
		case *ast.MethodDefinition:
			if el.Computed {
				f.expr(el.Key)
			}
			fn := el.Body
			f.function(nil, fn.ParameterList, fn.DeclarationList, nil, fn.Body, false)
		case *ast.FieldDefinition:
			if el.Computed {
				f.expr(el.Key)
			}
			f.thisBarrier(func() { f.expr(el.Initializer) })
		case *ast.ClassStaticBlock:
			f.thisBarrier(func() {
				f.push()
				for _, d := range el.DeclarationList {
					for _, b := range d.List {
						f.declareTarget(b.Target)
					}
				}
				f.block(el.Block.List)
				f.pop()
			})
		default:
			f.dynamic()
		}
	}
}

func (f *freeNames) exprs(list []ast.Expression) {
	for _, e := range list {
		f.expr(e)
	}
}

func (f *freeNames) expr(e ast.Expression) {
	switch e := e.(type) {
	case nil:
	case *ast.Identifier:
		f.ref(e.Name)
	case *ast.ThisExpression:
		f.outer(true)
	case *ast.SuperExpression:
		f.outer(false)
	case *ast.MetaProperty:
		f.outer(false)
	case *ast.FunctionLiteral:
		f.function(e.Name, e.ParameterList, e.DeclarationList, nil, e.Body, false)
	case *ast.ArrowFunctionLiteral:
		f.function(nil, e.ParameterList, e.DeclarationList, nil, e.Body, true)
	case *ast.ClassLiteral:
		f.class(e)
	case *ast.CallExpression:
		if id, ok := e.Callee.(*ast.Identifier); ok && id.Name == "eval" {
			f.dynamic()
		}
		f.expr(e.Callee)
		f.exprs(e.ArgumentList)
	case *ast.NewExpression:
		f.expr(e.Callee)
		f.exprs(e.ArgumentList)
	case *ast.DotExpression:
		f.expr(e.Left)
	case *ast.PrivateDotExpression:
		f.expr(e.Left)
	case *ast.BracketExpression:
		f.expr(e.Left)
		f.expr(e.Member)
	case *ast.AssignExpression:
		f.expr(e.Left)
		f.expr(e.Right)
	case *ast.BinaryExpression:
		f.expr(e.Left)
		f.expr(e.Right)
	case *ast.UnaryExpression:
		f.expr(e.Operand)
	case *ast.ConditionalExpression:
		f.expr(e.Test)
		f.expr(e.Consequent)
		f.expr(e.Alternate)
	case *ast.SequenceExpression:
		f.exprs(e.Sequence)
	case *ast.ArrayLiteral:
		f.exprs(e.Value)
	case *ast.ArrayPattern:
		f.exprs(e.Elements)
		f.expr(e.Rest)
	case *ast.ObjectLiteral:
		for _, p := range e.Value {
			f.prop(p)
		}
	case *ast.ObjectPattern:
		for _, p := range e.Properties {
			f.prop(p)
		}
		f.expr(e.Rest)
	case *ast.SpreadElement:
		f.expr(e.Expression)
	case *ast.Binding:
		f.expr(e.Target)
		f.expr(e.Initializer)
	case *ast.TemplateLiteral:
		f.expr(e.Tag)
		f.exprs(e.Expressions)
	case *ast.YieldExpression:
		f.expr(e.Argument)
	case *ast.AwaitExpression:
		f.expr(e.Argument)
	case *ast.OptionalChain:
		f.expr(e.Expression)
	case *ast.Optional:
		f.expr(e.Expression)
	case *ast.PrivateIdentifier:
		// `#x in obj`: the class's private name, not a binding
	case *ast.StringLiteral, *ast.NumberLiteral, *ast.BooleanLiteral, *ast.NullLiteral, *ast.RegExpLiteral:
	default:
		f.dynamic()
	}
}

func (f *freeNames) prop(p ast.Property) {
	switch p := p.(type) {
	case *ast.PropertyShort:
		f.ref(p.Name.Name)
		f.expr(p.Initializer)
	case *ast.PropertyKeyed:
		if p.Computed {
			f.expr(p.Key)
		}
		if fn, ok := p.Value.(*ast.FunctionLiteral); ok && (p.Kind == ast.PropertyKindMethod || p.Kind == ast.PropertyKindGet || p.Kind == ast.PropertyKindSet) {
			f.function(nil, fn.ParameterList, fn.DeclarationList, nil, fn.Body, false)
		} else {
			f.expr(p.Value)
		}
	case *ast.SpreadElement:
		f.expr(p.Expression)
	default:
		f.dynamic()
	}
}
