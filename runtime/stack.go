package runtime

// callStack describes the JS call stack, innermost frame first, for the
// bootstrap's Error.captureStackTrace: function name, file, line, column
// (source-mapped) and whether the frame is a Go function.
func (r *Runtime) callStack() []map[string]any {
	frames := r.vm.CaptureCallStack(0, nil)
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
