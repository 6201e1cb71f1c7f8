package runtime

// Process signals, as node handles them. node resets every inherited
// disposition at start-up (a shell starts background jobs with SIGINT and
// SIGQUIT ignored; nohup ignores SIGHUP) and keeps SIGPIPE ignored; a signal
// with process.on listeners is delivered to them; without listeners its
// default action applies: SIGINT, SIGTERM, SIGHUP and SIGUSR2 kill the
// process (exit status 128+n seen from a shell), SIGWINCH does nothing.
//
// Go's runtime already installs a handler for every signal, with two
// differences from node: it keeps SIGINT and SIGHUP ignored when they were
// ignored at start (ResetSignals undoes that, for the CLI), and it ignores
// SIGUSR1/SIGUSR2 by default (after ResetSignals, a runtime with
// Options.HandleSignals watches SIGUSR2 and dies of it when no script in
// the process listens). An embedding program's
// signals are its own: without HandleSignals, scripts' signal listeners are
// kept but the runtime never subscribes to OS signals.

import (
	"os"
	"os/signal"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
	"unsafe"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"

	vmmod "github.com/gojanet/gojanet/modules/vm"
)

// ResetSignals gives the process node's signal dispositions at start-up:
// SIGINT, SIGHUP and SIGQUIT inherited as ignored go back to their default action
// (every other signal already has Go's handler, whose default for them is
// node's). From then on a runtime with Options.HandleSignals also takes
// node's default action for SIGUSR2 and SIGQUIT (death) when no script in
// the process listens for it. Process-wide; the CLI calls it first thing. Linux only.
func ResetSignals() {
	defaultActions.Store(true)
	// Writes to a closed pipe fail with EPIPE instead of killing the
	// process (Go's runtime raises SIGPIPE for one on fd 1 or 2 unless the
	// signal is ignored): process.stdout emits 'error', console.log goes on.
	signal.Ignore(syscall.SIGPIPE)
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGHUP, syscall.SIGQUIT} {
		if signal.Ignored(sig) {
			_ = setDefaultAction(sig)
		}
	}
}

// kernelSigaction is the kernel's struct sigaction on amd64 and arm64.
type kernelSigaction struct {
	handler  uintptr
	flags    uint64
	restorer uintptr
	mask     uint64
}

// setDefaultAction sets sig's disposition to SIG_DFL behind Go's back: os/signal
// has no way to undo an inherited SIG_IGN, and dieOf needs the kernel's
// default action.
func setDefaultAction(sig syscall.Signal) error {
	var sa kernelSigaction // handler 0: SIG_DFL
	_, _, e := unix.RawSyscall6(unix.SYS_RT_SIGACTION, uintptr(sig), uintptr(unsafe.Pointer(&sa)), 0, 8, 0, 0)
	if e != 0 {
		return e
	}
	return nil
}

// dieOf ends the process by sig's default action, as an unhandled signal
// does in node (the parent sees it killed by sig).
func dieOf(sig syscall.Signal) {
	_ = setDefaultAction(sig)
	_ = unix.Kill(os.Getpid(), sig)
	time.Sleep(time.Second) // delivery is asynchronous
	os.Exit(128 + int(sig))
}

// defaultActions: ResetSignals was called, so the process is node-like as a
// whole (the CLI) and may die of a signal no script listens for. Without it
// (embedders, tests running many runtimes) a stray signal kills nothing.
var defaultActions atomic.Bool

// defaultKill are the signals whose default action node takes and Go does
// not (Go ignores SIGUSR2; on SIGQUIT it prints every goroutine's stack and
// exits with 2, where node dies of the signal): a runtime handling signals
// watches them from boot.
var defaultKill = map[string]syscall.Signal{"SIGUSR2": syscall.SIGUSR2, "SIGQUIT": syscall.SIGQUIT}

// listening counts, per signal, the runtimes of this process whose scripts
// listen for it: a signal is one process's, so its default action is taken
// only when no runtime takes the signal itself (as Go does for Notify).
var listening = struct {
	sync.Mutex
	n map[string]int
}{n: map[string]int{}}

func countListener(name string, d int) {
	listening.Lock()
	listening.n[name] += d
	listening.Unlock()
}

func anyListener(name string) bool {
	listening.Lock()
	defer listening.Unlock()
	return listening.n[name] > 0
}

// startSignals watches the defaultKill signals (Options.HandleSignals).
func (r *Runtime) startSignals() {
	if !defaultActions.Load() {
		return
	}
	for name, sig := range defaultKill {
		if sig == syscall.SIGQUIT && os.Getenv("GOTRACEBACK") != "" {
			// Asking for Go's tracebacks keeps Go's SIGQUIT: a dump of every
			// goroutine, the debugging aid a wedged process needs.
			continue
		}
		r.subscribe(name, sig, nil)
	}
}

// subscribe delivers sig to the loop: to process.emit when JS listens
// (r.sigEmit), else, for a defaultKill signal, to dieOf.
func (r *Runtime) subscribe(name string, sig syscall.Signal, emit goja.Value) {
	if r.signals == nil {
		r.signals = map[string]chan os.Signal{}
		r.sigEmit = map[string]goja.Value{}
	}
	if emit != nil {
		if _, ok := r.sigEmit[name]; !ok {
			countListener(name, 1)
		}
		r.sigEmit[name] = emit
	}
	if _, ok := r.signals[name]; ok {
		return
	}
	ch := make(chan os.Signal, 4)
	r.signals[name] = ch
	signal.Notify(ch, sig)
	go func() {
		for range ch {
			if sig == syscall.SIGINT && vmmod.BreakingOnSigint() {
				continue // it ends the vm script running with breakOnSigint
			}
			// Whether some runtime takes the signal is decided when it
			// arrives: a busy loop may run this post long after, when the
			// runtime that listened has let go, and must not then kill the
			// process for a signal that was delivered.
			listened := anyListener(name)
			r.loop.Post(func() {
				if emit, ok := r.sigEmit[name]; ok {
					r.loop.Call(emit, goja.Undefined(), r.vm.ToValue(name))
				} else if _, ok := defaultKill[name]; ok && !r.loop.Stopped && !listened {
					dieOf(sig)
				}
			})
		}
	}()
}

// forget drops the runtime's JS listener for name, if any.
func (r *Runtime) forget(name string) {
	if _, ok := r.sigEmit[name]; ok {
		delete(r.sigEmit, name)
		countListener(name, -1)
	}
}
