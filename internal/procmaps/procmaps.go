// Package procmaps reads the process's memory mappings from
// /proc/self/maps (Linux). The CLI drops the pages of its code mappings at
// start-up (cmd/gojanet initpages_linux.go) and the runtime reads builtin
// sources from the executable's file at the offsets its mappings give
// (runtime/embedread.go).
package procmaps

import (
	"bytes"
	"os"
	"strconv"
)

// Mapping is one line of /proc/self/maps that maps a file.
type Mapping struct {
	Lo, Hi uint64 // the address range [Lo, Hi)
	Perms  string // "r-xp", "r--p", ...
	Off    uint64 // the file offset mapped at Lo
	Inode  uint64
	Path   string
}

// Files returns the mappings of files (the lines naming an absolute path),
// in the kernel's order; an error if /proc/self/maps cannot be read.
func Files() ([]Mapping, error) {
	maps, err := os.ReadFile("/proc/self/maps")
	if err != nil {
		return nil, err
	}
	var ms []Mapping
	for line := range bytes.SplitSeq(maps, []byte{'\n'}) {
		// lo-hi perms offset dev inode path
		f := bytes.Fields(line)
		if len(f) != 6 || f[5][0] != '/' {
			continue
		}
		l, h, _ := bytes.Cut(f[0], []byte{'-'})
		lo, err1 := strconv.ParseUint(string(l), 16, 64)
		hi, err2 := strconv.ParseUint(string(h), 16, 64)
		off, err3 := strconv.ParseUint(string(f[2]), 16, 64)
		ino, err4 := strconv.ParseUint(string(f[4]), 10, 64)
		if err1 != nil || err2 != nil || err3 != nil || err4 != nil || hi <= lo {
			continue
		}
		ms = append(ms, Mapping{Lo: lo, Hi: hi, Perms: string(f[1]), Off: off, Inode: ino, Path: string(f[5])})
	}
	return ms, nil
}
