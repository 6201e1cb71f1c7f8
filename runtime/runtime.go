// Package runtime is gojanet's host: it runs JavaScript and TypeScript files
// the way node does, on a goja VM driven by an event loop, and is the API Go
// programs use to embed scriptable servers.
//
// A Runtime is not safe for concurrent use, except Post (and Stop), which
// any goroutine may call; everything else runs on the goroutine that called Run.
package runtime

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"net"
	"os"
	"path/filepath"
	goruntime "runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dop251/goja"

	"github.com/gojanet/gojanet/internal/nodeflags"
	asyncctxmod "github.com/gojanet/gojanet/modules/asynccontext"
	buffermod "github.com/gojanet/gojanet/modules/buffer"
	cpmod "github.com/gojanet/gojanet/modules/childprocess"
	cryptomod "github.com/gojanet/gojanet/modules/crypto"
	dgrammod "github.com/gojanet/gojanet/modules/dgram"
	dnsmod "github.com/gojanet/gojanet/modules/dns"
	fsmod "github.com/gojanet/gojanet/modules/fs"
	http2mod "github.com/gojanet/gojanet/modules/http2"
	httpparser "github.com/gojanet/gojanet/modules/http_parser"
	intlmod "github.com/gojanet/gojanet/modules/intl"
	netmod "github.com/gojanet/gojanet/modules/net"
	regexpmod "github.com/gojanet/gojanet/modules/regexp"
	replmod "github.com/gojanet/gojanet/modules/repl"
	tlsmod "github.com/gojanet/gojanet/modules/tls"
	ttymod "github.com/gojanet/gojanet/modules/tty"
	urlmod "github.com/gojanet/gojanet/modules/url"
	v8mod "github.com/gojanet/gojanet/modules/v8"
	vmmod "github.com/gojanet/gojanet/modules/vm"
	wasmmod "github.com/gojanet/gojanet/modules/wasm"
	weakrefmod "github.com/gojanet/gojanet/modules/weakref"
	workermod "github.com/gojanet/gojanet/modules/worker"
	zlibmod "github.com/gojanet/gojanet/modules/zlib"
	"github.com/gojanet/gojanet/runtime/firewall"
	"github.com/gojanet/gojanet/runtime/loop"
)

// Version is gojanet's own version; process.versions.gojanet reports it.
const Version = "0.1.0"

// NodeVersion is the node release whose behaviour gojanet follows; scripts see it as process.version.
const NodeVersion = "v20.20.2"

// ModuleLoader fills module.exports for a Go-implemented module.
type ModuleLoader func(vm *goja.Runtime, module *goja.Object)

// Binding fills the exports of an internal binding that builtin JS modules
// reach with internalBinding(name). Go halves of builtins in modules/ are bindings.
type Binding func(l *loop.Loop, exports *goja.Object)

