// Package fs is the Go half of node's fs: thin file system calls exposed
// to js/fs.js as internalBinding('fs'), as node's C++ fs binding is.
//
// The path through it: js/fs.js validates arguments with node's validators
// and turns paths (strings, Buffers, file: URLs) into strings or Buffers;
// every binding function takes its arguments and then one last `req`:
//
//   - a function: the call is asynchronous. The arguments are read on the
//     loop goroutine, the system call runs on the worker pool (Loop.Queue,
//     libuv's threadpool) and req(err, result) is called on the loop, err
//     being undefined or {errno, code} (or node's permission-model fields);
//   - an object (ctx): the call is synchronous and blocks the loop, as
//     node's *Sync functions do; on failure the binding sets ctx.errno and
//     ctx.code and returns undefined, and js/fs.js throws the error with
//     node's message (it knows the syscall name and the paths).
//
// Relative paths are resolved against the runtime's cwd (Loop.Cwd), not
// the Go process's. The embedder's Permissions (root directory, read-only)
// are checked here, before any system call, so no script can get past them.
package fs

import (
	"errors"
	"fmt"
	"io/fs"
	"math"
	"math/big"
	"os"
	"slices"
	"syscall"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"

	"github.com/gojanet/gojanet/modules/buffer"
	"github.com/gojanet/gojanet/runtime/loop"
)

// binding is the per-runtime state behind internalBinding('fs').
type binding struct {
	l  *loop.Loop
	vm *goja.Runtime

	dirs    map[int]*os.File // open Dir handles (opendir) by id
	nextDir int

	watchers *watchers // inotify (watch.go); nil until the first fs.watch

	// Async requests in flight, by issue number: their callbacks, for
	// process._getActiveRequests and getActiveResourcesInfo (loop only).
	active  map[uint64]goja.Value
	nextReq uint64

	// A worker's descriptors from open() not yet given to close()
	// (node's trackUnmanagedFds, a Worker option, on by default): closed
	// when the worker ends; nil when not tracking. Loop only.
	unmanaged map[int]struct{}

	// node's --trace-sync-io: called for each synchronous call once the
	// main script has run (setTraceSyncIO), once per system call node's
	// would trace (syscalls); nil when off. Loop only.
	syncHook goja.Callable
	// syscalls, set by an op for the call being made (nil: one), says after
	// its job ran how many system calls node's makes for it (node traces
	// each; a job that does several at once counts as node would make
	// them). Loop only: a sync call's job runs on the loop.
	syscalls func() int
}

// result converts what a job produced into a JS value, on the loop.
type result func() goja.Value

// job is the blocking part of an operation; it runs off the loop (async)
// or on it (sync), and must not touch the VM.
type job func() (result, error)

// Binding fills internalBinding('fs').
func Binding(l *loop.Loop, exports *goja.Object) {
	b := &binding{l: l, vm: l.VM, dirs: map[int]*os.File{}, active: map[uint64]goja.Value{}}
	for name, fn := range b.ops() {
		exports.Set(name, b.wrap(fn))
	}
	// activeRequests() → the callbacks of the requests in flight, oldest first.
	exports.Set("activeRequests", func() []goja.Value {
		ids := make([]uint64, 0, len(b.active))
		for id := range b.active {
			ids = append(ids, id)
		}
		slices.Sort(ids)
		out := make([]goja.Value, len(ids))
		for i, id := range ids {
			out[i] = b.active[id]
		}
		return out
	})
	b.exportWatch(exports)
	// trackUnmanagedFds(): a worker's bootstrap turns tracking on (see unmanaged).
	exports.Set("trackUnmanagedFds", func() {
		if b.unmanaged == nil {
			b.unmanaged = map[int]struct{}{}
		}
	})
	// setTraceSyncIO(fn): the bootstrap's --trace-sync-io warning, from now on.
	exports.Set("setTraceSyncIO", func(fn goja.Value) {
		b.syncHook, _ = goja.AssertFunction(fn)
	})
	exports.Set("kMaxUserId", int64(math.MaxUint32))
	exports.Set("kUsePromises", b.vm.ToValue(false))
	l.Track(b) // ForceClose at runtime end
}

// ForceClose releases what a runtime still holds when it ends: open Dir
// handles and the inotify descriptor, and a worker's descriptors from
// open() still open (node closes those when trackUnmanagedFds is on; on
// the main thread, file descriptors belong to the script and the process).
func (b *binding) ForceClose() {
	for fd := range b.unmanaged {
		unix.Close(fd)
		delete(b.unmanaged, fd)
	}
	for id, f := range b.dirs {
		f.Close()
		delete(b.dirs, id)
	}
	if b.watchers != nil {
		b.watchers.close()
	}
}

