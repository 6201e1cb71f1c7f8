// Package loop is gojanet's event loop: one goroutine owns the VM and an
// epoll set; timers, immediates and I/O callbacks run on it in node's phase
// order. Builtin modules get a *Loop to register handles and call into JS.
package loop

import (
	"io"
	"math"
	goruntime "runtime"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"

	"github.com/dop251/goja"

	"github.com/gojanet/gojanet/internal/poll"
)

// Loop is a libuv-style event loop. Other goroutines hand work to it with Post.
type Loop struct {
	VM *goja.Runtime

	Net      NetPolicy   // network limits and Go-provided listeners
	Counters Counters    // network totals
	Perm     Permissions // file system and process limits (perm.go)
	// Cwd is the runtime's working directory (process.cwd()), against which
	// bindings resolve relative paths: it is per runtime, not the Go process's.
	Cwd func() string
	// Stdio is the runtime's standard input and output (Options.Stdin,
	// Stdout, Stderr): where code that writes descriptors 0-2 itself (WASI)
	// reads and writes instead. Loop goroutine only.
	Stdio struct {
		In       io.Reader
		Out, Err io.Writer
	}

	// Set by the runtime: what happens around every JS callback.
	Enter         goja.Callable   // JS trampoline: enter(fn, this, a, b, c, d, e)
	RunTicks      goja.Callable   // the bootstrap's runTicks: drain the nextTick queue
	OnError       func(err error) // an exception escaped a callback
	AfterCallback func()          // drain nextTicks, microtasks, rejections
	Stopped       bool            // process.exit or shutdown: run no more JS
	// Settled reports that no nextTick, microtask or rejection is pending:
	// what node would run between two callbacks. Set by the runtime; Batch
	// needs it.
	Settled func() bool
	// NewBuffer returns a Buffer over p without copying (set by the runtime
	// at boot): how Go halves of builtins hand bytes to JS.
	NewBuffer func(p []byte) *goja.Object
	// NewBufferCopy returns a Buffer over a copy of p (a socket read from
	// the loop's buffer): the copy and the Buffer in one allocation when
	// small. Set with NewBuffer.
	NewBufferCopy func(p []byte) *goja.Object
	// HeapRoots lists the values the runtime holds from Go (its bindings'
	// objects, the process object) for a heap snapshot to walk as roots
	// besides the VM's own. Set by the runtime; loop goroutine only.
	HeapRoots func() []goja.HeapRoot
	// TrackRejection is the runtime's promise rejection tracker, for the
	// runtimes of vm contexts (one isolate in node: a context's unhandled
	// rejection is the process's). in brings the promise and its reason
	// into the main runtime when they are reported. Set by the runtime at
	// boot; loop goroutine only.
	TrackRejection func(p *goja.Promise, op goja.PromiseRejectionOperation, in func(*goja.Promise) (promise, reason goja.Value))
	// PromiseHooks are the main runtime's promise hooks (async_hooks,
	// AsyncLocalStorage: set by internalBinding('async_context')), nil when
	// none; the runtimes of vm contexts forward their promises' events to
	// them (one isolate in node). Loop goroutine only.
	PromiseHooks *goja.PromiseHooks
	// CallSeq counts entries into and exits from JS: odd while JS runs.
	// A watchdog goroutine reads it to find runaway callbacks.
	CallSeq atomic.Uint64

	poller     *poll.Poller
	start      time.Time
	now        float64 // ms since start, refreshed once per iteration
	yielded    float64 // l.now at the last yieldSometimes
	waitedLong bool    // the last poll slept 1 ms or more

	refs int // ref'd active handles: servers, sockets, pending host operations

	// Timers, immediates and the nextTick queue live in JavaScript (as in
	// node). JS publishes their state in Shared, a Float64Array over Go memory,
	// so the loop reads it without calls; see the Shared* indexes.
	Shared        []float64
	RunTimers     func()
	RunImmediates func()

	// IdleGC is how long the loop must be idle before it collects garbage
	// and returns free memory to the OS (see idlegc.go); 0 disables it.
	IdleGC time.Duration
	gc     idleGC

	// Metrics is libuv's uv_metrics_info, for perf_hooks' uvMetricsInfo:
	// turns of the loop, events the poll phase handled, and those of them
	// already waiting when it polled (found without blocking).
	Metrics struct{ LoopCount, Events, EventsWaiting int64 }

	sharedBuf []byte
	handles   map[Handle]struct{}
	deferred  []Task // see Defer
	closing   []Task // see OnClosed
	// spare arrays for deferred and closing (see runQueue)
	deferredSpare, closingSpare []Task
	nested                      nested           // see EnterNested
	callArgs                    []*[7]goja.Value // see Call
	callDepth                   int
	batch                       batch // see Batch

	mu       sync.Mutex
	posted   []func()
	spare    []func()
	postedIO []func() // see PostIO
}

