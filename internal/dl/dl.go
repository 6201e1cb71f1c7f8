//go:build linux && cgo && amd64

// Package dl loads shared libraries at run time (dlopen, dlsym) and calls
// their C functions, without `import "C"`: a cgo package outside Go's
// standard library makes `go build` link with the host's linker (GNU ld),
// whose output costs ≈ 10-13 MiB more resident memory at start-up
// (ARCHITECTURE.md, TLS); this package needs only runtime/cgo, which Go's
// own linker links. It finds dlopen, dlsym and dlerror in the loaded libc
// at run time, not through the linker, which cannot bind a Go package's
// dynamic imports when it links externally. A call goes through
// runtime.cgocall, as a cgo call does: on the calling goroutine's thread
// and system stack, the goroutine counted as in a system call meanwhile.
// Everything here is safe from any goroutine. Only linux/amd64 for now;
// elsewhere Supported is false.
package dl

import (
	"errors"
	"runtime"
	"sync"
	"unsafe"

	_ "runtime/cgo" // runtime.cgocall needs it: C stacks and libc's thread set-up
)

// The dl functions' addresses (found in the loaded libc by findDl) and
// callC's (dl_amd64.s).
var (
	dlOnce                       sync.Once
	dlErr                        error
	dlopenFn, dlsymFn, dlerrorFn uintptr
	callCABI0                    uintptr
)

// libdl.so.2 holds dlopen before glibc 2.34 (a stub since, the functions
// in libc.so.6): loaded, findDl finds them either way.
//
//go:cgo_import_dynamic _ _ "libdl.so.2"

// Supported reports whether this build can load libraries.
const Supported = true

//go:linkname cgocall runtime.cgocall
//go:noescape
func cgocall(fn uintptr, arg unsafe.Pointer) int32

// frame is what callC reads and writes: a C function, its arguments in
// the integer registers and its integer result.
type frame struct {
	fn uintptr
	a  [6]uintptr
	r  uintptr
}

// Call0 … Call6 call the C function at fn with that many integer or
// pointer arguments (no floating-point ones; a variadic function's are
// fine) and return its integer result register: a C int's value is
// int32(CallN(...)). A pointer argument must be written
// uintptr(unsafe.Pointer(p)) in the call itself, so that what it points to
// is on the heap and kept alive for the call (//go:uintptrescapes, as
// syscall.Syscall's). Fixed arities: a variadic ...uintptr would escape,
// an allocation per call.
func Call0(fn uintptr) uintptr { return call(&frame{fn: fn}) }

//go:uintptrescapes
func Call1(fn, a1 uintptr) uintptr { return call(&frame{fn: fn, a: [6]uintptr{a1}}) }

//go:uintptrescapes
func Call2(fn, a1, a2 uintptr) uintptr { return call(&frame{fn: fn, a: [6]uintptr{a1, a2}}) }

//go:uintptrescapes
func Call3(fn, a1, a2, a3 uintptr) uintptr {
	return call(&frame{fn: fn, a: [6]uintptr{a1, a2, a3}})
}

//go:uintptrescapes
func Call4(fn, a1, a2, a3, a4 uintptr) uintptr {
	return call(&frame{fn: fn, a: [6]uintptr{a1, a2, a3, a4}})
}

//go:uintptrescapes
func Call5(fn, a1, a2, a3, a4, a5 uintptr) uintptr {
	return call(&frame{fn: fn, a: [6]uintptr{a1, a2, a3, a4, a5}})
}

//go:uintptrescapes
func Call6(fn, a1, a2, a3, a4, a5, a6 uintptr) uintptr {
	return call(&frame{fn: fn, a: [6]uintptr{a1, a2, a3, a4, a5, a6}})
}

func call(f *frame) uintptr {
	cgocall(callCABI0, unsafe.Pointer(f))
	return f.r
}

// Lib is a loaded library's handle.
type Lib uintptr

// RTLD_NOW | RTLD_LOCAL: resolve everything at once, export nothing.
const rtldNow = 2

// Open loads the library named (as dlopen(3) looks it up).
func Open(name string) (Lib, error) {
	if dlOnce.Do(func() { dlopenFn, dlsymFn, dlerrorFn, dlErr = findDl() }); dlErr != nil {
		return 0, dlErr
	}
	// dlerror's message is the thread's.
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	c := cString(name)
	h := Call2(dlopenFn, uintptr(unsafe.Pointer(&c[0])), rtldNow)
	if h == 0 {
		return 0, dlError("dlopen " + name)
	}
	return Lib(h), nil
}

// Sym is the address of the symbol named in the library.
func (l Lib) Sym(name string) (uintptr, error) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	Call0(dlerrorFn) // clear: a symbol's address may be 0 legitimately
	c := cString(name)
	p := Call2(dlsymFn, uintptr(l), uintptr(unsafe.Pointer(&c[0])))
	if p == 0 {
		return 0, dlError("dlsym " + name)
	}
	return p, nil
}

func cString(s string) []byte {
	b := make([]byte, len(s)+1)
	copy(b, s)
	return b
}

// dlError is dlerror(3)'s message, on the thread that failed.
func dlError(what string) error {
	p := Call0(dlerrorFn)
	if p == 0 {
		return errors.New(what + ": failed")
	}
	return errors.New(what + ": " + GoString(p))
}

// GoString copies the NUL-terminated C string at p.
func GoString(p uintptr) string {
	if p == 0 {
		return ""
	}
	// C memory, not Go's: read through a *byte made from p's bits (what
	// vet's unsafe.Pointer(uintptr) check cannot tell from a Go pointer).
	b := *(**byte)(unsafe.Pointer(&p))
	n := 0
	for *(*byte)(unsafe.Add(unsafe.Pointer(b), n)) != 0 {
		n++
	}
	return string(unsafe.Slice(b, n))
}
