package buffer

// internalBinding('buffer'): the byte work of node's Buffer. js/buffer.js
// validates every argument with node's checks and error messages, then calls
// these with normalized encodings ("utf8", "latin1", "ascii", "utf16le",
// "hex", "base64", "base64url") and integer offsets already clamped; every
// function still bounds-checks in Go, so hostile calls cannot panic.
//
// js/buffer.js hands over its FastBuffer class with setBufferPrototype at
// boot; from then on Loop.NewBuffer (how Go hands bytes to JS: socket reads
// and the like) builds a FastBuffer over Go memory with one native
// Uint8Array construction, no JavaScript call.

import (
	"bytes"
	"math"
	"reflect"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"

	"github.com/dop251/goja"

	"github.com/gojanet/gojanet/internal/encoding"
	"github.com/gojanet/gojanet/runtime/loop"
)

type binding struct {
	vm     *goja.Runtime
	u8     goja.Constructor // %Uint8Array%
	fbCtor *goja.Object     // FastBuffer: new.target for NewBuffer
	// FastBuffer.prototype (a class's prototype: neither writable nor
	// configurable) when fbCtor is a class, for goja's NewUint8ArrayOn;
	// nil: the constructor is called
	fbProto *goja.Object
	pool    pool
}

// Binding fills internalBinding('buffer') and sets l.NewBuffer.
func Binding(l *loop.Loop, exports *goja.Object) {
	vm := l.VM
	b := &binding{vm: vm}
	u8obj, _ := vm.Get("Uint8Array").(*goja.Object)
	b.u8, _ = goja.AssertConstructor(u8obj)
	b.fbCtor = u8obj
	l.NewBuffer = b.newBuffer
	l.NewBufferCopy = b.newBufferCopy

	exports.SetNamed("setBufferPrototype", func(v goja.Value) {
		if ctor, ok := v.(*goja.Object); ok && ctor != nil {
			if _, ok := goja.AssertConstructor(ctor); ok {
				b.fbCtor = ctor
				b.fbProto = classPrototype(ctor)
			}
		}
	})
	// (a FunctionCall signature: goja converts a goja.Value argument of a
	// reflected signature through reflect's interface check, ≈ 8 K machine
	// instructions a call; http's res.end(string) calls this per response)
	exports.SetNamed("byteLengthUtf8", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(encoding.Utf8Length(toStr(call.Argument(0))))
	})
	exports.SetNamed("fromString", func(s goja.Value, enc string) goja.Value {
		return b.newBuffer(encoding.Encode(toStr(s), enc))
	})
	// The pool (pool.go): setPoolMaker(fn) names the JS function that
	// makes a new pool ArrayBuffer; poolAlloc(size) is a FastBuffer of size
	// bytes from the pool; fromStringPool(s, enc, half) is s encoded, in
	// the pool when it takes fewer than half bytes, else in a buffer of its
	// own. (FunctionCall signatures: Buffer.from(string) is on the
	// per-request paths of frameworks, and reflection on the arguments cost
	// more than the encoding of a short string.)
	exports.SetNamed("setPoolMaker", func(call goja.FunctionCall) goja.Value {
		if fn, ok := goja.AssertFunction(call.Argument(0)); ok {
			b.pool.make = fn
		}
		return goja.Undefined()
	})
	exports.SetNamed("poolAlloc", func(call goja.FunctionCall) goja.Value {
		n := argInt64(call.Argument(0))
		if n < 0 || n > math.MaxInt32 {
			panic(vm.NewTypeError("buffer: bad pool allocation size"))
		}
		return b.poolBuffer(int(n), nil, false)
	})
	exports.SetNamed("fromStringPool", func(call goja.FunctionCall) goja.Value {
		s := toStr(call.Argument(0))
		enc := call.Argument(1).String()
		if str, ok := encoding.ASCII(s); ok && (enc == "utf8" || enc == "latin1" || enc == "ascii") &&
			int64(len(str)) < argInt64(call.Argument(2)) {
			// an ASCII string's bytes are its encoding in these: copied
			// into the pool from the string, without a []byte made first
			// (Express makes its response body a Buffer per request)
			return b.poolBuffer(len(str), unsafe.Slice(unsafe.StringData(str), len(str)), true)
		}
		p := encoding.Encode(s, enc)
		if int64(len(p)) >= argInt64(call.Argument(2)) {
			return b.newBuffer(p)
		}
		return b.poolBuffer(len(p), p, false)
	})
	// installLimits: V8's allocation and string-length limits (limits.go),
	// called by js/buffer.js once FastBuffer extends the original Uint8Array.
	limitsDone := false
	exports.SetNamed("installLimits", func() {
		if !limitsDone {
			limitsDone = true
			InstallLimits(vm)
		}
	})
	// (a FunctionCall signature, as byteLengthUtf8's: Buffer#toString is on
	// the per-request paths of frameworks)
	exports.SetNamed("slice", func(call goja.FunctionCall) goja.Value {
		return b.slice(call.Argument(0), argString(call.Argument(1)), argInt64(call.Argument(2)), argInt64(call.Argument(3)))
	})
	// toStringWhole(buf, encoding): buf.toString(encoding) of a whole
	// Uint8Array, encoding a name in any case or undefined (utf8);
	// undefined for anything else (js/buffer.js's general path then
	// decides, with node's errors).
	exports.SetNamed("toStringWhole", func(call goja.FunctionCall) goja.Value {
		o, ok := call.Argument(0).(*goja.Object)
		if !ok {
			return goja.Undefined()
		}
		p, ok := o.ExportBytes()
		if !ok || len(p) > maxStringLength {
			return goja.Undefined()
		}
		// node reads this.length: a script may have given the buffer
		// its own
		if l := o.Get("length"); l == nil {
			return goja.Undefined()
		} else if n, ok := exportInt64(l); !ok || n != int64(len(p)) {
			return goja.Undefined()
		}
		enc := "utf8"
		if e := call.Argument(1); !goja.IsUndefined(e) {
			s, ok := e.(goja.String)
			if !ok {
				return goja.Undefined()
			}
			// ("" would be utf8 to Normalize; node's general path decides)
			if s.Length() == 0 {
				return goja.Undefined()
			}
			if enc = encoding.Normalize(s.String()); enc == "" {
				return goja.Undefined()
			}
		}
		return encoding.Decode(vm, p, enc)
	})
	exports.SetNamed("write", b.write)
	exports.SetNamed("compare", b.compare)
	exports.SetNamed("fill", b.fill)
	exports.SetNamed("indexOf", b.indexOf)
	exports.SetNamed("copy", b.copy)
	exports.SetNamed("swap", b.swap)
	// isUtf8/isAscii answer 1 or 0, and -1 for a detached ArrayBuffer.
	exports.SetNamed("isUtf8", func(v goja.Value) int { return IsUtf8(vm, v) })
	exports.SetNamed("isAscii", func(v goja.Value) int {
		if detached(v) {
			return -1
		}
		p, _ := Bytes(vm, v)
		for _, c := range p {
			if c >= 0x80 {
				return 0
			}
		}
		return 1
	})
	exports.SetNamed("isDetached", detached)
	// transfer(arrayBuffer) moves its memory to a new ArrayBuffer and
	// detaches it (the streams standard's TransferArrayBuffer): no copy.
	exports.SetNamed("transfer", func(v goja.Value) goja.Value {
		var ab goja.ArrayBuffer
		ok := false
		if v != nil {
			ab, ok = v.Export().(goja.ArrayBuffer)
		}
		if !ok || ab.Detached() {
			panic(vm.NewTypeError("The ArrayBuffer could not be transferred"))
		}
		data := ab.Bytes()
		ab.Detach()
		return vm.ToValue(vm.NewArrayBuffer(data))
	})
	// detach(arrayBuffer) detaches it (structuredClone's transfer list).
	exports.SetNamed("detach", func(v goja.Value) bool {
		if v == nil {
			return false
		}
		if ab, ok := v.Export().(goja.ArrayBuffer); ok {
			return ab.Detach()
		}
		return false
	})
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func detached(v goja.Value) bool {
	if v == nil {
		return false
	}
	if ab, ok := v.Export().(goja.ArrayBuffer); ok {
		return ab.Detached()
	}
	return false
}