// Options configure a Runtime. The zero value behaves like the node CLI.
type Options struct {
	Stdout io.Writer // default os.Stdout
	Stderr io.Writer // default os.Stderr
	Stdin  io.Reader // default os.Stdin
	Env    []string  // "KEY=value" pairs; nil means os.Environ()
	Args   []string  // script arguments: process.argv[2:]
	Dir    string    // working directory for resolving the script and process.cwd(); default os.Getwd()
	// Builtins, when non-nil, lists the builtin modules scripts may require
	// (names without "node:"); others fail with MODULE_NOT_FOUND.
	Builtins []string
	// ExecPath is process.execPath and process.argv[0]; default os.Executable().
	ExecPath string
	// Argv0 is process.argv0, the name the program was started as (node's
	// original argv[0]); default "gojanet".
	Argv0 string
	// ExecArgv are node options, seen by scripts as process.execArgv. The
	// runtime honours --no-warnings, --no-deprecation, --throw-deprecation,
	// --trace-warnings, --trace-deprecation, -r/--require <module>,
	// --title=<title>, --redirect-warnings=<file> and
	// --unhandled-rejections=<mode>.
	ExecArgv []string
	// NodeOptions are node options from NODE_OPTIONS (cmd/gojanet reads
	// it): honoured as ExecArgv's, before them, but not in process.execArgv.
	NodeOptions []string

	// Logger, when set, receives console output line by line instead of
	// Stdout/Stderr: stdout lines at Info, stderr lines at Warn.
	Logger *slog.Logger
	// OnUncaught is called with every exception no script handler caught
	// (before the runtime exits because of it). JS exceptions are *ScriptError.
	OnUncaught func(err error)

	// AllowNet, when non-nil, is the list of addresses scripts may listen on
	// and connect to: "host:port", "host:*", "*:port" or a Unix socket path
	// (host is an IP literal or "localhost"). Anything else fails with EACCES.
	AllowNet []string
	// MaxSockets caps the open sockets a runtime holds (0: no cap).
	MaxSockets int
	// MaxWriteBuffer caps the bytes queued for the kernel per socket (0: no
	// cap); writes past it fail with ENOBUFS.
	MaxWriteBuffer int
	// MaxBufferedBytes caps the bytes queued for the kernel across all the
	// runtime's sockets (0: no cap); writes past it fail with ENOBUFS, so
	// many slow readers cannot add up to unbounded memory.
	MaxBufferedBytes int
	// ConnRate caps connections accepted from one remote IP address per
	// second (bursts of as many; 0: no cap). Past it, connections are
	// closed at once without the script seeing them (Stats().Shed).
	ConnRate int
	// ReusePort lets several runtimes listen on the same TCP port
	// (SO_REUSEPORT); the kernel spreads connections among them.
	ReusePort bool
	// HandOff receives connections a script passes on with
	// require('gojanet').handOff(socket, name) — paused sockets keep every
	// unread byte — for another runtime to serve (see MemListener.Push).
	HandOff func(name string, conn net.Conn)
	// FSRoot, when set, confines the fs module to this directory: a path
	// that resolves (symlinks followed) outside of it fails with
	// ERR_ACCESS_DENIED, as under node's permission model.
	FSRoot string
	// FSReadOnly makes every fs operation that writes fail with
	// ERR_ACCESS_DENIED (permission 'FileSystemWrite').
	FSReadOnly bool
	// NoChildProcess forbids spawning processes: child_process fails with
	// ERR_ACCESS_DENIED (permission 'ChildProcess').
	NoChildProcess bool
	// MaxCallbackTime interrupts any single callback (or the main script)
	// running longer than this (0: no limit), stopping the runtime with exit code 1.
	MaxCallbackTime time.Duration

	// HandleSignals makes the runtime handle the process's signals as node
	// does: process.on('SIGINT', …) listeners receive them, and (after
	// ResetSignals) SIGUSR2 without a listener kills the process (Go would
	// ignore it). Off, the
	// host's signal handling is left alone: scripts may add signal listeners
	// but the runtime never subscribes to OS signals. The CLI sets it (and
	// calls ResetSignals at start-up, as node resets inherited dispositions).
	HandleSignals bool

	// ProcessTitle lets process.title change the process's title as ps
	// shows it (node's), once DetachArgs has run; without it process.title
	// is the runtime's own. The CLI sets it.
	ProcessTitle bool

	// IdleGC: after a burst of allocation, a loop idle this long collects
	// garbage and returns free memory to the OS (0: one second; < 0: never).
	IdleGC time.Duration
	// OnStarted, when set, is called on the loop goroutine once the main
	// script has run: start-up is over and serving begins. The CLI tunes the
	// Go runtime for serving there (SetGCTrigger); its start-up
	// runs without collections (cmd/gojanet tuneForStartup).
	OnStarted func()
	// OnBuiltinLoad, when set, is called on the loop goroutine before each
	// builtin module loads (compiled, or the process's compiled program
	// reused). The CLI drops the code pages start-up has stopped using
	// there (cmd/gojanet dropPagesWhileStarting).
	OnBuiltinLoad func()
	// OnModuleLoad, when set, is called on the loop goroutine with each
	// user module file (JavaScript, TypeScript, JSON) as it loads: what
	// cmd/gojanet's --watch restarts the script for.
	OnModuleLoad func(filename string)
}

