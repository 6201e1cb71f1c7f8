package runtime

import (
	"encoding/binary"
	"hash/crc32"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"unsafe"

	"github.com/dop251/goja"
	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/parser"
)

// Builtins are parsed lazily from a process's second start on: the first
// parse of a builtin (a full one) writes the builtin's skip table (goja
// fork, compiler_lazy_parse.go: where each function body ends and the
// names it reads from outside) next to the transpile cache, in this build's
// directory; later processes read it and the parser steps over every body
// it lists without scanning it, parsing a body when it is first compiled
// (at its first call, once per process). Function bodies are most of the
// builtins' source, and parsing them was most of start-up's parse.
// A table that is missing, unreadable, damaged or for a source of another
// length is ignored (the parse is then a full one and writes it again).

var skipCRC = crc32.MakeTable(crc32.Castagnoli)

// skipTablePath is where name's table lives, or "" with the cache off.
func skipTablePath(name string) string {
	dir := diskCache().dir
	if dir == "" {
		return ""
	}
	return filepath.Join(dir, "skip-"+strings.ReplaceAll(name, "/", "+")+".bin")
}

// skipHeader is the table's header: the source's length and the table's
// checksum. The table lives in this build's directory (the build ID covers
// the embedded sources), so the length stands for the source; the checksum
// catches a damaged file. (A checksum of the source cost ≈ 1% of the echo
// script's start-up instructions: every builtin's bytes, every start.)
func skipHeader(src, table []byte) []byte {
	var h [12]byte
	binary.LittleEndian.PutUint64(h[:8], uint64(len(src)))
	binary.LittleEndian.PutUint32(h[8:], crc32.Checksum(table, skipCRC))
	return h[:]
}

// parseBuiltin parses a builtin's source (with its wrapper), skipping
// function bodies when its table is at hand.
func parseBuiltin(name string, src []byte) (*ast.Program, error) {
	return parseBuiltinAt(name, src, skipTablePath(name))
}

// parseBuiltinAt is parseBuiltin with the table at path ("": none).
func parseBuiltinAt(name string, src []byte, path string) (*ast.Program, error) {
	// The parser keeps the source as a string, without a copy: src is
	// builtinSource's buffer, which nothing writes again.
	text := unsafe.String(unsafe.SliceData(src), len(src))
	if path != "" {
		if b := readSmallFile(path); len(b) > 12 && string(b[:12]) == string(skipHeader(src, b[12:])) {
			if t := decodeSkipTable(name, b[12:]); t != nil {
				if prg, err := parser.ParseFile(nil, "node:"+name, text, 0, parser.WithSkipTable(t)); err == nil {
					return prg, nil
				}
			}
		}
	}
	prg, err := parser.ParseFile(nil, "node:"+name, text, 0)
	if err != nil {
		return prg, err
	}
	if path == "" {
		return prg, nil
	}
	table := goja.BuildSkipTable(prg).AppendBinary(nil)
	writeSkipTable(path, append(skipHeader(src, table), table...))
	// Parse again over the table just made, as the next process will: a
	// body not compiled yet is then kept as its place in the source, not
	// as its syntax tree, which stayed live as long as the process
	// (allocperf1: ≈ 3.6 MiB of the hello server's ≈ 12 MiB live heap on a
	// binary's first run, marked by every collection). A skipping parse
	// costs ≈ 1/13th of a full one. Not with the cache off: making the
	// table there would add ≈ 18% to every start-up's allocation.
	if t := decodeSkipTable(name, table); t != nil {
		if lazy, err := parser.ParseFile(nil, "node:"+name, text, 0, parser.WithSkipTable(t)); err == nil {
			return lazy, nil
		}
	}
	return prg, nil
}

// skipTables are the builtins' decoded tables, one per builtin (with the
// checksum and length of the bytes they were decoded from), for the process: their entries, name
// lists and names are outside Go's heap (gcperf4: in a server the tables and the lazy
// stubs' copies of their entries live for good, and pointers outside the
// heap cost a collection nothing), so a builtin parsed again (compiled
// again after ReleaseIdlePrograms, for a worker or a vm context) takes the
// table it had instead of leaving another copy there. A decoded table is
// only read.
var skipTables struct {
	sync.Mutex
	m map[string]decodedSkipTable
}

type decodedSkipTable struct {
	crc uint32
	n   int
	t   *ast.SkipTable
}

// decodeSkipTable is ast.DecodeSkipTable of builtin name's table b, the
// one decoded before when b is the same.
func decodeSkipTable(name string, b []byte) *ast.SkipTable {
	crc := crc32.Checksum(b, skipCRC)
	s := &skipTables
	s.Lock()
	defer s.Unlock()
	if d, ok := s.m[name]; ok && d.crc == crc && d.n == len(b) {
		return d.t
	}
	t := ast.DecodeSkipTableIn(b, offHeapWords)
	if t != nil {
		if s.m == nil {
			s.m = make(map[string]decodedSkipTable)
		}
		s.m[name] = decodedSkipTable{crc: crc, n: len(b), t: t}
	}
	return t
}

func writeSkipTable(path string, b []byte) {
	dir := filepath.Dir(path)
	if c := diskCache(); dir == c.dir {
		c.once.Do(c.prune)
	}
	writeFileAtomic(path, b)
}

// readSmallFile reads a file of the cache with plain syscalls (nil when it
// cannot): os.ReadFile registers the file with the poller first, six more
// syscalls for each of the ≈ 40 tables a start-up reads.
func readSmallFile(path string) []byte {
	fd, err := syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
	if err != nil {
		return nil
	}
	defer syscall.Close(fd)
	var st syscall.Stat_t
	if syscall.Fstat(fd, &st) != nil || st.Size <= 0 || st.Size > 64<<20 {
		return nil
	}
	b := make([]byte, st.Size)
	if !preadFull(fd, b, 0) {
		return nil
	}
	return b
}
