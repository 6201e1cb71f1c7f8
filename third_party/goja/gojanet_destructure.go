package goja

import (
	"strings"

	"github.com/dop251/goja/ast"
)

// gojanet: V8's messages for an object pattern whose value is undefined or
// null. Upstream said "Value is not object coercible"; V8 names the first
// property and prints the value's expression as its CallPrinter does:
// "Cannot destructure property 'a' of 'obj.x' as it is undefined.", or
// "Cannot destructure 'null' as it is null." when the pattern names no
// property first (empty, computed key, rest). A pattern nested in another,
// or whose first property has a default, reads that property instead:
// "Cannot read properties of undefined (reading 'b')".

// checkDestructurable replaces checkObjectCoercible at an object pattern.
type checkDestructurable struct {
	prop       string // the first property's key as V8 shows it, "" if none
	reads      bool   // V8 reports a property read (nested pattern, default)
	start, end int32  // the value's expression in the source, end 0 if unknown
}

// destructCheck is the check for pattern, taking the value's expression
// the caller noted (c.destructSrc) for this pattern only.
func (c *compiler) destructCheck(pattern *ast.ObjectPattern) *checkDestructurable {
	d := &checkDestructurable{reads: c.patternDepth > 0}
	if src := c.destructSrc; src != nil && c.patternDepth == 0 {
		d.start, d.end = int32(src.Idx0())-1, int32(src.Idx1())-1
	}
	c.destructSrc = nil
	if len(pattern.Properties) > 0 {
		switch prop := pattern.Properties[0].(type) {
		case *ast.PropertyShort:
			d.prop = prop.Name.Name.String()
			if prop.Initializer != nil {
				d.reads = true
			}
		case *ast.PropertyKeyed:
			if prop.Computed {
				break
			}
			switch key := prop.Key.(type) {
			case *ast.StringLiteral:
				d.prop = key.Value.String()
			case *ast.Identifier:
				d.prop = key.Name.String()
			case *ast.NumberLiteral:
				d.prop = key.Literal
			}
			if _, ok := prop.Value.(*ast.AssignExpression); ok {
				d.reads = true
			}
		}
	}
	return d
}

func (d *checkDestructurable) exec(vm *vm) {
	v := vm.stack[vm.sp-1]
	switch v.(type) {
	case valueUndefined, valueNull:
	default:
		vm.pc++
		return
	}
	what := v.String()
	if d.reads && d.prop != "" {
		panic(vm.r.NewTypeError("Cannot read properties of %s (reading '%s')", what, d.prop))
	}
	text := what
	if d.end > d.start && vm.prg != nil && vm.prg.src != nil {
		if src := vm.prg.src.Source(); int(d.end) <= len(src) {
			if e := parseCallee(src[d.start:d.end]); e != nil {
				var b strings.Builder
				printCallee(&b, e)
				text = b.String()
			}
		}
	}
	if d.prop == "" {
		panic(vm.r.NewTypeError("Cannot destructure '%s' as it is %s.", text, what))
	}
	panic(vm.r.NewTypeError("Cannot destructure property '%s' of '%s' as it is %s.", d.prop, text, what))
}