// Runtime runs scripts on one goja VM and one event loop.
type Runtime struct {
	opts   Options
	vm     *goja.Runtime
	loop   *loop.Loop
	stdout io.Writer
	stderr io.Writer

	natives  map[string]ModuleLoader
	bindings map[string]*goja.Object
	allowed  map[string]bool

	hooks      jsHooks      // functions the bootstrap hands back
	processObj *goja.Object // the process object, for process.domain at a rejection
	// stackFormatter calls Error.prepareStackTrace (formatStack, stack.go)
	stackFormatter goja.Callable
	wall           *firewall.Wall
	host           *goja.Object // internalBinding('host'), as the bootstrap got it

	rejections []rejection // rejected without a handler since the last check
	handled    []rejection // handlers added to rejections already checked
	// the batch processRejections is handing to JS (nextRejection)
	batch, batchHandled []rejection
	nextRejectionFn     goja.Value
	exitCode            int
	exited              bool
	booted              bool

	signals map[string]chan os.Signal // OS signals subscribed to (signals.go)
	sigEmit map[string]goja.Value     // ... and those JS listens to
	stdin   stdinState                // process.stdin's reader (host.go)

	// sourceMaps: the source maps user files carry map their stack frames
	// (--enable-source-maps, process.setSourceMapsEnabled); loadFile.
	sourceMaps atomic.Bool

	worker   *workerState   // set in a worker_threads Worker (worker.go)
	env      *envStore      // process.env's variables (env.go); a SHARE_ENV worker's is its parent's
	condSets *conditionSets // the "exports" conditions (conditions, loader.go)
	childMu  sync.Mutex
	// threadIDs numbers the workers of this runtime and its descendants
	// (worker_threads' threadId: 1, 2, ... as in a node process).
	threadIDs *atomic.Int64
	// diagSeq numbers the tree's default-named reports and heap snapshots
	// (node's one sequence per process, workers' names included). Not a
	// Go global: runtimes side by side in one Go process (embedders, the
	// in-process conformance runs) are separate processes to their scripts.
	diagSeq *atomic.Int64
	// threads finds a thread of the tree by threadId (postMessageToThread,
	// threads.go).
	threads     *threadRegistry
	threadInbox *threadInbox
	children    map[*workerChild]struct{} // this runtime's running workers
	// cwd is the working directory, shared by a runtime and its workers as
	// a process's is (process.chdir in the main thread moves them all).
	cwd *sharedCwd
	// timing is node's milestones for perf_hooks (perf.go).
	timing timing

	stopOnce sync.Once
	stopReq  atomic.Bool
	done     chan struct{} // closed when Run returns
}

// jsHooks are the JavaScript entry points the loop drives.
type jsHooks struct {
	runMain           goja.Callable
	runScript         goja.Callable
	runTicks          goja.Callable
	runTimers         goja.Callable
	runImmediates     goja.Callable
	fatalException    goja.Callable
	processRejections goja.Callable
	emitBeforeExit    goja.Callable
	emitExit          goja.Callable
	shutdown          goja.Callable
	workerMessage     goja.Callable // process 'workerMessage' (threads.go)
}

// bindingRegistry holds the Go halves of builtins.
var bindingRegistry = map[string]Binding{
	"tcp_wrap":      netmod.Binding,
	"cares_wrap":    dnsmod.Binding,
	"udp_wrap":      dgrammod.Binding,
	"crypto":        cryptomod.Binding,
	"fs":            fsmod.Binding,
	"child_process": cpmod.Binding,
	"http_parser":   httpparser.Binding,
	"http2":         http2mod.Binding,
	"tls_wrap":      tlsmod.Binding,
	"util":          utilBinding,
	"zlib":          zlibmod.Binding,
	"buffer":        buffermod.Binding,
	"tty_wrap":      ttymod.Binding,
	"url":           urlmod.Binding,
	"v8":            v8mod.Binding,
	"repl":          replmod.Binding,
	"async_context": asyncctxmod.Binding,
	"wasm":          wasmmod.Binding,
	"messaging":     workermod.Binding,
	"weakref":       weakrefmod.Binding,
	"regexp":        regexpmod.Binding,
	"intl":          intlmod.Binding,
	"contextify":    vmmod.NewBinding(vmHooks),
}

