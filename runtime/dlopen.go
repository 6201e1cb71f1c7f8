package runtime

import (
	"encoding/binary"
	"errors"
	"io"
	"os"
	"strings"
	"syscall"
)

// dlopenError is what process.dlopen reports for filename: the dynamic
// loader's own message (glibc's dlerror text, which node passes on) for a
// file it would refuse before running any of it — missing, too short, not
// ELF, the wrong class or type, truncated program headers — and, for a
// shared object it would load, that gojanet runs no native addons.
func dlopenError(filename string) string {
	f, err := os.Open(filename)
	if err != nil {
		return filename + ": cannot open shared object file" + strerror(err)
	}
	defer f.Close()
	return filename + ": " + elfProblem(f)
}

// strerror is ": " and C's strerror text for err's errno (Go's texts are
// C's, lower-cased), or "" without one.
func strerror(err error) string {
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		return ""
	}
	s := errno.Error()
	return ": " + strings.ToUpper(s[:1]) + s[1:]
}

// elfProblem checks an ELF64 little-endian header and its program headers
// in glibc's order (open_verify), naming the first problem it finds.
func elfProblem(r io.ReaderAt) string {
	const ehdrSize, phdrSize = 64, 56
	var h [ehdrSize]byte
	if n, err := r.ReadAt(h[:], 0); n < ehdrSize {
		if err != nil && err != io.EOF {
			return "cannot read file data" + strerror(err)
		}
		return "file too short"
	}
	switch {
	case string(h[:4]) != "\x7fELF":
		return "invalid ELF header"
	case h[4] != 2: // EI_CLASS
		return "wrong ELF class: ELFCLASS32"
	case h[5] != 1: // EI_DATA
		return "ELF file data encoding not little-endian"
	case h[6] != 1: // EI_VERSION
		return "ELF file version ident does not match current one"
	}
	le := binary.LittleEndian
	switch typ := le.Uint16(h[16:]); typ {
	case 3: // ET_DYN
	case 2: // ET_EXEC
		return "cannot dynamically load executable"
	default:
		return "only ET_DYN and ET_EXEC can be loaded"
	}
	if le.Uint16(h[54:]) != phdrSize {
		return "ELF file's phentsize not the expected size"
	}
	phoff, phnum := int64(le.Uint64(h[32:])), int64(le.Uint16(h[56:]))
	if phnum > 0 {
		buf := make([]byte, phnum*phdrSize)
		if n, _ := r.ReadAt(buf, phoff); int64(n) < int64(len(buf)) {
			return "cannot read file data"
		}
	}
	return "cannot load native addons: gojanet runs JavaScript only"
}
