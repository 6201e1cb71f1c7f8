//go:build linux && cgo && amd64

package dl

import (
	"bufio"
	"bytes"
	"debug/elf"
	"errors"
	"os"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"
)

// findDl finds dlopen, dlsym and dlerror in the libc (or libdl) this
// process has loaded: the file's dynamic symbols plus where
// /proc/self/maps says it is mapped. The file must be the one mapped (same
// device and inode: not replaced since), and each address must fall in
// one of its executable mappings.
func findDl() (dlopen, dlsym, dlerror uintptr, err error) {
	maps, err := os.ReadFile("/proc/self/maps")
	if err != nil {
		return 0, 0, 0, err
	}
	for _, lib := range []string{"libc.so.6", "libdl.so.2"} {
		m := mappingsOf(maps, lib)
		if m == nil {
			continue
		}
		addrs, err := m.lookup("dlopen", "dlsym", "dlerror")
		if err == nil {
			return addrs[0], addrs[1], addrs[2], nil
		}
	}
	return 0, 0, 0, errors.New("dl: dlopen not found in a loaded libc.so.6 or libdl.so.2")
}

// mapped is one file's mappings in this process.
type mapped struct {
	path           string
	dev            uint64
	ino            uint64
	base           uintptr // where file offset 0 is mapped
	execLo, execHi []uintptr
}

// mappingsOf reads /proc/self/maps' lines for the file whose base name is
// name: "start-end perms offset major:minor inode path".
func mappingsOf(maps []byte, name string) *mapped {
	var m *mapped
	sc := bufio.NewScanner(bytes.NewReader(maps))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) != 6 || !strings.HasSuffix(f[5], "/"+name) {
			continue
		}
		lo, hi, ok := strings.Cut(f[0], "-")
		start, err1 := strconv.ParseUint(lo, 16, 64)
		end, err2 := strconv.ParseUint(hi, 16, 64)
		off, err3 := strconv.ParseUint(f[2], 16, 64)
		major, minor, ok2 := strings.Cut(f[3], ":")
		maj, err4 := strconv.ParseUint(major, 16, 32)
		min, err5 := strconv.ParseUint(minor, 16, 32)
		ino, err6 := strconv.ParseUint(f[4], 10, 64)
		if !ok || !ok2 || errors.Join(err1, err2, err3, err4, err5, err6) != nil {
			return nil
		}
		if m == nil {
			m = &mapped{path: f[5], dev: unix.Mkdev(uint32(maj), uint32(min)), ino: ino}
		} else if f[5] != m.path || ino != m.ino {
			return nil // two files of that name: do not guess
		}
		if off == 0 && m.base == 0 {
			m.base = uintptr(start)
		}
		if strings.Contains(f[1], "x") {
			m.execLo = append(m.execLo, uintptr(start))
			m.execHi = append(m.execHi, uintptr(end))
		}
	}
	if m == nil || m.base == 0 || len(m.execLo) == 0 {
		return nil
	}
	return m
}

// lookup is the run-time addresses of the named functions (their default
// versions).
func (m *mapped) lookup(names ...string) ([]uintptr, error) {
	var st unix.Stat_t
	if err := unix.Stat(m.path, &st); err != nil {
		return nil, err
	}
	if st.Ino != m.ino || st.Dev != m.dev {
		return nil, errors.New("dl: " + m.path + " is not the file mapped")
	}
	f, err := elf.Open(m.path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	// The load bias: base is where the first loadable segment (file
	// offset 0) went.
	var first *elf.Prog
	for _, p := range f.Progs {
		if p.Type == elf.PT_LOAD {
			first = p
			break
		}
	}
	if first == nil || first.Off != 0 || f.Type != elf.ET_DYN || f.Machine != elf.EM_X86_64 {
		return nil, errors.New("dl: " + m.path + ": unexpected ELF layout")
	}
	bias := m.base - uintptr(first.Vaddr)
	values, err := dynamicFuncs(f, names)
	if err != nil {
		return nil, err
	}
	addrs := make([]uintptr, len(names))
	for i, name := range names {
		addrs[i] = bias + uintptr(values[i])
		if values[i] == 0 || !m.executable(addrs[i]) {
			return nil, errors.New("dl: " + name + " not found in " + m.path)
		}
	}
	return addrs, nil
}

// dynamicFuncs is the values of the named functions' default versions in
// f's dynamic symbol table (0 where there is none), read straight from the
// sections: debug/elf's DynamicSymbols makes every symbol, ≈ 0.5 MB.
func dynamicFuncs(f *elf.File, names []string) ([]uint64, error) {
	symtab, strtab, versym := f.SectionByType(elf.SHT_DYNSYM), f.Section(".dynstr"), f.SectionByType(elf.SHT_GNU_VERSYM)
	if symtab == nil || strtab == nil || f.Class != elf.ELFCLASS64 {
		return nil, errors.New("dl: no dynamic symbols")
	}
	syms, err := symtab.Data()
	if err != nil {
		return nil, err
	}
	strs, err := strtab.Data()
	if err != nil {
		return nil, err
	}
	var vers []byte
	if versym != nil {
		if vers, err = versym.Data(); err != nil {
			return nil, err
		}
	}
	values := make([]uint64, len(names))
	bo := f.ByteOrder
	for i := 0; (i+1)*elf.Sym64Size <= len(syms); i++ {
		sym := syms[i*elf.Sym64Size:]
		info, shndx, value := sym[4], bo.Uint16(sym[6:]), bo.Uint64(sym[8:])
		if elf.ST_TYPE(info) != elf.STT_FUNC || elf.SectionIndex(shndx) == elf.SHN_UNDEF {
			continue
		}
		if 2*i+2 <= len(vers) && bo.Uint16(vers[2*i:])&0x8000 != 0 {
			continue // a hidden (old) version
		}
		off := int(bo.Uint32(sym))
		if off >= len(strs) {
			continue
		}
		name := strs[off:]
		if n := bytes.IndexByte(name, 0); n >= 0 {
			name = name[:n]
		}
		for j, want := range names {
			if string(name) == want {
				values[j] = value
			}
		}
	}
	return values, nil
}

func (m *mapped) executable(p uintptr) bool {
	for i := range m.execLo {
		if m.execLo[i] <= p && p < m.execHi[i] {
			return true
		}
	}
	return false
}
