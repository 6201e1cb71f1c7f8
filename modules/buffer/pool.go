package buffer

import (
	"github.com/dop251/goja"
)

// pool is node's Buffer pool: small Buffers (allocUnsafe, from(array),
// from(string)) are views of one shared ArrayBuffer of Buffer.poolSize
// bytes, each at an 8-byte aligned offset, until it is full. It lives here,
// not in js/buffer.js, so that Buffer.from(string) is one call to Go with no
// pool bookkeeping in JavaScript. js/buffer.js makes each pool's ArrayBuffer
// (make: new ArrayBuffer(Buffer.poolSize), marked as a pool for
// postMessage) and decides what is small (less than half of
// Buffer.poolSize, read when asked, as node does).
type pool struct {
	make goja.Callable
	ab   goja.Value       // the current pool's ArrayBuffer; nil before the first
	buf  goja.ArrayBuffer // its memory
	off  int              // where the next Buffer starts
}

// poolBuffer returns a FastBuffer of n bytes from the pool, holding p when
// p is not nil (len(p) == n); a new pool is made when n bytes do not fit in
// what is left. A pool that still cannot hold them (Buffer.poolSize set
// smaller than the request by a script) gives a buffer of its own, which
// holds p, or a copy when p is borrowed (a string's bytes).
func (b *binding) poolBuffer(n int, p []byte, borrowed bool) goja.Value {
	if n == 0 {
		return b.newBuffer(nil)
	}
	pl := &b.pool
	if pl.ab == nil || pl.buf.Detached() || n > len(pl.buf.Bytes())-pl.off {
		b.newPool()
		if n > len(pl.buf.Bytes())-pl.off {
			if p == nil {
				p = make([]byte, n)
			} else if borrowed {
				p = append([]byte(nil), p...)
			}
			return b.newBuffer(p)
		}
	}
	off := pl.off
	if p != nil {
		copy(pl.buf.Bytes()[off:], p)
	}
	buf := goja.Value(nil)
	if ab, ok := pl.ab.(*goja.Object); ok {
		if o := b.vm.NewUint8ArrayOn(ab, off, n, b.fbProto); o != nil {
			buf = o
		}
	}
	if buf == nil {
		o, err := b.u8(b.fbCtor, pl.ab, b.vm.ToValue(off), b.vm.ToValue(n))
		if err != nil {
			panic(err)
		}
		buf = o
	}
	// the next one starts 8-byte aligned, as node's alignPool
	pl.off = (off + n + 7) &^ 7
	return buf
}

// newPool makes the next pool through js/buffer.js (which may throw: a
// Buffer.poolSize that is no valid length).
func (b *binding) newPool() {
	pl := &b.pool
	if pl.make == nil {
		panic(b.vm.NewTypeError("buffer: no pool maker"))
	}
	v, err := pl.make(goja.Undefined())
	if err != nil {
		panic(err)
	}
	o, ok := v.(*goja.Object)
	if !ok || o.ExportType() != arrayBufferType {
		panic(b.vm.NewTypeError("buffer: the pool maker made no ArrayBuffer"))
	}
	ab, _ := o.Export().(goja.ArrayBuffer)
	pl.ab, pl.buf, pl.off = o, ab, 0
}
