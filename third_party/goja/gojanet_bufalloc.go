package goja

// gojanet: a Uint8Array and its ArrayBuffer in one allocation, with a small
// copy of its bytes in the same block (engineperf29): a socket read reaches
// JS as a Buffer over a fresh copy of the loop's read buffer, which was
// three allocations (the bytes, the ArrayBuffer, the view) per read.

// u8Alloc is an ArrayBuffer and a Uint8Array over all of it. The sizes with
// inline bytes fill Go's size classes (the objects alone are 456 bytes, in
// the class of 480).
type u8Alloc struct {
	bo Object
	b  arrayBufferObject
	ao Object
	a  typedArrayObject
}

type u8Alloc24 struct {
	u8Alloc
	d [24]byte
}

type u8Alloc56 struct {
	u8Alloc
	d [56]byte
}

type u8Alloc120 struct {
	u8Alloc
	d [120]byte
}

type u8Alloc248 struct {
	u8Alloc
	d [248]byte
}

type u8Alloc568 struct {
	u8Alloc
	d [568]byte
}

// NewUint8ArrayCopy returns a Uint8Array with prototype proto (a Buffer's,
// FastBuffer.prototype) over a new ArrayBuffer holding a copy of src: what
// NewUint8ArrayOn over NewArrayBuffer of a copy makes, in one allocation
// (up to 568 bytes of data; two past that). nil when proto is nil.
func (r *Runtime) NewUint8ArrayCopy(src []byte, proto *Object) *Object {
	if proto == nil {
		return nil
	}
	n := len(src)
	var m *u8Alloc
	var d []byte
	switch {
	case n <= 24:
		a := &u8Alloc24{}
		m, d = &a.u8Alloc, a.d[:n:n]
	case n <= 56:
		a := &u8Alloc56{}
		m, d = &a.u8Alloc, a.d[:n:n]
	case n <= 120:
		a := &u8Alloc120{}
		m, d = &a.u8Alloc, a.d[:n:n]
	case n <= 248:
		a := &u8Alloc248{}
		m, d = &a.u8Alloc, a.d[:n:n]
	case n <= 568:
		a := &u8Alloc568{}
		m, d = &a.u8Alloc, a.d[:n:n]
	default:
		m, d = &u8Alloc{}, make([]byte, n)
	}
	copy(d, src)
	b := &m.b
	m.bo.runtime = r
	*b = arrayBufferObject{
		baseObject: baseObject{
			class:      classObject,
			val:        &m.bo,
			prototype:  r.getArrayBufferPrototype(),
			extensible: true,
		},
		data: d,
	}
	m.bo.self = b
	b.init()
	a := &m.a
	m.ao.runtime = r
	*a = typedArrayObject{
		baseObject: baseObject{
			val:        &m.ao,
			class:      classObject,
			prototype:  proto,
			extensible: true,
		},
		viewedArrayBuf: b,
		offset:         0,
		length:         n,
		elemSize:       1,
		defaultCtor:    r.global.Uint8Array,
		typedArray:     (*uint8Array)(&b.data),
	}
	m.ao.self = a
	a.init()
	return &m.ao
}
