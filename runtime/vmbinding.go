package runtime

import (
	"github.com/dop251/goja"
	"github.com/dop251/goja/parser"

	vmmod "github.com/gojanet/gojanet/modules/vm"
)

// vmHooks give modules/vm (internalBinding('contextify')) the compile
// helper, which turns goja's parser panics into syntax errors, and node's
// SyntaxError shape with its arrow message.
var vmHooks = vmmod.Hooks{
	// node applies no source map to vm code (a sourceMappingURL comment is
	// only reported, as Script.sourceMapURL).
	Compile: func(filename, src string) (*goja.Program, error) {
		return compile(filename, src, false, parser.WithDisableSourceMaps)
	},
	SyntaxError: func(vm *goja.Runtime, filename, src string, err error) goja.Value {
		if ce, ok := err.(*goja.CompilerSyntaxError); ok {
			return newSyntaxError(vm, compilerSyntaxError(filename, src, 0, ce))
		}
		return vm.NewGoError(err)
	},
	StackString: V8Stack,
	Builtin:     builtinProgramFor,
}