// New creates a runtime. Call Close (or run it to completion) to release its resources.
func New(opts Options) (*Runtime, error) {
	nodeStart := sinceStart()
	if opts.Stdout == nil {
		opts.Stdout = os.Stdout
	}
	if opts.Stderr == nil {
		opts.Stderr = os.Stderr
	}
	if opts.Stdin == nil {
		opts.Stdin = os.Stdin
	}
	if opts.Env == nil {
		opts.Env = os.Environ()
	}
	if opts.ExecPath == "" {
		opts.ExecPath, _ = os.Executable()
	}
	cwdMissing := false
	if opts.Dir == "" {
		wd, err := os.Getwd()
		if err != nil {
			// The working directory was removed: process.cwd() throws (node's
			// uv_cwd ENOENT) and what resolves from it uses the executable's
			// directory instead, as node's tryGetCwd does.
			wd, cwdMissing = filepath.Dir(opts.ExecPath), true
		}
		opts.Dir = wd
	}
	vm := goja.New()
	v8Start := sinceStart()
	vm.SetFieldNameMapper(goja.UncapFieldNameMapper())
	// Runaway recursion throws a RangeError as in node, instead of growing
	// the Go stack until the process dies; scripts can catch it.
	vm.SetMaxCallStackSize(10000)
	vm.SetStackOverflowCatchable(true)
	// V8's frames and stack format (stack.go).
	vm.SetV8StackFrames(true)
	l, err := loop.New(vm)
	if err != nil {
		return nil, err
	}
	r := &Runtime{
		opts: opts, vm: vm, loop: l,
		stdout: opts.Stdout, stderr: opts.Stderr,
		natives:   map[string]ModuleLoader{},
		bindings:  map[string]*goja.Object{},
		children:  map[*workerChild]struct{}{},
		threadIDs: new(atomic.Int64),
		diagSeq:   new(atomic.Int64),
		threads:   newThreadRegistry(),
		cwd:       &sharedCwd{dir: opts.Dir, missing: cwdMissing, counter: make([]byte, 4)},
		done:      make(chan struct{}),
		wall:      firewall.NewWall(vm),
		condSets:  newConditionSets(userConditions(opts), addonsAllowed(opts)),
	}
	r.threadInbox = r.threads.register(0, r)
	l.HeapRoots = r.heapRoots // a heap snapshot's roots held from Go (heaproots.go)
	// node's last word wins: NODE_OPTIONS first, then the command line.
	for _, a := range append(append([]string(nil), opts.NodeOptions...), opts.ExecArgv...) {
		switch nodeflags.Name(a) { // (a boolean's value is ignored, as node's)
		case "--enable-source-maps":
			r.sourceMaps.Store(true)
		case "--no-enable-source-maps":
			r.sourceMaps.Store(false)
		case "--use-strict":
			useStrict.Store(true)
		}
	}
	vm.SetStackFormatter(r.formatStack)
	vm.SetPlainStackFormatter(r.plainStack)
	vm.SetSyntaxErrorMessage(func(ce *goja.CompilerSyntaxError, src string) string {
		return compilerSyntaxError("", src, 0, ce).Message // eval's and new Function's, in V8's words
	})
	vm.SetCompileFallback(lowerRefused)
	r.timing.init()
	r.timing.nodeStart, r.timing.v8Start = nodeStart, v8Start
	if opts.Logger != nil {
		r.stdout = &logWriter{log: opts.Logger, level: slog.LevelInfo}
		r.stderr = &logWriter{log: opts.Logger, level: slog.LevelWarn}
	}
	l.Stdio.In, l.Stdio.Out, l.Stdio.Err = opts.Stdin, r.stdout, r.stderr
	l.Net.MaxSockets = opts.MaxSockets
	l.Net.MaxWriteBuffer = opts.MaxWriteBuffer
	l.Net.MaxBufferedBytes = opts.MaxBufferedBytes
	l.Net.ConnRate = opts.ConnRate
	l.Net.ReusePort = opts.ReusePort
	l.Net.HandOff = opts.HandOff
	switch {
	case opts.IdleGC < 0:
		l.IdleGC = 0
	case opts.IdleGC > 0:
		l.IdleGC = opts.IdleGC
	}
	if opts.AllowNet != nil {
		l.Net.Allow = allowList(opts.AllowNet)
	}
	if err := r.setPermissions(); err != nil {
		l.Close()
		return nil, err
	}
	if opts.Builtins != nil {
		r.allowed = map[string]bool{}
		for _, b := range opts.Builtins {
			r.allowed[b] = true
		}
	}
	l.OnError = r.reportError
	l.AfterCallback = r.afterCallback
	l.Settled = r.settled
	l.RunTimers = r.runTimers
	l.RunImmediates = r.runImmediates
	vm.SetPromiseRejectionTracker(func(p *goja.Promise, op goja.PromiseRejectionOperation) {
		r.trackRejection(p, op, nil)
	})
	l.TrackRejection = r.trackRejection
	return r, nil
}

// VM exposes the goja runtime. Touch it only on the loop goroutine: from
// inside module loaders, callbacks, or functions passed to Post.
func (r *Runtime) VM() *goja.Runtime { return r.vm }

// Loop exposes the event loop, for Go modules that register handles.
func (r *Runtime) Loop() *loop.Loop { return r.loop }

// RegisterModule makes a Go-implemented module available to require(name).
// Call it before running a script. A panic in a function the module exports
// is thrown to the calling script as an Error (see PanicError).
func (r *Runtime) RegisterModule(name string, load ModuleLoader) { r.natives[name] = load }

// Set defines a global variable visible to scripts (goja's conversion rules
// apply: Go funcs become JS functions, structs objects, and so on). A panic
// in a Go function reachable through value's own properties is thrown to
// the calling script as an Error; in a method of a Go struct or map (looked
// up by reflection on each access), it is the runtime's uncaught error.
func (r *Runtime) Set(name string, value any) error {
	return r.vm.Set(name, r.wall.Wrap(r.vm.ToValue(value), name))
}

