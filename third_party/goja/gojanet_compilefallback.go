package goja

// gojanet: a second chance for source that eval and the Function
// constructor cannot compile. goja has neither async generators nor for
// await; the host lowers those (with esbuild) for the files it loads and
// for vm scripts, and this hook does the same for code made at run time:
// a package that builds a module wrapper and evals it (Next.js's edge
// runtime) or new Function with a for await in its body.

// SetCompileFallback installs f (nil removes it). When source given to
// eval, the Function constructor or RunScript does not compile, f is asked
// for a replacement; if it returns one that compiles, that is run instead,
// and otherwise the first error stands. Call it from the runtime's
// goroutine.
func (r *Runtime) SetCompileFallback(f func(src string, err *CompilerSyntaxError) (string, bool)) {
	r.compileFallback = f
}

// compileAgain is the fallback's replacement for src, compiled, or nil.
func (r *Runtime) compileAgain(name, src string, strict, inGlobal bool, evalVm *vm, err error) *Program {
	ce, ok := err.(*CompilerSyntaxError)
	if !ok || r.compileFallback == nil {
		return nil
	}
	lowered, ok := r.compileFallback(src, ce)
	if !ok {
		return nil
	}
	p, err := compile(name, lowered, strict, inGlobal, evalVm, r.parserOptions...)
	if err != nil {
		return nil
	}
	return p
}
