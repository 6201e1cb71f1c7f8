package goja

import (
	"sort"
	"strconv"
	"strings"

	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/parser"
	"github.com/dop251/goja/token"
)

// gojanet: V8's "o.f is not a function" and "X is not a constructor". The
// compiler notes where each call's and construction's callee is in the
// source (calleeSite: three numbers per call site); when the callee turns
// out not to be callable, the expression is parsed again from that span and
// printed as V8's CallPrinter prints it ("o.a.b(...).c", "o[k]", "(0 , o.f)",
// "(intermediate value)").

type calleeSite struct {
	pc, start, end int32
}

// noteCallee records the callee span [start, end) (source offsets) of the
// call or construction instruction about to be emitted.
func (c *compiler) noteCallee(start, end int32) {
	if start >= 0 && end > start {
		c.p.callees = append(c.p.callees, calleeSite{pc: int32(len(c.p.code)), start: start, end: end})
	}
}

// calleeText is the callee of the call at pc as V8 prints it, false when the
// compiler noted none (a super or eval call, code made otherwise).
func (p *Program) calleeText(pc int) (string, bool) {
	sites := p.callees
	i := sort.Search(len(sites), func(i int) bool { return int(sites[i].pc) >= pc })
	if i == len(sites) || int(sites[i].pc) != pc || sites[i].end < 0 || p.src == nil {
		return "", false // (end < 0: a statement's position, gojanet_stmtpos.go)
	}
	src := p.src.Source()
	start, end := int(sites[i].start), int(sites[i].end)
	if end > len(src) {
		return "", false
	}
	// Code with a source map (TypeScript, ES modules) is printed as written
	// where its original text is a callee too. esbuild calls an import as
	// (0, import_x.f)(): the original is where import_x.f maps to.
	from := start
	if strings.HasPrefix(src[start:end], "0, ") {
		from += 3
	}
	if text, ok := p.src.OriginalText(from, end); ok {
		if e := parseCallee(text); e != nil {
			var b strings.Builder
			printCallee(&b, e)
			return b.String(), true
		}
	}
	// A parenthesized callee's span starts inside its parentheses: take in
	// the ones before it until the text parses.
	for {
		if e := parseCallee(src[start:end]); e != nil {
			var b strings.Builder
			printCallee(&b, e)
			return b.String(), true
		}
		if start == 0 || src[start-1] != '(' {
			return "(intermediate value)", true
		}
		start--
	}
}

func parseCallee(text string) ast.Expression {
	prg, err := parser.ParseFile(nil, "", "("+text+"\n)", parser.IgnoreRegExpErrors)
	if err != nil || len(prg.Body) != 1 {
		return nil
	}
	if stmt, ok := prg.Body[0].(*ast.ExpressionStatement); ok {
		return stmt.Expression
	}
	return nil
}

// printCallee writes e as V8's CallPrinter does.
func printCallee(b *strings.Builder, e ast.Expression) {
	switch e := e.(type) {
	case *ast.Identifier:
		b.WriteString(e.Name.String())
	case *ast.ThisExpression:
		b.WriteString("this")
	case *ast.NullLiteral:
		b.WriteString("null")
	case *ast.BooleanLiteral:
		b.WriteString(strconv.FormatBool(e.Value))
	case *ast.NumberLiteral:
		b.WriteString(numberText(e))
	case *ast.StringLiteral:
		b.WriteString(`"` + e.Value.String() + `"`)
	case *ast.TemplateLiteral:
		if len(e.Expressions) == 0 && len(e.Elements) == 1 && e.Tag == nil {
			b.WriteString(`"` + e.Elements[0].Parsed.String() + `"`)
		} else {
			b.WriteString("(intermediate value)")
		}
	case *ast.DotExpression:
		printCallee(b, e.Left)
		b.WriteByte('.')
		b.WriteString(e.Identifier.Name.String())
	case *ast.PrivateDotExpression:
		printCallee(b, e.Left)
		b.WriteString("[#" + e.Identifier.Name.String() + "]")
	case *ast.BracketExpression:
		printCallee(b, e.Left)
		if s, ok := e.Member.(*ast.StringLiteral); ok {
			b.WriteByte('.')
			b.WriteString(s.Value.String())
			return
		}
		b.WriteByte('[')
		printCallee(b, e.Member)
		b.WriteByte(']')
	case *ast.Optional:
		printCallee(b, e.Expression)
		b.WriteByte('?')
	case *ast.OptionalChain:
		printCallee(b, e.Expression)
	case *ast.CallExpression:
		printCallee(b, e.Callee)
		b.WriteString("(...)")
	case *ast.UnaryExpression:
		b.WriteByte('(')
		b.WriteString(e.Operator.String())
		if e.Operator == token.VOID || e.Operator == token.TYPEOF || e.Operator == token.DELETE {
			b.WriteByte(' ')
		}
		printCallee(b, e.Operand)
		b.WriteByte(')')
	case *ast.BinaryExpression:
		b.WriteByte('(')
		printCallee(b, e.Left)
		b.WriteString(" " + e.Operator.String() + " ")
		printCallee(b, e.Right)
		b.WriteByte(')')
	case *ast.SequenceExpression:
		// V8's comma is a binary operator: ((a , b) , c).
		for i := 1; i < len(e.Sequence); i++ {
			b.WriteByte('(')
		}
		for i, x := range e.Sequence {
			if i > 0 {
				b.WriteString(" , ")
			}
			printCallee(b, x)
			if i > 0 {
				b.WriteByte(')')
			}
		}
	default:
		b.WriteString("(intermediate value)")
	}
}

func numberText(e *ast.NumberLiteral) string {
	switch v := e.Value.(type) {
	case int64:
		return strconv.FormatInt(v, 10)
	case float64:
		return floatToValue(v).String()
	}
	return e.Literal
}

// notCallable is the TypeError for calling v, which is no function, at the
// current instruction.
func (vm *vm) notCallable(v Value) *Object {
	if vm.prg != nil {
		if text, ok := vm.prg.calleeText(vm.pc); ok {
			return vm.r.NewTypeError("%s is not a function", text)
		}
	}
	if m, ok := v.(memberUnresolved); ok {
		return vm.r.NewTypeError("%s is not a function", m.ref)
	}
	return vm.r.NewTypeError("%s is not a function", vm.r.noSideEffectsToString(v))
}

// notConstructor is the TypeError for constructing v, which is no
// constructor, at the current instruction.
func (vm *vm) notConstructor(v Value) *Object {
	if vm.prg != nil {
		if text, ok := vm.prg.calleeText(vm.pc); ok {
			return vm.r.NewTypeError("%s is not a constructor", text)
		}
	}
	return vm.r.NewTypeError("%s is not a constructor", vm.r.noSideEffectsToString(v))
}
