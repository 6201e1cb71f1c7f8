package crypto

// Key-wrap ciphers, which OpenSSL runs as whole-message ciphers (each
// update wraps or unwraps its input on its own; final adds nothing):
//   - id-aesN-wrap: RFC 3394 on crypto/aes, with the IV as its initial
//     value (8 bytes; OpenSSL's default A6A6A6A6A6A6A6A6 is what callers pass);
//   - id-aesN-wrap-pad: RFC 5649, the 4-byte IV as its alternative initial
//     value's first half, the message length as the second;
//   - des3-wrap (id-smime-alg-CMS3DESwrap): RFC 3217 on crypto/des: an
//     8-byte SHA-1 checksum appended, CBC under a random IV, the whole
//     reversed, CBC again under the fixed IV 4adda22c79e82105.
// An input they cannot take (too short, not whole blocks, a failed check
// on unwrapping) is refused: node then throws "Trying to add data in
// unsupported state".

import (
	"crypto/cipher"
	"crypto/rand"
	"crypto/sha1"
	"crypto/subtle"
	"encoding/binary"
	"slices"
)

type wrapFunc func(in []byte) ([]byte, bool)

// aesWrap is RFC 3394's W with initial value a (8 bytes), for n ≥ 2 blocks.
func aesWrap(b cipher.Block, a, p []byte) []byte {
	n := len(p) / 8
	out := make([]byte, 8+len(p))
	copy(out[8:], p)
	var buf [16]byte
	copy(buf[:8], a)
	for j := 0; j < 6; j++ {
		for i := 1; i <= n; i++ {
			copy(buf[8:], out[8*i:8*i+8])
			b.Encrypt(buf[:], buf[:])
			t := uint64(n*j + i)
			binary.BigEndian.PutUint64(buf[:8], binary.BigEndian.Uint64(buf[:8])^t)
			copy(out[8*i:], buf[8:])
		}
	}
	copy(out, buf[:8])
	return out
}

// aesUnwrap is W⁻¹: the plaintext and the recovered initial value.
func aesUnwrap(b cipher.Block, c []byte) ([]byte, []byte) {
	n := len(c)/8 - 1
	out := make([]byte, len(c)-8)
	copy(out, c[8:])
	var buf [16]byte
	copy(buf[:8], c[:8])
	for j := 5; j >= 0; j-- {
		for i := n; i >= 1; i-- {
			t := uint64(n*j + i)
			binary.BigEndian.PutUint64(buf[:8], binary.BigEndian.Uint64(buf[:8])^t)
			copy(buf[8:], out[8*(i-1):8*i])
			b.Decrypt(buf[:], buf[:])
			copy(out[8*(i-1):], buf[8:])
		}
	}
	return out, append([]byte(nil), buf[:8]...)
}

func newAESWrap(b cipher.Block, iv []byte, decrypt bool) wrapFunc {
	iv = append([]byte(nil), iv...)
	if !decrypt {
		return func(p []byte) ([]byte, bool) {
			if len(p) == 0 {
				return []byte{}, true
			}
			if len(p) < 16 || len(p)%8 != 0 {
				return nil, false
			}
			return aesWrap(b, iv, p), true
		}
	}
	return func(c []byte) ([]byte, bool) {
		if len(c) == 0 {
			return []byte{}, true
		}
		if len(c) < 24 || len(c)%8 != 0 {
			return nil, false
		}
		p, a := aesUnwrap(b, c)
		if subtle.ConstantTimeCompare(a, iv) != 1 {
			return nil, false
		}
		return p, true
	}
}

func newAESWrapPad(b cipher.Block, iv []byte, decrypt bool) wrapFunc {
	iv = append([]byte(nil), iv...)
	if !decrypt {
		return func(p []byte) ([]byte, bool) {
			if len(p) == 0 {
				return []byte{}, true
			}
			a := make([]byte, 8)
			copy(a, iv)
			binary.BigEndian.PutUint32(a[4:], uint32(len(p)))
			padded := make([]byte, (len(p)+7)/8*8)
			copy(padded, p)
			if len(padded) == 8 {
				out := append(a, padded...)
				b.Encrypt(out, out)
				return out, true
			}
			return aesWrap(b, a, padded), true
		}
	}
	return func(c []byte) ([]byte, bool) {
		if len(c) == 0 {
			return []byte{}, true
		}
		if len(c) < 16 || len(c)%8 != 0 {
			return nil, false
		}
		var p, a []byte
		if len(c) == 16 {
			out := make([]byte, 16)
			b.Decrypt(out, c)
			a, p = out[:8], out[8:]
		} else {
			p, a = aesUnwrap(b, c)
		}
		if subtle.ConstantTimeCompare(a[:4], iv) != 1 {
			return nil, false
		}
		mli := int(binary.BigEndian.Uint32(a[4:]))
		if mli <= len(p)-8 || mli > len(p) {
			return nil, false
		}
		for _, z := range p[mli:] {
			if z != 0 {
				return nil, false
			}
		}
		return p[:mli], true
	}
}

var des3WrapIV = []byte{0x4a, 0xdd, 0xa2, 0x2c, 0x79, 0xe8, 0x21, 0x05}

func newDES3Wrap(b cipher.Block, decrypt bool) wrapFunc {
	if !decrypt {
		return func(p []byte) ([]byte, bool) {
			if len(p) == 0 {
				return []byte{}, true
			}
			if len(p)%8 != 0 {
				return nil, false
			}
			sum := sha1.Sum(p)
			out := make([]byte, 8+len(p)+8)
			iv := out[:8]
			if _, err := rand.Read(iv); err != nil {
				return nil, false
			}
			copy(out[8:], p)
			copy(out[8+len(p):], sum[:8])
			cipher.NewCBCEncrypter(b, iv).CryptBlocks(out[8:], out[8:])
			slices.Reverse(out)
			cipher.NewCBCEncrypter(b, des3WrapIV).CryptBlocks(out, out)
			return out, true
		}
	}
	return func(c []byte) ([]byte, bool) {
		if len(c) == 0 {
			return []byte{}, true
		}
		if len(c) < 24 || len(c)%8 != 0 {
			return nil, false
		}
		t := make([]byte, len(c))
		cipher.NewCBCDecrypter(b, des3WrapIV).CryptBlocks(t, c)
		slices.Reverse(t)
		iv, rest := t[:8], t[8:]
		cipher.NewCBCDecrypter(b, iv).CryptBlocks(rest, rest)
		p, icv := rest[:len(rest)-8], rest[len(rest)-8:]
		sum := sha1.Sum(p)
		if subtle.ConstantTimeCompare(sum[:8], icv) != 1 {
			return nil, false
		}
		return append([]byte(nil), p...), true
	}
}