// newBuffer returns a FastBuffer over p (no copy).
func (b *binding) newBuffer(p []byte) *goja.Object {
	ab := b.vm.ToValue(b.vm.NewArrayBuffer(p))
	if o := b.vm.NewUint8ArrayOn(ab.(*goja.Object), 0, len(p), b.fbProto); o != nil {
		return o
	}
	o, err := b.u8(b.fbCtor, ab)
	if err != nil {
		panic(err)
	}
	return o
}

// newBufferCopy is newBuffer over a copy of p, made with it in one
// allocation while FastBuffer is a class.
func (b *binding) newBufferCopy(p []byte) *goja.Object {
	if b.fbProto != nil {
		if o := b.vm.NewUint8ArrayCopy(p, b.fbProto); o != nil {
			return o
		}
	}
	return b.newBuffer(append([]byte(nil), p...))
}

// classPrototype returns ctor.prototype when it can never change (a
// class's: neither writable nor configurable) and is an object, else nil.
func classPrototype(ctor *goja.Object) *goja.Object {
	p, _ := ctor.FixedOwnValue("prototype").(*goja.Object)
	return p
}

func toStr(v goja.Value) goja.String {
	if s, ok := v.(goja.String); ok {
		return s
	}
	if v == nil {
		return goja.StringFromUTF16(nil)
	}
	// Not reached from js/buffer.js, which passes strings: String(v).
	return goja.StringFromUTF16(utf16.Encode([]rune(v.String())))
}

