package repl

import (
	"reflect"
	"sort"
	"strings"

	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/file"
	"github.com/dop251/goja/parser"
)

// Top-level await, as node's REPL has it: input that uses await outside any
// function is rewritten into an async arrow function the REPL calls and
// awaits. Declarations must outlive that function, so they are hoisted in
// front of it (var as var; let, const and class as let) and turned into
// assignments inside; function declarations are hoisted too and published
// with `this.name = name`. The last expression statement becomes
// `return { value: (expr) }`: the wrapper object keeps a promise the
// expression evaluates to from being flattened by the async function.
//
// goja's parser supplies the syntax tree; the rewrite edits the source
// text at the nodes' offsets, so everything not rewritten stays as typed.

const tlaHead = "(async () => { "

// ProcessTopLevelAwait returns src rewritten as above, or "", false when src
// has no await outside a function, has a top-level return, or does not
// parse as the body of an async function.
func ProcessTopLevelAwait(src string) (out string, ok bool) {
	// goja's parser panics on some malformed input: that is no await to
	// rewrite (compiling it then reports the syntax error).
	defer func() {
		if recover() != nil {
			out, ok = "", false
		}
	}()
	wrapped := tlaHead + src + "\n})()"
	prog, err := parser.ParseFile(nil, "", wrapped, 0)
	if err != nil || len(prog.Body) != 1 {
		return "", false
	}
	body := asyncBody(prog.Body[0])
	if body == nil {
		return "", false
	}
	t := &tla{src: src, base: file.Idx(len(tlaHead) + 1)}
	var sawAwait, sawReturn bool
	walk(reflect.ValueOf(body), func(n any) {
		switch n.(type) {
		case *ast.AwaitExpression:
			sawAwait = true
		case *ast.ReturnStatement:
			sawReturn = true
		}
	})
	if !sawAwait || sawReturn {
		return "", false
	}
	for i, st := range body {
		t.statement(st, true)
		if es, ok := st.(*ast.ExpressionStatement); ok && i == len(body)-1 {
			t.returnValue(es)
		}
	}
	return t.result(), true
}

// asyncBody finds the statements of the async arrow function in
// `(async () => { ... })()`.
func asyncBody(st ast.Statement) []ast.Statement {
	es, ok := st.(*ast.ExpressionStatement)
	if !ok {
		return nil
	}
	call, ok := es.Expression.(*ast.CallExpression)
	if !ok {
		return nil
	}
	arrow, ok := call.Callee.(*ast.ArrowFunctionLiteral)
	if !ok {
		return nil
	}
	block, ok := arrow.Body.(*ast.BlockStatement)
	if !ok {
		return nil
	}
	return block.List
}

type edit struct {
	from, to int // byte offsets in src; to == from inserts
	text     string
}

type tla struct {
	src     string
	base    file.Idx // the Idx of src's first byte
	edits   []edit
	hoisted []string // "var a", "let b", ... in order of appearance
}

func (t *tla) off(i file.Idx) int { return int(i - t.base) }

func (t *tla) text(n ast.Node) string { return t.src[t.off(n.Idx0()):t.off(n.Idx1())] }

func (t *tla) replace(from, to file.Idx, text string) {
	t.edits = append(t.edits, edit{t.off(from), t.off(to), text})
}

func (t *tla) insert(at file.Idx, text string) {
	t.edits = append(t.edits, edit{t.off(at), t.off(at), text})
}

func (t *tla) hoist(kind string, names []string) {
	if len(names) > 0 {
		t.hoisted = append(t.hoisted, kind+" "+strings.Join(names, ", ")+";")
	}
}

// statement rewrites the declarations of one statement (and, through
// blocks, the var and function declarations nested in it; never inside a
// function: those belong to that function).
func (t *tla) statement(st ast.Statement, top bool) {
	switch s := st.(type) {
	case *ast.VariableStatement:
		t.declarations("var", s.Var, s.List, false)
	case *ast.LexicalDeclaration:
		if top {
			t.declarations("let", s.Idx, s.List, true)
		}
	case *ast.FunctionDeclaration:
		name := s.Function.Name.Name.String()
		t.hoist("var", []string{name})
		t.insert(t.functionStart(s.Function), "this."+name+" = "+name+"; ")
	case *ast.ClassDeclaration:
		if top && s.Class.Name != nil {
			name := s.Class.Name.Name.String()
			t.hoist("let", []string{name})
			t.insert(s.Class.Class, name+"=")
		}
	case *ast.BlockStatement:
		t.statements(s.List)
	case *ast.IfStatement:
		t.statement(s.Consequent, false)
		if s.Alternate != nil {
			t.statement(s.Alternate, false)
		}
	case *ast.ForStatement:
		if init, ok := s.Initializer.(*ast.ForLoopInitializerVarDeclList); ok {
			if kw := strings.Index(t.src[t.off(s.For):], "var"); kw >= 0 {
				t.declarations("var", s.For+file.Idx(kw), init.List, false)
			}
		}
		t.statement(s.Body, false)
	case *ast.ForInStatement:
		t.forInto(s.For, s.Into)
		t.statement(s.Body, false)
	case *ast.ForOfStatement:
		t.forInto(s.For, s.Into)
		t.statement(s.Body, false)
	case *ast.WhileStatement:
		t.statement(s.Body, false)
	case *ast.DoWhileStatement:
		t.statement(s.Body, false)
	case *ast.LabelledStatement:
		t.statement(s.Statement, false)
	case *ast.TryStatement:
		t.statements(s.Body.List)
		if s.Catch != nil {
			t.statements(s.Catch.Body.List)
		}
		if s.Finally != nil {
			t.statements(s.Finally.List)
		}
	case *ast.SwitchStatement:
		for _, c := range s.Body {
			t.statements(c.Consequent)
		}
	case *ast.WithStatement:
		t.statement(s.Body, false)
	}
}

