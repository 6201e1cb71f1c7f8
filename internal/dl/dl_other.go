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

// Call panics: nothing can have been loaded.
func Call(uintptr, ...uintptr) uintptr { panic(errUnsupported) }

// GoString panics: nothing can have been loaded.
func GoString(uintptr) string { panic(errUnsupported) }
