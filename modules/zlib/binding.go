// Package zlib is the Go half of gojanet's zlib module (what node's
// node_zlib.cc does), reached from JS as internalBinding('zlib').
//
// js/zlib.js builds node's streams (ZlibBase, a stream.Transform) and the
// one-shot forms; for each stream it creates a handle here with
// create(mode, windowBits, level, memLevel, strategy, dictionary) or
// createBrotli(mode, quality, lgwin). A handle's write(flush, chunk, limit,
// cb) compresses or decompresses one chunk on the loop's worker pool
// (Loop.Queue) and calls cb(result) on the loop; writeSync does the same
// work on the loop goroutine (the Sync forms block, as in node). A result
// is [output, more, consumed, message, code, errno]: more means output is
// still pending for this chunk (call again with an empty chunk, as node
// does when zlib fills its output buffer); consumed counts the input taken
// so far; message/code/errno describe an error in zlib's terms.
//
// The codecs: deflate.go (deflate, gzip, raw; Go's compress/flate),
// inflate.go (their decoders, one goroutine per stream) and brotli.go
// (github.com/andybalholm/brotli).
package zlib

import (
	"hash/crc32"
	"math"
	"sync"

	"github.com/dop251/goja"

	"github.com/gojanet/gojanet/modules/buffer"
	"github.com/gojanet/gojanet/runtime/loop"
)

// node's modes and flush kinds (zlib.constants).
const (
	modeDeflate    = 1
	modeInflate    = 2
	modeGzip       = 3
	modeGunzip     = 4
	modeDeflateRaw = 5
	modeInflateRaw = 6
	modeUnzip      = 7
	modeBrotliDec  = 8
	modeBrotliEnc  = 9

	zNoFlush      = 0
	zPartialFlush = 1
	zSyncFlush    = 2
	zFullFlush    = 3
	zFinish       = 4
	zBlock        = 5

	brotliFlush  = 1
	brotliFinish = 2

	zHuffmanOnly = 2
)

type zerr struct {
	msg, code string
	errno     int
}

type result struct {
	out      []byte
	more     bool
	consumed int // input taken so far (inflaters; others take everything)
	ended    bool
	err      *zerr
}

type codec interface {
	process(in []byte, flush, limit int) result
	params(level, strategy int)
	reset()
	close()
}

// handle is one stream's codec. Its mutex serialises the loop (sync calls,
// close) with a write running on the worker pool.
type handle struct {
	mu      sync.Mutex
	c       codec
	make    func() codec
	fed     int
	writing bool
	closed  bool
	l       *loop.Loop

	// node's form of writeSync (writeInto): output the codec made that
	// did not fit the caller's buffer, whether the codec has more, and
	// the last call's [availOut, availIn] (js/zlib.js's _writeState).
	spill    []byte
	pending  bool
	availOut int
	availIn  int
}

// writeInto is node's handle.writeSync(flush, in, inOff, inLen, out,
// outOff, outLen), which packages written against node's handle call
// themselves (pngjs's synchronous inflate): output fills out, and
// availOut/availIn say what is left of out and of in afterwards. The
// codec takes its input whole, so in is either all consumed or, when out
// is already full of earlier output, not at all (the caller calls again
// with it). Output left over is kept for the next call; out has room
// left only once nothing is pending.
func (h *handle) writeInto(in []byte, flush int, out []byte) *zerr {
	n := copy(out, h.spill)
	h.spill = h.spill[n:]
	fed := len(in) == 0 && !h.pending && len(h.spill) == 0 && flush == zNoFlush
	for n < len(out) && (!fed || h.pending) {
		r := h.process(in, flush, max(len(out)-n, 64))
		in, fed = nil, true
		if r.err != nil {
			h.pending = false
			h.availOut, h.availIn = len(out)-n, 0
			return r.err
		}
		c := copy(out[n:], r.out)
		n += c
		if c < len(r.out) {
			h.spill = append(h.spill, r.out[c:]...)
		}
		h.pending = r.more
	}
	h.availOut = len(out) - n
	h.availIn = 0
	if !fed {
		h.availIn = len(in)
	}
	return nil
}