// PanicError is a Go panic raised while serving JavaScript (see
// runtime/firewall). A script catches one raised in a Go function it called
// as an Error with code ERR_INTERNAL_ASSERTION whose `goStack` is the Go
// stack; one that escapes every script handler, or is raised where no script
// can catch it (a loop callback, Post, goja itself), reaches
// Options.OnUncaught as a *PanicError (or a *ScriptError holding that Error)
// and ends Run with exit code 1. Other runtimes in the process go on.
type PanicError = firewall.Panic

// Post runs fn on the loop goroutine, where it may touch the VM. Safe from
// any goroutine. Exceptions fn returns are reported like any uncaught
// exception. Post does not keep the loop alive; use Hold for that.
func (r *Runtime) Post(fn func(vm *goja.Runtime) error) {
	r.loop.Post(func() { r.loop.Run(func() error { return fn(r.vm) }) })
}

// Hold keeps the loop alive until the returned release function is called
// (from any goroutine, once): a pending operation, in node's terms.
func (r *Runtime) Hold() (release func()) {
	var once sync.Once
	r.loop.Post(func() { r.loop.Ref() })
	return func() {
		once.Do(func() { r.loop.Post(func() { r.loop.Unref() }) })
	}
}

func (r *Runtime) boot() error {
	if r.booted {
		return nil
	}
	r.booted = true
	r.timing.environment = sinceStart()
	fn, err := r.compileBuiltin("internal/bootstrap")
	if err != nil {
		return err
	}
	call, _ := goja.AssertFunction(fn)
	hooks := r.vm.NewObject()
	host := r.wall.Wrap(r.hostBinding(), "host").(*goja.Object)
	r.host = host
	if _, err := call(goja.Undefined(), hooks, host); err != nil {
		return err
	}
	r.timing.bootstrap = sinceStart()
	get := func(name string) goja.Callable {
		f, ok := goja.AssertFunction(hooks.Get(name))
		if !ok {
			panic("bootstrap did not provide " + name)
		}
		return f
	}
	r.loop.Enter = get("enter")
	r.processObj, _ = hooks.Get("process").(*goja.Object)
	// The loop's entry into JS is C++ in node: it leaves no frame in stacks.
	if enter, ok := hooks.Get("enter").(*goja.Object); ok {
		r.vm.HideFrames(enter)
	}
	r.hooks = jsHooks{
		runMain: get("runMain"), runScript: get("runScript"), runTicks: get("runTicks"),
		runTimers: get("runTimers"), runImmediates: get("runImmediates"),
		fatalException: get("fatalException"), processRejections: get("processRejections"),
		emitBeforeExit: get("emitBeforeExit"), emitExit: get("emitExit"), shutdown: get("shutdown"),
		workerMessage: get("workerMessage"),
	}
	r.loop.RunTicks = r.hooks.runTicks
	if r.loop.NewBuffer == nil {
		// The buffer builtin loads when first needed (see the bootstrap);
		// its binding replaces this with the real NewBuffer. Go handing
		// bytes to JS before any script touched Buffer loads it here.
		loadBuffer := get("loadBuffer")
		var lazy func(p []byte) *goja.Object
		lazy = func(p []byte) *goja.Object {
			r.loop.NewBuffer = nil
			if _, err := loadBuffer(goja.Undefined()); err != nil {
				r.loop.NewBuffer = lazy
				panic(err)
			}
			if r.loop.NewBuffer == nil {
				r.loop.NewBuffer = lazy
				panic("the buffer builtin did not set Loop.NewBuffer")
			}
			return r.loop.NewBuffer(p)
		}
		r.loop.NewBuffer = lazy
	}
	return nil
}

// RunFile runs a script file as the main module, then the loop until
// nothing keeps it alive, the script exits, or ctx is cancelled. It returns
// the process exit code.
func (r *Runtime) RunFile(ctx context.Context, path string) (int, error) {
	if !filepath.IsAbs(path) {
		path = filepath.Join(r.cwd.get(), path)
	}
	return r.run(ctx, func() error {
		_, err := r.hooks.runMain(goja.Undefined(), r.vm.ToValue(path))
		return err
	})
}

// RunScript runs source text as a CommonJS script named name (as node -e does).
func (r *Runtime) RunScript(ctx context.Context, name, source string) (int, error) {
	return r.runSource(ctx, name, source, false)
}

// runSource runs source as the main script named name; isModule: as an ES
// module (a worker's data: URL).
func (r *Runtime) runSource(ctx context.Context, name, source string, isModule bool) (int, error) {
	return r.run(ctx, func() error {
		_, err := r.hooks.runScript(goja.Undefined(), r.vm.ToValue(name), r.vm.ToValue(source), r.vm.ToValue(isModule))
		return err
	})
}