var typeInt64 = reflect.TypeOf(int64(0))

// exportInt64 is `v.Export().(int64)` without boxing an integer past 255.
func exportInt64(v goja.Value) (int64, bool) {
	if _, isObj := v.(*goja.Object); !isObj && v.ExportType() == typeInt64 {
		return v.ToInteger(), true
	}
	n, ok := v.Export().(int64)
	return n, ok
}

// bytesOf returns v's bytes, or nil for anything that is not a view.
func (b *binding) bytesOf(v goja.Value) []byte {
	if o, ok := v.(*goja.Object); ok {
		if p, ok := o.ExportBytes(); ok {
			return p
		}
	}
	p, _ := Bytes(b.vm, v)
	return p
}

// clamp limits [start, end) to [0, n].
func clamp(start, end int64, n int) (int, int) {
	if start < 0 {
		start = 0
	}
	if end > int64(n) {
		end = int64(n)
	}
	if start > end {
		start = end
	}
	if start < 0 { // end < 0
		start, end = 0, 0
	}
	return int(start), int(end)
}

// argString and argInt64 convert an argument as goja's reflection does
// for a string or int64 parameter (undefined and null: "" and 0; NaN and
// the infinities: 0).
func argString(v goja.Value) string {
	if goja.IsUndefined(v) || goja.IsNull(v) {
		return ""
	}
	return v.String()
}

func argInt64(v goja.Value) int64 {
	if goja.IsUndefined(v) || goja.IsNull(v) {
		return 0
	}
	f := v.ToFloat()
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	return int64(f)
}

// slice decodes buf[start:end] to a string (Buffer#toString).
func (b *binding) slice(buf goja.Value, enc string, start, end int64) goja.Value {
	p := b.bytesOf(buf)
	s, e := clamp(start, end, len(p))
	return encoding.Decode(b.vm, p[s:e], enc)
}

// write encodes s into buf[offset:offset+length] and returns the bytes
// written; node never writes part of a character (utf8, utf16le).
func (b *binding) write(buf goja.Value, s goja.Value, offset, length int64, enc string) int {
	p := b.bytesOf(buf)
	o, e := clamp(offset, offset+length, len(p))
	if length < 0 {
		return 0
	}
	return encoding.EncodeInto(p[o:e], toStr(s), enc)
}

// compare is bytes.Compare over two ranges.
func (b *binding) compare(a, t goja.Value, as, ae, ts, te int64) int {
	pa, pt := b.bytesOf(a), b.bytesOf(t)
	s1, e1 := clamp(as, ae, len(pa))
	s2, e2 := clamp(ts, te, len(pt))
	return bytes.Compare(pa[s1:e1], pt[s2:e2])
}

// fill repeats value (a string in enc, or a view's bytes) over
// buf[start:end]; returns -1 when value encodes to no bytes.
func (b *binding) fill(buf, value goja.Value, start, end int64, enc string) int {
	p := b.bytesOf(buf)
	s, e := clamp(start, end, len(p))
	if value == nil { // a missing argument
		value = goja.Undefined()
	}
	var pat []byte
	switch v := value.(type) {
	case goja.String:
		pat = encoding.Encode(v, enc)
	case *goja.Object:
		pat = b.bytesOf(v)
	default:
		// A number, as a Uint8Array stores it: ToUint8 (goja's own
		// TypedArray fill goes element by element; this is one memmove
		// loop).
		pat = []byte{toUint8(value.ToFloat())}
	}
	if len(pat) == 0 {
		return -1
	}
	dst := p[s:e]
	if len(dst) == 0 {
		return 0
	}
	n := copy(dst, pat)
	for n < len(dst) {
		n += copy(dst[n:], dst[:n])
	}
	return 0
}

