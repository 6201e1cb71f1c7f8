package main

import (
	"bytes"
	"encoding/binary"
	"os"
	"reflect"
	"strconv"
	"syscall"
)

// dropInitPages unmaps the file pages of code and read-only data that the
// process has touched so far, which are mostly package initialisation's:
// ≈ 160 package inits run from all over the binary's 12 MB of text, and
// each first touch maps a 64 KiB window of the file (the kernel's
// fault-around): ≈ 14 MiB of resident file pages before main runs. Most
// of them are not used again; those that are come back with a minor fault
// from the page cache. MADV_DONTNEED leaves the file's pages in the page
// cache, shared with every other process: it shrinks this process's
// resident set, not the memory the machine uses.
//
// What is dropped is never written: code (r-xp file mappings, the binary's
// and shared libraries') and the binary's read-only data when it has no
// RELRO segment (a PIE build's relocated pointers there are private pages,
// which MADV_DONTNEED would lose).
func dropInitPages() {
	maps, err := os.ReadFile("/proc/self/maps")
	if err != nil {
		return
	}
	self := uint64(reflect.ValueOf(dropInitPages).Pointer())
	type mapping struct {
		lo, hi uint64
		code   bool
		path   string
	}
	var ms []mapping
	exe := ""
	for line := range bytes.SplitSeq(maps, []byte{'\n'}) {
		// lo-hi perms offset dev inode path
		f := bytes.Fields(line)
		if len(f) != 6 || f[5][0] != '/' {
			continue
		}
		l, h, _ := bytes.Cut(f[0], []byte{'-'})
		lo, err1 := strconv.ParseUint(string(l), 16, 64)
		hi, err2 := strconv.ParseUint(string(h), 16, 64)
		perms := string(f[1])
		if err1 != nil || err2 != nil || perms != "r-xp" && perms != "r--p" {
			continue
		}
		m := mapping{lo: lo, hi: hi, code: perms == "r-xp", path: string(f[5])}
		if lo <= self && self < hi {
			exe = m.path
		}
		ms = append(ms, m)
	}
	rodata := exe != "" && !hasRELRO("/proc/self/exe") // the running file, even if replaced since
	for _, m := range ms {
		if m.code || rodata && m.path == exe {
			syscall.Syscall(syscall.SYS_MADVISE, uintptr(m.lo), uintptr(m.hi-m.lo), syscall.MADV_DONTNEED)
		}
	}
}

// hasRELRO reports whether the ELF file at path has a PT_GNU_RELRO segment
// (or could not be read).
func hasRELRO(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return true
	}
	defer f.Close()
	var b [4096]byte
	n, _ := f.ReadAt(b[:], 0)
	h := b[:n]
	// ELF64, little-endian: e_phoff at 32, e_phentsize at 54, e_phnum at 56.
	if len(h) < 64 || string(h[:4]) != "\x7fELF" || h[4] != 2 || h[5] != 1 {
		return true
	}
	off := binary.LittleEndian.Uint64(h[32:])
	size := uint64(binary.LittleEndian.Uint16(h[54:]))
	num := uint64(binary.LittleEndian.Uint16(h[56:]))
	if size < 4 || off+size*num > uint64(len(h)) {
		return true
	}
	const ptGNURELRO = 0x6474e552
	for i := range num {
		if binary.LittleEndian.Uint32(h[off+i*size:]) == ptGNURELRO {
			return true
		}
	}
	return false
}