// opened and closing keep the unmanaged set of a tracking worker, with
// node's warnings for a descriptor opened twice or closed but not opened
// here (another thread's, or already closed). On the loop.
func (b *binding) opened(fd int) {
	if b.unmanaged == nil {
		return
	}
	if _, ok := b.unmanaged[fd]; ok {
		b.warn(fmt.Sprintf("File descriptor %d opened in unmanaged mode twice", fd))
	}
	b.unmanaged[fd] = struct{}{}
}

func (b *binding) closing(fd int) {
	if b.unmanaged == nil {
		return
	}
	if _, ok := b.unmanaged[fd]; !ok {
		b.warn(fmt.Sprintf("File descriptor %d closed but not opened in unmanaged mode", fd))
		return
	}
	delete(b.unmanaged, fd)
}

// warn is process.emitWarning(msg), as node's ProcessEmitWarning.
func (b *binding) warn(msg string) {
	p, ok := b.vm.Get("process").(*goja.Object)
	if !ok {
		return
	}
	if emit, ok := goja.AssertFunction(p.Get("emitWarning")); ok {
		_, _ = emit(p, b.vm.ToValue(msg))
	}
}

// op parses its arguments on the loop and returns the job to run. A
// malformed argument panics with a TypeError (js/fs.js validates first, so
// only hostile calls of the binding itself get there).
type op func(args []goja.Value) job

// wrap turns an op into the binding function: the last argument decides
// between the async (function) and the sync (ctx object) forms.
func (b *binding) wrap(fn op) func(call goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		// A copy: call.Arguments is a view of goja's value stack, valid only
		// during this call (goja's contract), and some ops read args in their
		// job, off the loop, after it returned (pathOp).
		args := append([]goja.Value(nil), call.Arguments...)
		var req goja.Value = goja.Undefined()
		if len(args) > 0 {
			req = args[len(args)-1]
			args = args[:len(args)-1]
		}
		b.syscalls = nil
		j := fn(args)
		if _, ok := goja.AssertFunction(req); ok {
			var res result
			var err error
			id := b.nextReq
			b.nextReq++
			b.active[id] = req
			b.l.Queue(func() { res, err = j() }, func() {
				// Still listed while its callback runs, as in node.
				defer delete(b.active, id)
				if err != nil {
					b.l.Call(req, goja.Undefined(), b.errorValue(err))
					return
				}
				v := goja.Undefined()
				if res != nil {
					v = res()
				}
				b.l.Call(req, goja.Undefined(), goja.Undefined(), v)
			})
			return goja.Undefined()
		}
		res, err := j()
		if b.syncHook != nil {
			b.traceSync(req)
		}
		if err != nil {
			if ctx, ok := req.(*goja.Object); ok {
				src := b.errorValue(err).(*goja.Object)
				for _, k := range src.Keys() {
					ctx.Set(k, src.Get(k))
				}
				return goja.Undefined()
			}
			panic(b.vm.NewGoError(err))
		}
		if res == nil {
			return goja.Undefined()
		}
		return res()
	}
}

// denied is the permission model's refusal.
type denied struct {
	permission string // FileSystemRead, FileSystemWrite
	resource   string
}

func (d *denied) Error() string { return "Access to this API has been restricted" }

// errorValue is the error object handed to JS: {errno, code} for a system
// error (node's negative errno: libuv's UV_E* are -errno on Linux), or
// {code: 'ERR_ACCESS_DENIED', permission, resource}.
func (b *binding) errorValue(err error) goja.Value {
	o := b.vm.NewObject()
	var d *denied
	if errors.As(err, &d) {
		o.Set("code", "ERR_ACCESS_DENIED")
		o.Set("permission", d.permission)
		o.Set("resource", d.resource)
		return o
	}
	var pe *pathError
	if errors.As(err, &pe) {
		defer o.Set("path", pe.path)
	}
	var se *sysError
	if errors.As(err, &se) {
		defer o.Set("syscall", se.syscall)
	}
	errno := toErrno(err)
	o.Set("errno", -int(errno))
	o.Set("code", errnoName(errno))
	return o
}

func toErrno(err error) syscall.Errno {
	var e syscall.Errno
	if errors.As(err, &e) {
		return e
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return unix.ENOENT
	case errors.Is(err, fs.ErrExist):
		return unix.EEXIST
	case errors.Is(err, fs.ErrPermission):
		return unix.EACCES
	}
	return unix.EIO
}

// errnoName is the errno's symbolic name (ENOENT); js/internal/errors.js
// turns it into node's message.
func errnoName(e syscall.Errno) string {
	if n := unix.ErrnoName(e); n != "" {
		return n
	}
	return "UNKNOWN"
}

