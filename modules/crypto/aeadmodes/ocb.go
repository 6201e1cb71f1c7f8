package aeadmodes

import (
	"crypto/cipher"
	"crypto/subtle"
	"math/bits"
)

// ocb is OCB as RFC 7253 specifies it (OCB3), for a 128-bit block cipher.
// Its state is fixed at construction, so one may be used concurrently.
type ocb struct {
	b     cipher.Block
	nonce int // 1..15 bytes
	tag   int // 1..16 bytes
	lStar [16]byte
	lDol  [16]byte
	l     [64][16]byte // L_i for every ntz of a 64-bit block index
}

// NewOCB returns OCB over a 128-bit block cipher with a nonce of 1 to 15
// bytes and a tag of 1 to 16 bytes.
func NewOCB(b cipher.Block, nonceSize, tagSize int) (cipher.AEAD, error) {
	if b.BlockSize() != 16 {
		return nil, errBlockSize
	}
	if nonceSize < 1 || nonceSize > 15 {
		return nil, errNonceSize
	}
	if tagSize < 1 || tagSize > 16 {
		return nil, errTagSize
	}
	o := &ocb{b: b, nonce: nonceSize, tag: tagSize}
	b.Encrypt(o.lStar[:], o.lStar[:])
	o.lDol = double(o.lStar)
	o.l[0] = double(o.lDol)
	for i := 1; i < len(o.l); i++ {
		o.l[i] = double(o.l[i-1])
	}
	return o, nil
}

func (o *ocb) NonceSize() int { return o.nonce }
func (o *ocb) Overhead() int  { return o.tag }

// double is multiplication by x in GF(2^128) (RFC 7253 section 2).
func double(s [16]byte) [16]byte {
	var r [16]byte
	carry := s[0] >> 7
	for i := 0; i < 15; i++ {
		r[i] = s[i]<<1 | s[i+1]>>7
	}
	r[15] = s[15]<<1 ^ 0x87*carry
	return r
}

// lOf is L_{ntz(i)}.
func (o *ocb) lOf(i uint64) *[16]byte {
	return &o.l[bits.TrailingZeros64(i)]
}

// offset0 is the initial offset from the nonce (RFC 7253 section 4.2):
// Nonce = TAGLEN mod 128 (7 bits) || zeros || 1 || N; Ktop encrypts it with
// its low 6 bits cleared; Offset_0 is 128 bits of Stretch = Ktop ||
// (Ktop[0:8] xor Ktop[1:9]) from bit position bottom.
func (o *ocb) offset0(nonce []byte) [16]byte {
	var n [16]byte
	n[0] = byte((o.tag * 8 % 128) << 1)
	copy(n[16-len(nonce):], nonce)
	n[15-len(nonce)] |= 1
	bottom := int(n[15] & 63)
	n[15] &^= 63
	var ktop [16]byte
	o.b.Encrypt(ktop[:], n[:])
	var stretch [24]byte
	copy(stretch[:], ktop[:])
	for i := 0; i < 8; i++ {
		stretch[16+i] = ktop[i] ^ ktop[i+1]
	}
	var off [16]byte
	byteShift, bitShift := bottom/8, uint(bottom%8)
	for i := 0; i < 16; i++ {
		off[i] = stretch[i+byteShift] << bitShift
		if bitShift != 0 {
			off[i] |= stretch[i+byteShift+1] >> (8 - bitShift)
		}
	}
	return off
}

// hash is HASH(K, A) of RFC 7253 section 4.1.
func (o *ocb) hash(a []byte) [16]byte {
	var sum, off, blk [16]byte
	i := uint64(1)
	for ; len(a) >= 16; i++ {
		subtle.XORBytes(off[:], off[:], o.lOf(i)[:])
		subtle.XORBytes(blk[:], a[:16], off[:])
		o.b.Encrypt(blk[:], blk[:])
		subtle.XORBytes(sum[:], sum[:], blk[:])
		a = a[16:]
	}
	if len(a) > 0 {
		subtle.XORBytes(off[:], off[:], o.lStar[:])
		blk = [16]byte{}
		copy(blk[:], a)
		blk[len(a)] = 0x80
		subtle.XORBytes(blk[:], blk[:], off[:])
		o.b.Encrypt(blk[:], blk[:])
		subtle.XORBytes(sum[:], sum[:], blk[:])
	}
	return sum
}

// OCBStream is one OCB message processed as it arrives, as OpenSSL's OCB
// does: Update returns the output of every whole block it completes and
// keeps the rest (under 16 bytes); Finish does the partial block and
// returns the full 16-byte tag over the associated data given then.
// Decrypting, Update returns plaintext not yet authenticated: the caller
// must compare the tag before trusting it.
type OCBStream struct {
	o       *ocb
	decrypt bool
	off     [16]byte
	sum     [16]byte
	i       uint64
	part    [16]byte
	n       int
}

