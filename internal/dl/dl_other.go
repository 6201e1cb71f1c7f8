//go:build !(linux && cgo && amd64)

package dl

import "errors"

// Supported reports whether this build can load libraries: not without
// cgo's runtime, nor off linux/amd64 (no call trampoline yet).
const Supported = false

// Lib is a loaded library's handle.
type Lib uintptr

var errUnsupported = errors.New("dl: not supported in this build")

// Open fails: see Supported.
func Open(string) (Lib, error) { return 0, errUnsupported }

// Sym fails: see Supported.
func (Lib) Sym(string) (uintptr, error) { return 0, errUnsupported }

// Call0 … Call6 panic: nothing can have been loaded.
func Call0(uintptr) uintptr                                              { panic(errUnsupported) }
func Call1(uintptr, uintptr) uintptr                                     { panic(errUnsupported) }
func Call2(uintptr, uintptr, uintptr) uintptr                            { panic(errUnsupported) }
func Call3(uintptr, uintptr, uintptr, uintptr) uintptr                   { panic(errUnsupported) }
func Call4(uintptr, uintptr, uintptr, uintptr, uintptr) uintptr          { panic(errUnsupported) }
func Call5(uintptr, uintptr, uintptr, uintptr, uintptr, uintptr) uintptr { panic(errUnsupported) }
func Call6(uintptr, uintptr, uintptr, uintptr, uintptr, uintptr, uintptr) uintptr {
	panic(errUnsupported)
}

// GoString panics: nothing can have been loaded.
func GoString(uintptr) string { panic(errUnsupported) }
