package crypto

import (
	"crypto/hkdf"
	"crypto/pbkdf2"
	"hash"
	"math"

	"github.com/dop251/goja"
	"golang.org/x/crypto/scrypt"
)

// pbkdf2(password, salt, iterations, keylen, digest[, cb])
func (b *binding) pbkdf2(call goja.FunctionCall) goja.Value {
	pw := b.copyBytes(call.Argument(0), "password")
	salt := b.copyBytes(call.Argument(1), "salt")
	iter := b.intArg(call.Argument(2), "iterations", math.MaxInt32)
	n := b.intArg(call.Argument(3), "keylen", math.MaxInt32)
	a := b.digestArg(call.Argument(4))
	if iter < 1 || a.xof != 0 {
		panic(b.vm.NewTypeError("crypto: bad pbkdf2 parameters"))
	}
	return b.job(call.Argument(5), func() ([]byte, error) {
		if n == 0 {
			return []byte{}, nil
		}
		return pbkdf2.Key(a.new, string(pw), salt, iter, n)
	})
}

// scrypt(password, salt, N, r, p, keylen, maxmem[, cb]); the JS side has
// checked N, r, p and the memory bound as node does; the bound is checked
// again here because scrypt allocates 128·r·N bytes.
func (b *binding) scrypt(call goja.FunctionCall) goja.Value {
	pw := b.copyBytes(call.Argument(0), "password")
	salt := b.copyBytes(call.Argument(1), "salt")
	N := b.intArg(call.Argument(2), "N", math.MaxUint32)
	r := b.intArg(call.Argument(3), "r", math.MaxUint32)
	p := b.intArg(call.Argument(4), "p", math.MaxUint32)
	n := b.intArg(call.Argument(5), "keylen", math.MaxInt32)
	maxmem := b.intArg(call.Argument(6), "maxmem", 1<<53)
	if r == 0 || p == 0 || float64(p)*128*float64(r)+128*float64(r)*(float64(N)+2) > float64(maxmem) {
		panic(b.vm.NewTypeError("crypto: scrypt parameters exceed maxmem"))
	}
	return b.job(call.Argument(7), func() ([]byte, error) {
		if n == 0 {
			// x/crypto ≥ 0.30 panics on keyLen 0 (its pbkdf2 step does); node gives an empty key.
			return []byte{}, nil
		}
		return scrypt.Key(pw, salt, N, r, p, n)
	})
}

// hkdf(digest, key, salt, info, keylen[, cb])
func (b *binding) hkdf(call goja.FunctionCall) goja.Value {
	a := b.digestArg(call.Argument(0))
	key := b.copyBytes(call.Argument(1), "key")
	salt := b.copyBytes(call.Argument(2), "salt")
	info := b.copyBytes(call.Argument(3), "info")
	n := b.intArg(call.Argument(4), "keylen", int64(255*a.size))
	if a.xof != 0 {
		panic(b.vm.NewTypeError("crypto: bad hkdf digest"))
	}
	return b.job(call.Argument(5), func() ([]byte, error) {
		if n == 0 {
			return []byte{}, nil
		}
		return hkdf.Key(func() hash.Hash { return a.new() }, key, salt, string(info), n)
	})
}
