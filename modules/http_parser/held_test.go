package http_parser

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/dop251/goja"
	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/parser"
	"github.com/dop251/goja/token"

	"github.com/gojanet/gojanet/js"
)

// TestHeldReadsList: the list js/_http_server.js hands readChecks (held.go
// builds its table from it) names exactly the properties of the read's
// objects that consumeSocketChunk's checks before its execute and
// connChecks read, and their variables are what the loads say.
func TestHeldReadsList(t *testing.T) {
	src, err := js.FS.ReadFile("_http_server.js")
	if err != nil {
		t.Fatal(err)
	}
	prog, err := parser.ParseFile(nil, "_http_server.js", string(src), 0)
	if err != nil {
		t.Fatal(err)
	}
	var list *ast.ArrayLiteral
	funcs := map[string]*ast.FunctionLiteral{}
	for _, st := range prog.Body {
		switch st := st.(type) {
		case *ast.FunctionDeclaration:
			funcs[string(st.Function.Name.Name)] = st.Function
		case *ast.ExpressionStatement:
			if c, ok := st.Expression.(*ast.CallExpression); ok && isIdent(c.Callee, "readChecks") && len(c.ArgumentList) == 1 {
				list, _ = c.ArgumentList[0].(*ast.ArrayLiteral)
			}
		}
	}
	consume, conn := funcs["consumeSocketChunk"], funcs["connChecks"]
	if list == nil || consume == nil || conn == nil {
		t.Fatal("readChecks([...]), consumeSocketChunk or connChecks not found")
	}

	// the list: the read each entry stands for, and the loads
	names := map[string]bool{"state": true, "socket": true}
	type load struct{ to, read string }
	var loads []load
	listed := map[string]bool{}
	for i, e := range list.Value {
		a, ok := e.(*ast.ArrayLiteral)
		if !ok || len(a.Value) < 2 || len(a.Value) > 3 {
			t.Fatalf("entry %d: not [to, from, key] or [obj, key]", i)
		}
		var parts []string
		for _, v := range a.Value {
			switch v := v.(type) {
			case *ast.StringLiteral:
				parts = append(parts, string(v.Value))
			case *ast.Identifier: // (a symbol's variable)
				parts = append(parts, "["+string(v.Name)+"]")
			default:
				t.Fatalf("entry %d: a string or a symbol's name", i)
			}
		}
		n := len(parts)
		read := member(parts[n-2], parts[n-1])
		if listed[read] {
			t.Errorf("%s listed twice", read)
		}
		listed[read] = true
		if n == 3 {
			loads = append(loads, load{parts[0], read})
			names[parts[0]] = true
		}
	}

	// the functions: consumeSocketChunk's statements up to and including
	// `if (ev === undefined) {...}`'s block (its else is the held way),
	// connChecks's body
	var scope []ast.Node
	for _, st := range consume.Body.List {
		if s, ok := st.(*ast.IfStatement); ok {
			if b, ok := s.Test.(*ast.BinaryExpression); ok && b.Operator == token.STRICT_EQUAL && isIdent(b.Left, "ev") {
				scope = append(scope, s.Test, s.Consequent)
				break
			}
		}
		scope = append(scope, st)
	}
	scope = append(scope, conn.Body)
	// (read by the held way too, or by what it calls: not checks)
	notChecks := map[string]bool{
		"parser._p":          true, // (the Go parser: the execute calls' receiver; executeHeld takes it from the held slots)
		"state.requestStart": true, // (read after executeHeld either way)
	}
	read := map[string]bool{}
	bound := map[string]bool{} // "to = from.key" and "from.key === to"
	var visit func(n ast.Node) bool
	visit = func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignExpression:
			if id, ok := n.Left.(*ast.Identifier); ok {
				bound[string(id.Name)+" = "+memberOf(n.Right)] = true
			} else if m, ok := n.Left.(*ast.DotExpression); ok { // (a store: its object is read)
				walk(m.Left, visit)
				walk(n.Right, visit)
				return false
			}
		case *ast.Binding:
			if id, ok := n.Target.(*ast.Identifier); ok && n.Initializer != nil {
				bound[string(id.Name)+" = "+memberOf(n.Initializer)] = true
			}
		case *ast.BinaryExpression:
			if id, ok := n.Right.(*ast.Identifier); ok && n.Operator == token.STRICT_EQUAL {
				bound[string(id.Name)+" = "+memberOf(n.Left)] = true
			}
		}
		if r := memberOf(n); r != "" {
			if id := r[:strings.IndexAny(r, ".[")]; names[id] && !notChecks[r] {
				read[r] = true
			}
		}
		return true
	}
	for _, n := range scope {
		walk(n, visit)
	}
	for r := range read {
		if !listed[r] {
			t.Errorf("the checks read %s: not in readChecks's list", r)
		}
	}
	for r := range listed {
		if !read[r] {
			t.Errorf("readChecks's list has %s: the checks do not read it", r)
		}
	}
	for _, l := range loads {
		if !bound[l.to+" = "+l.read] {
			t.Errorf("load %s = %s: no such binding or comparison in consumeSocketChunk or connChecks", l.to, l.read)
		}
	}
	// connChecks's parameters are consumeSocketChunk's variables of the
	// same names
	var params []string
	for _, b := range conn.ParameterList.List {
		params = append(params, string(b.Target.(*ast.Identifier).Name))
	}
	calls := 0
	walk(consume.Body, func(n ast.Node) bool {
		if c, ok := n.(*ast.CallExpression); ok && isIdent(c.Callee, "connChecks") {
			calls++
			var args []string
			for _, a := range c.ArgumentList {
				if id, ok := a.(*ast.Identifier); ok {
					args = append(args, string(id.Name))
				}
			}
			if !slices.Equal(args, params) {
				t.Errorf("connChecks(%v) called with %v", params, args)
			}
		}
		return true
	})
	if calls == 0 {
		t.Error("consumeSocketChunk does not call connChecks")
	}
}

