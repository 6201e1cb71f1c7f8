package runtime

import (
	"bytes"
	"encoding/binary"
	"os"
	"path/filepath"
	"testing"
)

// elfHeader is a 64-byte ELF64 little-endian header of type typ whose
// phnum program headers start at phoff.
func elfHeader(typ uint16, phoff uint64, phnum uint16) []byte {
	h := make([]byte, 64)
	copy(h, "\x7fELF\x02\x01\x01")
	le := binary.LittleEndian
	le.PutUint16(h[16:], typ)
	le.PutUint64(h[32:], phoff)
	le.PutUint16(h[54:], 56)
	le.PutUint16(h[56:], phnum)
	return h
}

func TestDlopenError(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	withPhdrs := append(elfHeader(3, 64, 2), make([]byte, 2*56)...)
	cases := []struct{ file, want string }{
		{filepath.Join(dir, "missing.node"), ": cannot open shared object file: No such file or directory"},
		{dir, ": cannot read file data: Is a directory"},
		{write("short.node", []byte("abc")), ": file too short"},
		{write("text.node", bytes.Repeat([]byte("x"), 100)), ": invalid ELF header"},
		{write("elf32.node", append([]byte("\x7fELF\x01\x01\x01"), make([]byte, 80)...)), ": wrong ELF class: ELFCLASS32"},
		{write("exec.node", elfHeader(2, 64, 0)), ": cannot dynamically load executable"},
		{write("core.node", elfHeader(4, 64, 0)), ": only ET_DYN and ET_EXEC can be loaded"},
		{write("truncated.node", elfHeader(3, 64, 4)), ": cannot read file data"},
		{write("farphdrs.node", elfHeader(3, 1<<63, 1)), ": cannot read file data"},
		{write("shared.node", withPhdrs), ": cannot load native addons: gojanet runs JavaScript only"},
	}
	for _, c := range cases {
		if got := dlopenError(c.file); got != c.file+c.want {
			t.Errorf("dlopenError(%s) = %q, want the file name and %q", filepath.Base(c.file), got, c.want)
		}
	}
}

// FuzzElfProblem: any bytes get one of the loader's messages, never a panic.
func FuzzElfProblem(f *testing.F) {
	f.Add([]byte("abc"))
	f.Add(elfHeader(3, 64, 1))
	f.Add(elfHeader(3, 1<<63, 65535))
	f.Fuzz(func(t *testing.T, b []byte) {
		if elfProblem(bytes.NewReader(b)) == "" {
			t.Fatal("no message")
		}
	})
}
