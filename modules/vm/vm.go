// Package vm is the Go half of gojanet's vm module (js/vm.js), reached from
// JS as internalBinding('contextify').
//
// Path: js/vm.js validates arguments as node does and calls compile (a
// vm.Script: the source compiled once into a goja Program, which any
// runtime may run), makeContext (vm.createContext: a goja runtime of its
// own for the context, see context.go, joined to the main one by a
// membrane, see membrane.go), run (runInThisContext runs the program on
// the main runtime, runInContext on the context's) and compileFunction.
// A timeout interrupts the runtime running the script from a timer
// goroutine (goja's Interrupt, the only call that may come from another
// goroutine); breakOnSigint does the same on SIGINT. Everything else runs on
// the loop goroutine. Values a context's code returns or throws reach the
// caller through the membrane, so no goja value is ever used by a runtime
// other than its own.
package vm

import (
	"os"
	"os/signal"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dop251/goja"

	"github.com/gojanet/gojanet/runtime/loop"
)

// Hooks are what the binding needs from package runtime, which owns the
// compile helper and node's SyntaxError shape.
type Hooks struct {
	// Compile compiles user source as a script named filename.
	Compile func(filename, src string) (*goja.Program, error)
	// CompileBare compiles src as Compile does, without the first line's
	// padding (Pad wide) that Compile adds: stack traces take Pad off the
	// columns of line 1.
	CompileBare func(filename, src string) (*goja.Program, error)
	Pad         int
	// Lower is a replacement for source a context's eval or Function
	// constructor could not compile (goja.Runtime.SetCompileFallback).
	Lower func(src string, err *goja.CompilerSyntaxError) (string, bool)
	// SyntaxError turns a Compile error into the value to throw on vm.
	SyntaxError func(vm *goja.Runtime, filename, src string, err error) goja.Value
	// StackString formats an error's stack as V8 does (a context's errors
	// are formatted as the main runtime's).
	StackString func(err *goja.Object, frames []goja.StackFrame) string
	// Builtin is the compiled wrapper of one of gojanet's builtin modules
	// (any runtime may run it: realm.go runs some in a context).
	Builtin func(id string) (*goja.Program, error)
	// CallStack describes runtime rt's call stack (below a function, when
	// below is one) for internal/error_stack's CallSites, as the main
	// runtime's host binding does (a context's captureStackTrace).
	CallStack func(rt *goja.Runtime, below goja.Value) []map[string]any
	// Frames describes frames as CallStack does (a context's errors' stacks
	// through prepareStackTrace).
	Frames func(frames []goja.StackFrame) []map[string]any
}

const maxOffset = 1 << 16

type script struct {
	prg    *goja.Program
	strict bool // the source starts with a "use strict" directive
}

// strictDirective matches source whose directive prologue starts with "use strict".
var strictDirective = regexp.MustCompile(`^(?:\s|//[^\n]*(?:\n|$)|/\*(?s:.*?)\*/)*(?:'use strict'|"use strict")`)

type binding struct {
	vm      *goja.Runtime
	l       *loop.Loop
	hooks   Hooks
	timeout *goja.Object // thrown (to js/vm.js) when a timeout ended the script
	sigint  *goja.Object // thrown when SIGINT ended it
}

// interruption is the value a timer or SIGINT interrupts a runtime with.
type interruption struct{ sigint bool }

// NewBinding returns the filler of internalBinding('contextify').
func NewBinding(h Hooks) func(l *loop.Loop, exports *goja.Object) {
	return func(l *loop.Loop, exports *goja.Object) {
		vm := l.VM
		b := &binding{vm: vm, l: l, hooks: h, timeout: vm.NewObject(), sigint: vm.NewObject()}
		_ = exports.Set("TIMEOUT", b.timeout)
		_ = exports.Set("SIGINT", b.sigint)
		_ = exports.Set("compile", b.compile)
		_ = exports.Set("makeContext", b.makeContext)
		_ = exports.Set("globalOf", b.globalOf)
		_ = exports.Set("defineHidden", b.defineHidden)
		_ = exports.Set("restrictCodegen", b.restrictCodegen)
		_ = exports.Set("defineLazy", b.defineLazy)
		_ = exports.Set("run", b.run)
		_ = exports.Set("compileFunction", b.compileFunction)
		_ = exports.Set("compileIn", b.compileIn)
		_ = exports.Set("realmBinding", b.realmBinding)
	}
}

