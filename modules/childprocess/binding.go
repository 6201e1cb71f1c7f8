// Package childprocess is the Go half of node's child_process (what node's
// process_wrap and spawn_sync do), exposed to js/child_process.js as
// internalBinding('child_process').
//
// The path through it: js/child_process.js normalises the arguments (shell,
// env, stdio) and calls spawn(options, onexit). Each 'pipe' stdio entry
// becomes a pipe2 pair: the child gets one end, the parent's end is handed
// back as a descriptor that js/child_process.js opens as a net.Socket on a
// Pipe handle (modules/net, node's pipe_wrap), so the streams run on the
// loop's epoll set like any socket. A goroutine waits for the child and
// posts onexit(exitCode, signalName) to the loop; the loop is kept alive
// while a ref'd child runs. spawnSync runs the child to completion on the
// loop goroutine (it blocks, as node's does), feeding input and collecting
// output with a timeout and maxBuffer. Permissions.NoChildProcess refuses
// both with node's permission-model error.
package childprocess

import (
	"errors"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"

	"github.com/gojanet/gojanet/modules/buffer"
	"github.com/gojanet/gojanet/runtime/loop"
)

type binding struct {
	l  *loop.Loop
	vm *goja.Runtime
}

// Binding fills internalBinding('child_process').
func Binding(l *loop.Loop, exports *goja.Object) {
	b := &binding{l: l, vm: l.VM}
	exports.Set("spawn", b.spawn)
	exports.Set("spawnSync", b.spawnSync)
	exports.Set("kill", func(pid int, sig int) int {
		if pid <= 0 || sig < 0 || sig > 64 {
			return -int(unix.EINVAL)
		}
		if err := unix.Kill(pid, unix.Signal(sig)); err != nil {
			return -int(toErrno(err))
		}
		return 0
	})
}

// spec is a parsed spawn options object.
type spec struct {
	file string
	args []string
	cwd  string
	// inheritCwd: no cwd option and the runtime's directory is gone: the
	// child starts in this process's directory
	inheritCwd bool
	env        []string
	stdio      []string // "pipe", "ignore", "inherit" or a descriptor number
	detached   bool
	uid, gid   int
}

func (b *binding) parse(o *goja.Object) (*spec, error) {
	vm := b.vm
	if o == nil {
		panic(vm.NewTypeError("options must be an object"))
	}
	s := &spec{uid: -1, gid: -1}
	s.file = o.Get("file").String()
	for _, a := range strList(vm, o.Get("args")) {
		s.args = append(s.args, a)
	}
	if v := o.Get("cwd"); v != nil && !goja.IsUndefined(v) && !goja.IsNull(v) {
		s.cwd = v.String()
	}
	if s.cwd == "" && b.l.Cwd != nil {
		s.cwd = b.l.Cwd()
		// The runtime's directory was removed: the child starts where this
		// process is, as node's child inherits its removed cwd (os/exec
		// would fail to enter the named directory).
		if _, err := os.Stat(s.cwd); err != nil {
			s.inheritCwd = true
		}
	} else if !filepath.IsAbs(s.cwd) && b.l.Cwd != nil {
		s.cwd = filepath.Join(b.l.Cwd(), s.cwd)
	}
	s.env = strList(vm, o.Get("envPairs"))
	s.stdio = strList(vm, o.Get("stdio"))
	for len(s.stdio) < 3 {
		s.stdio = append(s.stdio, "ignore")
	}
	s.detached = o.Get("detached").ToBoolean()
	if v := o.Get("uid"); v != nil && !goja.IsUndefined(v) {
		s.uid = int(v.ToInteger())
	}
	if v := o.Get("gid"); v != nil && !goja.IsUndefined(v) {
		s.gid = int(v.ToInteger())
	}
	if strings.IndexByte(s.file, 0) >= 0 {
		return nil, unix.EINVAL
	}
	return s, nil
}

func strList(vm *goja.Runtime, v goja.Value) []string {
	o, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	length := o.Get("length")
	if length == nil {
		return nil
	}
	n := length.ToInteger()
	if n < 0 || n > 1<<20 {
		return nil
	}
	out := make([]string, 0, n)
	for i := int64(0); i < n; i++ {
		// a hole (nil) is undefined: String(undefined), as node's ToString
		if v := o.Get(itoa(i)); v != nil {
			out = append(out, v.String())
		} else {
			out = append(out, "undefined")
		}
	}
	return out
}

