package runtime

import (
	"io/fs"
	"os"
	"reflect"
	"sync"
	"syscall"
	"unsafe"

	"github.com/gojanet/gojanet/internal/procmaps"
)

// readEmbedded reads the embedded file f (named name, an embed.FS file)
// into dst, whose length is the file's size, with pread(2) from the
// executable instead of from the mapped binary; false when it cannot (dst
// is then for the caller to fill).
//
// Why: the linker places embedded files by size among the binary's other
// read-only data, so copying the echo script's 430 KB of builtin sources
// out of memory touched ≈ 26 of read-only data's 64 KiB fault-around
// windows (≈ 1.6 MiB of resident set). Read from the file, the bytes go
// straight into the heap buffer they were copied to anyway, and the
// mapped pages stay untouched.
func readEmbedded(f fs.File, name string, dst []byte) bool {
	addr, ok := embeddedData(f, name, len(dst))
	if !ok || len(dst) == 0 {
		return false
	}
	m, ok := exeMappingOf(addr)
	if !ok || addr+uintptr(len(dst)) > m.hi {
		return false
	}
	// Plain syscalls, not an os.File: os.Open would register the file with
	// the poller first (six more syscalls per builtin).
	fd, err := syscall.Open("/proc/self/exe", syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
	if err != nil {
		return false
	}
	defer syscall.Close(fd)
	var st syscall.Stat_t
	if syscall.Fstat(fd, &st) != nil || st.Ino != m.inode {
		return false
	}
	return preadFull(fd, dst, int64(m.off+addr-m.lo))
}

// preadFull fills b from fd at offset off with plain pread calls (start-up
// reads that skip os.File's poller registration), false if the file ends
// first or a read fails.
func preadFull(fd int, b []byte, off int64) bool {
	for read := 0; read < len(b); {
		n, err := syscall.Pread(fd, b[read:], off+int64(read))
		if err == syscall.EINTR {
			continue
		}
		if err != nil || n <= 0 {
			return false
		}
		read += n
	}
	return true
}

// embedFile and embedOpenFile mirror embed's file and openFile (the
// fs.File its Open returns): name and data are where embed.FS keeps them.
type embedFile struct {
	name string
	data string
	hash [16]byte
}

type embedOpenFile struct {
	f      *embedFile
	offset int64
}

// embeddedData returns the address of f's bytes, checked against what
// embed's own API says of it (its type, name and size).
func embeddedData(f fs.File, name string, size int) (uintptr, bool) {
	t := reflect.TypeOf(f)
	if t == nil || t.String() != "*embed.openFile" || t.Elem().Size() != unsafe.Sizeof(embedOpenFile{}) {
		return 0, false
	}
	type iface struct{ tab, data unsafe.Pointer }
	of := (*embedOpenFile)((*iface)(unsafe.Pointer(&f)).data)
	if of == nil || of.f == nil || len(of.f.data) != size || size == 0 ||
		of.f.name != name {
		return 0, false
	}
	return uintptr(unsafe.Pointer(unsafe.StringData(of.f.data))), true
}

// exeMapping is a file mapping of the running executable.
type exeMapping struct {
	lo, hi, off uintptr
	inode       uint64
}

var exeMappings = sync.OnceValue(func() []exeMapping {
	maps, err := procmaps.Files()
	if err != nil {
		return nil
	}
	exe, _ := os.Readlink("/proc/self/exe")
	var ms []exeMapping
	for _, m := range maps {
		if m.Path == exe && m.Perms[0] == 'r' {
			ms = append(ms, exeMapping{uintptr(m.Lo), uintptr(m.Hi), uintptr(m.Off), m.Inode})
		}
	}
	return ms
})

func exeMappingOf(addr uintptr) (exeMapping, bool) {
	for _, m := range exeMappings() {
		if m.lo <= addr && addr < m.hi {
			return m, true
		}
	}
	return exeMapping{}, false
}
