package runtime

import (
	"sync"
	"syscall"
	"unsafe"
)

// The builtins' wrapped sources live outside Go's heap, read once per
// process and kept for good (gcperf2). A loaded builtin's source is live as
// long as any function it declares (for lazy bodies and toString), which
// in practice is the process; in the heap it was ≈ 1 MB of the hello
// server's ≈ 7 MB live heap and, more to the point, every identifier,
// property name and function source the compiled code keeps is a slice of
// it: a pointer into the heap that each collection checks. Outside it,
// the collector skips those pointers at once. A builtin compiled again
// (after ReleaseIdlePrograms freed its program, for a worker or a vm
// context) reuses the same bytes.
var builtinSources struct {
	sync.Mutex
	m     map[string][]byte
	arena []byte // what is left of the last chunk
	bytes int64  // the sources' size (memoryUsage's external)
}

// offHeapChunk is how much address space a chunk reserves; its pages are
// resident only once a source is read into them.
const offHeapChunk = 1 << 20

// offHeapBytes returns n bytes of zeroed memory outside Go's heap, never
// freed; from the heap if mapping fails. Caller holds builtinSources.
func offHeapBytes(n int) []byte {
	if b := offHeapMapped(n); b != nil {
		return b
	}
	return make([]byte, n)
}

// offHeapMapped is offHeapBytes, nil if mapping fails (no heap fallback).
// Caller holds builtinSources.
func offHeapMapped(n int) []byte {
	s := &builtinSources
	if n > len(s.arena) {
		size := max(offHeapChunk, (n+4095)&^4095)
		b, err := syscall.Mmap(-1, 0, size, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANON)
		if err != nil {
			return nil
		}
		s.arena = b
	}
	b := s.arena[:n:n]
	s.arena = s.arena[n:]
	return b
}

// offHeapWords is offHeapMapped at an 8-byte boundary (nil if mapping
// fails: no heap fallback), for data that holds pointers into memory
// outside the heap too (the skip tables' names): the heap's []byte would
// hide them from the collector. It takes builtinSources' lock.
func offHeapWords(n int) []byte {
	s := &builtinSources
	s.Lock()
	defer s.Unlock()
	if pad := int(-uintptr(unsafe.Pointer(unsafe.SliceData(s.arena))) & 7); pad <= len(s.arena) {
		s.arena = s.arena[pad:]
	} else {
		s.arena = nil
	}
	return offHeapMapped(n)
}
