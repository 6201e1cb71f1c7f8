// Package crypto is the Go half of gojanet's crypto module: what node does in
// C++ on OpenSSL, done here on Go's standard library and golang.org/x/crypto.
//
// The path through it: js/crypto.js and js/internal/crypto/*.js validate
// arguments with node's validators and build node's objects (Hash, Hmac,
// Cipheriv, KeyObject, CryptoKey, SubtleCrypto); they call this package as
// internalBinding('crypto') with plain bytes and names. Stateful objects
// (a running hash, a cipher) are Go values handed to JS as opaque handles;
// one-shot operations (KDFs, random bytes) take an optional callback: without
// one they run on the loop and return a Buffer, with one they run on the
// worker pool (loop.Queue) and call back (err, buffer) on the loop, as node's
// crypto jobs do on libuv's threadpool.
//
// Every function here is reachable from scripts: arguments are checked again
// (wrong types, negative lengths) and reported as a thrown TypeError, never a
// Go panic.
package crypto

import (
	"crypto/rand"
	"crypto/subtle"
	"hash"
	"math"
	"reflect"
	"unsafe"

	"github.com/dop251/goja"

	"github.com/gojanet/gojanet/internal/encoding"
	"github.com/gojanet/gojanet/modules/buffer"
	"github.com/gojanet/gojanet/runtime/loop"
)

var arrayBufferType = reflect.TypeOf(goja.ArrayBuffer{})

type binding struct {
	l       *loop.Loop
	vm      *goja.Runtime
	yes, no goja.Value // true and false, made once
	// a plain digest's state that hashFinal finished and reset, for the
	// next hashNew of its algorithm (Express hashes each response's body
	// for its ETag: one allocation fewer a hash)
	spare    hash.Hash
	spareAlg *digestAlg
	// the last digest hashFinal gave as a string, and that string: the
	// same digest in the same encoding is the same string (an ETag's
	// body is often the last one's), no string made for it again
	lastSum [64]byte
	lastN   int
	lastEnc string
	lastStr goja.Value
	// hashNew's last name and its algorithm: a server asks for the same
	// digest by the same name per response (no lower-casing and map
	// lookup again)
	lastName string
	lastAlg  *digestAlg
}

// digestString is encoding.Decode(vm, sum, enc) for a digest (enc a
// normalized encoding), the last such string when sum and enc are the
// last ones (strings have no identity: the value is what a new one would
// be).
func (b *binding) digestString(sum []byte, enc string) goja.Value {
	if b.lastStr != nil && enc == b.lastEnc && string(sum) == string(b.lastSum[:b.lastN]) {
		return b.lastStr
	}
	v := encoding.Decode(b.vm, sum, enc) // (Decode keeps none of it)
	if len(sum) <= len(b.lastSum) {
		b.lastN = copy(b.lastSum[:], sum)
		b.lastEnc, b.lastStr = enc, v
	}
	return v
}

// Binding fills internalBinding('crypto').
func Binding(l *loop.Loop, exports *goja.Object) {
	b := &binding{l: l, vm: l.VM, yes: l.VM.ToValue(true), no: l.VM.ToValue(false)}
	set := func(name string, fn func(goja.FunctionCall) goja.Value) { exports.Set(name, fn) }

	names := make([]any, len(digestNames))
	for i, n := range digestNames {
		names[i] = n
	}
	exports.Set("hashes", names)
	set("hashInfo", b.hashInfo)
	set("hashNew", b.hashNew)
	set("hashUpdate", b.hashUpdate)
	set("hashDigest", b.hashDigest)
	set("hashFinal", b.hashFinal)
	set("hashIsFinal", b.hashIsFinal)
	set("hashCopy", b.hashCopy)
	set("hmacNew", b.hmacNew)
	set("hashOnce", b.hashOnce)

	set("randomFill", b.randomFill)
	set("randomBytesJob", b.randomBytesJob)
	set("timingSafeEqual", b.timingSafeEqual)

	set("pbkdf2", b.pbkdf2)
	set("scrypt", b.scrypt)
	set("hkdf", b.hkdf)

	b.cipherBinding(exports)
	b.asymBinding(exports)
	b.dhBinding(exports)
	b.primeBinding(exports)
	b.x509Binding(exports)
}

// bytes reads a string (as UTF-8) or any ArrayBufferView/ArrayBuffer.
func (b *binding) bytes(v goja.Value, what string) []byte {
	// a string or a view first, without Export (which boxes a string and
	// works a typed array out the long way: ≈ 550 machine instructions
	// for Express's ETag, a Buffer); then anything Export makes a string
	if s, ok := v.(goja.String); ok {
		return []byte(s.String())
	}
	if p, ok := buffer.Bytes(b.vm, v); ok {
		return p
	}
	if s, ok := v.Export().(string); ok {
		return []byte(s)
	}
	panic(b.vm.NewTypeError("crypto: %s must be a string or a buffer", what))
}

// copyBytes is bytes, copied: for work that runs off the loop while the
// script may change its buffers.
func (b *binding) copyBytes(v goja.Value, what string) []byte {
	p := b.bytes(v, what)
	return append(make([]byte, 0, len(p)), p...)
}

