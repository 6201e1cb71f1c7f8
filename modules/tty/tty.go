// Package tty is the Go half of gojanet's tty module (node's tty_wrap),
// reached from JS as internalBinding('tty_wrap'): whether a descriptor is a
// terminal, its window size, and raw mode through termios
// (golang.org/x/sys/unix). js/tty.js builds tty.ReadStream/WriteStream on
// it, and js/internal/stdio.js makes process.stdin/stdout/stderr tty
// streams when they are terminals. A terminal put in raw mode is put back
// as it was when the stream turns raw mode off or the runtime closes (as
// libuv's uv_tty_reset_mode does at exit).
package tty

import (
	"math"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"

	"github.com/gojanet/gojanet/runtime/loop"
)

// saved is a terminal's mode before raw mode, restored on close.
type saved struct {
	fd      int
	termios unix.Termios
	l       *loop.Loop
	modes   map[int]*saved
}

func (s *saved) ForceClose() {
	unix.IoctlSetTermios(s.fd, unix.TCSETS, &s.termios)
	delete(s.modes, s.fd)
}

// fdArg reads a descriptor argument; -1 if it is not one.
func fdArg(v goja.Value) int {
	if v == nil {
		return -1
	}
	f := v.ToFloat()
	if math.IsNaN(f) || f < 0 || f > math.MaxInt32 || f != math.Trunc(f) {
		return -1
	}
	return int(f)
}

func errno(err error) int {
	if e, ok := err.(unix.Errno); ok {
		return -int(e)
	}
	return -int(unix.EINVAL)
}

// Binding fills internalBinding('tty_wrap').
func Binding(l *loop.Loop, exports *goja.Object) {
	vm := l.VM
	modes := map[int]*saved{}
	rwBinding(l, exports)
	// guessHandle(fd) → 0 if a tty stream may use fd (a terminal, a pipe or
	// a socket, as libuv's uv_tty_init accepts), else a negative errno
	// (EINVAL, as libuv answers for files and closed descriptors).
	exports.Set("guessHandle", func(call goja.FunctionCall) goja.Value {
		fd := fdArg(call.Argument(0))
		var st unix.Stat_t
		if fd < 0 || unix.Fstat(fd, &st) != nil {
			return vm.ToValue(-int(unix.EINVAL))
		}
		if _, err := unix.IoctlGetTermios(fd, unix.TCGETS); err == nil {
			return vm.ToValue(0)
		}
		switch st.Mode & unix.S_IFMT {
		case unix.S_IFIFO, unix.S_IFSOCK:
			return vm.ToValue(0)
		}
		return vm.ToValue(-int(unix.EINVAL))
	})
	exports.Set("isTTY", func(call goja.FunctionCall) goja.Value {
		fd := fdArg(call.Argument(0))
		if fd < 0 {
			return vm.ToValue(false)
		}
		_, err := unix.IoctlGetTermios(fd, unix.TCGETS)
		return vm.ToValue(err == nil)
	})
	// getWindowSize(fd) → [columns, rows], or a negative errno.
	exports.Set("getWindowSize", func(call goja.FunctionCall) goja.Value {
		fd := fdArg(call.Argument(0))
		if fd < 0 {
			return vm.ToValue(-int(unix.EBADF))
		}
		ws, err := unix.IoctlGetWinsize(fd, unix.TIOCGWINSZ)
		if err != nil {
			return vm.ToValue(errno(err))
		}
		return vm.ToValue([]any{int(ws.Col), int(ws.Row)})
	})
	// setRawMode(fd, flag) → 0, or a negative errno. Raw is libuv's
	// UV_TTY_MODE_RAW: no echo, no line editing, no signals from keys,
	// bytes through unchanged, reads return after one byte.
	exports.Set("setRawMode", func(call goja.FunctionCall) goja.Value {
		fd := fdArg(call.Argument(0))
		if fd < 0 {
			return vm.ToValue(-int(unix.EBADF))
		}
		if !call.Argument(1).ToBoolean() {
			if s, ok := modes[fd]; ok {
				l.Untrack(s)
				if err := unix.IoctlSetTermios(fd, unix.TCSETS, &s.termios); err != nil {
					return vm.ToValue(errno(err))
				}
				delete(modes, fd)
			}
			return vm.ToValue(0)
		}
		t, err := unix.IoctlGetTermios(fd, unix.TCGETS)
		if err != nil {
			return vm.ToValue(errno(err))
		}
		if _, ok := modes[fd]; !ok {
			s := &saved{fd: fd, termios: *t, l: l, modes: modes}
			modes[fd] = s
			l.Track(s)
		}
		raw := *t
		raw.Iflag &^= unix.BRKINT | unix.ICRNL | unix.INPCK | unix.ISTRIP | unix.IXON
		raw.Oflag |= unix.ONLCR
		raw.Cflag |= unix.CS8
		raw.Lflag &^= unix.ECHO | unix.ICANON | unix.IEXTEN | unix.ISIG
		raw.Cc[unix.VMIN] = 1
		raw.Cc[unix.VTIME] = 0
		if err := unix.IoctlSetTermios(fd, unix.TCSETS, &raw); err != nil {
			return vm.ToValue(errno(err))
		}
		return vm.ToValue(0)
	})
}

