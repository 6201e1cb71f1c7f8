package runtime

// Workers (worker_threads): a Worker is another Runtime in the same
// process, with its own goja VM and its own loop goroutine, started by
// internalBinding('worker').spawn from js/worker_threads.js.
//
//	parent JS   new Worker(file, options): workerData and the environment
//	            data are serialized (internal/serdes) into Go messages
//	parent Go   spawn: a MessageChannel (modules/worker) whose one end the
//	            Worker object keeps and the other becomes the child's
//	            parentPort; a child Runtime (the parent's options, the
//	            script's argv/env/execArgv); a goroutine runs it
//	child Go    boot, then 'online' is posted to the parent, then the file
//	            or eval source runs as the child's main script
//	child JS    worker_threads reads info() (threadId, workerData, port);
//	            an uncaught exception is serialized and handed to
//	            reportError instead of being printed
//	both        messages travel as modules/worker Messages (Go bytes only);
//	            the child's stdout/stderr writes are posted to the parent's
//	            loop, which writes them to its own process.stdout/stderr
//	            (or pushes them to worker.stdout/stderr)
//	child ends  its Run returns the exit code (process.exit ends only the
//	            child); its ports close with it; the goroutine posts 'exit'
//	            to the parent, which releases its loop ref
//
// terminate() interrupts the child's VM (goja's Interrupt, as
// MaxCallbackTime does) and stops its loop: exit code 1. A parent that ends
// terminates its children and waits for their goroutines, so a runtime
// never leaves a worker running behind it.

import (
	"context"
	"io"
	"sync"
	"sync/atomic"

	"github.com/dop251/goja"

	bufmod "github.com/gojanet/gojanet/modules/buffer"
	v8mod "github.com/gojanet/gojanet/modules/v8"
	workermod "github.com/gojanet/gojanet/modules/worker"
)

// workerState is what a worker runtime knows of its parent.
type workerState struct {
	threadID   int64
	name       string
	port       *workermod.Port    // parentPort's end of the public channel
	data       *workermod.Message // workerData with its transfers
	envData    *workermod.Message // environmentData
	limits     []float64
	internal   bool // a thread of gojanet's own (module.register's hooks): its eval source names the builtin it runs
	trackFds   bool // trackUnmanagedFds: fs.open()'s descriptors still open are closed when the worker ends
	terminated atomic.Bool
	stderr     io.Writer                  // the process's stderr (a worker's own goes through its parent)
	onError    func(m *workermod.Message) // an uncaught exception, serialized
	onStart    func()                     // booted: the parent emits 'online'
}

// workerChild is a worker, seen from its parent.
type workerChild struct {
	rt   *Runtime
	done chan struct{}
}

func (c *workerChild) terminate() {
	c.rt.worker.terminated.Store(true)
	c.rt.Stop()
}

// stopChildren terminates the runtime's workers and waits for them.
func (r *Runtime) stopChildren() {
	r.childMu.Lock()
	children := make([]*workerChild, 0, len(r.children))
	for c := range r.children {
		children = append(children, c)
	}
	r.childMu.Unlock()
	for _, c := range children {
		c.terminate()
	}
	for _, c := range children {
		<-c.done
	}
}

// stdioPipe carries a worker's stdout or stderr writes to its parent's loop.
type stdioPipe struct {
	parent *Runtime
	fd     int
	fn     goja.Value // the parent's callback: fn(fd, buffer)
}

func (p *stdioPipe) Write(b []byte) (int, error) {
	chunk := append([]byte(nil), b...)
	l := p.parent.loop
	l.Post(func() {
		if l.NewBuffer != nil {
			l.Call(p.fn, goja.Undefined(), p.parent.vm.ToValue(p.fd), l.NewBuffer(chunk))
		}
	})
	return len(b), nil
}

// stdinPipe is a worker's process.stdin when the parent asked for
// worker.stdin: the parent's writes queue here, the child's reads take them.
type stdinPipe struct {
	mu     sync.Mutex
	cond   *sync.Cond
	chunks [][]byte
	eof    bool
}

func newStdinPipe() *stdinPipe {
	p := &stdinPipe{}
	p.cond = sync.NewCond(&p.mu)
	return p
}

func (p *stdinPipe) Read(b []byte) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for len(p.chunks) == 0 && !p.eof {
		p.cond.Wait()
	}
	if len(p.chunks) == 0 {
		return 0, io.EOF
	}
	n := copy(b, p.chunks[0])
	if n == len(p.chunks[0]) {
		p.chunks = p.chunks[1:]
	} else {
		p.chunks[0] = p.chunks[0][n:]
	}
	return n, nil
}

func (p *stdinPipe) push(b []byte, end bool) {
	p.mu.Lock()
	if len(b) > 0 {
		p.chunks = append(p.chunks, b)
	}
	if end {
		p.eof = true
	}
	p.mu.Unlock()
	p.cond.Broadcast()
}