// intArg reads a non-negative integer no larger than max.
func (b *binding) intArg(v goja.Value, what string, max int64) int {
	f := v.ToFloat()
	if math.IsNaN(f) || f < 0 || f > float64(max) || f != math.Trunc(f) {
		panic(b.vm.NewTypeError("crypto: bad %s", what))
	}
	return int(f)
}

func (b *binding) digestArg(v goja.Value) *digestAlg {
	a := lookupDigest(v.String())
	if a == nil {
		panic(b.vm.NewTypeError("Invalid digest: %s", v.String()))
	}
	return a
}

// job runs work now (no callback: returns its Buffer, or throws) or on the
// worker pool, then calls cb(err, buffer) on the loop.
func (b *binding) job(cb goja.Value, work func() ([]byte, error)) goja.Value {
	if _, ok := goja.AssertFunction(cb); !ok {
		out, err := work()
		if err != nil {
			panic(b.vm.NewGoError(err))
		}
		return b.l.NewBuffer(out)
	}
	var out []byte
	var err error
	b.l.Queue(func() { out, err = work() }, func() {
		if err != nil {
			b.l.Call(cb, goja.Undefined(), b.vm.NewGoError(err))
			return
		}
		b.l.Call(cb, goja.Undefined(), goja.Null(), b.l.NewBuffer(out))
	})
	return goja.Undefined()
}

// hashObject is h's handle for JS: an object with no properties whose
// Export is h (a dynamic object: no reflection to make one per hash).
func (b *binding) hashObject(h *hashState) *goja.Object {
	return b.vm.NewDynamicObject(h)
}

func (b *binding) handle(v goja.Value) *hashState {
	if h, ok := v.Export().(*hashState); ok {
		return h
	}
	panic(b.vm.NewTypeError("crypto: not a hash"))
}

// hashInfo(name) → [size, xofDefault] or null when Go lacks the digest.
func (b *binding) hashInfo(call goja.FunctionCall) goja.Value {
	a := lookupDigest(call.Argument(0).String())
	if a == nil {
		return goja.Null()
	}
	return b.vm.ToValue([]any{a.size, a.xof, a.name})
}

// hashNew(name, outputLength) → handle or null; outputLength < 0: default.
func (b *binding) hashNew(call goja.FunctionCall) goja.Value {
	name := call.Argument(0).String()
	a := b.lastAlg
	if a == nil || name != b.lastName {
		if a = lookupDigest(name); a == nil {
			return goja.Null()
		}
		b.lastName, b.lastAlg = name, a
	}
	n := -1
	if v := call.Argument(1); !goja.IsUndefined(v) && v.ToFloat() >= 0 {
		n = b.intArg(v, "outputLength", math.MaxInt32)
	}
	if a == b.spareAlg {
		h := &hashState{h: b.spare, alg: a, plain: true}
		b.spare, b.spareAlg = nil, nil
		return b.hashObject(h)
	}
	return b.hashObject(newHash(a, n))
}

// hashUpdate(h, data) → true; false when h's digest was taken (hashFinal):
// nothing is written then, as node's hash refuses updates after digest();
// undefined when data is neither a string nor an ArrayBufferView (JS
// throws node's errors: no ArrayBuffer.isView call before for a view).
func (b *binding) hashUpdate(call goja.FunctionCall) goja.Value {
	h := b.handle(call.Argument(0))
	var data []byte
	switch v := call.Argument(1).(type) {
	case goja.String:
		// a string's UTF-8 bytes (what Export gives) read in place: no
		// Write here keeps or changes them (the replay log appends a copy),
		// and an ETag's body is hashed per response
		str := v.String()
		data = unsafe.Slice(unsafe.StringData(str), len(str))
	case *goja.Object:
		p, ok := v.ViewBytes()
		if !ok || v.ExportType() == arrayBufferType {
			return goja.Undefined()
		}
		data = p
	default:
		return goja.Undefined()
	}
	if h.final {
		return b.no
	}
	h.h.Write(data)
	return b.yes
}

// hashDigest(h) → the digest so far as a Buffer (a stream's flush and
// WebCrypto; h stays open).
func (b *binding) hashDigest(call goja.FunctionCall) goja.Value {
	h := b.handle(call.Argument(0))
	if h.h == nil {
		// (final, its state reused: the digest it gave, as Sum would)
		return b.l.NewBuffer(append([]byte(nil), h.sum[:h.sumN]...))
	}
	return b.l.NewBuffer(h.h.Sum(nil))
}