// indexOf finds needle (a string in enc, a view, or a byte value as a
// number) in buf, node's way: byteOffset (an integer in int32 range; JS has
// mapped NaN) counts from the end when negative; forwards it is where the
// search starts, backwards (dir false) the last position a match may start;
// an empty needle is found at the clamped offset; utf16le searches whole
// code units.
func (b *binding) indexOf(buf, needle goja.Value, byteOffset float64, enc string, dir bool) int {
	p := b.bytesOf(buf)
	if needle == nil { // a missing argument
		needle = goja.Undefined()
	}
	var pat []byte
	isNum := false
	switch v := needle.(type) {
	case goja.String:
		pat = encoding.Encode(v, enc)
	case *goja.Object:
		pat = b.bytesOf(v)
	default:
		f := needle.ToFloat()
		var c byte
		if !math.IsNaN(f) && !math.IsInf(f, 0) {
			c = byte(int64(math.Mod(f, 256)))
		}
		pat, isNum = []byte{c}, true
	}
	hl, nl := int64(len(p)), int64(len(pat))
	var off int64
	if !math.IsNaN(byteOffset) {
		off = int64(math.Max(math.Min(byteOffset, 1<<53), -(1 << 53)))
	}
	opt := indexOfOffset(hl, off, nl, dir)
	if nl == 0 {
		return int(opt)
	}
	if hl == 0 || opt <= -1 {
		return -1
	}
	if isNum {
		if dir {
			if i := bytes.IndexByte(p[opt:], pat[0]); i >= 0 {
				return int(opt) + i
			}
			return -1
		}
		return bytes.LastIndexByte(p[:opt+1], pat[0])
	}
	if (dir && nl+opt > hl) || nl > hl {
		return -1
	}
	w := int64(1)
	if enc == "utf16le" {
		if hl < 2 || nl < 2 {
			return -1
		}
		w = 2
	}
	hu, pu := hl/w, nl/w
	pat = pat[:pu*w]
	if dir {
		for u := opt / w; u+pu <= hu; u++ {
			i := bytes.Index(p[u*w:hu*w], pat)
			if i < 0 {
				return -1
			}
			if int64(i)%w == 0 {
				return int(u*w + int64(i))
			}
			u += int64(i) / w
		}
		return -1
	}
	u := min(opt/w, hu-pu)
	for ; u >= 0; u-- {
		if bytes.Equal(p[u*w:u*w+pu*w], pat) {
			return int(u * w)
		}
	}
	return -1
}

// indexOfOffset is where a search starts (node's IndexOfOffset), -1 for none.
func indexOfOffset(length, offset, needle int64, forward bool) int64 {
	if offset < 0 {
		if offset+length >= 0 {
			return length + offset
		}
		if forward || needle == 0 {
			return 0
		}
		return -1
	}
	if offset+needle <= length {
		return offset
	}
	if needle == 0 {
		return length
	}
	if forward {
		return -1
	}
	return length - 1
}

// toUint8 is ECMAScript's ToUint8 of a number.
func toUint8(f float64) byte {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	m := math.Mod(math.Trunc(f), 256)
	if m < 0 {
		m += 256
	}
	return byte(m)
}

func isString(v goja.Value) bool { _, ok := v.(goja.String); return ok }

// copy copies src[sourceStart:sourceEnd] to target[targetStart:] (memmove;
// overlapping views of one ArrayBuffer are fine) and returns the count.
func (b *binding) copy(src, target goja.Value, targetStart, sourceStart, sourceEnd int64) int {
	ps, pt := b.bytesOf(src), b.bytesOf(target)
	s, e := clamp(sourceStart, sourceEnd, len(ps))
	t, _ := clamp(targetStart, int64(len(pt)), len(pt))
	return copy(pt[t:], ps[s:e])
}

// swap reverses the byte order of each size-byte group (swap16/32/64).
func (b *binding) swap(buf goja.Value, size int) {
	p := b.bytesOf(buf)
	if size != 2 && size != 4 && size != 8 {
		return
	}
	for i := 0; i+size <= len(p); i += size {
		g := p[i : i+size]
		for j, k := 0, size-1; j < k; j, k = j+1, k-1 {
			g[j], g[k] = g[k], g[j]
		}
	}
}

// IsUtf8 is internalBinding('buffer').isUtf8 for any runtime (a vm
// context's realm too): 1 or 0 for v's bytes, -1 for a detached
// ArrayBuffer.
func IsUtf8(vm *goja.Runtime, v goja.Value) int {
	if detached(v) {
		return -1
	}
	p, _ := Bytes(vm, v)
	return b2i(utf8.Valid(p))
}
