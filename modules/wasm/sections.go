package wasm

import (
	"errors"
	"unicode/utf8"
)

// descriptor is one import or export, as WebAssembly.Module.imports and
// exports report it; index is an exported function's index (its name).
type descriptor struct {
	module, name, kind string
	index              uint32
}

type customSection struct {
	name string
	data []byte
}

var kinds = [...]string{"function", "table", "memory", "global"}

var errMalformed = errors.New("malformed module")

// reader reads a WebAssembly binary's LEB128 integers and names.
type reader struct {
	b   []byte
	err error
}

func (r *reader) byte() byte {
	if len(r.b) == 0 {
		r.err = errMalformed
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

func (r *reader) u32() uint32 {
	var v uint32
	for shift := 0; shift < 35; shift += 7 {
		c := r.byte()
		v |= uint32(c&0x7f) << shift
		if c&0x80 == 0 {
			return v
		}
	}
	r.err = errMalformed
	return 0
}

func (r *reader) bytes(n uint32) []byte {
	if uint64(n) > uint64(len(r.b)) {
		r.err = errMalformed
		r.b = nil
		return nil
	}
	p := r.b[:n]
	r.b = r.b[n:]
	return p
}

func (r *reader) name() string {
	s := r.bytes(r.u32())
	if !utf8.Valid(s) {
		r.err = errMalformed
	}
	return string(s)
}

func (r *reader) limits() {
	flags := r.byte()
	r.u32()
	if flags&1 != 0 {
		r.u32()
	}
}

// readSections lists a (valid) binary's imports and exports in order and
// its custom sections: what the JS API reports and wazero does not.
func readSections(bin []byte) (imports, exports []descriptor, custom []customSection, err error) {
	r := &reader{b: bin}
	r.bytes(8) // magic and version, checked by wazero
	for len(r.b) > 0 && r.err == nil {
		id := r.byte()
		sec := &reader{b: r.bytes(r.u32())}
		switch id {
		case 0:
			name := sec.name()
			custom = append(custom, customSection{name: name, data: sec.b})
		case 2:
			for n := sec.u32(); n > 0 && sec.err == nil; n-- {
				d := descriptor{module: sec.name(), name: sec.name()}
				k := sec.byte()
				switch k {
				case 0:
					sec.u32()
				case 1:
					sec.byte()
					sec.limits()
				case 2:
					sec.limits()
				case 3:
					sec.byte()
					sec.byte()
				default:
					sec.err = errMalformed
				}
				if int(k) < len(kinds) {
					d.kind = kinds[k]
				}
				imports = append(imports, d)
			}
		case 7:
			for n := sec.u32(); n > 0 && sec.err == nil; n-- {
				d := descriptor{name: sec.name()}
				k := sec.byte()
				d.index = sec.u32()
				if int(k) >= len(kinds) {
					sec.err = errMalformed
					break
				}
				d.kind = kinds[k]
				exports = append(exports, d)
			}
		}
		if sec.err != nil {
			r.err = sec.err
		}
	}
	return imports, exports, custom, r.err
}

func leb(b []byte, v uint32) []byte {
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if v == 0 {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}

func sleb(b []byte, v int64) []byte {
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if (v == 0 && c&0x40 == 0) || (v == -1 && c&0x40 != 0) {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}

// section appends a section with its size.
func section(bin []byte, id byte, body []byte) []byte {
	bin = append(bin, id)
	bin = leb(bin, uint32(len(body)))
	return append(bin, body...)
}

var header = []byte{0, 'a', 's', 'm', 1, 0, 0, 0}

// globalModule is a binary whose only content is one global, exported as
// "g", initialised with the constant init (the value's bits; init holds an
// i32.const/i64.const/f32.const/f64.const instruction): what new
// WebAssembly.Global() creates.
func globalModule(valType byte, mutable bool, init []byte) []byte {
	glob := []byte{1, valType, 0}
	if mutable {
		glob[2] = 1
	}
	glob = append(glob, init...)
	glob = append(glob, 0x0b) // end
	bin := append([]byte(nil), header...)
	bin = section(bin, 6, glob)
	return section(bin, 7, []byte{1, 1, 'g', 3, 0})
}

// memoryModule is a binary whose only content is one memory, exported as
// "m": what new WebAssembly.Memory() creates. maximum < 0: none.
func memoryModule(initial uint32, maximum float64) []byte {
	var mem []byte
	mem = append(mem, 1) // one memory
	if maximum < 0 {
		mem = append(mem, 0)
		mem = leb(mem, initial)
	} else {
		mem = append(mem, 1)
		mem = leb(mem, initial)
		mem = leb(mem, uint32(maximum))
	}
	bin := append([]byte(nil), header...)
	bin = section(bin, 5, mem)
	return section(bin, 7, []byte{1, 1, 'm', 2, 0}) // one export: "m", memory 0
}