// workerBinding fills internalBinding('worker').
func (r *Runtime) workerBinding(exports *goja.Object) {
	vm := r.vm
	l := r.loop
	// info() → undefined on the main thread; in a worker, what
	// worker_threads exports there.
	exports.Set("info", func() goja.Value {
		w := r.worker
		if w == nil {
			return goja.Undefined()
		}
		o := vm.NewObject()
		o.Set("threadId", w.threadID)
		o.Set("name", w.name)
		o.Set("port", workermod.Attach(l, w.port))
		if w.data != nil {
			o.Set("data", workermod.ToJS(l, w.data))
		}
		if w.envData != nil {
			o.Set("envData", workermod.ToJS(l, w.envData))
		}
		o.Set("resourceLimits", w.limits)
		return o
	})
	// internalThread() → whether this runtime is a thread of gojanet's own
	// (module.register's hooks), whose eval source names the builtin it runs.
	// (Not in info(): that hands out workerData's ports, once.)
	exports.Set("internalThread", func() bool { return r.worker != nil && r.worker.internal })
	// trackUnmanagedFds() → the Worker option (internal/worker/child turns
	// the fs binding's tracking on by it)
	exports.Set("trackUnmanagedFds", func() bool { return r.worker != nil && r.worker.trackFds })
	// reportError(data, ports, buffers, shared): the worker's uncaught
	// exception, serialized, for the parent's 'error' event.
	exports.Set("reportError", func(data, ports, buffers, shared goja.Value) {
		if r.worker != nil && r.worker.onError != nil {
			r.worker.onError(workermod.MessageFrom(l, data, ports, buffers, shared))
		}
	})
	// cwdCounter() → a SharedArrayBuffer whose first Int32 counts the
	// tree's chdirs: a worker's process.cwd() caches the directory until it
	// changes (node's design; internal/worker/child).
	exports.Set("cwdCounter", func() goja.Value { return vm.ToValue(vm.NewArrayBuffer(r.cwd.counter)) })
	// postToThread(threadId, data, ports, buffers, shared, callback) →
	// cancel(): worker_threads.postMessageToThread (threads.go).
	exports.Set("postToThread", r.postToThread)
	exports.Set("spawn", func(call goja.FunctionCall) goja.Value {
		return r.spawnWorker(call)
	})
}