func itoa(i int64) string { return strconv.FormatInt(i, 10) }

// lookPath resolves the program as execvp would, with the child's PATH.
func (s *spec) lookPath() (string, error) {
	if strings.Contains(s.file, "/") {
		p := s.file
		if !filepath.IsAbs(p) {
			p = filepath.Join(s.cwd, p)
		}
		if err := unix.Access(p, unix.X_OK); err != nil {
			return "", err
		}
		return p, nil
	}
	path := ""
	for _, kv := range s.env {
		if strings.HasPrefix(kv, "PATH=") {
			path = kv[5:]
		}
	}
	if path == "" {
		path = "/usr/local/bin:/usr/bin:/bin"
	}
	for _, dir := range filepath.SplitList(path) {
		if dir == "" {
			dir = "."
		}
		p := filepath.Join(dir, s.file)
		if !filepath.IsAbs(p) {
			p = filepath.Join(s.cwd, p)
		}
		var st unix.Stat_t
		if unix.Stat(p, &st) == nil && st.Mode&unix.S_IFMT != unix.S_IFDIR && unix.Access(p, unix.X_OK) == nil {
			return p, nil
		}
	}
	return "", unix.ENOENT
}

// start starts the child with its stdio; parent holds the parent ends of
// pipes (-1 where none), closed by the caller on failure.
func (b *binding) start(s *spec) (*os.Process, []int, error) {
	if b.l.Perm.NoChildProcess {
		return nil, nil, errDenied
	}
	path, err := s.lookPath()
	if err != nil {
		return nil, nil, err
	}
	files := make([]*os.File, len(s.stdio))
	parent := make([]int, len(s.stdio))
	var toClose []*os.File
	defer func() {
		for _, f := range toClose {
			f.Close()
		}
	}()
	fail := func(err error) (*os.Process, []int, error) {
		for _, fd := range parent {
			if fd > 0 {
				unix.Close(fd)
			}
		}
		return nil, nil, err
	}
	for i, kind := range s.stdio {
		parent[i] = -1
		switch kind {
		case "pipe", "overlapped":
			// A socketpair, as libuv makes for stdio pipes: one descriptor
			// the parent can read and write, non-blocking on its side only.
			fds, err := unix.Socketpair(unix.AF_UNIX, unix.SOCK_STREAM|unix.SOCK_CLOEXEC, 0)
			if err != nil {
				return fail(err)
			}
			unix.SetNonblock(fds[0], true)
			parent[i] = fds[0]
			f := os.NewFile(uintptr(fds[1]), "pipe")
			files[i] = f
			toClose = append(toClose, f)
		case "inherit":
			if i <= 2 {
				files[i] = []*os.File{os.Stdin, os.Stdout, os.Stderr}[i]
			}
		case "ignore":
			f, err := os.OpenFile(os.DevNull, os.O_RDWR, 0)
			if err != nil {
				return fail(err)
			}
			files[i] = f
			toClose = append(toClose, f)
		default:
			fd := int(parseInt(kind))
			if fd < 0 {
				continue
			}
			// A duplicate, closed after the start: an *os.File over the
			// script's own descriptor would close it when collected.
			dup, err := unix.FcntlInt(uintptr(fd), unix.F_DUPFD_CLOEXEC, 0)
			if err != nil {
				return fail(err)
			}
			if i <= 2 {
				// A child's stdio is blocking, as libuv makes it in the child;
				// the flag belongs to the open file, so the script's own
				// descriptor (typically another child's pipe it hands on)
				// becomes blocking too, as under node.
				unix.SetNonblock(dup, false)
			}
			f := os.NewFile(uintptr(dup), "fd")
			files[i] = f
			toClose = append(toClose, f)
		}
	}
	dir := s.cwd
	if s.inheritCwd {
		dir = ""
	}
	attr := &os.ProcAttr{Dir: dir, Env: s.env, Files: files, Sys: &syscall.SysProcAttr{Setsid: s.detached}}
	if s.uid >= 0 || s.gid >= 0 {
		cred := &syscall.Credential{Uid: uint32(os.Getuid()), Gid: uint32(os.Getgid()), NoSetGroups: true}
		if s.uid >= 0 {
			cred.Uid = uint32(s.uid)
		}
		if s.gid >= 0 {
			cred.Gid = uint32(s.gid)
		}
		attr.Sys.Credential = cred
	}
	argv := append([]string{}, s.args...)
	if len(argv) == 0 {
		argv = []string{s.file}
	}
	p, err := os.StartProcess(path, argv, attr)
	if err != nil {
		return fail(err)
	}
	return p, parent, nil
}