// New creates a loop for vm.
func New(vm *goja.Runtime) (*Loop, error) {
	p, err := poll.New()
	if err != nil {
		return nil, err
	}
	l := &Loop{VM: vm, poller: p, start: time.Now(), handles: map[Handle]struct{}{}, IdleGC: DefaultIdleGC}
	l.gc.init()
	l.sharedBuf = make([]byte, 8*sharedLen)
	l.Shared = unsafe.Slice((*float64)(unsafe.Pointer(&l.sharedBuf[0])), sharedLen)
	p.OnWake = l.onWake
	p.Spin = DefaultSpin
	return l, nil
}

// DefaultSpin is the longest a busy loop polls for events before it
// sleeps in epoll_wait (internal/poll's Spin): under steady traffic the
// waits between events are mostly a few µs (resolve4 at 70 K queries/s:
// 0.4 waits per query, 18% of the time).
const DefaultSpin = 20 * time.Microsecond

// Indexes into Shared.
const (
	SharedTickScheduled = iota // nextTick queue is non-empty
	SharedNow                  // loop time in whole ms (libuv's), written by Go
	SharedTimerDue             // earliest timer expiry in loop ms; 0: none
	SharedTimerRefs            // ref'd active timers
	SharedImmediates           // queued immediates
	SharedImmediateRefs        // ref'd queued immediates
	SharedAsyncActive          // async contexts tracked (hooks or storages enabled): Call enters through Enter
	sharedLen
)

// SharedBuffer is the memory behind Shared, for JS to wrap in an ArrayBuffer.
func (l *Loop) SharedBuffer() []byte { return l.sharedBuf }

// Now is the loop's cached time in milliseconds since it started.
func (l *Loop) Now() float64 { return l.now }

// UpdateNow refreshes the cached time. Scripts see it in whole
// milliseconds, as node's timers see libuv's clock (a timer's _idleStart,
// a socket's last activity): a timer due at a whole millisecond runs at
// the same moment either way, and the same number read again between two
// milliseconds is a box goja made before (vm.boxes), not a new float per
// read (gcperf4: two 16-byte boxes per keep-alive request).
func (l *Loop) UpdateNow() {
	l.now = float64(time.Since(l.start).Nanoseconds()) / 1e6
	l.Shared[SharedNow] = math.Floor(l.now)
}

// Poller gives Go-side handles access to the loop's epoll set. Loop goroutine only.
func (l *Loop) Poller() *poll.Poller { return l.poller }

// Ref and Unref count active handles that keep the loop alive. Loop goroutine only.
func (l *Loop) Ref()   { l.refs++ }
func (l *Loop) Unref() { l.refs-- }

// Post queues fn to run on the loop goroutine. Safe from any goroutine. fn
// does not keep the loop alive by itself: hold a Ref for pending operations.
func (l *Loop) Post(fn func()) {
	l.mu.Lock()
	l.posted = append(l.posted, fn)
	l.mu.Unlock()
	l.poller.Wake()
}

// PostIO queues fn to run in the loop's poll phase, as libuv runs a
// threadpool request's completion (getaddrinfo's): taken when the poll
// wakes, never before it, so I/O its callback starts (a connect) is seen by
// the next poll, after this turn's immediates, as in node. Post's work may
// also run before the poll. Safe from any goroutine.
func (l *Loop) PostIO(fn func()) {
	l.mu.Lock()
	l.postedIO = append(l.postedIO, fn)
	l.mu.Unlock()
	l.poller.Wake()
}

