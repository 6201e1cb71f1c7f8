package runtime

import (
	"os"
	"os/signal"
	"path/filepath"
	goruntime "runtime"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/dop251/goja"
	"github.com/dop251/goja_nodejs/url"
)

var processStart = time.Now()

// loadGoModule runs a goja_nodejs-style loader and returns its exports.
func (r *Runtime) loadGoModule(load ModuleLoader) *goja.Object {
	module := r.vm.NewObject()
	exports := r.vm.NewObject()
	module.Set("exports", exports)
	load(r.vm, module)
	return module.Get("exports").ToObject(r.vm)
}

// hostBinding is internalBinding('host'): what the bootstrap needs from Go.
func (r *Runtime) hostBinding() *goja.Object {
	vm := r.vm
	h := vm.NewObject()
	set := func(name string, v any) { _ = h.Set(name, v) }

	set("shared", vm.NewArrayBuffer(r.loop.SharedBuffer()))
	env := vm.NewObject()
	for _, kv := range r.opts.Env {
		if k, v, ok := strings.Cut(kv, "="); ok && k != "" {
			env.Set(k, v)
		}
	}
	set("env", env)
	argv := append([]string{r.opts.ExecPath}, r.opts.Args...)
	set("argv", argv)
	set("execPath", r.opts.ExecPath)
	set("pid", os.Getpid())
	set("ppid", os.Getppid())
	set("platform", goruntime.GOOS)
	arch := goruntime.GOARCH
	if arch == "amd64" {
		arch = "x64"
	}
	set("arch", arch)
	set("version", NodeVersion)
	set("gojanetVersion", Version)
	set("cwd", func() string { return r.opts.Dir })
	set("chdir", func(dir string) {
		if !filepath.IsAbs(dir) {
			dir = filepath.Join(r.opts.Dir, dir)
		}
		st, err := os.Stat(dir)
		if err != nil || !st.IsDir() {
			panic(vm.NewGoError(err))
		}
		r.opts.Dir = dir
	})
	set("hrtime", func() []int64 {
		d := time.Since(processStart) + time.Duration(processStart.UnixNano()%int64(time.Hour))
		return []int64{int64(d / time.Second), int64(d % time.Second)}
	})
	set("now", func() float64 { r.loop.UpdateNow(); return r.loop.Now() })
	set("uptime", func() float64 { return time.Since(processStart).Seconds() })
	set("memoryUsage", memoryUsage)
	set("reallyExit", func(code int) { r.reallyExit(code) })
	set("write", func(fd int, chunk goja.Value) {
		w := r.stdout
		if fd == 2 {
			w = r.stderr
		}
		if s, ok := chunk.Export().(string); ok {
			_, _ = w.Write([]byte(s))
			return
		}
		var b []byte
		if err := vm.ExportTo(chunk, &b); err == nil {
			_, _ = w.Write(b)
		}
	})
	set("compileBuiltin", func(name string) goja.Value {
		v, err := r.compileBuiltin(name)
		if err != nil {
			panic(vm.NewGoError(err))
		}
		return v
	})
	set("compileFile", func(filename string) goja.Value {
		v, err := r.compileFile(filename)
		if err != nil {
			if se, ok := err.(*SyntaxError); ok {
				panic(r.syntaxError(se))
			}
			if ex, ok := err.(*goja.CompilerSyntaxError); ok {
				panic(vm.NewGoError(ex))
			}
			panic(vm.NewGoError(err))
		}
		return v
	})
	set("arrowKey", arrowKey)
	set("compileScript", func(name, source string) goja.Value {
		prg, err := compileWrapped(name, source)
		if err != nil {
			if se, ok := err.(*SyntaxError); ok {
				panic(r.syntaxError(se))
			}
			panic(vm.NewGoError(err))
		}
		v, err := vm.RunProgram(prg)
		if err != nil {
			panic(err)
		}
		return v
	})
	set("readFile", func(filename string) string {
		b, err := os.ReadFile(filename)
		if err != nil {
			panic(vm.NewGoError(err))
		}
		return string(b)
	})
	set("resolve", func(request, parent string) any {
		f, err := r.resolveFull(request, parent)
		if err != nil {
			return err
		}
		return f
	})
	set("isBuiltin", func(name string) bool { return r.builtinAllowed(name) })
	set("builtinModules", func() []string {
		var names []string
		for n := range builtinNames() {
			if r.builtinAllowed(n) {
				names = append(names, n)
			}
		}
		for n := range r.natives {
			names = append(names, n)
		}
		return names
	})
	set("isNative", func(name string) bool { _, ok := r.natives[name]; return ok })
	set("loadNative", func(name string, module *goja.Object) {
		r.natives[name](vm, module)
	})
	set("binding", func(name string) goja.Value {
		if b, ok := r.bindings[name]; ok {
			return b
		}
		fill, ok := bindingRegistry[name]
		if !ok {
			panic(vm.NewTypeError("No such binding: " + name))
		}
		exports := vm.NewObject()
		fill(r.loop, exports)
		r.bindings[name] = exports
		return exports
	})
	set("url", r.loadGoModule(url.Require))
	set("watchSignal", r.watchSignal)
	set("unwatchSignal", r.unwatchSignal)
	return h
}