func parseInt(s string) int64 {
	var n int64
	if s == "" {
		return -1
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return -1
		}
		n = n*10 + int64(c-'0')
		if n > math.MaxInt32 {
			return -1
		}
	}
	return n
}

var errDenied = errors.New("Access to this API has been restricted")

// errorValue is {errno, code}, or node's permission error fields.
func (b *binding) errorValue(err error) *goja.Object {
	o := b.vm.NewObject()
	if err == errDenied {
		o.Set("code", "ERR_ACCESS_DENIED")
		o.Set("permission", "ChildProcess")
		o.Set("resource", "")
		return o
	}
	e := toErrno(err)
	o.Set("errno", -int(e))
	name := unix.ErrnoName(e)
	if name == "" {
		name = "UNKNOWN"
	}
	o.Set("code", name)
	return o
}

func toErrno(err error) syscall.Errno {
	var e syscall.Errno
	if errors.As(err, &e) {
		return e
	}
	if errors.Is(err, os.ErrNotExist) || errors.Is(err, exec.ErrNotFound) {
		return unix.ENOENT
	}
	if errors.Is(err, os.ErrPermission) {
		return unix.EACCES
	}
	return unix.EIO
}

// exitStatus is node's (exitCode, signalName): code null when signalled.
func (b *binding) exitStatus(st *os.ProcessState) (goja.Value, goja.Value) {
	ws, ok := st.Sys().(syscall.WaitStatus)
	if ok && ws.Signaled() {
		return goja.Null(), b.vm.ToValue(signalName(ws.Signal()))
	}
	return b.vm.ToValue(st.ExitCode()), goja.Null()
}

func signalName(s syscall.Signal) string {
	n := unix.SignalName(s)
	if n == "" {
		return itoa(int64(s))
	}
	return n
}

// spawn(options, onexit) → {pid, fds: [parent ends or -1]} or an error
// object {errno, code}. The child is ref'd; child.ref/unref toggle it.
func (b *binding) spawn(call goja.FunctionCall) goja.Value {
	o, _ := call.Argument(0).(*goja.Object)
	onexit := call.Argument(1)
	if _, ok := goja.AssertFunction(onexit); !ok {
		panic(b.vm.NewTypeError("onexit must be a function"))
	}
	s, err := b.parse(o)
	if err != nil {
		return b.errorValue(err)
	}
	p, fds, err := b.start(s)
	if err != nil {
		return b.errorValue(err)
	}
	res := b.vm.NewObject()
	res.Set("pid", p.Pid)
	fdv := make([]any, len(fds))
	for i, fd := range fds {
		fdv[i] = fd
	}
	res.Set("fds", b.vm.NewArray(fdv...))
	c := &child{refed: true}
	b.l.Ref()
	res.Set("ref", func() {
		if !c.refed && !c.exited {
			c.refed = true
			b.l.Ref()
		}
	})
	res.Set("unref", func() {
		if c.refed && !c.exited {
			c.refed = false
			b.l.Unref()
		}
	})
	// A loop that ends first leaves the waiter posting to nobody: Post to a
	// finished loop is harmless, and the child is reaped all the same.
	go func() {
		st, err := p.Wait()
		b.l.Post(func() {
			c.exited = true
			if c.refed {
				b.l.Unref()
			}
			if err != nil {
				b.l.Call(onexit, goja.Undefined(), b.vm.ToValue(-1), goja.Null())
				return
			}
			code, sig := b.exitStatus(st)
			b.l.Call(onexit, goja.Undefined(), code, sig)
		})
	}()
	return res
}

type child struct {
	refed, exited bool
}

