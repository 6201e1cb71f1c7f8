package runtime

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	goruntime "runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	intlmod "github.com/gojanet/gojanet/modules/intl"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"

	bufmod "github.com/gojanet/gojanet/modules/buffer"
	workermod "github.com/gojanet/gojanet/modules/worker"
	"github.com/gojanet/gojanet/runtime/loop"
)

var processStart = time.Now()

// hostBinding is internalBinding('host'): what the bootstrap needs from Go.
func (r *Runtime) hostBinding() *goja.Object {
	vm := r.vm
	h := vm.NewObject()
	set := func(name string, v any) { _ = h.SetNamed(name, v) }

	set("shared", vm.NewArrayBuffer(r.loop.SharedBuffer()))
	set("isWorker", r.worker != nil)
	if r.env == nil {
		r.env = newEnvStore(r.opts.Env)
	}
	// process.env's proxy target (js/internal/bootstrap.js): the runtime's
	// environment store (env.go), shared with SHARE_ENV workers.
	set("env", vm.NewDynamicObject(&envObject{vm: vm, store: r.env}))
	argv := append([]string{r.opts.ExecPath}, r.opts.Args...)
	set("argv", argv)
	set("execPath", r.opts.ExecPath)
	argv0 := r.opts.Argv0
	if argv0 == "" {
		argv0 = "gojanet"
	}
	set("argv0", argv0)
	execArgv := r.opts.ExecArgv
	if execArgv == nil {
		execArgv = []string{}
	}
	set("execArgv", execArgv)
	nodeOptions := r.opts.NodeOptions
	if nodeOptions == nil {
		nodeOptions = []string{}
	}
	set("nodeOptions", nodeOptions)
	// (--addons/--no-addons, decided once: process.dlopen and the
	// "node-addons" condition)
	set("addons", addonsAllowed(r.opts))
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
	set("tzVersion", tzdataVersion())
	set("cwd", func() string { return r.cwd.get() })
	set("cwdMissing", r.cwd.isMissing)
	// chdir returns 0 or a negative errno (the JS side builds node's error).
	set("chdir", func(dir string) int {
		if !filepath.IsAbs(dir) {
			dir = filepath.Join(r.cwd.get(), dir)
		}
		st, err := os.Stat(dir)
		if err != nil {
			var errno syscall.Errno
			if errors.As(err, &errno) {
				return -int(errno)
			}
			return -int(syscall.EINVAL)
		}
		if !st.IsDir() {
			return -int(syscall.ENOTDIR)
		}
		r.cwd.set(filepath.Clean(dir))
		return 0
	})
	// umask(mask) sets the process's file mode mask and returns the old one;
	// umask(-1) only reads it.
	set("umask", func(mask int) int {
		if mask < 0 {
			old := syscall.Umask(0)
			syscall.Umask(old)
			return old
		}
		return syscall.Umask(mask & 0o777)
	})
	set("hrtime", func() []int64 {
		d := time.Since(processStart) + time.Duration(processStart.UnixNano()%int64(time.Hour))
		return []int64{int64(d / time.Second), int64(d % time.Second)}
	})
	set("now", func() float64 { r.loop.UpdateNow(); return r.loop.Shared[loop.SharedNow] }) // whole ms (loop.go UpdateNow)
	set("uptime", func() float64 { return time.Since(processStart).Seconds() })
	set("gc", func() { goruntime.GC() }) // --expose-gc's gc()
	// a diagnostic file's default name (js/internal/diagnostic_filename.js):
	// one sequence for the tree of runtimes, as node's for its process,
	// and the thread's id
	set("nextDiagnosticSeq", func() int64 { return r.diagSeq.Add(1) })
	set("threadId", r.threadID())
	// timeOrigin: the process's start in Unix ms, the same in every
	// runtime of the process (a worker's performance.timeOrigin is its
	// parent's, as in node).
	set("timeOrigin", float64(processStart.UnixNano())/1e6)
	set("memoryUsage", func() map[string]any { return memoryUsage(vm) })
	set("constrainedMemory", constrainedMemory)
	set("availableMemory", availableMemory)
	// process.report's system facts (report.go).
	set("reportLimits", reportLimits)
	set("socketBufferSizes", socketBufferSizes)
	set("sharedObjects", sharedObjects)
	// The process's own command line, as node's report shows its argv.
	set("commandLine", func() []string { return append([]string(nil), os.Args...) })
	set("reallyExit", func(code int) { r.reallyExit(code) })
	// markLazyGetter(get): get makes a global that node defines as a data
	// property; a descriptor asked of it runs get first (goja's
	// MarkLazyGetter), so the global describes itself as node's does.
	set("markLazyGetter", func(get *goja.Object) { vm.MarkLazyGetter(get) })
	// markNativeData(get): get's accessor describes itself as a data
	// property (V8's native data properties: process.title).
	set("markNativeData", func(get *goja.Object) { vm.MarkNativeDataGetter(get) })
	// describeAsAccessor(obj, name, get, set): obj's data property name
	// describes itself as node's accessor (globalThis.process and Buffer,
	// data properties here because builtins read them per chunk).
	set("describeAsAccessor", func(o *goja.Object, name string, get, set *goja.Object) {
		vm.DescribeAsAccessor(o, name, get, set)
	})
	// viewGet(obj, name), viewSet(obj, name, value): what that get and set
	// do (the data property while it lasts, then their own value).
	set("viewGet", func(o *goja.Object, name string) goja.Value {
		if o == nil {
			return goja.Undefined()
		}
		return vm.AccessorViewGet(o, name)
	})
	set("viewSet", func(o *goja.Object, name string, v goja.Value) {
		if o != nil {
			vm.AccessorViewSet(o, name, v)
		}
	})
	// setTitle(title) → the title kept (proctitle.go), for process.title.
	set("setTitle", func(title string) string {
		if !r.opts.ProcessTitle {
			return title
		}
		return setProcessTitle(title)
	})
	set("dlopenError", dlopenError)
	set("uncaught", r.uncaught)
	// write(fd, chunk) → 0, or a negative errno when the write failed (EPIPE
	// once the reader of a pipe is gone): process.stdout/stderr turn it into
	// the stream's 'error', the console ignores it, as node's do.
	// (A native function, not a reflected one: console.log calls it, and
	// goja's reflection wrapper cost ≈ 7 K machine instructions per call.)
	zero := vm.ToValue(0)
	valueTrue, valueFalse := vm.ToValue(true), vm.ToValue(false)
	write := func(fd int64, chunk goja.Value) error {
		w := r.stdout
		if fd == 2 {
			w = r.stderr
		}
		var err error
		if s, ok := chunk.(goja.String); ok {
			_, err = io.WriteString(w, s.String())
		} else if b, ok := bufmod.Bytes(vm, chunk); ok {
			_, err = w.Write(b)
		}
		return err
	}
	set("write", func(c goja.FunctionCall) goja.Value {
		err := write(c.Argument(0).ToInteger(), c.Argument(1))
		if err == nil {
			return zero
		}
		var errno syscall.Errno
		if errors.As(err, &errno) {
			return vm.ToValue(-int(errno))
		}
		return vm.ToValue(-int(syscall.EIO))
	})
	// stdio: the bootstrap's record of process.stdout/stderr/stdin, each
	// its lazy getter until the host's stream exists, then that stream
	// (js/internal/bootstrap.js lazyProcess): how the global console tells
	// the host's stream from a script's (js/console.js).
	stdio := vm.NewObject()
	set("stdio", stdio)
	// consoleWrite(fd, text) → true when it wrote text to fd, false when
	// the global console must write through the host's stream (fd 1 or 2)
	// itself: it exists and a script gave it an own write (as test runners
	// do to capture output). Read without running anything; write errors
	// are ignored, as node's console does. One call, no descriptor object:
	// the docs' echo server logs twice a connection.
	stdioName := [3]string{"", "stdout", "stderr"}
	set("consoleWrite", func(c goja.FunctionCall) goja.Value {
		fd := c.Argument(0).ToInteger()
		if fd != 1 && fd != 2 || !hostStreamPlain(stdio, stdioName[fd]) {
			return valueFalse
		}
		_ = write(fd, c.Argument(1))
		return valueTrue
	})
	// cloneObject(tpl): goja's CloneObject of a template object (its plain
	// objects copied too, one level), made with their final shapes in one
	// step, or undefined when it is no such object: net's accepted sockets
	// (js/net.js cloneAccepted), http's IncomingMessage and ServerResponse
	// (≈ 35 properties that were that many shape transitions).
	set("cloneObject", func(c goja.FunctionCall) goja.Value {
		if tpl, ok := c.Argument(0).(*goja.Object); ok {
			if o := vm.CloneObject(tpl, true); o != nil {
				return o
			}
		}
		return goja.Undefined()
	})
	// defineHidden(obj, symbol, value) is Object.defineProperty(obj, symbol,
	// { value }) (non-enumerable, read-only, non-configurable) without the
	// descriptor object and its six reads: ≈ 5-7 K machine instructions a
	// call, and pipe() marks both of its streams per connection. Only on
	// an ordinary object (false otherwise: a proxy's defineProperty trap
	// must see the descriptor Object.defineProperty would give it).
	set("defineHidden", func(c goja.FunctionCall) goja.Value {
		o, ok := c.Argument(0).(*goja.Object)
		sym, isSym := c.Argument(1).(*goja.Symbol)
		if !ok || !isSym || o.Kind() != goja.KindPlainObject {
			return valueFalse
		}
		// (a failure, an existing non-configurable key, throws here)
		o.DefineDataPropertySymbolInCall(sym, c.Argument(2), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
		return valueTrue
	})
	// watchCell and watch(...objects): the builtins' signal that nothing
	// they rely on changed (third_party/goja gojanet_watch.go): watch()
	// watches each object with its prototypes and says whether all could
	// be; watchCell.epoch changes whenever a watched object does.
	set("watchCell", vm.WatchCell())
	set("watch", func(c goja.FunctionCall) goja.Value {
		all := true
		for _, a := range c.Arguments {
			if o, ok := a.(*goja.Object); !ok || !vm.WatchValues(o) {
				all = false
			}
		}
		if all {
			return valueTrue
		}
		return valueFalse
	})
	// shapesHeld and holdShapes: the same for checks of instances' methods
	// (an instance of a shape whose checks held, while the epoch stands)
	held, hold := vm.ShapeHolds()
	// (held read-only and non-configurable: the firewall leaves such a
	// property as it is, and a leaf builtin of the engine's, which cannot
	// panic, called without a frame, is the point: ≈ 400 machine
	// instructions less a call than the firewall's wrapper)
	_ = h.DefineDataProperty("shapesHeld", held, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	set("holdShapes", hold)
	set("compileBuiltin", func(name string) goja.Value {
		v, err := r.compileBuiltin(name)
		if err != nil {
			panic(vm.NewGoError(err))
		}
		return v
	})
	// moduleLoaded: a JSON module loaded (code modules are told of in
	// compileFile), for Options.OnModuleLoad.
	set("moduleLoaded", func(filename string) {
		if r.opts.OnModuleLoad != nil {
			r.opts.OnModuleLoad(filename)
		}
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
	set("stdinRead", r.stdinRead)
	set("stdinPaused", r.stdinPaused)
	set("isTTY", func(fd int) bool { return r.isTTY(fd) })
	// stdioFd: the OS descriptor behind the runtime's stdio fd (an embedder's
	// file may not be 0-2), or -1 if it is not a file; tty raw mode uses it.
	set("stdioFd", func(fd int) int {
		f, ok := r.stdioFile(fd)
		if !ok {
			return -1
		}
		return int(f.Fd())
	})
	set("stdinKind", func() string {
		f, ok := r.stdioFile(0)
		if !ok {
			return "pipe"
		}
		st, err := f.Stat()
		switch {
		case err != nil:
			return "pipe"
		case r.isTTY(0):
			return "tty"
		case st.Mode()&(os.ModeNamedPipe|os.ModeSocket) != 0:
			return "pipe"
		}
		return "file"
	})
	set("windowSize", func(fd int) []int {
		f, ok := r.stdioFile(fd)
		if !ok {
			return nil
		}
		ws, err := unix.IoctlGetWinsize(int(f.Fd()), unix.TIOCGWINSZ)
		if err != nil {
			return nil
		}
		return []int{int(ws.Col), int(ws.Row)}
	})
	set("getuid", os.Getuid)
	set("geteuid", os.Geteuid)
	set("getgid", os.Getgid)
	set("getegid", os.Getegid)
	r.credentialBindings(set)
	set("rusage", func() []float64 {
		var ru unix.Rusage
		if err := unix.Getrusage(unix.RUSAGE_SELF, &ru); err != nil {
			return nil
		}
		us := func(tv unix.Timeval) float64 { return float64(tv.Sec)*1e6 + float64(tv.Usec) }
		return []float64{us(ru.Utime), us(ru.Stime), float64(ru.Maxrss), float64(ru.Ixrss), float64(ru.Idrss),
			float64(ru.Isrss), float64(ru.Minflt), float64(ru.Majflt), float64(ru.Nswap), float64(ru.Inblock),
			float64(ru.Oublock), float64(ru.Msgsnd), float64(ru.Msgrcv), float64(ru.Nsignals), float64(ru.Nvcsw), float64(ru.Nivcsw)}
	})
	set("kill", func(pid, sig int) int {
		if err := unix.Kill(pid, syscall.Signal(sig)); err != nil {
			if errno, ok := err.(syscall.Errno); ok {
				return -int(errno) // libuv's negative errno
			}
			return -int(syscall.EINVAL)
		}
		return 0
	})
	set("signals", func() map[string]int {
		m := map[string]int{}
		for _, name := range signalList {
			if n := signalNumber(name); n != 0 {
				m[name] = int(n)
			}
		}
		return m
	})
	set("signalNames", func() []string { return signalList })
	set("callStack", r.callStack)
	set("caughtSite", r.caughtSite)
	// setStackFormatter(fn): internal/error_stack's call of
	// Error.prepareStackTrace, for the VM's stack formatter.
	set("setStackFormatter", func(fn goja.Value) {
		r.stackFormatter, _ = goja.AssertFunction(fn)
	})
	set("os", func() goja.Value { return r.wall.Wrap(r.osBinding(), "os") })
	set("arrowKey", arrowKey)
	set("wrapperWidth", len(wrapperHead))
	// esmLink(filename): a user file's exports and imports as JSON if it is
	// an ES module, else "" (esmlink.go; js/internal/modules.js linkGraph).
	// A file that fails to load gives "": its require reports the error.
	set("esmLink", func(filename string) string {
		fp, err := loadFile(filename, r.sourceMaps.Load())
		if err != nil || fp.link == nil {
			return ""
		}
		b, err := json.Marshal(fp.link)
		if err != nil {
			return ""
		}
		return string(b)
	})
	// setSourceMapsEnabled(on): process.setSourceMapsEnabled; files loaded
	// from now on have their own source maps applied, or not.
	set("setSourceMapsEnabled", func(on bool) { r.sourceMaps.Store(on) })
	set("sourceMapsEnabled", func() bool { return r.sourceMaps.Load() })
	// cjsExportNames(filename): the named exports node finds in a
	// CommonJS file for an ES module's import of it (cjsexports.go).
	set("cjsExportNames", r.cjsExportNames)
	// typeModuleScope(filename): the package.json whose "type": "module"
	// makes a .js file an ES module, or "" (node's hint in a "require is not
	// defined in ES module scope" error).
	set("typeModuleScope", func(filename string) string {
		if filepath.Ext(filename) != ".js" {
			return ""
		}
		return typeModuleScope(filepath.Dir(filename))
	})
	// runProgram runs prg, its exception thrown on; compileGlobalScript
	// compiles source as a script of its own in the global scope, its first
	// line padded by pad columns (a syntax error's are the source's).
	runProgram := func(prg *goja.Program) goja.Value {
		v, err := vm.RunProgram(prg)
		if err != nil {
			panic(err)
		}
		return v
	}
	compileGlobalScript := func(name, source string, pad int) *goja.Program {
		prg, err := compile(name, strings.Repeat(" ", pad)+source, false)
		if ce, ok := err.(*goja.CompilerSyntaxError); ok {
			panic(r.syntaxError(compilerSyntaxError(name, source, pad, ce)))
		}
		if err != nil {
			panic(vm.NewGoError(err))
		}
		return prg
	}
	// compileScript(name, source, isModule): isModule compiles source as an
	// ES module whatever name says.
	set("compileScript", func(name, source string, isModule bool) goja.Value {
		var code string
		var err error
		if isModule {
			code, err = transpileModule(name, source)
		} else {
			code, err = transpile(name, source)
		}
		var prg *goja.Program
		if err == nil {
			converted := !untouched(source, code)
			prg, err = compileWrapped(name, code, converted, r.sourceMaps.Load() || converted)
		}
		if err != nil {
			if se, ok := err.(*SyntaxError); ok {
				panic(r.syntaxError(se))
			}
			panic(vm.NewGoError(err))
		}
		return runProgram(prg)
	})
	// compileEvalScript(name, source): node's -e, -p, stdin and worker eval
	// code runs as a script in the global scope (vm.runInThisContext), its
	// top-level var and function declarations globals, its let and const
	// free to shadow the __filename and require globals. A function that
	// runs it, given import()'s function, and returns its completion value;
	// null for an ES module (import, export) or an error, which the module
	// wrapper's compileScript reports; "module" for -e or stdin code that is
	// an ES module by node's detection (top-level await), which runs only
	// when detect is set (no --input-type given). Source that needs
	// converting (import(), constructs goja lacks) runs converted, esbuild's
	// helpers global lexical bindings, as __gojanet_import (the import()s) is.
	bindImport := func(own string) *goja.Program {
		prg, _ := goja.Compile("[eval import]", "const "+own+"import = globalThis.__gojanet_eval_import;", false)
		return prg
	}
	defaultBindImport := bindImport(ownPrefix)
	set("compileEvalScript", func(name, source string, detect bool) goja.Value {
		code, isModule, err := transpileEval(name, source)
		if err != nil || isModule {
			return goja.Null()
		}
		converted := code != source
		own, _ := namesOf(code)
		if converted {
			code = lexicalHelpers(code)
		}
		// (its first line padded as wide as the module wrapper's head, whose
		// width stack traces take off line 1's columns)
		pad := len(wrapperHead)
		prg, err := compile(name, strings.Repeat(" ", pad)+code, false)
		if ce, ok := err.(*goja.CompilerSyntaxError); ok {
			if detect && (name == "[eval]" || name == "[stdin]" || name == "[worker eval]") && topLevelAwait(name, source) {
				return vm.ToValue("module")
			}
			panic(r.syntaxError(compilerSyntaxError(name, code, pad, ce)))
		} else if err != nil {
			panic(vm.NewGoError(err))
		}
		return vm.ToValue(func(c goja.FunctionCall) goja.Value {
			if converted && own != "" && strings.Contains(code, own+"import(") {
				bind := defaultBindImport
				if own != ownPrefix {
					bind = bindImport(own)
				}
				g := vm.GlobalObject()
				_ = g.Set("__gojanet_eval_import", c.Argument(0))
				runProgram(bind)
				_ = g.Delete("__gojanet_eval_import")
			}
			return runProgram(prg)
		})
	})
	// runInThisContext runs code as a script of its own in the global scope
	// (vm.runInThisContext): its top-level let, const and class persist for
	// later scripts, as the REPL needs.
	set("runInThisContext", func(name, code string) goja.Value {
		return runProgram(compileGlobalScript(name, code, 0))
	})
	// sleep blocks the loop for ms milliseconds (Atomics.wait with nobody
	// to notify it); Infinity blocks until the runtime is stopped.
	set("sleep", func(ms float64) {
		forever := !(ms < 1e15) // Infinity, or longer than anyone waits
		deadline := time.Now().Add(time.Duration(ms * float64(time.Millisecond)))
		for !r.stopReq.Load() {
			left := time.Until(deadline)
			if !forever && left <= 0 {
				return
			}
			if forever || left > 50*time.Millisecond {
				left = 50 * time.Millisecond // look at Stop now and then
			}
			time.Sleep(left)
		}
	})
	// atomicsWait(sab, byteOffset, size, expected, ms): Atomics.wait on
	// shared memory (modules/worker/atomics.go); expected is the element's
	// unsigned bit pattern (a decimal string for 8 bytes). The runtime's
	// stop (terminate()) ends the wait.
	waitTarget := func(buf goja.Value, off, size int, expected goja.Value, ms float64) ([]byte, uint64, time.Duration) {
		o, ok := buf.(*goja.Object)
		var ab goja.ArrayBuffer
		if ok {
			ab, ok = o.Export().(goja.ArrayBuffer)
		}
		if !ok || ab.Detached() || (size != 4 && size != 8) || off < 0 || off%size != 0 || off+size > len(ab.Bytes()) {
			panic(vm.NewTypeError("invalid Atomics.wait target"))
		}
		var want uint64
		if size == 8 {
			want, _ = strconv.ParseUint(expected.String(), 10, 64)
		} else {
			want = uint64(uint32(expected.ToInteger()))
		}
		timeout := time.Duration(-1)
		if ms < 1e15 {
			timeout = time.Duration(ms * float64(time.Millisecond))
		}
		return ab.Bytes(), want, timeout
	}
	// trace (--trace-atomics-wait): node's lines before and after the wait,
	// written to the process's stderr at once (a worker's too, as node's).
	set("atomicsWait", func(buf goja.Value, off, size int, expected goja.Value, ms float64, trace bool) string {
		mem, want, timeout := waitTarget(buf, off, size, expected, ms)
		if !trace {
			return workermod.Wait(mem, off, size, want, timeout, r.stopReq.Load)
		}
		value := int64(want)
		if size == 4 {
			value = int64(int32(uint32(want)))
		}
		limit := "inf"
		if timeout >= 0 {
			limit = strconv.FormatFloat(ms, 'f', 0, 64)
		}
		head := fmt.Sprintf("(node:%d) [Thread %d] Atomics.wait(%p + %x, %d, %s) ", os.Getpid(), r.threadID(), &mem[0], off, value, limit)
		w := r.processStderr()
		io.WriteString(w, head+"started\n")
		res := workermod.Wait(mem, off, size, want, timeout, r.stopReq.Load)
		switch {
		case res == "ok":
			io.WriteString(w, head+"was woken up by another thread\n")
		case res == "not-equal":
			io.WriteString(w, head+"did not wait because the values mismatched\n")
		case r.stopReq.Load():
			io.WriteString(w, head+"was stopped by terminated execution\n")
		default:
			io.WriteString(w, head+"timed out\n")
		}
		return res
	})
	// atomicsWaitAsync: Atomics.waitAsync. "not-equal" or "timed-out" when
	// known at once; else "" and cb(result) later, from a goroutine that
	// waits and posts back. As in node, the wait does not keep the loop
	// alive; the runtime's end ends it.
	set("atomicsWaitAsync", func(buf goja.Value, off, size int, expected goja.Value, ms float64, cb goja.Value) string {
		if _, ok := goja.AssertFunction(cb); !ok {
			panic(vm.NewTypeError("callback must be a function"))
		}
		mem, want, timeout := waitTarget(buf, off, size, expected, ms)
		if workermod.Load(mem, off, size) != want {
			return "not-equal"
		}
		if timeout == 0 {
			return "timed-out"
		}
		l := r.loop
		stopped := func() bool {
			select {
			case <-r.done:
				return true
			default:
				return r.stopReq.Load()
			}
		}
		return workermod.WaitAsync(mem, off, size, want, timeout, stopped, func(res string) {
			l.Post(func() {
				if !l.Stopped {
					l.Call(cb, goja.Undefined(), vm.ToValue(res))
				}
			})
		})
	})
	set("readFile", func(filename string) string {
		b, err := os.ReadFile(filename)
		if err != nil {
			panic(vm.NewGoError(err))
		}
		return string(b)
	})
	// resolve(request, parent, isMain, extraExtensions, forImport): the resolved file (its
	// real path), '' if none, or a resolution error; forImport (1: an ES module's import
	// statement, 2: import()) matches "exports"/"imports" with the import conditions instead
	// of require's, and resolves strictly where node's ES module loader does (strictImport).
	set("resolve", func(request, parent string, main bool, extra []string, forImport int) any {
		sets := r.conditions()
		conds := sets.require
		switch {
		case forImport == 2 || forImport == 1 && (esModuleFile(parent) || evalModule(parent)):
			conds = sets.strict
		case forImport == 1:
			conds = sets.imports
		}
		f, err := r.resolveReal(request, parent, main, extra, conds)
		if err != nil {
			return err
		}
		return f
	})
	set("isBuiltin", func(name string) bool {
		if n, ok := strings.CutPrefix(name, "node:"); ok {
			return r.builtinAllowed(n)
		}
		return r.builtinAllowed(name) && !schemeOnlyBuiltins[name]
	})
	set("builtinModules", func() []string {
		var names []string
		for n := range builtinNames() {
			// 'gojanet' (the embedding's builtin) is required by name but not
			// listed: scripts compare this list with node's.
			if r.builtinAllowed(n) && !schemeOnlyBuiltins[n] && n != "gojanet" {
				names = append(names, n)
			}
		}
		for n := range r.natives {
			names = append(names, n)
		}
		return names
	})
	// setTimeZone(tz): a script assigned (or deleted, tz undefined)
	// process.env.TZ; node then moves local dates to that zone.
	set("setTimeZone", func(tz goja.Value) {
		name := ""
		if tz != nil && !goja.IsUndefined(tz) {
			name = tz.String()
		}
		vm.SetTimeLocation(intlmod.ZoneLocation(name))
	})
	set("isNative", func(name string) bool { _, ok := r.natives[name]; return ok })
	// What Object.getPrototypeOf reports for a lowered async generator
	// function (js/internal/async_generator.js, goja's gojanet_asyncgen.go).
	set("setAsyncGeneratorFunctionPrototype", func(proto *goja.Object) {
		vm.SetLoweredAsyncGeneratorFunctionPrototype(proto)
	})
	set("loadNative", func(name string, module *goja.Object) {
		load, ok := r.natives[name]
		if !ok || module == nil {
			panic(vm.NewTypeError("No such native module: " + name))
		}
		load(vm, module)
		if exports := module.Get("exports"); exports != nil {
			_ = module.Set("exports", r.wall.Wrap(exports, name))
		}
	})
	set("binding", func(name string) goja.Value {
		if b, ok := r.bindings[name]; ok {
			return b
		}
		fill, ok := bindingRegistry[name]
		switch name {
		case "worker":
			fill, ok = func(_ *loop.Loop, exports *goja.Object) { r.workerBinding(exports) }, true
		case "performance":
			fill, ok = func(_ *loop.Loop, exports *goja.Object) { r.performanceBinding(exports) }, true
		}
		if !ok {
			panic(vm.NewTypeError("No such binding: " + name))
		}
		exports := vm.NewObject()
		fill(r.loop, exports)
		r.wall.Wrap(exports, name)
		r.bindings[name] = exports
		return exports
	})
	set("watchSignal", r.watchSignal)
	set("unwatchSignal", r.unwatchSignal)
	return h
}

// arrowKey names the hidden property where an error keeps node's "arrow
// message": the file:line, the source line and a caret under the column,
// printed above the stack when the error is fatal.
var arrowKey = goja.NewSymbol("gojanet.arrowMessage")

// syntaxError builds a JS SyntaxError that names file:line:col.
func (r *Runtime) syntaxError(se *SyntaxError) goja.Value { return newSyntaxError(r.vm, se) }

// newSyntaxError is syntaxError on any runtime (vm contexts have their own).
func newSyntaxError(vm *goja.Runtime, se *SyntaxError) goja.Value {
	ctor := vm.Get("SyntaxError").ToObject(vm)
	e, _ := vm.New(ctor, vm.ToValue(se.Message))
	loc := se.File
	if se.Line > 0 {
		loc = se.File + ":" + strconv.Itoa(se.Line) + ":" + strconv.Itoa(se.Column)
	}
	// node's arrow names file:line (the column is the caret's).
	head := se.File
	if se.Line > 0 {
		head += ":" + strconv.Itoa(se.Line)
	}
	arrow := head + "\n" + se.LineText
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
		// V8 underlines the token; at the end of input there is none.
		if !se.endOfInput {
			caret.WriteString(strings.Repeat("^", max(1, se.caretLen)))
		}
		arrow += "\n" + caret.String()
	}
	_ = e.DefineDataProperty("stack", vm.ToValue("SyntaxError: "+se.Message+"\n    at "+loc), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = e.DefineDataPropertySymbol(arrowKey, vm.ToValue(arrow), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return e
}

// signalNumber is unix.SignalNum, which knows no aliases, with node's two.
func signalNumber(name string) syscall.Signal {
	switch name {
	case "SIGIOT":
		return unix.SIGABRT
	case "SIGPOLL":
		return unix.SIGIO
	}
	return unix.SignalNum(name)
}

// signalList is every signal name process.kill and os.constants know, in
// the order of node's os.constants.signals.
var signalList = []string{"SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT", "SIGIOT", "SIGBUS",
	"SIGFPE", "SIGKILL", "SIGUSR1", "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM", "SIGTERM", "SIGCHLD",
	"SIGSTKFLT", "SIGCONT", "SIGSTOP", "SIGTSTP", "SIGTTIN", "SIGTTOU", "SIGURG", "SIGXCPU", "SIGXFSZ",
	"SIGVTALRM", "SIGPROF", "SIGWINCH", "SIGIO", "SIGPOLL", "SIGPWR", "SIGSYS"}

var signalNumbers = map[string]syscall.Signal{
	"SIGINT": syscall.SIGINT, "SIGTERM": syscall.SIGTERM, "SIGHUP": syscall.SIGHUP,
	"SIGUSR1": syscall.SIGUSR1, "SIGUSR2": syscall.SIGUSR2, "SIGQUIT": syscall.SIGQUIT,
	"SIGPIPE": syscall.SIGPIPE, "SIGWINCH": syscall.SIGWINCH, "SIGBREAK": 0,
}

// watchSignal delivers a signal to process.emit on the loop (with
// Options.HandleSignals; see signals.go). Signal listeners do not keep the
// loop alive, as in node.
func (r *Runtime) watchSignal(name string, emit goja.Value) {
	sig, ok := signalNumbers[name]
	if !ok || sig == 0 || !r.opts.HandleSignals {
		return
	}
	r.subscribe(name, sig, emit)
}

func (r *Runtime) unwatchSignal(name string) {
	r.forget(name)
	if _, ok := defaultKill[name]; ok && defaultActions.Load() {
		return // still watched: its default action is ours to take
	}
	r.unsubscribe(name)
}

func (r *Runtime) unsubscribe(name string) {
	if ch, ok := r.signals[name]; ok {
		signal.Stop(ch)
		close(ch)
		delete(r.signals, name)
	}
}

func (r *Runtime) stopSignals() {
	for name := range r.sigEmit {
		r.forget(name)
	}
	for name := range r.signals {
		r.unsubscribe(name)
	}
}

// stdinState is the loop goroutine's view of the stdin reader.
type stdinState struct {
	req     chan struct{} // one request per chunk, to the reading goroutine
	cb      goja.Callable
	pending bool // a request is out: the loop holds a ref for it, unless paused
	ended   bool
	paused  bool // process.stdin paused: a pending read does not keep the loop alive (node's readStop)
	unrefd  bool // the pending read's ref is not held (paused)
}

// stdioFile is the *os.File behind fd 0, 1 or 2, if the runtime's stdio is one.
func (r *Runtime) stdioFile(fd int) (*os.File, bool) {
	var v any
	switch fd {
	case 0:
		v = r.opts.Stdin
	case 1:
		v = r.stdout
	case 2:
		v = r.stderr
	}
	f, ok := v.(*os.File)
	return f, ok
}

func (r *Runtime) isTTY(fd int) bool {
	f, ok := r.stdioFile(fd)
	if !ok {
		return false
	}
	_, err := unix.IoctlGetTermios(int(f.Fd()), unix.TCGETS)
	return err == nil
}

// stdinRead reads the next chunk of the runtime's stdin on a goroutine and
// calls cb(arrayBuffer) with it on the loop, or cb(null, error) at the end
// (error null at EOF). A pending read keeps the loop alive, as a reading
// process.stdin does in node; nothing is read ahead of the script's requests.
func (r *Runtime) stdinRead(cb goja.Callable) {
	if cb == nil {
		panic(r.vm.NewTypeError("stdinRead: callback must be a function"))
	}
	st := &r.stdin
	st.cb = cb
	if st.pending || st.ended {
		return
	}
	if st.req == nil {
		st.req = make(chan struct{}, 1)
		go r.readStdin(st.req, r.opts.Stdin, r.done)
	}
	st.pending = true
	if st.paused {
		st.unrefd = true
	} else {
		r.loop.Ref()
	}
	st.req <- struct{}{}
}

// stdinPaused(paused): process.stdin's 'pause' and 'resume': a paused
// stdin's read still pending stops keeping the loop alive, as node's
// stdin stops reading (the read cannot be taken back: data it brings is
// buffered by the stream).
func (r *Runtime) stdinPaused(paused bool) {
	st := &r.stdin
	st.paused = paused
	if !st.pending {
		return
	}
	if paused && !st.unrefd {
		st.unrefd = true
		r.loop.Unref()
	} else if !paused && st.unrefd {
		st.unrefd = false
		r.loop.Ref()
	}
}

func (r *Runtime) readStdin(req <-chan struct{}, in io.Reader, done <-chan struct{}) {
	buf := make([]byte, 64*1024)
	for {
		select {
		case <-req:
		case <-done:
			return
		}
		var n int
		var err error
		for n == 0 && err == nil {
			n, err = in.Read(buf)
		}
		data := append([]byte(nil), buf[:n]...)
		r.loop.Post(func() {
			if r.stdin.unrefd {
				r.stdin.unrefd = false
			} else {
				r.loop.Unref()
			}
			r.stdin.pending = false
			r.stdin.ended = err != nil
			cb := r.stdin.cb
			r.loop.Run(func() error {
				if n > 0 {
					if _, err := cb(goja.Undefined(), r.vm.ToValue(r.vm.NewArrayBuffer(data))); err != nil {
						return err
					}
				}
				if err != nil {
					var reason goja.Value = goja.Null()
					if err != io.EOF {
						reason = r.vm.NewGoError(err)
					}
					_, cerr := cb(goja.Undefined(), goja.Null(), reason)
					return cerr
				}
				return nil
			})
		})
		if err != nil {
			return
		}
	}
}

// tzdataVersion is the system zoneinfo's release ("2025b"), for
// process.versions.tz (Intl's time zones come from it): the first line of
// tzdata.zi, read once per process.
var tzdataVersion = sync.OnceValue(func() string {
	f, err := os.Open("/usr/share/zoneinfo/tzdata.zi")
	if err != nil {
		return "unknown"
	}
	defer f.Close()
	var buf [32]byte
	n, _ := f.Read(buf[:])
	line, _, _ := strings.Cut(string(buf[:n]), "\n")
	if v, ok := strings.CutPrefix(line, "# version "); ok {
		return v
	}
	return "unknown"
})

// hostStreamPlain reports whether the host's stream name, as stdio records
// it, is still written straight to its descriptor: not made yet (the
// record is the lazy getter), or made without an own write.
func hostStreamPlain(stdio *goja.Object, name string) bool {
	v, _, _, _ := stdio.PeekOwn(name)
	s, ok := v.(*goja.Object)
	if !ok {
		return false
	}
	if _, isFunc := goja.AssertFunction(s); isFunc {
		return true
	}
	_, _, hasWrite, ok := s.PeekOwn("write")
	return ok && !hasWrite
}
