package goja

// gojanet: a module scope function. An ES module's code has no `arguments`
// (typeof arguments is 'undefined', a read a ReferenceError) and its `this`
// is undefined, also in a direct eval and in arrows. gojanet runs a module
// as a function (its wrapper, runtime/loader.go esmWrapperHead): a strict
// function whose directive prologue holds moduleScopeDirective is one.
// `arguments` there is looked up past it (to the global scope, where
// nothing declares it), and its receiver is made undefined as it is entered
// (undefThis, where a sloppy function boxes it), whatever the caller
// passed.

import "github.com/dop251/goja/ast"

const moduleScopeDirective = `"gojanet module scope"`

// isModuleScope: body's directive prologue holds moduleScopeDirective.
func isModuleScope(body []ast.Statement) bool {
	for _, st := range body {
		es, ok := st.(*ast.ExpressionStatement)
		if !ok {
			return false
		}
		lit, ok := es.Expression.(*ast.StringLiteral)
		if !ok {
			return false
		}
		if lit.Literal == moduleScopeDirective {
			return true
		}
	}
	return false
}

type _undefThis struct{}

var undefThis _undefThis

func (_undefThis) exec(vm *vm) {
	vm.stack[vm.sb] = _undefined
	vm.pc++
}