// prefix places code at lineOffset/columnOffset: goja numbers lines and
// columns from the start of the source, so offsets become blank lines and
// spaces before it. Negative offsets cannot be represented that way, nor
// (at a sane cost) offsets above maxOffset: those are ignored.
func prefix(lineOffset, columnOffset int) string {
	if lineOffset < 0 || lineOffset > maxOffset {
		lineOffset = 0
	}
	if columnOffset < 0 || columnOffset > maxOffset {
		columnOffset = 0
	}
	return strings.Repeat("\n", lineOffset) + strings.Repeat(" ", columnOffset)
}

func (b *binding) compileSource(filename, src string) *goja.Program {
	prg, err := b.hooks.Compile(filename, src)
	if err != nil {
		panic(b.hooks.SyntaxError(b.vm, filename, src, err))
	}
	return prg
}

// compile(code, filename, lineOffset, columnOffset) → a script handle.
func (b *binding) compile(code, filename string, lineOffset, columnOffset int) goja.Value {
	prg := b.compileSource(filename, prefix(lineOffset, columnOffset)+code)
	return b.vm.ToValue(&script{prg: prg, strict: strictDirective.MatchString(code)})
}

// makeContext(sandbox, name) → a context handle.
// A null sandbox makes a context with an ordinary global object
// (vm.constants.DONT_CONTEXTIFY), which globalOf returns.
func (b *binding) makeContext(sandbox *goja.Object, name string) goja.Value {
	c := newContext(b.vm, b.l, sandbox, name)
	c.inner.SetCompileFallback(b.hooks.Lower)
	if f := b.hooks.StackString; f != nil {
		inner := c.inner
		inner.SetPlainStackFormatter(func(err *goja.Object, frames []goja.StackFrame) goja.Value {
			return inner.ToValue(f(err, frames))
		})
	}
	return b.vm.ToValue(c)
}