func (h *handle) ForceClose() { h.close() }

func (h *handle) close() {
	h.mu.Lock()
	defer h.mu.Unlock()
	if !h.closed {
		h.closed = true
		h.c.close()
		h.l.Untrack(h)
	}
}

func (h *handle) process(in []byte, flush, limit int) result {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closed {
		return result{}
	}
	h.fed += len(in)
	res := h.c.process(in, flush, limit)
	if _, ok := h.c.(*inflater); !ok {
		if _, ok := h.c.(*brotliDecoder); !ok {
			res.consumed = h.fed
		}
	}
	return res
}

// Binding fills internalBinding('zlib').
func Binding(l *loop.Loop, exports *goja.Object) {
	vm := l.VM
	exports.Set("crc32", func(call goja.FunctionCall) goja.Value {
		var p []byte
		if s, ok := call.Argument(0).Export().(string); ok {
			p = []byte(s)
		} else if b, ok := bytesOf(vm, call.Argument(0)); ok {
			p = b
		} else {
			panic(vm.NewTypeError("crc32: data must be a string or an ArrayBufferView"))
		}
		var v uint32
		if f := call.Argument(1).ToFloat(); f > 0 && f <= math.MaxUint32 {
			v = uint32(f)
		}
		return vm.ToValue(crc32.Update(v, crc32.IEEETable, p))
	})
	exports.Set("create", func(call goja.FunctionCall) goja.Value {
		mode := intArg(call.Argument(0), 0)
		windowBits := clamp(intArg(call.Argument(1), 15), 0, 15)
		level := clamp(intArg(call.Argument(2), -1), -1, 9)
		strategy := clamp(intArg(call.Argument(4), 0), 0, 4)
		var dict []byte
		if b, ok := bytesOf(vm, call.Argument(5)); ok {
			dict = append([]byte(nil), b...)
		}
		var mk func() codec
		switch mode {
		case modeDeflate, modeGzip, modeDeflateRaw:
			if windowBits < 8 {
				windowBits = 15
			}
			mk = func() codec { return newDeflater(mode, windowBits, level, strategy, dict) }
		case modeInflate, modeGunzip, modeInflateRaw, modeUnzip:
			mk = func() codec { return newInflater(mode, windowBits, dict) }
		default:
			panic(vm.NewTypeError("zlib: bad mode"))
		}
		return newHandle(l, mk)
	})
	exports.Set("createBrotli", func(call goja.FunctionCall) goja.Value {
		mode := intArg(call.Argument(0), 0)
		quality := clamp(intArg(call.Argument(1), 11), 0, 11)
		lgwin := clamp(intArg(call.Argument(2), 22), 10, 24)
		var mk func() codec
		switch mode {
		case modeBrotliEnc:
			mk = func() codec { return newBrotliEncoder(quality, lgwin) }
		case modeBrotliDec:
			mk = func() codec { return newBrotliDecoder() }
		default:
			panic(vm.NewTypeError("zlib: bad mode"))
		}
		return newHandle(l, mk)
	})
}