// NewOCBStream starts a message under a (from NewOCB) with the nonce.
func NewOCBStream(a cipher.AEAD, nonce []byte, decrypt bool) (*OCBStream, error) {
	o, ok := a.(*ocb)
	if !ok || len(nonce) != o.nonce {
		return nil, errNonceSize
	}
	return &OCBStream{o: o, decrypt: decrypt, off: o.offset0(nonce), i: 1}, nil
}

// block processes one whole block from in into out (which may alias).
func (s *OCBStream) block(out, in []byte) {
	var blk [16]byte
	subtle.XORBytes(s.off[:], s.off[:], s.o.lOf(s.i)[:])
	s.i++
	subtle.XORBytes(blk[:], in[:16], s.off[:])
	if s.decrypt {
		s.o.b.Decrypt(blk[:], blk[:])
	} else {
		subtle.XORBytes(s.sum[:], s.sum[:], in[:16])
		s.o.b.Encrypt(blk[:], blk[:])
	}
	subtle.XORBytes(out[:16], blk[:], s.off[:])
	if s.decrypt {
		subtle.XORBytes(s.sum[:], s.sum[:], out[:16])
	}
}

// Update appends to dst the output of the whole blocks that in completes.
func (s *OCBStream) Update(dst, in []byte) []byte {
	if s.n > 0 {
		k := copy(s.part[s.n:], in)
		s.n += k
		in = in[k:]
		if s.n < 16 {
			return dst
		}
		var out []byte
		dst, out = sliceForAppend(dst, 16)
		s.block(out, s.part[:])
		s.n = 0
	}
	whole := len(in) / 16 * 16
	var out []byte
	dst, out = sliceForAppend(dst, whole)
	for j := 0; j < whole; j += 16 {
		s.block(out[j:], in[j:])
	}
	s.n = copy(s.part[:], in[whole:])
	return dst
}

// Finish appends the held bytes' output to dst and returns it with the
// full tag (the caller truncates it to the tag size).
func (s *OCBStream) Finish(dst, aad []byte) ([]byte, [16]byte) {
	if s.n > 0 {
		subtle.XORBytes(s.off[:], s.off[:], s.o.lStar[:])
		var pad, blk [16]byte
		s.o.b.Encrypt(pad[:], s.off[:])
		var out []byte
		dst, out = sliceForAppend(dst, s.n)
		in := s.part[:s.n]
		if s.decrypt {
			subtle.XORBytes(out, in, pad[:s.n])
			copy(blk[:], out)
		} else {
			copy(blk[:], in)
			subtle.XORBytes(out, in, pad[:s.n])
		}
		blk[s.n] = 0x80
		subtle.XORBytes(s.sum[:], s.sum[:], blk[:])
		s.n = 0
	}
	var tag [16]byte
	subtle.XORBytes(tag[:], s.sum[:], s.off[:])
	subtle.XORBytes(tag[:], tag[:], s.o.lDol[:])
	s.o.b.Encrypt(tag[:], tag[:])
	h := s.o.hash(aad)
	subtle.XORBytes(tag[:], tag[:], h[:])
	return dst, tag
}

// crypt runs OCB over in into out (same length) and returns the full tag.
func (o *ocb) crypt(out, in, nonce, aad []byte, decrypt bool) [16]byte {
	s := &OCBStream{o: o, decrypt: decrypt, off: o.offset0(nonce), i: 1}
	_, tag := s.Finish(s.Update(out[:0], in), aad)
	return tag
}

func (o *ocb) Seal(dst, nonce, plaintext, aad []byte) []byte {
	if len(nonce) != o.nonce {
		panic(errBadNonceIn)
	}
	ret, out := sliceForAppend(dst, len(plaintext)+o.tag)
	tag := o.crypt(out[:len(plaintext)], plaintext, nonce, aad, false)
	copy(out[len(plaintext):], tag[:o.tag])
	return ret
}

func (o *ocb) Open(dst, nonce, ciphertext, aad []byte) ([]byte, error) {
	if len(nonce) != o.nonce {
		panic(errBadNonceIn)
	}
	if len(ciphertext) < o.tag {
		return nil, errOpen
	}
	n := len(ciphertext) - o.tag
	ret, out := sliceForAppend(dst, n)
	tag := o.crypt(out, ciphertext[:n], nonce, aad, true)
	if subtle.ConstantTimeCompare(tag[:o.tag], ciphertext[n:]) != 1 {
		clear(out)
		return nil, errOpen
	}
	return ret, nil
}
