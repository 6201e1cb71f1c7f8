package main

import (
	"bytes"
	"encoding/binary"
	"os"
	"sync"
	"syscall"

	"github.com/gojanet/gojanet/internal/procmaps"
)

// dropInitPages unmaps the pages of code the process has touched so far,
// which are mostly package initialisation's: ≈ 160 package inits run from
// all over the binary's 12 MB of text, and each first touch maps a 64 KiB
// window of the file (the kernel's fault-around), ≈ 7 MiB of resident text
// before main runs. Most of it is not run again; what is comes back with a
// minor fault from the page cache. MADV_DONTNEED leaves the file's pages in
// the page cache, shared with every other process: it shrinks this
// process's resident set, not the memory the machine uses.
//
// Code is dropped (r-xp file mappings: the binary's and the shared
// libraries'), which nothing writes, and of the read-only data the
// binary's pclntab (Go's tables of function names, frames and stack maps),
// which the linker writes without relocations: read before main by the
// package inits' stack growth (≈ 16 windows, ≈ 1 MiB), after it mostly by
// the scheduler's preemption checks (echo script: −0.6 MiB of peak RSS).
// The rest of the read-only data stays: dropped too, it saved no more
// (the types and itabs registered at init are used again; ≈ 0.1 MiB more
// in dropPagesWhileStarting's drops for ≈ 100 more faults), and a PIE
// build's relocated pointers there are private pages that MADV_DONTNEED
// would lose.
func dropInitPages() {
	for _, r := range dropRanges() {
		madviseDontNeed(r.lo, r.hi)
	}
	startupFloor = residentFilePages()
}

// dropRanges are dropInitPages' address ranges, found at its first call
// (at main): the mappings of the binary and of the libraries mapped before
// main, which stay mapped as long as the process runs. (A library loaded
// later, libcrypto, is not dropped.)
var dropRanges = sync.OnceValue(func() (rs []mapping) {
	maps, err := procmaps.Files()
	if err != nil {
		return nil
	}
	exe, _ := os.Readlink("/proc/self/exe")
	var ro []mapping
	for _, m := range maps {
		switch {
		case m.Perms == "r-xp":
			rs = append(rs, mapping{lo: m.Lo, hi: m.Hi})
		case m.Perms == "r--p" && m.Path == exe:
			ro = append(ro, mapping{m.Lo, m.Hi, m.Off})
		}
	}
	if off, size := pclntabSection(); size > 0 {
		for _, m := range ro {
			if m.off <= off && off+size <= m.off+(m.hi-m.lo) {
				lo := m.lo + off - m.off
				rs = append(rs, mapping{lo: (lo + pageSize - 1) &^ (pageSize - 1), hi: (lo + size) &^ (pageSize - 1)})
			}
		}
	}
	return rs
})

type mapping struct{ lo, hi, off uint64 }

const pageSize = 4096

// madviseDontNeed is a raw syscall: it does not block, and as a blocking
// one (≈ 0.1-0.5 ms for the code's ranges) it let sysmon hand the loop's P
// to another thread with one P (a pinned process), moving the loop's
// goroutine to another thread when it returned.
func madviseDontNeed(lo, hi uint64) {
	if hi > lo {
		syscall.RawSyscall(syscall.SYS_MADVISE, uintptr(lo), uintptr(hi-lo), syscall.MADV_DONTNEED)
	}
}