// spawnWorker(options, data, envData, callbacks) starts a worker and returns
// its handle: {threadId, port, terminate(), ref(), unref(), hasRef(),
// writeStdin(buffer, end)}.
func (r *Runtime) spawnWorker(call goja.FunctionCall) goja.Value {
	vm := r.vm
	l := r.loop
	opts := call.Argument(0).ToObject(vm)
	cbs := call.Argument(3).ToObject(vm)
	str := func(name string) string {
		v := opts.Get(name)
		if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
			return ""
		}
		return v.String()
	}
	strs := func(name string) []string {
		v := opts.Get(name)
		if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
			return nil
		}
		var out []string
		_ = vm.ExportTo(v, &out)
		return out
	}
	parts := func(v goja.Value) *workermod.Message {
		o, ok := v.(*goja.Object)
		if !ok {
			return nil
		}
		return workermod.MessageFrom(l, o.Get("0"), o.Get("1"), o.Get("2"), o.Get("3"))
	}
	data, envData := parts(call.Argument(1)), parts(call.Argument(2))
	var limits []float64
	_ = vm.ExportTo(opts.Get("resourceLimits"), &limits)

	co := r.opts
	co.OnStarted = nil
	co.OnBuiltinLoad = nil
	co.HandleSignals = false
	co.Logger = nil
	co.OnUncaught = nil
	co.Env = strs("env")
	if co.Env == nil {
		co.Env = []string{}
	}
	if ea := strs("execArgv"); ea != nil {
		co.ExecArgv = ea
	}
	co.Stdout = &stdioPipe{parent: r, fd: 1, fn: cbs.Get("stdio")}
	co.Stderr = &stdioPipe{parent: r, fd: 2, fn: cbs.Get("stdio")}
	var stdin *stdinPipe
	if opts.Get("stdin").ToBoolean() {
		stdin = newStdinPipe()
		co.Stdin = stdin
	} else {
		co.Stdin = eofReader{}
	}
	eval := opts.Get("eval").ToBoolean()
	module := opts.Get("module").ToBoolean() // eval's source is a data: URL's ES module
	url := str("url")
	filename := str("filename")
	script := filename
	if module {
		script = url
	} else if eval {
		script = "[worker eval]"
	}
	co.Args = append([]string{script}, strs("argv")...)
	child, err := New(co)
	if err != nil {
		// No runtime (out of descriptors, say): the Worker reports it as
		// its 'error' (node's ERR_WORKER_INIT_FAILED), then exits.
		h := vm.NewObject()
		h.Set("initError", err.Error())
		return h
	}
	mine, theirs := workermod.NewChannel()
	id := r.threadIDs.Add(1)
	w := &workerState{threadID: id, name: str("name"), port: theirs, data: data, envData: envData, limits: limits,
		internal: opts.Get("internal").ToBoolean(), trackFds: opts.Get("trackUnmanagedFds").ToBoolean()}
	w.stderr = r.processStderr()
	child.worker = w
	child.natives = r.natives
	child.threadIDs = r.threadIDs // one numbering per tree of runtimes, as per node process
	child.diagSeq = r.diagSeq     // and one sequence of diagnostic file names
	child.threads.unregister(0, child.threadInbox)
	child.threads = r.threads // and one registry (postMessageToThread)
	child.threadInbox = r.threads.register(id, child)
	child.cwd = r.cwd // and one working directory
	if opts.Get("shareEnv").ToBoolean() {
		child.env = r.env // env: SHARE_ENV: one environment (env.go)
	}
	c := &workerChild{rt: child, done: make(chan struct{})}

	refd := true
	l.Ref()
	exited := false
	onExit := cbs.Get("exit")
	w.onStart = func() {
		l.Post(func() { l.Call(cbs.Get("online"), goja.Undefined()) })
	}
	onError := cbs.Get("error")
	w.onError = func(m *workermod.Message) {
		l.Post(func() { l.Call(onError, goja.Undefined(), workermod.ToJS(l, m)) })
	}
	r.childMu.Lock()
	r.children[c] = struct{}{}
	r.childMu.Unlock()
	go func() {
		defer close(c.done)
		var code int
		if module {
			code, _ = child.runSource(context.Background(), url, filename, true)
		} else if eval {
			code, _ = child.RunScript(context.Background(), "[worker eval]", filename)
		} else {
			code, _ = child.RunFile(context.Background(), filename)
		}
		if w.terminated.Load() {
			code = 1
		}
		if stdin != nil {
			stdin.push(nil, true) // the child's pending stdin read returns
		}
		l.Post(func() {
			r.childMu.Lock()
			delete(r.children, c)
			r.childMu.Unlock()
			exited = true
			// 'exit' listeners still see the handle ref'd, as node's.
			l.Call(onExit, goja.Undefined(), vm.ToValue(code))
			if refd {
				refd = false
				l.Unref()
			}
		})
	}()

	h := vm.NewObject()
	h.Set("threadId", id)
	h.Set("port", workermod.Attach(l, mine))
	h.Set("terminate", func() {
		if !exited {
			c.terminate()
		}
	})
	h.Set("ref", func() {
		if !refd && !exited {
			refd = true
			l.Ref()
		}
	})
	h.Set("unref", func() {
		if refd {
			refd = false
			l.Unref()
		}
	})
	h.Set("hasRef", func() bool { return refd })
	// For worker.performance.eventLoopUtilization(): the child's loop start
	// (-1 until it turns) and idle time, read across goroutines.
	h.Set("loopStartTime", func() float64 { return child.timing.getLoopStart() })
	h.Set("loopIdleTime", child.idleMs)
	// heapSnapshot(exposeNumericValues, cb): the snapshot is taken on the
	// child's loop (its VM's goroutine), then cb(null, buffer) runs here;
	// cb('not running') if the child ends first.
	h.Set("heapSnapshot", func(numeric bool, cb goja.Value) {
		type result struct {
			b   []byte
			err error
		}
		ch := make(chan result, 1)
		l.Ref()
		child.loop.Post(func() {
			b, err := v8mod.TakeSnapshot(child.loop, numeric)
			ch <- result{b, err}
		})
		reply := func(res result, ok bool) {
			l.Post(func() {
				l.Unref()
				switch {
				case !ok:
					l.Call(cb, goja.Undefined(), vm.ToValue("not running"))
				case res.err != nil:
					l.Call(cb, goja.Undefined(), vm.ToValue(res.err.Error()))
				default:
					l.Call(cb, goja.Undefined(), goja.Null(), l.NewBuffer(res.b))
				}
			})
		}
		go func() {
			select {
			case res := <-ch:
				reply(res, true)
			case <-c.done:
				select {
				case res := <-ch:
					reply(res, true)
				default:
					reply(result{}, false)
				}
			}
		}()
	})
	h.Set("writeStdin", func(chunk goja.Value, end bool) {
		if stdin == nil {
			return
		}
		b, _ := bufmod.Bytes(vm, chunk)
		stdin.push(append([]byte(nil), b...), end)
	})
	return h
}

// sharedCwd is the working directory of a tree of runtimes (a process).
type sharedCwd struct {
	mu      sync.Mutex
	dir     string
	missing bool   // the process started in a removed directory (dir is a stand-in) and has not changed it since
	counter []byte // an Int32 bumped (atomically) by every set
}

// isMissing: process.cwd() throws (node's uv_cwd ENOENT).
func (c *sharedCwd) isMissing() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.missing
}

func (c *sharedCwd) get() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.dir
}

func (c *sharedCwd) set(dir string) {
	c.mu.Lock()
	c.dir, c.missing = dir, false
	c.mu.Unlock()
	workermod.RMW(c.counter, 0, 4, func(old uint64) uint64 { return uint64(uint32(old) + 1) })
}

type eofReader struct{}

func (eofReader) Read([]byte) (int, error) { return 0, io.EOF }
