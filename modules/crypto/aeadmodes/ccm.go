// Package aeadmodes holds the two AEAD constructions node offers on AES
// that Go's crypto/cipher lacks: CCM (RFC 3610, NIST SP 800-38C) and OCB
// (RFC 7253). Both are cipher.AEADs over any 128-bit cipher.Block with the
// nonce and tag sizes the specifications allow; Seal appends the tag, Open
// checks it in constant time and returns nothing on failure. Neither keeps
// state between calls: modules/crypto's Cipheriv buffers a message and
// calls Seal/Open once (CCM must know the whole length before it starts;
// OCB's per-block work is cheap enough not to stream).
package aeadmodes

import (
	"crypto/cipher"
	"crypto/subtle"
	"encoding/binary"
	"errors"
	"math"
)

var (
	errOpen       = errors.New("aeadmodes: message authentication failed")
	errBlockSize  = errors.New("aeadmodes: block size must be 16")
	errNonceSize  = errors.New("aeadmodes: invalid nonce size")
	errTagSize    = errors.New("aeadmodes: invalid tag size")
	errTooLong    = errors.New("aeadmodes: message too long for the nonce size")
	errBadNonceIn = "aeadmodes: wrong nonce length"
)

type ccm struct {
	b     cipher.Block
	nonce int // 7..13 bytes
	tag   int // 4, 6, ..., 16 bytes
}

// NewCCM returns CCM over a 128-bit block cipher with a nonce of 7 to 13
// bytes and a tag of 4, 6, 8, 10, 12, 14 or 16 bytes. The nonce size n
// fixes the length field L = 15 - n, so a message may have at most
// 2^(8L) - 1 bytes (MaxLength).
func NewCCM(b cipher.Block, nonceSize, tagSize int) (cipher.AEAD, error) {
	if b.BlockSize() != 16 {
		return nil, errBlockSize
	}
	if nonceSize < 7 || nonceSize > 13 {
		return nil, errNonceSize
	}
	if tagSize < 4 || tagSize > 16 || tagSize%2 != 0 {
		return nil, errTagSize
	}
	return &ccm{b: b, nonce: nonceSize, tag: tagSize}, nil
}

// CCMMaxLength is the longest message CCM takes with a nonce of that size.
func CCMMaxLength(nonceSize int) uint64 {
	l := 15 - nonceSize
	if l >= 8 {
		return math.MaxUint64
	}
	return 1<<(8*uint(l)) - 1
}

func (c *ccm) NonceSize() int { return c.nonce }
func (c *ccm) Overhead() int  { return c.tag }

// block0 and the counter blocks share the nonce: flags || N || a
// big-endian field of L bytes (the message length in B0, the counter in
// A_i).
func (c *ccm) formatBlock(dst *[16]byte, flags byte, nonce []byte, n uint64) {
	*dst = [16]byte{}
	dst[0] = flags
	copy(dst[1:], nonce)
	l := 15 - c.nonce
	for i := 0; i < l && i < 8; i++ {
		dst[15-i] = byte(n >> (8 * uint(i)))
	}
}

// mac is the CBC-MAC of B0, the encoded associated data and the plaintext,
// each zero-padded to whole blocks (RFC 3610 section 2.2).
func (c *ccm) mac(nonce, plaintext, aad []byte) [16]byte {
	var x, blk [16]byte
	flags := byte(8*((c.tag-2)/2) + (15 - c.nonce - 1))
	if len(aad) > 0 {
		flags |= 64
	}
	c.formatBlock(&blk, flags, nonce, uint64(len(plaintext)))
	c.b.Encrypt(x[:], blk[:])
	if len(aad) > 0 {
		// The length of a: 2 bytes below 2^16-2^8, else 0xfffe and 4
		// bytes, else 0xffff and 8 bytes.
		var hdr []byte
		switch n := uint64(len(aad)); {
		case n < 0xff00:
			hdr = binary.BigEndian.AppendUint16(nil, uint16(n))
		case n <= math.MaxUint32:
			hdr = binary.BigEndian.AppendUint32([]byte{0xff, 0xfe}, uint32(n))
		default:
			hdr = binary.BigEndian.AppendUint64([]byte{0xff, 0xff}, n)
		}
		c.cbc(&x, hdr, aad)
	}
	c.cbc(&x, nil, plaintext)
	return x
}

// cbc chains head||data, zero-padded to a whole block, into x.
func (c *ccm) cbc(x *[16]byte, head, data []byte) {
	var blk [16]byte
	n := copy(blk[:], head)
	for {
		k := copy(blk[n:], data)
		data = data[k:]
		n += k
		if n < 16 && len(data) == 0 {
			if n == 0 {
				return
			}
			clear(blk[n:])
		}
		subtle.XORBytes(x[:], x[:], blk[:])
		c.b.Encrypt(x[:], x[:])
		n = 0
		if len(data) == 0 {
			return
		}
	}
}

// ctr XORs src with the key stream E(A_1), E(A_2), ... into dst and returns
// S_0 = E(A_0), which masks the tag.
func (c *ccm) ctr(dst, src, nonce []byte) [16]byte {
	var a, s0, ks [16]byte
	flags := byte(15 - c.nonce - 1)
	c.formatBlock(&a, flags, nonce, 0)
	c.b.Encrypt(s0[:], a[:])
	for i := uint64(1); len(src) > 0; i++ {
		c.formatBlock(&a, flags, nonce, i)
		c.b.Encrypt(ks[:], a[:])
		n := subtle.XORBytes(dst, src, ks[:])
		dst, src = dst[n:], src[n:]
	}
	return s0
}

func (c *ccm) Seal(dst, nonce, plaintext, aad []byte) []byte {
	if len(nonce) != c.nonce {
		panic(errBadNonceIn)
	}
	if uint64(len(plaintext)) > CCMMaxLength(c.nonce) {
		panic(errTooLong.Error())
	}
	t := c.mac(nonce, plaintext, aad)
	ret, out := sliceForAppend(dst, len(plaintext)+c.tag)
	s0 := c.ctr(out, plaintext, nonce)
	subtle.XORBytes(out[len(plaintext):], t[:c.tag], s0[:c.tag])
	return ret
}

func (c *ccm) Open(dst, nonce, ciphertext, aad []byte) ([]byte, error) {
	if len(nonce) != c.nonce {
		panic(errBadNonceIn)
	}
	if len(ciphertext) < c.tag {
		return nil, errOpen
	}
	n := len(ciphertext) - c.tag
	if uint64(n) > CCMMaxLength(c.nonce) {
		return nil, errOpen
	}
	ret, out := sliceForAppend(dst, n)
	s0 := c.ctr(out, ciphertext[:n], nonce)
	t := c.mac(nonce, out, aad)
	var want [16]byte
	subtle.XORBytes(want[:c.tag], t[:c.tag], s0[:c.tag])
	if subtle.ConstantTimeCompare(want[:c.tag], ciphertext[n:]) != 1 {
		clear(out)
		return nil, errOpen
	}
	return ret, nil
}

// sliceForAppend extends in by n bytes, reusing its capacity, and returns
// the whole slice and the new part (as crypto/cipher's AEADs do).
func sliceForAppend(in []byte, n int) (head, tail []byte) {
	if total := len(in) + n; cap(in) >= total {
		head = in[:total]
	} else {
		head = make([]byte, total)
		copy(head, in)
	}
	tail = head[len(in):]
	return
}