func (r *Runtime) run(ctx context.Context, start func() error) (code int, err error) {
	defer close(r.done)
	defer r.Close()
	if r.opts.MaxCallbackTime > 0 {
		defer r.watchdog(r.opts.MaxCallbackTime)()
	}
	// The firewall's outer layer: a panic nothing caught on the way (in goja,
	// a loop callback, Post, a worker's Loop.Queue job) ends this runtime,
	// not the process. The loop is abandoned where it was: Close releases
	// its handles, and no more JavaScript runs.
	defer func() {
		if x := recover(); x != nil {
			code, err = r.fatalPanic(x), nil
		}
	}()
	if err := r.boot(); err != nil {
		return 1, fmt.Errorf("gojanet: bootstrap failed: %w", err)
	}
	if w := r.worker; w != nil {
		if w.terminated.Load() {
			return 1, nil
		}
		// A worker's loop turns before its script runs, as in node.
		r.timing.markLoopStart()
		w.onStart()
	}
	if r.opts.HandleSignals {
		r.startSignals()
	}
	stopWatch := context.AfterFunc(ctx, func() { r.Stop() })
	defer stopWatch()
	// The loop's clock is not refreshed before the main script runs (node's
	// is not either), so a setTimeout(0) from it is usually due at once.
	r.loop.Run(start)
	if r.opts.OnStarted != nil && !r.loop.Stopped {
		r.opts.OnStarted()
	}
	r.timing.markLoopStart()
	for !r.loop.Stopped {
		if r.stopReq.Load() {
			break
		}
		// As libuv's uv_run, a loop with nothing alive runs no turn at all
		// (an unref'd immediate alone never runs).
		if r.loop.Alive() && r.loop.Iterate() {
			continue
		}
		if r.loop.Stopped || r.stopReq.Load() {
			break
		}
		// Nothing keeps the loop alive: 'beforeExit' may schedule more work.
		r.callHook(r.hooks.emitBeforeExit)
		if !r.loop.Alive() {
			break
		}
	}
	r.timing.loopExit.Store(math.Float64bits(sinceStart()))
	if !r.exited && !r.loop.Stopped && !r.stopReq.Load() {
		r.callHook(r.hooks.emitExit)
		// 'exit' listeners' microtasks and rejections have run: now the code.
		if !r.exited && !r.loop.Stopped {
			r.callHook(r.hooks.emitExit)
		}
	}
	if ctx.Err() != nil && !r.exited {
		return r.exitCode, ctx.Err()
	}
	return r.exitCode, nil
}

// Stop ends Run at once, from any goroutine: no more JavaScript runs and the
// runtime's handles are closed. Run returns the context's error if it was
// cancelled, else the exit code so far.
func (r *Runtime) Stop() {
	r.stopReq.Store(true)
	// JavaScript running now (a loop, in the main VM or a vm context's)
	// never returns to where the loop sees stopReq: interrupt it.
	r.interrupt(stopped{})
	r.loop.Post(func() {})
}

// interrupt unwinds the JavaScript running now, in the runtime's VM and in
// the vm contexts running inside it, with v. Any goroutine may call it.
func (r *Runtime) interrupt(v any) {
	r.vm.Interrupt(v)
	r.loop.InterruptNested(v)
}

// Close releases the loop's descriptors and every handle still open. Run
// calls it on return.
func (r *Runtime) Close() {
	r.stopOnce.Do(func() {
		// messages still on their way here are answered as failed
		r.threads.unregister(r.threadID(), r.threadInbox)
		r.loop.Stopped = true
		r.stopChildren()
		r.stopSignals()
		r.loop.CloseAll()
		r.loop.Close()
	})
}

// isExit: ie unwound the VM for process.exit or Stop, which report nothing.
func isExit(ie *goja.InterruptedError) bool {
	switch ie.Value().(type) {
	case exitError, stopped:
		return true
	}
	return false
}

// ScriptError is an exception a script threw and did not handle, as passed
// to Options.OnUncaught.
type ScriptError struct {
	Value goja.Value // the thrown value
	Stack string     // its stack, or its string form
}

func (e *ScriptError) Error() string { return e.Stack }

func (r *Runtime) uncaught(v goja.Value) {
	if r.opts.OnUncaught == nil {
		return
	}
	if v == nil {
		v = goja.Undefined()
	}
	text := v.String()
	if o, ok := v.(*goja.Object); ok {
		if st := o.Get("stack"); st != nil && !goja.IsUndefined(st) {
			text = st.String()
		}
	}
	r.opts.OnUncaught(&ScriptError{Value: v, Stack: text})
}

// exitError unwinds the VM when a script calls process.exit.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("process.exit(%d)", e.code) }

// stopped unwinds the VM when the runtime is stopped (Stop, a cancelled
// context, a terminated worker).
type stopped struct{}

