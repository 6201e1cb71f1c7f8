package net

import (
	"runtime"
	"strings"

	"golang.org/x/sys/unix"
)

// A relative Unix socket path names a file in the runtime's working
// directory: process.chdir changes the runtime's (Loop.Cwd), not the OS
// process's, which the kernel would resolve the path against. bindUnix and
// connectUnix take the path absolute, or, when that is longer than a socket
// address holds (the path only reaches as node's does, relative to its real
// working directory), make the call as given from a thread of its own whose
// working directory is the runtime's (inCwd). A listener bound by its
// absolute path reports the name it was given (server.address()), as
// node's does.

// sunPathMax is the longest path a socket address holds (sun_path less
// its NUL).
const sunPathMax = 107

// unixCall makes call (bind or connect) for the Unix socket path name and
// returns the socket file's absolute path (for unlink and chmod) and the
// path the call used.
func (b *binding) unixCall(name string, call func(path string) error) (abs, used string, err error) {
	if name == "" || name[0] == '/' || name[0] == 0 {
		return name, name, call(name) // (an abstract name has no file)
	}
	cwd := "/"
	if b.l.Cwd != nil {
		cwd = b.l.Cwd()
	}
	abs = strings.TrimSuffix(cwd, "/") + "/" + name
	if len(abs) <= sunPathMax || len(name) > sunPathMax {
		return abs, abs, call(abs) // (too long either way: the call says so)
	}
	return abs, name, inCwd(cwd, func() error { return call(name) })
}

// inCwd runs f on a new OS thread whose working directory is dir, its own
// (unshare CLONE_FS): the process's stays. The thread is never unlocked, so
// it exits with its goroutine instead of serving others with that
// directory.
func inCwd(dir string, f func() error) error {
	done := make(chan error, 1)
	go func() {
		runtime.LockOSThread()
		if err := unix.Unshare(unix.CLONE_FS); err != nil {
			done <- err
			return
		}
		if err := unix.Chdir(dir); err != nil {
			done <- err
			return
		}
		done <- f()
	}()
	return <-done
}

// unixName is the name a Unix socket listener was given when it was bound
// by its absolute path (unixCall), for getsockname; "" otherwise.
func (b *binding) unixName(h *handle) string {
	return b.unixNames[h]
}