// defineLazy(context, name, get) defines a non-enumerable accessor of the
// context's own global object whose getter is the main runtime's get (how
// a context sees the WebAssembly global, made on first use). Assignments
// to it land on the sandbox, as all do.
func (b *binding) defineLazy(cv goja.Value, name string, get goja.Value) {
	c := handleOf[*context](b.vm, cv, "context")
	if c == nil {
		panic(b.vm.NewTypeError("invalid context"))
	}
	if _, ok := goja.AssertFunction(get); !ok {
		panic(b.vm.NewTypeError("get must be a function"))
	}
	_ = c.real.DefineAccessorProperty(name, c.m.b.in(get), nil, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// defineHidden(context, name, value) defines a non-enumerable property of
// the context's own global object (js/vm.js's import() hook).
func (b *binding) defineHidden(cv goja.Value, name string, v goja.Value) {
	c := handleOf[*context](b.vm, cv, "context")
	if c == nil {
		panic(b.vm.NewTypeError("invalid context"))
	}
	_ = c.real.DefineDataProperty(name, c.m.b.in(v), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// noCodegenSource disallows code generation from strings in a context
// (createContext's codeGeneration.strings = false): eval and the Function
// constructor (global, and as every function's constructor) throw
// EvalError, as V8's do. Their names stay. Compiled when first used.
var noCodegenSource = sync.OnceValue(func() *goja.Program {
	return goja.MustCompile("vm:codegen", `(function (global) {
  'use strict';
  const message = 'Code generation from strings disallowed for this context';
  const E = global.EvalError;
  const F = global.Function;
  const deny = { eval() { throw new E(message); }, Function() { throw new E(message); } };
  const hide = (o, k, v) => Object.defineProperty(o, k, { value: v, writable: true, enumerable: false, configurable: true });
  const noFunction = function Function() { return deny.Function(); };
  noFunction.prototype = F.prototype;
  hide(F.prototype, 'constructor', noFunction);
  hide(global, 'Function', noFunction);
  hide(global, 'eval', deny.eval);
})`, true)
})

// restrictCodegen(context) applies codeGeneration: { strings: false }.
func (b *binding) restrictCodegen(cv goja.Value) {
	c := handleOf[*context](b.vm, cv, "context")
	if c == nil {
		panic(b.vm.NewTypeError("invalid context"))
	}
	fn, err := c.inner.RunProgram(noCodegenSource())
	if err == nil {
		f, _ := goja.AssertFunction(fn)
		_, err = f(goja.Undefined(), c.real)
	}
	if err != nil {
		panic(b.vm.NewGoError(err))
	}
}

// globalOf(context) → the context's global object, seen from the main runtime.
func (b *binding) globalOf(cv goja.Value) goja.Value {
	c := handleOf[*context](b.vm, cv, "context")
	if c == nil {
		panic(b.vm.NewTypeError("invalid context"))
	}
	return c.m.a.in(c.inner.GlobalObject())
}

func handleOf[T any](vm *goja.Runtime, v goja.Value, what string) T {
	var zero T
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return zero
	}
	h, ok := v.Export().(T)
	if !ok {
		panic(vm.NewTypeError("invalid " + what))
	}
	return h
}

// run(script, context|null, timeoutMs, breakOnSigint) → the completion value.
func (b *binding) run(sv, cv goja.Value, timeout int64, breakOnSigint bool) goja.Value {
	s := handleOf[*script](b.vm, sv, "script")
	if s == nil {
		panic(b.vm.NewTypeError("invalid script"))
	}
	c := handleOf[*context](b.vm, cv, "context")
	target := b.vm
	if c != nil {
		target = c.inner
		defer b.l.EnterNested(c.inner)()
		defer enterFrom(c.inner, b.vm)()
		if s.strict {
			c.strict++
			defer func() { c.strict-- }()
		}
	}
	v, err := b.guard(target, timeout, breakOnSigint, func() (goja.Value, error) {
		return target.RunProgram(s.prg)
	})
	return b.result(c, v, err)
}

// result returns a value produced by the context c (nil: the main runtime),
// or throws its error on the main runtime.
func (b *binding) result(c *context, v goja.Value, err error) goja.Value {
	if err != nil {
		if ex, ok := err.(*goja.Exception); ok {
			if c == nil {
				panic(ex)
			}
			panic(c.m.a.in(ex.Value()))
		}
		// Uncatchable: the main runtime's own interrupt, which reached
		// the context through the loop; the main runtime's flag stays set.
		if c != nil {
			c.inner.ClearInterrupt()
		}
		panic(err)
	}
	if c == nil {
		return v
	}
	return c.m.a.in(v)
}

// sigintBreaks counts the scripts running with breakOnSigint: while one
// runs, SIGINT ends it and is not delivered to process 'SIGINT' listeners
// (nor kills the process), as in node; the runtime's signal watcher asks
// BreakingOnSigint.
var sigintBreaks atomic.Int32

// BreakingOnSigint reports whether a script running with breakOnSigint
// takes SIGINT now.
func BreakingOnSigint() bool { return sigintBreaks.Load() > 0 }

// guard runs fn with a timeout and/or SIGINT interrupting target. When
// target is a context's runtime, the main runtime is interrupted too: the
// context's code may be running a main-runtime function it was given, and
// node's timeout stops that as well.
func (b *binding) guard(target *goja.Runtime, timeout int64, breakOnSigint bool, fn func() (goja.Value, error)) (goja.Value, error) {
	if timeout <= 0 && !breakOnSigint {
		return fn()
	}
	var mu sync.Mutex
	done, fired := false, false
	var why *interruption
	interrupt := func(w *interruption) {
		mu.Lock()
		defer mu.Unlock()
		if !done && !fired {
			fired, why = true, w
			target.Interrupt(w)
			if target != b.vm {
				b.vm.Interrupt(w)
			}
		}
	}
	var timer *time.Timer
	if timeout > 0 {
		timer = time.AfterFunc(time.Duration(timeout)*time.Millisecond, func() { interrupt(&interruption{}) })
	}
	var sigs chan os.Signal
	stop := make(chan struct{})
	var wg sync.WaitGroup
	if breakOnSigint {
		sigintBreaks.Add(1)
		defer sigintBreaks.Add(-1)
		sigs = make(chan os.Signal, 1)
		signal.Notify(sigs, os.Interrupt)
		wg.Add(1)
		go func() {
			defer wg.Done()
			select {
			case <-sigs:
				interrupt(&interruption{sigint: true})
			case <-stop:
			}
		}()
	}
	v, err := fn()
	mu.Lock()
	done = true
	wasFired := fired
	mu.Unlock()
	if timer != nil {
		timer.Stop()
	}
	if sigs != nil {
		signal.Stop(sigs)
		close(stop)
		wg.Wait()
	}
	if !wasFired {
		return v, err
	}
	ie, interrupted := err.(*goja.InterruptedError)
	if interrupted && ie.Value() != why {
		return v, err // someone else's interrupt (process.exit): let it run its course
	}
	// Ours, or the script ended before it saw it: the flags are still set.
	target.ClearInterrupt()
	if target != b.vm {
		b.vm.ClearInterrupt()
	}
	if !interrupted {
		return v, err
	}
	if why.sigint {
		panic(b.sigint)
	}
	panic(b.timeout)
}

// compileFunction(code, filename, lineOffset, columnOffset, params,
// context|null, extensions) → a function whose body is code. Extension
// objects are in scope through `with` in a sloppy wrapper around it (the
// function itself may still be strict).
func (b *binding) compileFunction(code, filename string, lineOffset, columnOffset int, params []string, cv goja.Value, exts []goja.Value) goja.Value {
	c := handleOf[*context](b.vm, cv, "context")
	head := "(function (" + strings.Join(params, ", ") + ") {"
	tail := "\n})"
	if len(exts) > 0 {
		var names []string
		with := ""
		for i := range exts {
			n := "__gojanet_ext" + itoa(i)
			names = append(names, n)
			with += "with (" + n + ") "
		}
		head = "(function (" + strings.Join(names, ", ") + ") { " + with + "return function (" + strings.Join(params, ", ") + ") {"
		tail = "\n}})"
	}
	// A body that closes the wrapper early is a SyntaxError (V8 parses it
	// by itself), never code run.
	if !goja.IsOneFunction("(function (" + strings.Join(params, ", ") + ") {" + code + "\n})") {
		if e, err := b.vm.New(b.vm.Get("SyntaxError"), b.vm.ToValue("Unexpected token '}'")); err == nil {
			panic(e)
		}
	}
	var prg *goja.Program
	var err error
	shown := prefix(lineOffset, columnOffset) + strings.Repeat(" ", len(head)) + code
	if lineOffset == 0 && b.hooks.CompileBare != nil && b.hooks.Pad+columnOffset >= len(head) {
		// The wrapper's head ends the first line's padding, so that the
		// code's columns there are its own (and the function's source text
		// starts at the head, as before).
		pad := strings.Repeat(" ", b.hooks.Pad+columnOffset-len(head))
		prg, err = b.hooks.CompileBare(filename, pad+head+code+tail)
		shown = strings.Repeat(" ", columnOffset) + code
	} else if lineOffset > 0 && lineOffset <= maxOffset {
		// The head ends the line before the code's: its columns stay its own.
		shown = prefix(lineOffset, columnOffset) + code
		prg, err = b.hooks.Compile(filename, strings.Repeat("\n", lineOffset-1)+head+"\n"+prefix(0, columnOffset)+code+tail)
	} else {
		prg, err = b.hooks.Compile(filename, prefix(lineOffset, columnOffset)+head+code+tail)
	}
	if err != nil {
		// Report positions in the caller's code, not in the wrapper.
		panic(b.hooks.SyntaxError(b.vm, filename, shown, err))
	}
	target := b.vm
	if c != nil {
		target = c.inner
		defer b.l.EnterNested(c.inner)()
		defer enterFrom(c.inner, b.vm)()
	}
	fn, err := target.RunProgram(prg)
	if err == nil && len(exts) > 0 {
		args := make([]goja.Value, len(exts))
		for i, e := range exts {
			args[i] = e
			if c != nil {
				args[i] = c.m.b.in(e)
			}
		}
		f, _ := goja.AssertFunction(fn)
		fn, err = f(goja.Undefined(), args...)
	}
	if o, ok := fn.(*goja.Object); ok && err == nil {
		// node's text: the body on lines of its own (V8 shows an empty
		// one as native code).
		src := "function (" + strings.Join(params, ", ") + ") {\n" + code + "\n}"
		if code == "" {
			src = "function () { [native code] }"
		}
		o.SetFunctionSource(src)
	}
	return b.result(c, fn, err)
}