// pclntabSection returns the file offset and size of the executable's
// .gopclntab section, from its ELF section headers (read once).
var pclntabSection = sync.OnceValues(func() (off, size uint64) {
	f, err := os.Open("/proc/self/exe")
	if err != nil {
		return 0, 0
	}
	defer f.Close()
	le := binary.LittleEndian
	var eh [64]byte
	if _, err := f.ReadAt(eh[:], 0); err != nil || string(eh[:6]) != "\x7fELF\x02\x01" {
		return 0, 0 // not a little-endian ELF64
	}
	shoff, shentsize, shnum, shstrndx := le.Uint64(eh[0x28:]), le.Uint16(eh[0x3a:]), int(le.Uint16(eh[0x3c:])), int(le.Uint16(eh[0x3e:]))
	if shentsize != 64 || shnum == 0 || shnum > 1024 || shstrndx >= shnum {
		return 0, 0
	}
	sh := make([]byte, shnum*64)
	if _, err := f.ReadAt(sh, int64(shoff)); err != nil {
		return 0, 0
	}
	strs := sh[shstrndx*64:]
	names := make([]byte, min(le.Uint64(strs[0x20:]), 1<<16))
	if _, err := f.ReadAt(names, int64(le.Uint64(strs[0x18:]))); err != nil {
		return 0, 0
	}
	const want = ".gopclntab\x00"
	for i := range shnum {
		s := sh[i*64:]
		if n := int(le.Uint32(s)); n+len(want) <= len(names) && string(names[n:n+len(want)]) == want {
			return le.Uint64(s[0x18:]), le.Uint64(s[0x20:])
		}
	}
	return 0, 0
})

// dropPagesWhileStarting drops the pages of code and pclntab again
// whenever the process's resident file pages have grown by
// startupDropGrowth since the last drop, until start-up is over (the CLI
// calls it before each builtin loads). What start-up runs moves on as it
// goes (the bootstrap's one-time set-up, libc's thread starts, the module
// loader, then compiling and running the builtins the script reaches), and
// each drop leaves resident only what the next stretch touches again. A
// drop costs the minor faults that bring that back from the page cache
// (≈ 100), so it waits for the resident file pages to have grown that much.
func dropPagesWhileStarting() {
	if startupOver.Load() {
		return
	}
	n := residentFilePages()
	switch {
	case n < 0:
	case startupFloor <= 0:
		startupFloor = n
	case n-startupFloor >= startupDropGrowth/pageSize:
		dropInitPages()
	}
}

// startupDropGrowth: 5 MiB. Most of what comes back after a drop is the
// hot code (the parser's, the compiler's, the VM's: ≈ 2.6-3 MiB of text
// and pclntab back by the next builtin load), so a drop saves only the
// code run once since the drop before, and costs the zap (≈ 0.3-0.5 ms)
// and the hot code's faults again. At 3.5 MiB (2026-12-05 morning) the
// hot code alone nearly reached the threshold: the echo script dropped 5-8
// times. Measured on the echo script once it no longer compiled url and
// internal/errors (VmHWM medians of 12 alternating runs, pinned): 3.5 MiB
// 17.7 MiB, 3,680 faults; 5 MiB 18.2 MiB, 3,440 faults, ≈ 3 ms less CPU
// (±2 ms on the loaded machine); 6 MiB, and no drop after main's, 19.8 MiB,
// 3,360 faults. (Before, with 37 builtins: 3 MiB ≈ 20.1 MiB; 3.5 MiB
// 20.3-20.5; 4 MiB 20.8; growth counted from the first builtin load
// instead of main's drop dropped too late one run in five; a drop at each
// 3 MiB of allocation 20.6 MiB.)
const startupDropGrowth = 5 << 20

// startupFloor: the resident file pages after the last drop (main's the
// first).
var startupFloor int

// residentFilePages is /proc/self/statm's shared pages (the resident file
// pages, and shared memory); -1 if it cannot be read. The file stays open
// (start-up reads it before each builtin loads, ≈ 33 times for the echo
// script) and is read with pread: an os.ReadFile each time was ten
// syscalls (the poller's registration of a /proc file among them).
func residentFilePages() int {
	fd := statmFD()
	if fd < 0 {
		return -1
	}
	var b [128]byte
	n, err := syscall.Pread(fd, b[:], 0)
	if err != nil || n <= 0 {
		return -1
	}
	f := bytes.Fields(b[:n]) // size resident shared text lib data dt
	if len(f) < 3 {
		return -1
	}
	v := 0
	for _, c := range f[2] {
		if c < '0' || c > '9' {
			return -1
		}
		v = v*10 + int(c-'0')
	}
	return v
}

var statmFD = sync.OnceValue(func() int {
	fd, err := syscall.Open("/proc/self/statm", syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
	if err != nil {
		return -1
	}
	return fd
})
