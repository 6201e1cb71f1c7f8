package goja

// gojanet: a Uint8Array and its ArrayBuffer in one allocation, with a small
// copy of its bytes in the same block (engineperf29): a socket read reaches
// JS as a Buffer over a fresh copy of the loop's read buffer, which was
// three allocations (the bytes, the ArrayBuffer, the view) per read.

// u8Alloc is an ArrayBuffer and a Uint8Array over all of it. The sizes with
// inline bytes fill Go's size classes (the objects alone are 344 bytes,
// 408 before gcperf3's and 456 before allocperf1's smaller headers: with
// 40 bytes 384, 72 416, 104 448, 168 512, 296 640, 616 960 of 1024's class).
type u8Alloc struct {
	bo Object
	b  arrayBufferObject
	ao Object
	a  typedArrayObject
}

type u8Alloc40 struct {
	u8Alloc
	d [40]byte
}

type u8Alloc72 struct {
	u8Alloc
	d [72]byte
}

type u8Alloc104 struct {
	u8Alloc
	d [104]byte
}

type u8Alloc168 struct {
	u8Alloc
	d [168]byte
}

type u8Alloc296 struct {
	u8Alloc
	d [296]byte
}

type u8Alloc616 struct {
	u8Alloc
	d [616]byte
}

// NewUint8ArrayCopy returns a Uint8Array with prototype proto (a Buffer's,
// FastBuffer.prototype) over a new ArrayBuffer holding a copy of src: what
// NewUint8ArrayOn over NewArrayBuffer of a copy makes, in one allocation
// (up to 616 bytes of data; two past that). nil when proto is nil.
func (r *Runtime) NewUint8ArrayCopy(src []byte, proto *Object) *Object {
	if proto == nil {
		return nil
	}
	n := len(src)
	var m *u8Alloc
	var d []byte
	switch {
	case n <= 40:
		a := &u8Alloc40{}
		m, d = &a.u8Alloc, a.d[:n:n]
	case n <= 72:
		a := &u8Alloc72{}
		m, d = &a.u8Alloc, a.d[:n:n]
	case n <= 104:
		a := &u8Alloc104{}
		m, d = &a.u8Alloc, a.d[:n:n]
	case n <= 168:
		a := &u8Alloc168{}
		m, d = &a.u8Alloc, a.d[:n:n]
	case n <= 296:
		a := &u8Alloc296{}
		m, d = &a.u8Alloc, a.d[:n:n]
	case n <= 616:
		a := &u8Alloc616{}
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