// writeSync and readStart serve tty streams on descriptors other than the
// runtime's own stdio (process.stdout and friends go through the runtime's
// writers and stdin reader, which embedders may have redirected).
func rwBinding(l *loop.Loop, exports *goja.Object) {
	vm := l.VM
	// writeSync(fd, bytes) → 0 or a negative errno; terminals are written
	// synchronously, as in node.
	exports.Set("writeSync", func(call goja.FunctionCall) goja.Value {
		fd := fdArg(call.Argument(0))
		var p []byte
		if s, ok := call.Argument(1).Export().(string); ok {
			p = []byte(s)
		} else if b, ok := call.Argument(1).Export().([]byte); ok {
			p = b
		}
		if fd < 0 {
			return vm.ToValue(-int(unix.EBADF))
		}
		for len(p) > 0 {
			n, err := unix.Write(fd, p)
			switch err {
			case nil:
				p = p[n:]
			case unix.EINTR:
			case unix.EAGAIN:
				unix.Poll([]unix.PollFd{{Fd: int32(fd), Events: unix.POLLOUT}}, -1)
			default:
				return vm.ToValue(errno(err))
			}
		}
		return vm.ToValue(0)
	})
	// readStart(fd, onread) starts reading a terminal on a goroutine that
	// polls it (so stop() ends it within a poll interval) and returns
	// {stop(), ref(), unref()}. onread(buffer) per chunk, onread(null,
	// errno) at the end or on an error. A reading terminal keeps the loop
	// alive unless unref'd (the stream's unref(), as a socket's).
	exports.Set("readStart", func(call goja.FunctionCall) goja.Value {
		fd := fdArg(call.Argument(0))
		cb := call.Argument(1)
		if _, ok := goja.AssertFunction(cb); !ok || fd < 0 {
			panic(vm.NewTypeError("readStart(fd, onread)"))
		}
		stopped := make(chan struct{})
		done, held := false, true
		stop := func() {
			if !done {
				done = true
				close(stopped)
				if held {
					l.Unref()
				}
			}
		}
		hold := func(on bool) {
			if !done && held != on {
				held = on
				if on {
					l.Ref()
				} else {
					l.Unref()
				}
			}
		}
		l.Ref()
		go func() {
			buf := make([]byte, 64<<10)
			for {
				select {
				case <-stopped:
					return
				default:
				}
				n, err := unix.Poll([]unix.PollFd{{Fd: int32(fd), Events: unix.POLLIN}}, 200)
				if n == 0 || err == unix.EINTR {
					continue
				}
				var m int
				if err == nil {
					m, err = unix.Read(fd, buf)
					if err == unix.EAGAIN || err == unix.EINTR {
						continue
					}
				}
				data := append([]byte(nil), buf[:max(m, 0)]...)
				l.Post(func() {
					if done {
						return
					}
					switch {
					case err != nil:
						stop()
						l.Call(cb, goja.Undefined(), goja.Null(), vm.ToValue(errno(err)))
					case m == 0:
						stop()
						l.Call(cb, goja.Undefined(), goja.Null(), vm.ToValue(0))
					default:
						l.Call(cb, goja.Undefined(), l.NewBuffer(data))
					}
				})
				if err != nil || m == 0 {
					return
				}
			}
		}()
		o := vm.NewObject()
		o.Set("stop", stop)
		o.Set("ref", func() { hold(true) })
		o.Set("unref", func() { hold(false) })
		return o
	})
}