// onWake runs what was posted when the poll wakes: Post's work, then the
// PostIO work queued so far (later work wakes the poll again).
func (l *Loop) onWake() {
	l.runPosted()
	l.mu.Lock()
	batch := l.postedIO
	l.postedIO = nil
	l.mu.Unlock()
	for _, fn := range batch {
		l.runGuarded(fn)
	}
}

func (l *Loop) runPosted() {
	for {
		l.mu.Lock()
		batch := l.posted
		l.posted, l.spare = l.spare[:0], nil
		l.mu.Unlock()
		if len(batch) == 0 {
			l.spare = batch
			return
		}
		for i, fn := range batch {
			batch[i] = nil
			l.runGuarded(fn)
		}
		l.spare = batch[:0]
	}
}

// runGuarded runs fn, a Go callback on the loop. JavaScript it runs outside
// Call (a getter or a Proxy trap on an object the callback reads, such as
// req.oncomplete) may throw: that is the callback's uncaught exception
// (OnError), as a throw from the callback itself, and the rest of the
// batch still runs. Any other panic goes on to the runtime's firewall.
func (l *Loop) runGuarded(fn func()) {
	defer func() {
		if x := recover(); x != nil {
			switch e := x.(type) {
			case *goja.Exception:
				l.OnError(e)
			case *goja.InterruptedError:
				l.OnError(e)
			case goja.Value:
				// a JS value goja's Go code threw (panic(vm.NewTypeError(...)),
				// a revoked Proxy's handler check): goja makes it an exception
				if ex := l.VM.Try(func() { panic(e) }); ex != nil {
					l.OnError(ex)
					return
				}
				panic(x)
			default:
				panic(x)
			}
		}
	}()
	fn()
}

func (l *Loop) hasPosted() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.posted) > 0 || len(l.postedIO) > 0
}

// Alive reports whether anything keeps the loop running.
func (l *Loop) Alive() bool {
	s := l.Shared
	return l.refs > 0 || len(l.closing) > 0 || len(l.deferred) > 0 || (s[SharedTimerDue] > 0 && s[SharedTimerRefs] > 0) ||
		s[SharedImmediateRefs] > 0 || l.hasPosted()
}

// Call invokes a JS function as a top-level callback, as node does after
// I/O: exceptions go to OnError, then nextTicks run, then microtasks.
// fn is called with at most five arguments.
//
// An ordinary JS function is called directly, with goja's promise jobs
// held (HoldJobs) until the callback's exception has gone to OnError
// (fatalException, which drains the ticks itself) or the ticks it queued
// have run (RunTicks): node's order, which the bootstrap's `enter`
// trampoline gave by making all of it one call into JS. The trampoline
// cost a second call and a fn.call per callback (≈ 0.8 K machine
// instructions a socket read); it is still the way in for any other
// callable and while async contexts are tracked (SharedAsyncActive: the
// callback runs in its handle's resource, internal/async_context enterIO).
func (l *Loop) Call(fn goja.Value, this goja.Value, args ...goja.Value) goja.Value {
	if l.Stopped {
		return goja.Undefined()
	}
	vm := l.VM
	if l.Shared[SharedAsyncActive] != 0 || l.RunTicks == nil || !vm.IsPlainFunction(fn) {
		return l.callEnter(fn, this, args)
	}
	l.enterJS()
	vm.HoldJobs()
	v, err := vm.CallPlain(fn, this, args)
	if err != nil {
		// fatalException, then the ticks (the bootstrap's hook runs both)
		l.OnError(err)
		v = goja.Undefined()
	} else if l.Shared[SharedTickScheduled] != 0 && !l.Stopped {
		if _, err := l.RunTicks(goja.Undefined()); err != nil {
			l.OnError(err)
		}
	}
	vm.ReleaseJobs() // the microtasks
	l.leaveJS()
	l.AfterCallback()
	return v
}