func isIdent(e ast.Expression, name string) bool {
	id, ok := e.(*ast.Identifier)
	return ok && string(id.Name) == name
}

func member(obj, key string) string {
	if strings.HasPrefix(key, "[") {
		return obj + key
	}
	return obj + "." + key
}

// memberOf is "x.key" or "x[kName]" for such a read of a variable x, else "".
func memberOf(n ast.Node) string {
	switch n := n.(type) {
	case *ast.DotExpression:
		if id, ok := n.Left.(*ast.Identifier); ok {
			return member(string(id.Name), string(n.Identifier.Name))
		}
	case *ast.BracketExpression:
		if id, ok := n.Left.(*ast.Identifier); ok {
			switch k := n.Member.(type) {
			case *ast.Identifier:
				return member(string(id.Name), "["+string(k.Name)+"]")
			case *ast.StringLiteral:
				return member(string(id.Name), string(k.Value))
			}
		}
	}
	return ""
}

var nodeType = reflect.TypeFor[ast.Node]()

// walk calls f with n and every node under it, but not under a node f
// answers false for.
func walk(n ast.Node, f func(ast.Node) bool) {
	if n == nil || reflect.ValueOf(n).IsNil() || !f(n) {
		return
	}
	var fields func(v reflect.Value)
	fields = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Interface, reflect.Pointer:
			if v.IsNil() {
				return
			}
			if v.Type().Implements(nodeType) {
				walk(v.Interface().(ast.Node), f)
				return
			}
			fields(v.Elem())
		case reflect.Slice:
			for i := range v.Len() {
				fields(v.Index(i))
			}
		case reflect.Struct:
			for i := range v.NumField() {
				if v.Type().Field(i).IsExported() {
					fields(v.Field(i))
				}
			}
		}
	}
	fields(reflect.ValueOf(n).Elem())
}

// TestHeldReadsListBad: readChecks refuses a list it cannot build from.
func TestHeldReadsListBad(t *testing.T) {
	for _, src := range []string{
		`[['parser', 'server', 'x']]`,                                // (server not loaded yet)
		`[['parser', 'state', 'parser'], ['parser', 'state', 'p2']]`, // (loaded twice)
		`[['state', 1]]`,
		`[['state']]`,
		`[1]`,
		`1`,
	} {
		vm := goja.New()
		var c readChecks
		err := func() (err error) {
			defer func() {
				if r := recover(); r != nil {
					err = fmt.Errorf("%v", r)
				}
			}()
			c.setList(vm, vm.ToValue(must(vm.RunString(src))))
			return nil
		}()
		if err == nil || c.set {
			t.Errorf("readChecks(%s) taken", src)
		}
	}
	vm := goja.New()
	var c readChecks
	c.setList(vm, must(vm.RunString(`[['parser', 'state', 'parser'], ['socket', 'parser', 'socket'], ['parser', Symbol('k')], ['socket', 'on']]`)))
	if !c.set || len(c.loads) != 1 || len(c.sames) != 1 || len(c.checks) != 2 || c.sames[0].to != oSocket || c.checks[0].obj != 2 {
		t.Errorf("readChecks: loads %+v, sames %+v, checks %+v", c.loads, c.sames, c.checks)
	}
}

func must(v goja.Value, err error) goja.Value {
	if err != nil {
		panic(err)
	}
	return v
}