// Argument readers. They never panic with a Go runtime error: a wrong type
// becomes a TypeError.

func (b *binding) arg(args []goja.Value, i int) goja.Value {
	if i < len(args) && args[i] != nil {
		return args[i]
	}
	return goja.Undefined()
}

// path reads a path argument: a string or a Buffer (its bytes, unchanged).
// Paths with NUL bytes are refused by js/fs.js; here they would fail in the
// system call with EINVAL, never truncate.
func (b *binding) path(args []goja.Value, i int) string {
	v := b.arg(args, i)
	if s, ok := v.Export().(string); ok {
		return s
	}
	if p, ok := buffer.Bytes(b.vm, v); ok {
		return string(p)
	}
	panic(b.vm.NewTypeError("path must be a string or Buffer"))
}

func (b *binding) int(args []goja.Value, i int) int64 {
	v := b.arg(args, i)
	f := v.ToFloat()
	if math.IsNaN(f) || math.IsInf(f, 0) || f != math.Trunc(f) || f > 1<<53 || f < -(1<<53) {
		if goja.IsUndefined(v) || goja.IsNull(v) {
			return 0
		}
		panic(b.vm.NewTypeError("argument %d must be an integer", i))
	}
	return int64(f)
}

func (b *binding) fd(args []goja.Value, i int) int {
	n := b.int(args, i)
	if n < 0 || n > math.MaxInt32 {
		panic(b.vm.NewTypeError("fd must be a 32-bit unsigned integer"))
	}
	return int(n)
}

func (b *binding) bool(args []goja.Value, i int) bool { return b.arg(args, i).ToBoolean() }

func (b *binding) float(args []goja.Value, i int) float64 {
	f := b.arg(args, i).ToFloat()
	if math.IsNaN(f) || math.IsInf(f, 0) {
		panic(b.vm.NewTypeError("argument %d must be a finite number", i))
	}
	return f
}

func (b *binding) bytes(args []goja.Value, i int) []byte {
	p, ok := buffer.Bytes(b.vm, b.arg(args, i))
	if !ok {
		panic(b.vm.NewTypeError("argument %d must be a Buffer, TypedArray or DataView", i))
	}
	return p
}

// span reads (buffer, offset, length) and checks the range, so a hostile
// call cannot reach outside the buffer.
func (b *binding) span(args []goja.Value, i int) []byte {
	p := b.bytes(args, i)
	off, n := b.int(args, i+1), b.int(args, i+2)
	if off < 0 || n < 0 || off > int64(len(p)) || n > int64(len(p))-off {
		panic(b.rangeError("offset/length out of range of the buffer"))
	}
	return p[off : off+n]
}

func (b *binding) buffers(args []goja.Value, i int) [][]byte {
	o, ok := b.arg(args, i).(*goja.Object)
	if !ok {
		panic(b.vm.NewTypeError("buffers must be an array"))
	}
	n := o.Get("length").ToInteger()
	if n < 0 || n > 1<<20 {
		panic(b.rangeError("too many buffers"))
	}
	out := make([][]byte, 0, n)
	for k := int64(0); k < n; k++ {
		p, ok := buffer.Bytes(b.vm, o.Get(itoa(k)))
		if !ok {
			panic(b.vm.NewTypeError("buffers must be ArrayBufferViews"))
		}
		out = append(out, p)
	}
	return out
}

func itoa(n int64) string { return big.NewInt(n).String() }

// values turns Go values into a JS array (goja would wrap a Go slice).
func (b *binding) array(vals ...any) goja.Value {
	return b.vm.NewArray(vals...)
}

func (b *binding) rangeError(msg string) *goja.Object {
	ctor, _ := goja.AssertConstructor(b.vm.Get("RangeError"))
	if ctor != nil {
		if o, err := ctor(nil, b.vm.ToValue(msg)); err == nil {
			return o
		}
	}
	return b.vm.NewTypeError(msg)
}

// traceSync calls the --trace-sync-io hook once per system call node's
// makes for the sync call just made: a count the call's context gives
// (ctx.traces: what js/fs.js knows of node's binding, as existsSync's 0),
// else the op's (syscalls), else one.
func (b *binding) traceSync(req goja.Value) {
	n := 1
	if ctx, ok := req.(*goja.Object); ok && ctx.Get("traces") != nil {
		n = int(ctx.Get("traces").ToInteger())
	} else if b.syscalls != nil {
		n = b.syscalls()
	}
	for ; n > 0; n-- {
		if _, err := b.syncHook(goja.Undefined()); err != nil {
			panic(err)
		}
	}
}