// callEnter is Call through the bootstrap's enter(fn, this, a, b, c, d, e).
func (l *Loop) callEnter(fn goja.Value, this goja.Value, args []goja.Value) goja.Value {
	// The arguments go in an array of the loop's, one per nesting depth
	// (Calls nest in a Batch): a local array would escape to the heap,
	// an allocation per callback.
	if l.callDepth == len(l.callArgs) {
		l.callArgs = append(l.callArgs, new([7]goja.Value))
	}
	a := l.callArgs[l.callDepth]
	l.callDepth++
	a[0], a[1] = fn, this
	copy(a[2:], args)
	for i := 2 + len(args); i < len(a); i++ {
		a[i] = goja.Undefined()
	}
	l.enterJS()
	v, err := l.Enter(goja.Undefined(), a[:]...)
	l.leaveJS()
	*a = [7]goja.Value{}
	l.callDepth--
	if err != nil {
		l.OnError(err)
		v = goja.Undefined()
	}
	l.AfterCallback()
	return v
}

// enterJS and leaveJS keep CallSeq odd while JS runs. A callback nested
// in a Batch is already inside JS: it moves CallSeq on by two, so the
// watchdog still sees each callback as a new one.
func (l *Loop) enterJS() {
	if l.batch.depth > 0 {
		l.CallSeq.Add(2)
		return
	}
	l.CallSeq.Add(1)
}

func (l *Loop) leaveJS() {
	if l.batch.depth == 0 {
		l.CallSeq.Add(1)
	}
}

// Run is like Call for Go code that touches the VM itself.
func (l *Loop) Run(fn func() error) {
	if l.Stopped {
		return
	}
	l.enterJS()
	err := fn()
	l.leaveJS()
	if err != nil {
		l.OnError(err)
	}
	l.AfterCallback()
}

// Iterate runs one turn of the loop: timers, posted work, the deferred
// tasks (pending callbacks), poll for I/O, the tasks deferred during it,
// immediates, close callbacks. It reports whether the loop is still alive.
func (l *Loop) Iterate() bool {
	l.Metrics.LoopCount++
	l.UpdateNow()
	l.yieldSometimes()
	if due := l.Shared[SharedTimerDue]; due > 0 && due <= l.now {
		l.RunTimers()
	}
	l.runPosted()
	l.runDeferred()
	if l.Stopped {
		return false
	}
	// As in libuv, the rest of the turn (poll, check) runs even when the
	// timers phase left nothing alive: queued immediates still run. Poll
	// blocks unless something is ref'd-pending: node's idle handle is
	// started only for ref'd immediates, so unref'd ones wait for I/O or a timer.
	timeout := -1
	switch {
	case !l.Alive() || l.Shared[SharedImmediateRefs] > 0 || l.hasPosted() || len(l.deferred) > 0 || len(l.closing) > 0:
		timeout = 0
	case l.Shared[SharedTimerDue] > 0:
		d := math.Ceil(l.Shared[SharedTimerDue] - l.now)
		if d < 0 {
			d = 0
		}
		timeout = int(d)
	}
	timeout, idleCheck := l.idleTimeout(timeout)
	n, err := l.poller.Wait(timeout)
	if err != nil {
		panic(err)
	}
	l.waitedLong = l.poller.Waited >= time.Millisecond
	if l.waitedLong {
		if fn := onWake.Load(); fn != nil {
			(*fn)()
		}
	}
	l.Metrics.Events += int64(n)
	if timeout == 0 {
		l.Metrics.EventsWaiting += int64(n)
	}
	if idleCheck && n == 0 {
		l.gc.collect()
	}
	l.runDeferred()
	if l.Stopped {
		return false
	}
	if l.Shared[SharedImmediates] > 0 {
		l.UpdateNow()
		l.RunImmediates()
	}
	l.runClosing()
	return !l.Stopped && l.Alive()
}

// onWake is SetOnWake's function.
var onWake atomic.Pointer[func()]

// SetOnWake sets what every loop of the process calls when a poll that
// waited a millisecond or more returns (nil: nothing): the GC trigger's
// wake-up after an idle spell (runtime/gctrigger.go). It must be cheap: it
// runs on the loop.
func SetOnWake(fn func()) {
	if fn == nil {
		onWake.Store(nil)
		return
	}
	onWake.Store(&fn)
}

// yieldInterval is how often a busy loop gives the Go scheduler a turn.
const yieldInterval = 5 // ms