func (stopped) Error() string { return "runtime stopped" }

func (r *Runtime) reallyExit(code int) {
	r.exitCode = code
	r.exited = true
	r.loop.Stopped = true
	r.interrupt(exitError{code})
}

// fatalPanic reports a panic that reached the loop's boundary as the
// runtime's uncaught error and stops the runtime with exit code 1.
func (r *Runtime) fatalPanic(x any) int {
	r.loop.Stopped = true
	r.exitCode, r.exited = 1, true
	p := firewall.New(x, "")
	var err error = p
	if e, ok := x.(error); ok && firewall.IsGoja(x) {
		err = e // a JS exception or interrupt thrown where nothing could catch it
		r.printf("%v\n", err)
	} else {
		r.printf("gojanet: %v\n%s\n", p, p.Stack)
	}
	if r.opts.OnUncaught != nil {
		func() {
			defer func() { _ = recover() }() // the embedder's handler must not end the process either
			r.opts.OnUncaught(err)
		}()
	}
	return 1
}

// reportError handles an exception that escaped a callback: node's
// uncaught-exception path ('uncaughtException' listeners, else print and exit 1).
func (r *Runtime) reportError(err error) {
	var ie *goja.InterruptedError
	var ex0 *goja.Exception
	// JS exceptions reach OnUncaught from the bootstrap's fatal path (only
	// if no script handler takes them); the rest stop the runtime here.
	if r.opts.OnUncaught != nil && !errors.As(err, &ex0) && !(errors.As(err, &ie) && isExit(ie)) {
		r.opts.OnUncaught(err)
	}
	if errors.As(err, &ie) {
		if isExit(ie) {
			return
		}
		r.printf("%v\n", err)
		r.exitCode, r.exited, r.loop.Stopped = 1, true, true
		return
	}
	var ex *goja.Exception
	if !errors.As(err, &ex) {
		r.printf("gojanet: %v\n", err)
		r.exitCode, r.exited, r.loop.Stopped = 1, true, true
		return
	}
	if r.hooks.fatalException == nil {
		r.printf("%s\n", ex.String())
		r.exitCode, r.exited, r.loop.Stopped = 1, true, true
		return
	}
	if _, err := r.hooks.fatalException(goja.Undefined(), ex.Value(), r.vm.ToValue("uncaughtException")); err != nil {
		if !r.loop.Stopped {
			// The handler itself threw: node exits with 7.
			r.printf("%v\n", err)
			r.exitCode, r.exited, r.loop.Stopped = 7, true, true
		}
	}
}

func (r *Runtime) printf(format string, args ...any) {
	fmt.Fprintf(r.stderr, format, args...)
}

// afterCallback runs what node runs after every callback: queued nextTicks
// (their microtasks run as the call returns), then unhandled-rejection checks.
// settled reports that nothing would run between two callbacks: no
// nextTick, microtask or rejection to handle (loop.Batch).
func (r *Runtime) settled() bool {
	return r.loop.Shared[loop.SharedTickScheduled] == 0 && len(r.rejections) == 0 && len(r.handled) == 0 &&
		!r.vm.MicrotasksPending()
}

func (r *Runtime) afterCallback() {
	s := r.loop.Shared
	for !r.loop.Stopped {
		if s[loop.SharedTickScheduled] != 0 {
			deferred, err := r.hooks.runTicks(goja.Undefined())
			if err != nil {
				r.reportError(err)
			}
			if err == nil && deferred.ToBoolean() {
				// Ticks kept throwing: the rest run after the next callback.
				return
			}
			continue
		}
		if len(r.rejections) > 0 || len(r.handled) > 0 {
			r.processRejections()
			continue
		}
		return
	}
}

// rejection is a promise rejected without a handler: one of the main
// runtime's (in nil) or of a vm context's runtime, whose promise and
// reason in brings into the main one.
type rejection struct {
	p      *goja.Promise
	in     func(*goja.Promise) (promise, reason goja.Value)
	domain goja.Value // process.domain at the rejection (nil when none)
}

// values are the promise and its reason as the main runtime sees them.
func (j rejection) values(vm *goja.Runtime) (promise, reason goja.Value) {
	if j.in == nil {
		return vm.ToValue(j.p), j.p.Result()
	}
	return j.in(j.p)
}