// arrowKey names the hidden property where an error keeps node's "arrow
// message": the file:line:col, the source line and a caret under the column,
// printed above the stack when the error is fatal.
var arrowKey = goja.NewSymbol("gojanet.arrowMessage")

// syntaxError builds a JS SyntaxError that names file:line:col.
func (r *Runtime) syntaxError(se *SyntaxError) goja.Value {
	ctor := r.vm.Get("SyntaxError").ToObject(r.vm)
	e, _ := r.vm.New(ctor, r.vm.ToValue(se.Message))
	loc := se.File
	if se.Line > 0 {
		loc = se.File + ":" + strconv.Itoa(se.Line) + ":" + strconv.Itoa(se.Column)
	}
	arrow := loc + "\n" + se.LineText
	if se.Column > 0 {
		var caret strings.Builder
		for i, c := range se.LineText {
			if i >= se.Column-1 {
				break
			}
			if c == '\t' {
				caret.WriteByte('\t')
			} else {
				caret.WriteByte(' ')
			}
		}
		arrow += "\n" + caret.String() + "^"
	}
	_ = e.DefineDataProperty("stack", r.vm.ToValue("SyntaxError: "+se.Message+"\n    at "+loc), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = e.DefineDataPropertySymbol(arrowKey, r.vm.ToValue(arrow), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return e
}

var signalNumbers = map[string]syscall.Signal{
	"SIGINT": syscall.SIGINT, "SIGTERM": syscall.SIGTERM, "SIGHUP": syscall.SIGHUP,
	"SIGUSR1": syscall.SIGUSR1, "SIGUSR2": syscall.SIGUSR2, "SIGQUIT": syscall.SIGQUIT,
	"SIGPIPE": syscall.SIGPIPE, "SIGWINCH": syscall.SIGWINCH, "SIGBREAK": 0,
}

// watchSignal delivers a signal to process.emit on the loop. Signal
// listeners do not keep the loop alive, as in node.
func (r *Runtime) watchSignal(name string, emit goja.Value) {
	sig, ok := signalNumbers[name]
	if !ok || sig == 0 {
		return
	}
	if r.signals == nil {
		r.signals = map[string]chan os.Signal{}
	}
	if _, ok := r.signals[name]; ok {
		return
	}
	ch := make(chan os.Signal, 4)
	r.signals[name] = ch
	signal.Notify(ch, sig)
	go func() {
		for range ch {
			r.loop.Post(func() { r.loop.Call(emit, goja.Undefined(), r.vm.ToValue(name)) })
		}
	}()
}

func (r *Runtime) unwatchSignal(name string) {
	if ch, ok := r.signals[name]; ok {
		signal.Stop(ch)
		close(ch)
		delete(r.signals, name)
	}
}

func (r *Runtime) stopSignals() {
	for name := range r.signals {
		r.unwatchSignal(name)
	}
}
