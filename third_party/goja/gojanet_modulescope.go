package goja

// gojanet: a module scope function. An ES module's code has no `arguments`
// (typeof arguments is 'undefined', a read a ReferenceError) and its `this`
// is undefined, also in a direct eval and in arrows. gojanet runs a module
// as a function (its wrapper, runtime/loader.go esmWrapperHead): a strict
// function whose ast.FunctionLiteral the host marked ModuleScope after
// parsing (MarkModuleScope) is one; nothing in the source can make a
// function one. `arguments` there is looked up past it (to the global
// scope, where nothing declares it), and its receiver is made undefined as
// it is entered (undefThis, where a sloppy function boxes it), whatever the
// caller passed. Compiled eagerly (compiler_lazy.go lazyStub).

import "github.com/dop251/goja/ast"

// MarkModuleScope marks prg's wrapper, the function expression that is its
// first statement, as a module scope function; false when prg does not
// start with one.
func MarkModuleScope(prg *ast.Program) bool {
	if prg == nil || len(prg.Body) == 0 {
		return false
	}
	es, ok := prg.Body[0].(*ast.ExpressionStatement)
	if !ok {
		return false
	}
	fl, ok := es.Expression.(*ast.FunctionLiteral)
	if !ok {
		return false
	}
	fl.ModuleScope = true
	return true
}

type _undefThis struct{}

var undefThis _undefThis

func (_undefThis) exec(vm *vm) {
	vm.stack[vm.sb] = _undefined
	vm.pc++
}