// spawnSync(options) → {pid, status, signal, output: [null, out, err]}
// or {error}. options.input (bytes), timeout (ms), killSignal (number),
// maxBuffer (bytes per stream).
func (b *binding) spawnSync(call goja.FunctionCall) goja.Value {
	vm := b.vm
	o, _ := call.Argument(0).(*goja.Object)
	s, err := b.parse(o)
	res := vm.NewObject()
	if err != nil {
		res.Set("error", b.errorValue(err))
		return res
	}
	var input []byte
	if v := o.Get("input"); v != nil {
		if p, ok := buffer.Bytes(vm, v); ok {
			input = append([]byte(nil), p...)
		}
	}
	timeout := o.Get("timeout").ToFloat()
	killSignal := int(o.Get("killSignal").ToInteger())
	if killSignal <= 0 || killSignal > 64 {
		killSignal = int(unix.SIGTERM)
	}
	maxBuffer := o.Get("maxBuffer").ToFloat()
	if math.IsNaN(maxBuffer) || maxBuffer <= 0 {
		maxBuffer = math.Inf(1)
	}
	p, fds, err := b.start(s)
	if err != nil {
		res.Set("error", b.errorValue(err))
		return res
	}
	res.Set("pid", p.Pid)
	var mu sync.Mutex
	outputs := make([][]byte, len(fds))
	var tooBig bool
	var wg sync.WaitGroup
	// The pipes stay non-blocking, so they are Go-pollable: when the child
	// is killed (timeout, maxBuffer) node stops using its ends of them at
	// once, and a deadline ends the reads and the stdin write here even
	// while a grandchild still holds the other ends.
	files := make([]*os.File, len(fds))
	for i, fd := range fds {
		if fd >= 0 {
			unix.SetNonblock(fd, true)
			files[i] = os.NewFile(uintptr(fd), "pipe")
		}
	}
	stopPipes := func() {
		for _, f := range files {
			if f != nil {
				f.SetDeadline(time.Now())
			}
		}
	}
	for i, f := range files {
		if f == nil {
			continue
		}
		wg.Add(1)
		if i == 0 {
			go func() {
				defer wg.Done()
				f.Write(input)
				f.Close()
			}()
			continue
		}
		go func(i int) {
			defer wg.Done()
			defer f.Close()
			buf := make([]byte, 64*1024)
			for {
				n, err := f.Read(buf)
				if n > 0 {
					mu.Lock()
					outputs[i] = append(outputs[i], buf[:n]...)
					// The chunk that crosses maxBuffer is kept whole, as
					// node keeps what one read returned.
					if float64(len(outputs[i])) > maxBuffer && !tooBig {
						tooBig = true
						p.Signal(unix.Signal(killSignal))
						stopPipes()
					}
					mu.Unlock()
				}
				if err != nil {
					return
				}
			}
		}(i)
	}
	timedOut := false
	var timer *time.Timer
	if timeout > 0 && !math.IsInf(timeout, 0) {
		timer = time.AfterFunc(time.Duration(timeout*float64(time.Millisecond)), func() {
			mu.Lock()
			timedOut = true
			stopPipes()
			mu.Unlock()
			p.Signal(unix.Signal(killSignal))
		})
	}
	st, werr := p.Wait()
	// The timeout also covers pipes still open after the child exited (a
	// grandchild holding them): node then stops reading and reports
	// ETIMEDOUT without a signal (the late Signal finds the child gone).
	wg.Wait()
	if timer != nil {
		timer.Stop()
	}
	out := make([]any, len(fds))
	for i := range fds {
		if i == 0 || fds[i] < 0 {
			out[i] = goja.Null()
			continue
		}
		data := outputs[i]
		if data == nil {
			data = []byte{}
		}
		out[i] = b.l.NewBuffer(data)
	}
	res.Set("output", vm.NewArray(out...))
	if werr != nil {
		res.Set("error", b.errorValue(werr))
		return res
	}
	code, sig := b.exitStatus(st)
	res.Set("status", code)
	res.Set("signal", sig)
	mu.Lock()
	if timedOut {
		res.Set("error", b.errorValue(unix.ETIMEDOUT))
	} else if tooBig {
		res.Set("error", b.errorValue(unix.ENOBUFS))
	}
	mu.Unlock()
	return res
}
