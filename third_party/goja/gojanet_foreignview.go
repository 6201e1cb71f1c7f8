package goja

// gojanet: node runs every vm context in one isolate, where a typed array
// or DataView made in one realm is a view in all of them (ArrayBuffer.
// isView, util.types.isUint8Array and Buffer's checks say so). gojanet's
// contexts are separate runtimes joined by a membrane (modules/vm) that
// turns the other side's objects into Proxies, which no brand check
// accepts: so a view crosses as a view of the receiving runtime over the
// same bytes instead. Next.js's edge runtime needs it both ways: its
// Responses' bodies are the main realm's TextEncoder output checked by the
// context's isView, and the context's Uint8Arrays written to the main
// realm's http response.

// ViewOver returns a view of r of the same kind as o, another runtime's
// typed array or DataView, over the same bytes (writes on either side show
// on the other), with prototype proto. It is nil when o is no view or its
// buffer is detached. The view's buffer is r's own ArrayBuffer over the
// same memory. Call it from both runtimes' goroutine.
func (r *Runtime) ViewOver(o *Object, proto *Object) *Object {
	switch s := o.self.(type) {
	case *typedArrayObject:
		if s.viewedArrayBuf == nil || s.viewedArrayBuf.detached || proto == nil {
			return nil
		}
		buf := r._newArrayBuffer(r.getArrayBufferPrototype(), nil)
		buf.data = s.viewedArrayBuf.data
		var a *typedArrayObject
		switch s.typedArray.(type) {
		case *uint8Array:
			a = r.newUint8ArrayObject(buf, s.offset, s.length, proto)
		case *uint8ClampedArray:
			a = r.newUint8ClampedArrayObject(buf, s.offset, s.length, proto)
		case *int8Array:
			a = r.newInt8ArrayObject(buf, s.offset, s.length, proto)
		case *uint16Array:
			a = r.newUint16ArrayObject(buf, s.offset, s.length, proto)
		case *int16Array:
			a = r.newInt16ArrayObject(buf, s.offset, s.length, proto)
		case *uint32Array:
			a = r.newUint32ArrayObject(buf, s.offset, s.length, proto)
		case *int32Array:
			a = r.newInt32ArrayObject(buf, s.offset, s.length, proto)
		case *float32Array:
			a = r.newFloat32ArrayObject(buf, s.offset, s.length, proto)
		case *float64Array:
			a = r.newFloat64ArrayObject(buf, s.offset, s.length, proto)
		case *bigInt64Array:
			a = r.newBigInt64ArrayObject(buf, s.offset, s.length, proto)
		case *bigUint64Array:
			a = r.newBigUint64ArrayObject(buf, s.offset, s.length, proto)
		default:
			return nil
		}
		return a.val
	case *dataViewObject:
		if s.viewedArrayBuf == nil || s.viewedArrayBuf.detached || proto == nil {
			return nil
		}
		buf := r._newArrayBuffer(r.getArrayBufferPrototype(), nil)
		buf.data = s.viewedArrayBuf.data
		v := &Object{runtime: r}
		d := &dataViewObject{
			baseObject:     baseObject{class: classObject, val: v, prototype: proto, extensible: true},
			viewedArrayBuf: buf,
			byteOffset:     s.byteOffset,
			byteLen:        s.byteLen,
		}
		v.self = d
		d.init()
		return v
	}
	return nil
}