func (r *Runtime) trackRejection(p *goja.Promise, op goja.PromiseRejectionOperation, in func(*goja.Promise) (promise, reason goja.Value)) {
	switch op {
	case goja.PromiseRejectionReject:
		r.rejections = append(r.rejections, rejection{p: p, in: in, domain: r.activeDomain()})
	case goja.PromiseRejectionHandle:
		for i, q := range r.rejections {
			if q.p == p {
				r.rejections = append(r.rejections[:i], r.rejections[i+1:]...)
				return
			}
		}
		// handled by an earlier listener of the batch being reported: node
		// 20 still reports it, and emits no 'rejectionHandled' for it
		for _, q := range r.batch {
			if q.p == p {
				return
			}
		}
		// Checked already: the bootstrap decides whether it was reported
		// and emits 'rejectionHandled'.
		r.handled = append(r.handled, rejection{p: p, in: in})
	}
}

// activeDomain is process.domain when a domain is entered (the domain
// module sets it), else nil.
func (r *Runtime) activeDomain() goja.Value {
	if r.processObj == nil {
		return nil
	}
	d := r.processObj.Get("domain")
	if d == nil || goja.IsUndefined(d) || goja.IsNull(d) {
		return nil
	}
	return d
}

// processRejections reports what was rejected without a handler (and
// handled after being reported) since the last check, as node's
// processPromiseRejections: in one call into JS, every late handling first,
// then every rejection still unhandled, with no ticks or microtasks in
// between (they run after the whole batch). A rejection made meanwhile waits
// for the next batch, after the ticks. A listener's throw ends the batch: as
// in node 20, the rest of it is never reported.
func (r *Runtime) processRejections() {
	r.batchHandled, r.handled = r.handled, nil
	r.batch, r.rejections = r.rejections, nil
	if r.nextRejectionFn == nil {
		r.nextRejectionFn = r.vm.ToValue(func(goja.FunctionCall) goja.Value { return r.nextRejection() })
	}
	if _, err := r.hooks.processRejections(goja.Undefined(), r.nextRejectionFn); err != nil {
		r.reportError(err)
	}
	r.batch, r.batchHandled = nil, nil
}

// nextRejection is the batch's next entry for JS, [promise, reason,
// handledLater, domain], or undefined at its end (or once the loop stopped).
func (r *Runtime) nextRejection() goja.Value {
	if r.loop.Stopped {
		return goja.Undefined()
	}
	if len(r.batchHandled) > 0 {
		j := r.batchHandled[0]
		r.batchHandled = r.batchHandled[1:]
		promise, _ := j.values(r.vm)
		return r.vm.NewArray(promise, goja.Undefined(), r.vm.ToValue(true), goja.Undefined())
	}
	if len(r.batch) > 0 {
		j := r.batch[0]
		r.batch = r.batch[1:]
		promise, reason := j.values(r.vm)
		domain := j.domain
		if domain == nil {
			domain = goja.Undefined()
		}
		return r.vm.NewArray(promise, reason, r.vm.ToValue(false), domain)
	}
	return goja.Undefined()
}

// runTimers and runImmediates run one callback per call into JS, so
// microtasks run between timers (and between immediates) as in node; JS
// reports whether another one is due in this phase.
func (r *Runtime) runTimers()     { r.runEach(r.hooks.runTimers) }
func (r *Runtime) runImmediates() { r.runEach(r.hooks.runImmediates) }

func (r *Runtime) runEach(next goja.Callable) {
	for !r.loop.Stopped {
		r.loop.CallSeq.Add(1)
		v, err := next(goja.Undefined())
		r.loop.CallSeq.Add(1)
		if err != nil {
			r.reportError(err)
		}
		r.afterCallback()
		if err == nil && !v.ToBoolean() {
			return
		}
	}
}

// memoryUsage reports what node's process.memoryUsage does, from Go's view.
// arrayBuffers is the engine's count of live ArrayBuffer bytes (goja's
// gojanet_abcount.go); external adds the builtins' sources, held outside
// Go's heap as V8 holds node's as external strings.
func memoryUsage(vm *goja.Runtime) map[string]any {
	var ms goruntime.MemStats
	goruntime.ReadMemStats(&ms)
	ab := vm.ArrayBufferBytes()
	return map[string]any{
		"rss":          residentSetSize(ms.Sys),
		"heapTotal":    ms.HeapSys,
		"heapUsed":     ms.HeapAlloc,
		"external":     ab + builtinSourceBytes(),
		"arrayBuffers": ab,
	}
}

func residentSetSize(fallback uint64) uint64 {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return fallback
	}
	var size, rss uint64
	if _, err := fmt.Sscan(string(b), &size, &rss); err != nil {
		return fallback
	}
	return rss * uint64(os.Getpagesize())
}

// callHook runs a bootstrap hook as a top-level callback.
func (r *Runtime) callHook(fn goja.Callable, args ...goja.Value) {
	r.loop.Run(func() error {
		_, err := fn(goja.Undefined(), args...)
		return err
	})
}
