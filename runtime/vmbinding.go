package runtime

import (
	"regexp"
	"strings"

	"github.com/dop251/goja"
	"github.com/dop251/goja/parser"
	"github.com/evanw/esbuild/pkg/api"

	vmmod "github.com/gojanet/gojanet/modules/vm"
)

// vmHooks give modules/vm (internalBinding('contextify')) the compile
// helper, which turns goja's parser panics into syntax errors, and node's
// SyntaxError shape with its arrow message.
var vmHooks = vmmod.Hooks{
	// node applies no source map to vm code (a sourceMappingURL comment is
	// only reported, as Script.sourceMapURL).
	// The first line is padded as wide as the module wrapper's head: stack
	// traces take that width off line 1's columns (stack.go), as for files.
	Compile: func(filename, src string) (*goja.Program, error) {
		return compileVM(filename, vmPad, src)
	},
	CompileBare: func(filename, src string) (*goja.Program, error) {
		return compileVM(filename, "", src)
	},
	Pad: len(vmPad),
	SyntaxError: func(vm *goja.Runtime, filename, src string, err error) goja.Value {
		if ce, ok := err.(*goja.CompilerSyntaxError); ok {
			return newSyntaxError(vm, compilerSyntaxError(filename, src, len(vmPad), ce))
		}
		return vm.NewGoError(err)
	},
	Lower:       lowerRefused,
	StackString: V8Stack,
	CallStack:   callStackOf,
	Frames:      describeFrames,
	Builtin:     builtinProgramFor,
}

var vmPad = strings.Repeat(" ", len(wrapperHead))

// compileVM compiles vm code, pad before its first line. goja has no async
// generators or for await: code compiled at run time (jest runs every test
// file through vm.Script) is lowered as the loader lowers files, and only
// when goja refused it.
func compileVM(filename, pad, src string) (*goja.Program, error) {
	prg, err := compile(filename, pad+src, false, parser.WithDisableSourceMaps)
	if lowered, ok := lowerIfRefused(filename, src, err); ok {
		if p, e := compile(filename, pad+lowered, false, parser.WithDisableSourceMaps); e == nil {
			return p, nil
		}
	}
	return prg, err
}

// lowerRefused is source eval or the Function constructor could not
// compile, lowered, when what goja refused may be syntax it lacks (an
// eval'd module wrapper with a for await: Next.js's edge runtime).
func lowerRefused(src string, err *goja.CompilerSyntaxError) (string, bool) {
	return lowerIfRefused("", src, err)
}

// lowerIfRefused is src lowered when err (goja's refusal of it) may be
// syntax goja lacks; ok is false otherwise, or when lowering fails.
func lowerIfRefused(filename, src string, err error) (lowered string, ok bool) {
	if err == nil || !needsLowering(err, src) {
		return "", false
	}
	lowered, lerr := lowerScript(filename, src)
	return lowered, lerr == nil
}

// needsLowering: goja refused source that may have syntax esbuild lowers
// for it (goja reports for await as an unexpected await).
func needsLowering(err error, src string) bool {
	return strings.Contains(err.Error(), "Async generators are not supported") || asyncIteration.MatchString(src)
}

// asyncIteration finds async generators and for await (import() in vm code
// is vm's own: js/vm.js rewrites it for importModuleDynamically).
var asyncIteration = regexp.MustCompile(`\bfor\s+await\b|\basync\s*\*|\basync\s+function\s*\*`)

// lowerScript is a script's source with what goja lacks lowered (a script:
// no module format, so its top-level names and completion value stay).
func lowerScript(filename, src string) (string, error) {
	return lower(filename, src, api.TransformOptions{Loader: api.LoaderJS})
}