// hashFinal(h, encoding) is digest(): null when it was called before;
// else h is final and the digest comes as a string when encoding names one
// of Buffer's encodings ('hex', 'base64', ...: no Buffer made only to be
// decoded), and as a Buffer otherwise (js/internal/crypto/util.js
// encodeOutput does the rest).
func (b *binding) hashFinal(call goja.FunctionCall) goja.Value {
	h := b.handle(call.Argument(0))
	if h.final {
		return goja.Null()
	}
	h.final = true
	if h.plain {
		// the digest into the handle's own scratch, kept there for
		// hashDigest, and the state reset for the next hashNew
		sum := h.h.Sum(h.sum[:0])
		h.sumN = len(sum)
		h.h.Reset()
		b.spare, b.spareAlg = h.h, h.alg
		h.h = nil
		if enc, ok := call.Argument(1).(goja.String); ok && enc.Length() > 0 {
			if e := encoding.Normalize(enc.String()); e != "" {
				return b.digestString(sum, e)
			}
		}
		return b.l.NewBuffer(append([]byte(nil), sum...))
	}
	// ('' is no encoding to digest(): a Buffer, as node's)
	if enc, ok := call.Argument(1).(goja.String); ok && enc.Length() > 0 {
		if e := encoding.Normalize(enc.String()); e != "" {
			// the digest into the handle's own scratch (Decode keeps
			// none of it): no slice allocated for it
			return b.digestString(h.h.Sum(h.sum[:0]), e)
		}
	}
	return b.l.NewBuffer(h.h.Sum(nil))
}

func (b *binding) hashIsFinal(call goja.FunctionCall) goja.Value {
	if b.handle(call.Argument(0)).final {
		return b.yes
	}
	return b.no
}

// hashCopy(h, outputLength) → a new handle with h's state.
func (b *binding) hashCopy(call goja.FunctionCall) goja.Value {
	h := b.handle(call.Argument(0))
	if h.h == nil {
		panic(b.vm.NewTypeError("crypto: the hash is final"))
	}
	c := cloneHash(h.h, h.alg.new)
	if c == nil {
		panic(b.vm.NewTypeError("crypto: this hash cannot be copied"))
	}
	if s, ok := c.(*shake); ok {
		// node's copy() takes the default length unless given another.
		s.n = h.alg.xof
		if v := call.Argument(1); !goja.IsUndefined(v) && v.ToFloat() >= 0 {
			s.n = b.intArg(v, "outputLength", math.MaxInt32)
		}
	}
	return b.hashObject(&hashState{h: c, alg: h.alg})
}

// hmacNew(name, key) → handle or null for an unknown (or non-HMAC) digest.
func (b *binding) hmacNew(call goja.FunctionCall) goja.Value {
	a := lookupDigest(call.Argument(0).String())
	if a == nil {
		return goja.Null()
	}
	h := newHmac(a, b.bytes(call.Argument(1), "key"))
	if h == nil {
		return goja.Null()
	}
	return b.hashObject(h)
}

// hashOnce(name, data, outputLength) → Buffer or null: crypto.hash().
func (b *binding) hashOnce(call goja.FunctionCall) goja.Value {
	a := lookupDigest(call.Argument(0).String())
	if a == nil {
		return goja.Null()
	}
	h := newHash(a, -1)
	h.h.Write(b.bytes(call.Argument(1), "data"))
	return b.l.NewBuffer(h.h.Sum(nil))
}

// randomFill(view, offset, size[, cb]): fills bytes [offset, offset+size)
// of view. With cb, the bytes are made on the worker pool and copied in on
// the loop (the script's memory is only touched there).
func (b *binding) randomFill(call goja.FunctionCall) goja.Value {
	p, ok := buffer.Bytes(b.vm, call.Argument(0))
	if !ok {
		panic(b.vm.NewTypeError("crypto: randomFill needs a buffer"))
	}
	off := b.intArg(call.Argument(1), "offset", int64(len(p)))
	n := b.intArg(call.Argument(2), "size", int64(len(p)-off))
	cb := call.Argument(3)
	if _, isFn := goja.AssertFunction(cb); !isFn {
		rand.Read(p[off : off+n])
		return goja.Undefined()
	}
	view := call.Argument(0)
	tmp := make([]byte, n)
	b.l.Queue(func() { rand.Read(tmp) }, func() {
		// The script may have detached or shrunk nothing (views have fixed
		// sizes), but read the memory again rather than trust the old slice.
		if p, ok := buffer.Bytes(b.vm, view); ok && off+n <= len(p) {
			copy(p[off:], tmp)
		}
		b.l.Call(cb, goja.Undefined(), goja.Null())
	})
	return goja.Undefined()
}

// randomBytesJob(size, cb): cb(null, Buffer) on the loop, the bytes made on
// the worker pool.
func (b *binding) randomBytesJob(call goja.FunctionCall) goja.Value {
	n := b.intArg(call.Argument(0), "size", math.MaxInt32)
	return b.job(call.Argument(1), func() ([]byte, error) {
		p := make([]byte, n)
		rand.Read(p)
		return p, nil
	})
}

func (b *binding) timingSafeEqual(call goja.FunctionCall) goja.Value {
	x, ok1 := buffer.Bytes(b.vm, call.Argument(0))
	y, ok2 := buffer.Bytes(b.vm, call.Argument(1))
	if !ok1 || !ok2 || len(x) != len(y) {
		panic(b.vm.NewTypeError("crypto: timingSafeEqual needs two buffers of one length"))
	}
	return b.vm.ToValue(subtle.ConstantTimeCompare(x, y) == 1)
}