// yieldSometimes calls runtime.Gosched once the loop has gone yieldInterval
// of loop time without one, unless it has just waited a millisecond or
// more. The loop goroutine otherwise never goes back to the scheduler (its
// waits are syscalls), so under steady traffic Go's sysmon sees it running
// for 10 ms, preempts it with a signal, takes its P if it is in a syscall,
// and goes back to checking every 20 µs for a while: on one CPU each of
// those wake-ups preempts the loop (resolve4: ≈ 6-8 K nanosleeps and 15-20
// K context switches per 60 K queries). Not right after a long wait:
// Gosched wakes a spinning thread, and under light traffic (an event every
// 20 ms) yielding on every wake-up cost 5× the nanosleeps.
func (l *Loop) yieldSometimes() {
	if l.waitedLong || (l.now-l.yielded < yieldInterval && l.now >= l.yielded) {
		return
	}
	l.yielded = l.now
	goruntime.Gosched()
}

// Defer runs fn on this loop in its pending phase, libuv's pending
// callbacks, where a shutdown's completion is reported: before this turn's
// poll when queued before it (by a timer or posted work), else right after
// the poll phase, before the check phase (immediates). Loop goroutine only.
func (l *Loop) Defer(fn func()) { l.deferred = append(l.deferred, funcTask(fn)) }

// DeferTask is Defer for a Task.
func (l *Loop) DeferTask(t Task) { l.deferred = append(l.deferred, t) }

// Task is work queued for a phase of the loop (DeferTask, OnClosedTask). A
// pointer type that implements it queues without the closure a func needs
// (an allocation per connection for a socket's shutdown and its close).
type Task interface{ Run() }

// funcTask is a func queued as a Task (a func value is a pointer: no
// allocation to hold it in the interface).
type funcTask func()

func (f funcTask) Run() { f() }

func (l *Loop) runDeferred() { l.runQueue(&l.deferred, &l.deferredSpare, false) }

// OnClosed runs fn in this iteration's close phase, after the immediates:
// where libuv runs close callbacks (so a socket's 'close' comes before a
// setTimeout(0) scheduled in the same turn). Loop goroutine only.
func (l *Loop) OnClosed(fn func()) { l.closing = append(l.closing, funcTask(fn)) }

// OnClosedTask is OnClosed for a Task.
func (l *Loop) OnClosedTask(t Task) { l.closing = append(l.closing, t) }

// runClosing runs the close callbacks newest first: libuv pushes closing
// handles onto the front of a list, so a handle closed later in an
// iteration (a server socket that read the RST of a client reset in the
// timers phase) reports 'close' before the one closed earlier.
func (l *Loop) runClosing() { l.runQueue(&l.closing, &l.closingSpare, true) }

// runQueue runs the tasks in *q (newest first if reverse), and those they
// queue there, until it is empty or the loop stops. A batch's array becomes
// *spare once run, and the next batch is queued into it: a connection's
// shutdown and close queue one task each, and a fresh array per turn was
// an allocation each (a nested run that finds *spare taken queues into a
// new array).
// maxSpare: a larger batch's array (a mass close) is not kept.
const maxSpare = 256

func (l *Loop) runQueue(q, spare *[]Task, reverse bool) {
	for len(*q) > 0 && !l.Stopped {
		batch := *q
		*q, *spare = (*spare)[:0], nil
		if reverse {
			for i := len(batch) - 1; i >= 0; i-- {
				batch[i].Run()
			}
		} else {
			for _, t := range batch {
				t.Run()
			}
		}
		clear(batch) // (the tasks hold handles)
		if cap(batch) <= maxSpare {
			*spare = batch[:0]
		}
	}
}

// Handle is a Go-side resource the loop force-closes on shutdown.
type Handle interface{ ForceClose() }

// Track registers h for CloseAll; Untrack forgets it once it closed itself.
func (l *Loop) Track(h Handle)   { l.handles[h] = struct{}{} }
func (l *Loop) Untrack(h Handle) { delete(l.handles, h) }

// CloseAll force-closes every tracked handle (runtime shutdown).
func (l *Loop) CloseAll() {
	for h := range l.handles {
		delete(l.handles, h)
		h.ForceClose()
	}
}

// Close releases the loop's descriptors.
func (l *Loop) Close() {
	l.gc.running.Wait()
	l.poller.Close()
}