func newHandle(l *loop.Loop, mk func() codec) goja.Value {
	vm := l.VM
	h := &handle{c: mk(), make: mk, l: l}
	l.Track(h)
	o := vm.NewObject()
	args := func(call goja.FunctionCall) (int, []byte, int) {
		flush := intArg(call.Argument(0), 0)
		in, _ := bytesOf(vm, call.Argument(1))
		// The chunk is copied: the decoder may keep it past this call and
		// JS may reuse its memory meanwhile.
		in = append([]byte(nil), in...)
		limit := clamp(intArg(call.Argument(2), 1<<16), 64, 1<<30)
		return flush, in, limit
	}
	toJS := func(r result) goja.Value {
		out := goja.Undefined()
		if len(r.out) > 0 {
			out = l.NewBuffer(r.out)
		}
		vals := []any{out, r.more, r.consumed, r.ended}
		if r.err != nil {
			vals = append(vals, r.err.msg, r.err.code, r.err.errno)
		}
		return vm.NewArray(vals...)
	}
	o.Set("writeSync", func(call goja.FunctionCall) goja.Value {
		if h.writing {
			panic(vm.NewTypeError("zlib: write already in progress"))
		}
		if len(call.Arguments) >= 7 {
			return h.nodeWriteSync(o, call)
		}
		flush, in, limit := args(call)
		return toJS(h.process(in, flush, limit))
	})
	// writeState() → [availOut, availIn] after node's form of writeSync.
	o.Set("writeState", func() goja.Value { return vm.NewArray(h.availOut, h.availIn) })
	o.Set("write", func(call goja.FunctionCall) goja.Value {
		if h.writing {
			panic(vm.NewTypeError("zlib: write already in progress"))
		}
		cb := call.Argument(3)
		if _, ok := goja.AssertFunction(cb); !ok {
			panic(vm.NewTypeError("zlib: callback must be a function"))
		}
		flush, in, limit := args(call)
		h.writing = true
		var r result
		l.Queue(func() { r = h.process(in, flush, limit) }, func() {
			h.writing = false
			l.Call(cb, goja.Undefined(), toJS(r))
		})
		return goja.Undefined()
	})
	o.Set("params", func(level, strategy goja.Value) {
		h.mu.Lock()
		defer h.mu.Unlock()
		if !h.closed {
			h.c.params(clamp(intArg(level, -1), -1, 9), clamp(intArg(strategy, 0), 0, 4))
		}
	})
	o.Set("reset", func() {
		h.mu.Lock()
		defer h.mu.Unlock()
		if !h.closed {
			h.c.close()
			h.c = h.make()
			h.fed = 0
		}
	})
	o.Set("close", func() { h.close() })
	return o
}

// nodeWriteSync is writeSync(flush, in, inOff, inLen, out, outOff, outLen)
// (writeInto). An error goes to the handle's onerror(message, errno,
// code), as node's handle reports it, which js/zlib.js sets.
func (h *handle) nodeWriteSync(o *goja.Object, call goja.FunctionCall) goja.Value {
	vm := h.l.VM
	flush := intArg(call.Argument(0), 0)
	in, _ := bytesOf(vm, call.Argument(1))
	in = window(in, call.Argument(2), call.Argument(3))
	in = append([]byte(nil), in...) // the decoder may keep it
	out, ok := bytesOf(vm, call.Argument(4))
	if !ok {
		panic(vm.NewTypeError("zlib: the output must be a buffer"))
	}
	out = window(out, call.Argument(5), call.Argument(6))
	if err := h.writeInto(in, flush, out); err != nil {
		if fn, ok := goja.AssertFunction(o.Get("onerror")); ok {
			if _, jsErr := fn(o, vm.ToValue(err.msg), vm.ToValue(err.errno), vm.ToValue(err.code)); jsErr != nil {
				panic(jsErr)
			}
		}
	}
	return goja.Undefined()
}

// window is p[off:off+n], both clamped to p.
func window(p []byte, off, n goja.Value) []byte {
	start := clamp(intArg(off, 0), 0, len(p))
	return p[start:][:clamp(intArg(n, len(p)-start), 0, len(p)-start)]
}

// intArg reads an integer argument defensively (NaN, ±Infinity, non-numbers
// give def).
func intArg(v goja.Value, def int) int {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return def
	}
	f := v.ToFloat()
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return def
	}
	if f > math.MaxInt32 {
		return math.MaxInt32
	}
	if f < math.MinInt32 {
		return math.MinInt32
	}
	return int(f)
}

func clamp(v, lo, hi int) int { return max(lo, min(v, hi)) }

// bytesOf is buffer.Bytes, except that an empty view is never exported:
// goja's export of a zero-length view that ends its ArrayBuffer forms a
// pointer one past the allocation, which checkptr (-race) rejects.
func bytesOf(vm *goja.Runtime, v goja.Value) ([]byte, bool) {
	o, ok := v.(*goja.Object)
	if !ok {
		return nil, false
	}
	if n := o.Get("byteLength"); n != nil && !goja.IsUndefined(n) && n.ToInteger() == 0 {
		return nil, true
	}
	return buffer.Bytes(vm, v)
}
