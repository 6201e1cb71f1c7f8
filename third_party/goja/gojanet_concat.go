package goja

import "unsafe"

// gojanet: ASCII string concatenation in one allocation.
//
// `a + b` on two ASCII strings made the bytes (runtime.concatstrings: one
// allocation) and then boxed the result's string header into the Value
// interface (runtime.convTstring: another, 16 bytes that the GC scans).
// concatASCII allocates one pointer-free block, the header first and the
// bytes after it, and makes the interface from the header's address. The
// header's pointer into its own block needs no scanning: whatever refers
// to the header or to the bytes (a copy of the string taken out of the
// Value) is a pointer into the block, which keeps all of it alive. The
// result is the same asciiString value: identity, length and contents are
// the string's, as before.

// ifaceWords is an interface value's two words.
type ifaceWords struct {
	tab  unsafe.Pointer
	data unsafe.Pointer
}

// the itabs of asciiString as a Value and as a String
var (
	asciiValueTab  = func() unsafe.Pointer { var v Value = asciiString("x"); return (*ifaceWords)(unsafe.Pointer(&v)).tab }()
	asciiStringTab = func() unsafe.Pointer { var v String = asciiString("x"); return (*ifaceWords)(unsafe.Pointer(&v)).tab }()
)

// concatHeader makes a+b in one block and returns its string header.
func concatHeader(a, b asciiString) unsafe.Pointer {
	const hdr = unsafe.Sizeof("")
	n := len(a) + len(b)
	buf := make([]byte, int(hdr)+n)
	copy(buf[hdr:], a)
	copy(buf[int(hdr)+len(a):], b)
	h := (*string)(unsafe.Pointer(&buf[0]))
	*h = unsafe.String(&buf[hdr], n)
	return unsafe.Pointer(h)
}

// concatASCIIValue is asciiString(a + b) as a Value.
func concatASCIIValue(a, b asciiString) (v Value) {
	if len(a) == 0 {
		return b
	}
	if len(b) == 0 {
		return a
	}
	w := (*ifaceWords)(unsafe.Pointer(&v))
	w.tab, w.data = asciiValueTab, concatHeader(a, b)
	return v
}

// concatASCII is asciiString(a + b) as a String.
func concatASCII(a, b asciiString) (s String) {
	if len(a) == 0 {
		return b
	}
	if len(b) == 0 {
		return a
	}
	w := (*ifaceWords)(unsafe.Pointer(&s))
	w.tab, w.data = asciiStringTab, concatHeader(a, b)
	return s
}

// ASCIIValue is the string of the n bytes fill writes, which must all be
// ASCII, as a Value (what Runtime.ToValue makes of it), in one block as
// concatHeader's: a host's encoder (base64, hex, an ASCII Buffer's
// toString) writes straight into the string, with no []byte and no string
// header boxed after it.
func ASCIIValue(n int, fill func(b []byte)) Value {
	if n <= 0 {
		return stringEmpty
	}
	const hdr = unsafe.Sizeof("")
	buf := make([]byte, int(hdr)+n)
	fill(buf[hdr:])
	h := (*string)(unsafe.Pointer(&buf[0]))
	*h = unsafe.String(&buf[hdr], n)
	var v Value
	w := (*ifaceWords)(unsafe.Pointer(&v))
	w.tab, w.data = asciiValueTab, unsafe.Pointer(h)
	return v
}