func (t *tla) statements(list []ast.Statement) {
	for _, st := range list {
		t.statement(st, false)
	}
}

// declarations turns `var a = 1, {b} = c` into `void ( (a = 1), ({b} = c))`
// and hoists the names. A lexical binding without initializer is set to
// undefined; a var one keeps its value, as a repeated var does.
func (t *tla) declarations(kind string, keyword file.Idx, list []*ast.Binding, lexical bool) {
	var names, parts []string
	for _, b := range list {
		names = append(names, boundNames(b.Target)...)
		switch {
		case b.Initializer != nil:
			parts = append(parts, t.text(b.Target)+" = "+t.text(b.Initializer))
		case lexical:
			parts = append(parts, t.text(b.Target)+"=undefined")
		}
	}
	t.hoist(kind, names)
	end := list[len(list)-1]
	last := end.Target.Idx1()
	if end.Initializer != nil {
		last = end.Initializer.Idx1()
	}
	switch len(parts) {
	case 0:
		t.replace(keyword, last, "void 0")
	case 1:
		t.replace(keyword, last, "void ("+parts[0]+")")
	default:
		t.replace(keyword, last, "void ( ("+strings.Join(parts, "), (")+"))")
	}
}

// forInto drops `var` from `for (var x of ...)`; x is hoisted.
func (t *tla) forInto(forIdx file.Idx, into ast.ForInto) {
	v, ok := into.(*ast.ForIntoVar)
	if !ok {
		return
	}
	t.hoist("var", boundNames(v.Binding.Target))
	kw := strings.Index(t.src[t.off(forIdx):], "var")
	if kw < 0 {
		return
	}
	from := forIdx + file.Idx(kw)
	t.replace(from, v.Binding.Target.Idx0(), "")
}

// functionStart is where a function declaration begins, `async` included.
func (t *tla) functionStart(f *ast.FunctionLiteral) file.Idx {
	at := f.Function
	if f.Async {
		before := strings.TrimRight(t.src[:t.off(at)], " \t\r\n")
		if strings.HasSuffix(before, "async") {
			return t.base + file.Idx(len(before)-len("async"))
		}
	}
	return at
}

// returnValue makes the last expression statement the function's result.
// Parentheses around the expression are not in the tree; they stay outside
// the object, so `(await 0)` reads `({ value: (await 0) })`.
func (t *tla) returnValue(es *ast.ExpressionStatement) {
	from, to := t.off(es.Expression.Idx0()), t.off(es.Expression.Idx1())
	open := 0
	for i := from; i > 0 && (isSpace(t.src[i-1]) || t.src[i-1] == '('); i-- {
		if t.src[i-1] == '(' {
			open++
			from = i - 1
		}
	}
	for closed := 0; to < len(t.src) && closed < open && (isSpace(t.src[to]) || t.src[to] == ')'); to++ {
		if t.src[to] == ')' {
			closed++
		}
	}
	t.insert(t.base+file.Idx(from), "return { value: (")
	t.insert(t.base+file.Idx(to), ") }")
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

func (t *tla) result() string {
	sort.SliceStable(t.edits, func(i, j int) bool { return t.edits[i].from < t.edits[j].from })
	var b strings.Builder
	for _, h := range t.hoisted {
		b.WriteString(h)
		b.WriteByte(' ')
	}
	b.WriteString(tlaHead)
	at := 0
	for _, e := range t.edits {
		if e.from < at {
			continue
		}
		b.WriteString(t.src[at:e.from])
		b.WriteString(e.text)
		at = e.to
	}
	b.WriteString(strings.TrimRight(t.src[at:], "\n"))
	b.WriteString(" })()")
	return b.String()
}

// boundNames lists the identifiers a binding target declares.
func boundNames(target ast.Expression) []string {
	switch p := target.(type) {
	case *ast.Identifier:
		return []string{p.Name.String()}
	case *ast.AssignExpression: // a default: `{a = 1}`, `[b = 2]`
		return boundNames(p.Left)
	case *ast.ObjectPattern:
		var names []string
		for _, prop := range p.Properties {
			switch q := prop.(type) {
			case *ast.PropertyShort:
				names = append(names, q.Name.Name.String())
			case *ast.PropertyKeyed:
				names = append(names, boundNames(q.Value)...)
			}
		}
		if p.Rest != nil {
			names = append(names, boundNames(p.Rest)...)
		}
		return names
	case *ast.ArrayPattern:
		var names []string
		for _, el := range p.Elements {
			if el != nil {
				names = append(names, boundNames(el)...)
			}
		}
		if p.Rest != nil {
			names = append(names, boundNames(p.Rest)...)
		}
		return names
	}
	return nil
}

var (
	nodeType     = reflect.TypeOf((*ast.Node)(nil)).Elem()
	functionType = reflect.TypeOf((*ast.FunctionLiteral)(nil))
	arrowType    = reflect.TypeOf((*ast.ArrowFunctionLiteral)(nil))
	classType    = reflect.TypeOf((*ast.ClassLiteral)(nil))
)

// walk visits every node under v, not entering functions or classes (their
// awaits and returns are their own).
func walk(v reflect.Value, visit func(any)) {
	switch v.Kind() {
	case reflect.Interface:
		if !v.IsNil() {
			walk(v.Elem(), visit)
		}
	case reflect.Pointer:
		if v.IsNil() {
			return
		}
		if t := v.Type(); t == functionType || t == arrowType || t == classType {
			return
		}
		if v.Type().Implements(nodeType) {
			visit(v.Interface())
		}
		walk(v.Elem(), visit)
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				walk(v.Field(i), visit)
			}
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			walk(v.Index(i), visit)
		}
	}
}
