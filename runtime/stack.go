package runtime

import "github.com/dop251/goja"

// callStack describes the JS call stack, innermost frame first, for the
// bootstrap's Error.captureStackTrace: function name, file, line, column
// (source-mapped) and whether the frame is a Go function.
func (r *Runtime) callStack() []map[string]any {
	return describeFrames(r.vm.CaptureCallStack(0, nil))
}

func describeFrames(frames []goja.StackFrame) []map[string]any {
	out := make([]map[string]any, 0, len(frames))
	for i := range frames {
		f := &frames[i]
		fn := f.FuncName()
		if fn == "<anonymous>" {
			fn = ""
		}
		native := f.SrcName() == "<native>"
		p := f.Position()
		file := p.Filename
		if file == "" && !native {
			file = f.SrcName()
		}
		col := p.Column
		if p.Line == 1 && col > len(wrapperHead) {
			col -= len(wrapperHead) // the module wrapper shares the first line
		}
		out = append(out, map[string]any{"fn": fn, "file": file, "line": p.Line, "col": col, "native": native})
	}
	return out
}

// formatStack is the VM's stack formatter (goja calls it when an error's
// `stack` is first read): with a function in Error.prepareStackTrace, V8
// hands it the error and its frames as CallSite objects and `stack` is
// what it returns; that call is internal/error_stack's formatStack. nil
// leaves goja's format.
func (r *Runtime) formatStack(err *goja.Object, frames []goja.StackFrame) goja.Value {
	if r.stackFormatter == nil {
		return nil
	}
	ctor, _ := r.vm.GlobalObject().Get("Error").(*goja.Object)
	if ctor == nil {
		return nil
	}
	if _, ok := goja.AssertFunction(ctor.Get("prepareStackTrace")); !ok {
		return nil
	}
	v, e := r.stackFormatter(goja.Undefined(), err, r.vm.ToValue(describeFrames(frames)))
	if e != nil {
		panic(e) // thrown from the read of `stack`, as in V8
	}
	return v
}
