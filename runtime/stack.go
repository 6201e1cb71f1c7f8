package runtime

import (
	"strconv"
	"strings"

	"github.com/dop251/goja"
)

// Stacks in V8's format. The goja fork records, per frame, the callee, the
// receiver and whether it was a construction (cheap, at capture), and hides
// the host's Go functions as V8 hides C++ ones (SetV8StackFrames); the
// names V8 prints ("Object.<anonymous>", "EventEmitter.emit", "new Foo",
// "get x [as x]", "async f", "Array.forEach (<anonymous>)") are worked out
// only when a stack is formatted: when an error's `stack` is first read
// (formatStack, the fork's stack formatter) or when Error.captureStackTrace
// asks for the frames (callStack). Frames of a vm context the main runtime
// is running, or that runs the main runtime's code, are part of either's
// stack (modules/vm marks the crossings with EnterFrom).

// callStack describes the JS call stack, innermost frame first, for the
// bootstrap's Error.captureStackTrace (internal/error_stack). With a
// function for below, only the frames below its topmost call are described
// (none when it is not on the stack), as V8's constructorOpt: the callee
// is compared, not its name (a class constructor's frame has none).
func (r *Runtime) callStack(below goja.Value) []map[string]any {
	return callStackOf(r.vm, below)
}

// callStackOf is callStack for runtime vm (the main one or a vm context's:
// modules/vm's realm binding).
func callStackOf(vm *goja.Runtime, below goja.Value) []map[string]any {
	frames := vm.CaptureCallStack(0, nil)
	if fn, ok := below.(*goja.Object); ok {
		if _, callable := goja.AssertFunction(fn); callable {
			i := 0
			for i < len(frames) && frames[i].Function() != fn {
				i++
			}
			frames = frames[min(i+1, len(frames)):]
		}
	}
	return describeFrames(frames)
}

// frameInfo is what a CallSite reports about a frame (V8's stack trace
// API), with the position corrected for the module wrapper.
type frameInfo struct {
	name     string // V8's name before the location ("" for none)
	fn       string // the function's name
	typ      string // the receiver's type, "" for none
	hasType  bool
	method   string
	native   bool
	file     string
	line     int
	col      int
	toplevel bool
	ctor     bool
	async    bool
}

func frameOf(f *goja.StackFrame) frameInfo {
	fi := frameInfo{
		name:     f.V8Name(),
		fn:       f.FunctionName(),
		native:   f.IsNative(),
		toplevel: f.IsToplevel(),
		ctor:     f.IsConstructor(),
		async:    f.IsAsync(),
	}
	fi.typ, fi.hasType = f.TypeName()
	fi.method, _ = f.MethodName()
	if !fi.native {
		p := f.Position()
		fi.file = p.Filename
		if fi.file == "" {
			fi.file = f.SrcName()
		}
		fi.line, fi.col = p.Line, p.Column
		if p.Line == 1 && fi.col > len(wrapperHead) {
			fi.col -= len(wrapperHead) // the module wrapper shares the first line
		}
	}
	return fi
}

// location is V8's "file:line:col", "<anonymous>" for a builtin.
func (fi *frameInfo) location() string {
	if fi.native || fi.file == "" {
		return "<anonymous>"
	}
	return fi.file + ":" + strconv.Itoa(fi.line) + ":" + strconv.Itoa(fi.col)
}

// String is the frame as V8 prints it after "at ".
func (fi *frameInfo) String() string {
	if fi.name == "" {
		return fi.location()
	}
	return fi.name + " (" + fi.location() + ")"
}

func describeFrames(frames []goja.StackFrame) []map[string]any {
	out := make([]map[string]any, 0, len(frames))
	for i := range frames {
		fi := frameOf(&frames[i])
		m := map[string]any{
			"fn": fi.fn, "file": fi.file, "line": fi.line, "col": fi.col, "native": fi.native,
			"method": fi.method, "toplevel": fi.toplevel, "ctor": fi.ctor, "async": fi.async,
			"text": fi.String(),
		}
		if fi.hasType {
			m["type"] = fi.typ
		}
		out = append(out, m)
	}
	return out
}

// formatStack is the VM's stack formatter (the fork calls it when an
// error's `stack` is first made): with a function in Error.prepareStackTrace,
// V8 hands it the error and its frames as CallSite objects and `stack` is
// what it returns (internal/error_stack's formatStack); otherwise V8's own
// format. Errors whose stack is made while it runs get V8's format
// (plainStack: the fork's guard, as V8's).
func (r *Runtime) formatStack(err *goja.Object, frames []goja.StackFrame) goja.Value {
	if r.stackFormatter != nil {
		if ctor, _ := r.vm.GlobalObject().Get("Error").(*goja.Object); ctor != nil {
			if _, ok := goja.AssertFunction(ctor.Get("prepareStackTrace")); ok {
				v, e := r.stackFormatter(goja.Undefined(), err, r.vm.ToValue(describeFrames(frames)))
				if e != nil {
					panic(e) // thrown from the read of `stack`, as in V8
				}
				return v
			}
		}
	}
	return r.plainStack(err, frames)
}

func (r *Runtime) plainStack(err *goja.Object, frames []goja.StackFrame) goja.Value {
	return r.vm.ToValue(V8Stack(err, frames))
}

// V8Stack is err's stack as V8 prints it: "Name: message" and a line
// "    at ..." per frame.
func V8Stack(err *goja.Object, frames []goja.StackFrame) string {
	var b strings.Builder
	b.WriteString(errorHeader(err))
	for i := range frames {
		fi := frameOf(&frames[i])
		b.WriteString("\n    at ")
		b.WriteString(fi.String())
	}
	return b.String()
}

// errorHeader is V8's first line of a stack: "name: message", either
// alone when the other is empty, name "Error" when undefined. A getter
// that throws leaves its part at the default (V8 does not throw there).
func errorHeader(err *goja.Object) string {
	get := func(key, def string) (s string) {
		defer func() {
			if x := recover(); x != nil {
				if _, ok := x.(*goja.Exception); !ok {
					panic(x)
				}
				s = def
			}
		}()
		if v := err.Get(key); v != nil && !goja.IsUndefined(v) {
			return v.String()
		}
		return def
	}
	name, msg := get("name", "Error"), get("message", "")
	switch {
	case name == "":
		return msg
	case msg == "":
		return name
	}
	return name + ": " + msg
}

// caughtSite is where v was raised, if it is what a catch clause last
// received (the loop's and the bootstrap's catches hand fatal exceptions to
// internal/process_failure, which prints the site as node prints the throw
// location above a fatal exception), as {file, line, col}; else undefined.
// frames are where it was thrown, each as V8 writes it under node's
// "Thrown at:" (--trace-uncaught): the function's name, no receiver.
func (r *Runtime) caughtSite(v goja.Value) any {
	caught, pos, stack, ok := r.vm.LastCaught()
	if !ok || caught == nil || !caught.SameAs(v) || pos.Filename == "" || pos.Line <= 0 {
		return nil
	}
	frames := make([]string, 0, len(stack))
	for i := range stack {
		fi := frameOf(&stack[i])
		if fi.fn == "" {
			frames = append(frames, fi.location())
		} else {
			frames = append(frames, fi.fn+" ("+fi.location()+")")
		}
	}
	return map[string]any{"file": pos.Filename, "line": pos.Line, "col": pos.Column, "frames": frames}
}
