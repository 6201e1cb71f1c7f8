package crypto

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/des"
	"crypto/subtle"
	"encoding/binary"

	"github.com/dop251/goja"
	"github.com/gojanet/gojanet/modules/crypto/aeadmodes"
	"golang.org/x/crypto/chacha20"
	"golang.org/x/crypto/chacha20poly1305"
)

// cipherState is the Go side of a Cipheriv/Decipheriv. OpenSSL's EVP
// semantics, on Go's block ciphers and modes:
//   - block modes (cbc, ecb) keep a partial block between updates; with
//     padding on, decryption holds back the last full block for final;
//   - stream modes (ctr, cfb, cfb8, ofb, chacha20) transform as they go;
//   - AEADs (gcm, chacha20-poly1305) stream through their keystream (CTR
//     from J0+1, chacha20 from block 1) so update returns output at once as
//     OpenSSL's does, keep the plaintext, and at final compute the tag with
//     the AEAD's own Seal over it (then truncate to authTagLength and, when
//     decrypting, compare in constant time). A GCM IV other than 12 bytes
//     has no cheap keystream start: its data is held until final;
//   - CCM (aeadmodes) needs the message's length before it starts, so, as
//     OpenSSL's, it takes one update, which does the whole Seal or Open (a
//     failed Open is reported at final, as node does);
//   - OCB (aeadmodes) streams whole blocks as OpenSSL's does: update
//     returns every block it completes, final the partial one and the tag.
type cipherState struct {
	decrypt bool
	mode    string
	bs      int
	block   cipher.BlockMode // cbc, ecb
	stream  cipher.Stream    // ctr, cfb, ofb, chacha20; AEAD keystream
	pad     bool
	buf     []byte // pending bytes of a block mode; the held-back input of a buffered AEAD

	wrap wrapFunc // key-wrap ciphers (wrap.go)

	aead    cipher.AEAD
	nonce   []byte
	aad     []byte
	plain   []byte // the AEAD's plaintext so far
	tag     []byte
	tagLen  int
	buffers bool // AEAD without keystream: all work at final
	final   bool

	// The common case, one update then final, costs one AEAD pass: the
	// first update is done by Seal (or Open, when a full tag is already
	// set), whose tag stays valid unless more data follows; then the
	// keystream skips what that update consumed.
	updates  int
	skip     int
	oneTag   []byte // Seal's tag over the first update alone
	verified bool   // Open accepted the first update with the set tag

	ccm        cipher.AEAD
	ccmLen     int // plaintextLength given to setAAD; -1 if none
	ccmState   int // ccmFresh, ccmDone, ccmFailed, ccmRefused
	authFailed bool
	ocb        *aeadmodes.OCBStream
}

// A CCM cipher's one update: not yet made, done, a second one refused
// (final then fails as OpenSSL's does), or the first one refused (a length
// other than plaintextLength: final then finds no tag).
const (
	ccmFresh = iota
	ccmDone
	ccmFailed
	ccmRefused
)

const (
	errWrongFinalBlockLength = "wrong final block length"
	errBadDecrypt            = "bad decrypt"
	errAuth                  = "auth"
	errTagNotSet             = "tag not set"
)

func (b *binding) cipherBinding(exports *goja.Object) {
	exports.Set("cipherNew", b.cipherNew)
	exports.Set("cipherUpdate", b.cipherUpdate)
	exports.Set("cipherFinal", b.cipherFinal)
	exports.Set("cipherSetAAD", b.cipherSetAAD)
	exports.Set("cipherSetAuthTag", b.cipherSetAuthTag)
	exports.Set("cipherGetAuthTag", b.cipherGetAuthTag)
	exports.Set("cipherSetAutoPadding", b.cipherSetAutoPadding)
}

func (b *binding) cipherArg(v goja.Value) *cipherState {
	if c, ok := v.Export().(*cipherState); ok {
		return c
	}
	panic(b.vm.NewTypeError("crypto: not a cipher"))
}

// cipherNew(algo, mode, key, iv, decrypt, authTagLength): the JS side has
// checked key and IV lengths against its table; wrong ones throw here.
func (b *binding) cipherNew(call goja.FunctionCall) goja.Value {
	algo := call.Argument(0).String()
	mode := call.Argument(1).String()
	key := b.copyBytes(call.Argument(2), "key")
	var iv []byte
	if v := call.Argument(3); !goja.IsNull(v) && !goja.IsUndefined(v) {
		iv = b.copyBytes(v, "iv")
	}
	c := &cipherState{decrypt: call.Argument(4).ToBoolean(), mode: mode, pad: true, tagLen: 16, ccmLen: -1}
	if v := call.Argument(5); !goja.IsUndefined(v) {
		c.tagLen = b.intArg(v, "authTagLength", 16)
	}
	if err := c.init(algo, key, iv); err != nil {
		panic(b.vm.NewTypeError("crypto: %s", err.Error()))
	}
	return b.vm.ToValue(c)
}

func (c *cipherState) init(algo string, key, iv []byte) error {
	if algo == "chacha20" {
		return c.initChaCha(key, iv)
	}
	var blk cipher.Block
	var err error
	switch algo {
	case "aes":
		blk, err = aes.NewCipher(key)
	case "des-ede3":
		blk, err = des.NewTripleDESCipher(key)
	case "des-ede": // two-key 3DES: K1, K2, K1
		if len(key) != 16 {
			return errString("bad key")
		}
		blk, err = des.NewTripleDESCipher(append(append([]byte(nil), key...), key[:8]...))
	default:
		return errString("unknown cipher")
	}
	if err != nil {
		return err
	}
	c.bs = blk.BlockSize()
	switch c.mode {
	case "wrap":
		if len(iv) != 8 {
			return errString("bad iv")
		}
		c.wrap = newAESWrap(blk, iv, c.decrypt)
		return nil
	case "wrap-pad":
		if len(iv) != 4 {
			return errString("bad iv")
		}
		c.wrap = newAESWrapPad(blk, iv, c.decrypt)
		return nil
	case "des3-wrap":
		c.wrap = newDES3Wrap(blk, c.decrypt)
		return nil
	}
	switch c.mode {
	case "ccm":
		if algo != "aes" {
			return errString("unknown mode")
		}
		c.ccm, err = aeadmodes.NewCCM(blk, len(iv), c.tagLen)
		c.nonce = iv
		return err
	case "ocb":
		if algo != "aes" {
			return errString("unknown mode")
		}
		a, err := aeadmodes.NewOCB(blk, len(iv), c.tagLen)
		if err != nil {
			return err
		}
		c.ocb, err = aeadmodes.NewOCBStream(a, iv, c.decrypt)
		return err
	}
	if c.mode != "ecb" && c.mode != "gcm" && len(iv) != c.bs {
		return errString("bad iv")
	}
	switch c.mode {
	case "ecb":
		c.block = ecb{blk, c.decrypt}
	case "cbc":
		if c.decrypt {
			c.block = cipher.NewCBCDecrypter(blk, iv)
		} else {
			c.block = cipher.NewCBCEncrypter(blk, iv)
		}
	case "ctr":
		c.stream = cipher.NewCTR(blk, iv)
	case "ofb":
		c.stream = cipher.NewOFB(blk, iv) //nolint:staticcheck // node offers OFB
	case "cfb":
		if c.decrypt {
			c.stream = cipher.NewCFBDecrypter(blk, iv) //nolint:staticcheck // node offers CFB
		} else {
			c.stream = cipher.NewCFBEncrypter(blk, iv) //nolint:staticcheck
		}
	case "cfb8":
		c.stream = &cfb8{b: blk, reg: append([]byte(nil), iv...), decrypt: c.decrypt}
	case "gcm":
		if len(iv) == 0 {
			return errString("bad iv")
		}
		c.aead, err = cipher.NewGCMWithNonceSize(blk, len(iv))
		if err != nil {
			return err
		}
		c.nonce = iv
		if len(iv) == 12 {
			ctr := make([]byte, 16)
			copy(ctr, iv)
			ctr[15] = 2 // J0 = IV || 0^31 || 1; data starts at inc32(J0)
			c.stream = cipher.NewCTR(blk, ctr)
		} else {
			// J0 is a GHASH of the IV, which Go does not expose; but the
			// first keystream block Seal makes of zeros is E(inc32(J0)),
			// so decrypting it gives the counter block data starts at.
			ks := c.aead.Seal(nil, iv, make([]byte, 16), nil)
			ctr := &ctr32{b: blk}
			blk.Decrypt(ctr.ctr[:], ks[:16])
			c.stream = ctr
		}
	default:
		return errString("unknown mode")
	}
	return nil
}

func (c *cipherState) initChaCha(key, iv []byte) error {
	switch c.mode {
	case "stream": // OpenSSL's chacha20: IV = 32-bit little-endian counter || 96-bit nonce
		if len(iv) != 16 {
			return errString("bad iv")
		}
		s, err := chacha20.NewUnauthenticatedCipher(key, iv[4:])
		if err != nil {
			return err
		}
		s.SetCounter(binary.LittleEndian.Uint32(iv[:4]))
		c.stream = s
	case "poly1305":
		a, err := chacha20poly1305.New(key)
		if err != nil {
			return err
		}
		if len(iv) != chacha20poly1305.NonceSize {
			return errString("bad iv")
		}
		s, err := chacha20.NewUnauthenticatedCipher(key, iv)
		if err != nil {
			return err
		}
		s.SetCounter(1)
		c.aead, c.nonce, c.stream = a, iv, s
	default:
		return errString("unknown mode")
	}
	return nil
}

type errString string

func (e errString) Error() string { return string(e) }

func (b *binding) cipherUpdate(call goja.FunctionCall) goja.Value {
	c := b.cipherArg(call.Argument(0))
	in := b.bytes(call.Argument(1), "data")
	if c.wrap != nil {
		out, ok := c.wrap(in)
		if !ok {
			return b.vm.ToValue("unsupported")
		}
		return b.l.NewBuffer(out)
	}
	if c.ccm != nil {
		out, fail := c.updateCCM(in)
		if fail != "" {
			return b.vm.ToValue(fail)
		}
		return b.l.NewBuffer(out)
	}
	return b.l.NewBuffer(c.update(in))
}

// updateCCM is CCM's single update: the whole Seal, or the whole Open with
// the tag set so far (none, or a wrong one, fails at final).
func (c *cipherState) updateCCM(in []byte) ([]byte, string) {
	if uint64(len(in)) > aeadmodes.CCMMaxLength(len(c.nonce)) {
		return nil, "msglen"
	}
	if c.ccmState != ccmFresh || (c.ccmLen >= 0 && c.ccmLen != len(in)) {
		if c.ccmState == ccmFresh {
			c.ccmState = ccmRefused
		} else {
			c.ccmState = ccmFailed
		}
		return nil, "unsupported"
	}
	c.ccmState = ccmDone
	if !c.decrypt {
		sealed := c.ccm.Seal(nil, c.nonce, in, c.aad)
		c.tag = sealed[len(in):]
		return sealed[:len(in)], ""
	}
	if len(c.tag) != c.tagLen {
		c.authFailed = true
		return []byte{}, ""
	}
	sealed := append(append(make([]byte, 0, len(in)+len(c.tag)), in...), c.tag...)
	out, err := c.ccm.Open(sealed[:0], c.nonce, sealed, c.aad)
	if err != nil {
		c.authFailed = true
		return []byte{}, ""
	}
	return out, ""
}

func (c *cipherState) update(in []byte) []byte {
	switch {
	case c.ocb != nil:
		return c.ocb.Update(make([]byte, 0, len(in)+16), in)
	case c.aead != nil && c.buffers:
		c.buf = append(c.buf, in...)
		return []byte{}
	case c.aead != nil:
		c.updates++
		if c.updates == 1 {
			if out, ok := c.firstUpdate(in); ok {
				return out
			}
		} else if c.skip > 0 {
			discard := make([]byte, c.skip)
			c.stream.XORKeyStream(discard, discard)
			c.skip, c.oneTag, c.verified = 0, nil, false
		}
		out := make([]byte, len(in))
		c.stream.XORKeyStream(out, in)
		if c.decrypt {
			c.plain = append(c.plain, out...)
		} else {
			c.plain = append(c.plain, in...)
		}
		return out
	case c.stream != nil:
		out := make([]byte, len(in))
		c.stream.XORKeyStream(out, in)
		return out
	}
	// Block mode: process whole blocks, keeping a partial one (and, when
	// decrypting with padding, the last whole one) for later.
	c.buf = append(c.buf, in...)
	n := len(c.buf) / c.bs * c.bs
	if c.decrypt && c.pad && n == len(c.buf) && n > 0 {
		n -= c.bs
	}
	out := make([]byte, n)
	c.block.CryptBlocks(out, c.buf[:n])
	c.buf = append(c.buf[:0], c.buf[n:]...)
	return out
}

// cipherFinal(c) → Buffer, or a string naming the failure.
func (b *binding) cipherFinal(call goja.FunctionCall) goja.Value {
	c := b.cipherArg(call.Argument(0))
	out, fail := c.finish()
	if fail != "" {
		return b.vm.ToValue(fail)
	}
	return b.l.NewBuffer(out)
}

func (c *cipherState) finish() ([]byte, string) {
	if c.final {
		return nil, errWrongFinalBlockLength
	}
	c.final = true
	switch {
	case c.aead != nil:
		return c.finishAEAD()
	case c.ccm != nil:
		switch {
		case c.ccmState == ccmFresh && !c.decrypt, c.ccmState == ccmRefused:
			return nil, errTagNotSet
		case c.ccmState != ccmDone, c.authFailed:
			return nil, errAuth
		}
		return []byte{}, ""
	case c.ocb != nil:
		out, tag := c.ocb.Finish([]byte{}, c.aad)
		if !c.decrypt {
			c.tag = tag[:c.tagLen]
			return out, ""
		}
		if len(c.tag) != c.tagLen || subtle.ConstantTimeCompare(c.tag, tag[:c.tagLen]) != 1 {
			return nil, errAuth
		}
		return out, ""
	case c.stream != nil, c.wrap != nil:
		return []byte{}, ""
	}
	if !c.decrypt {
		if !c.pad {
			if len(c.buf) != 0 {
				return nil, errWrongFinalBlockLength
			}
			return []byte{}, ""
		}
		k := c.bs - len(c.buf)
		for range k {
			c.buf = append(c.buf, byte(k))
		}
		out := make([]byte, c.bs)
		c.block.CryptBlocks(out, c.buf)
		return out, ""
	}
	if !c.pad {
		if len(c.buf) != 0 {
			return nil, errWrongFinalBlockLength
		}
		return []byte{}, ""
	}
	if len(c.buf) != c.bs {
		return nil, errWrongFinalBlockLength
	}
	out := make([]byte, c.bs)
	c.block.CryptBlocks(out, c.buf)
	k := int(out[c.bs-1])
	if k == 0 || k > c.bs {
		return nil, errBadDecrypt
	}
	for _, p := range out[c.bs-k:] {
		if int(p) != k {
			return nil, errBadDecrypt
		}
	}
	return out[:c.bs-k], ""
}

// firstUpdate handles the first update in one AEAD pass (see updates).
func (c *cipherState) firstUpdate(in []byte) ([]byte, bool) {
	if !c.decrypt {
		sealed := c.aead.Seal(nil, c.nonce, in, c.aad)
		c.oneTag = sealed[len(in):]
		c.plain = append(c.plain, in...)
		c.skip = len(in)
		return sealed[:len(in):len(in)], true
	}
	if len(c.tag) != c.aead.Overhead() {
		return nil, false
	}
	sealed := make([]byte, 0, len(in)+len(c.tag))
	sealed = append(append(sealed, in...), c.tag...)
	out, err := c.aead.Open(nil, c.nonce, sealed, c.aad)
	if err != nil {
		return nil, false
	}
	c.verified = true
	c.plain = append(c.plain, out...)
	c.skip = len(in)
	return out, true
}

func (c *cipherState) finishAEAD() ([]byte, string) {
	if c.updates <= 1 && !c.buffers {
		if !c.decrypt && c.oneTag != nil {
			c.tag = c.oneTag[:c.tagLen]
			return []byte{}, ""
		}
		if c.decrypt && c.verified {
			return []byte{}, ""
		}
	}
	var out []byte
	if c.buffers {
		if c.decrypt {
			// The keystream is what Seal makes of zeros.
			ks := c.aead.Seal(nil, c.nonce, make([]byte, len(c.buf)), nil)
			out = make([]byte, len(c.buf))
			subtle.XORBytes(out, c.buf, ks[:len(c.buf)])
			c.plain = out
		} else {
			c.plain = c.buf
		}
	}
	sealed := c.aead.Seal(nil, c.nonce, c.plain, c.aad)
	if c.buffers && !c.decrypt {
		out = sealed[:len(c.plain)]
	}
	full := sealed[len(c.plain):]
	if !c.decrypt {
		c.tag = full[:c.tagLen]
		if out == nil {
			out = []byte{}
		}
		return out, ""
	}
	if len(c.tag) == 0 || len(c.tag) > len(full) || subtle.ConstantTimeCompare(c.tag, full[:len(c.tag)]) != 1 {
		return nil, errAuth
	}
	if out == nil {
		out = []byte{}
	}
	return out, ""
}

// cipherSetAAD(c, aad, plaintextLength) → undefined, or "msglen" for a CCM
// plaintextLength over what the nonce size allows.
func (b *binding) cipherSetAAD(call goja.FunctionCall) goja.Value {
	c := b.cipherArg(call.Argument(0))
	if c.ccm != nil {
		n := call.Argument(2).ToInteger()
		if n >= 0 && uint64(n) > aeadmodes.CCMMaxLength(len(c.nonce)) {
			return b.vm.ToValue("msglen")
		}
		if n >= 0 {
			c.ccmLen = int(n)
		}
		// OpenSSL's CCM keeps the last associated data given, not all
		c.aad = c.aad[:0]
	}
	c.aad = append(c.aad, b.bytes(call.Argument(1), "buffer")...)
	return goja.Undefined()
}

func (b *binding) cipherSetAuthTag(call goja.FunctionCall) goja.Value {
	c := b.cipherArg(call.Argument(0))
	c.tag = b.copyBytes(call.Argument(1), "tag")
	return goja.Undefined()
}

func (b *binding) cipherGetAuthTag(call goja.FunctionCall) goja.Value {
	c := b.cipherArg(call.Argument(0))
	if c.tag == nil {
		return goja.Undefined()
	}
	return b.l.NewBuffer(append([]byte(nil), c.tag...))
}

func (b *binding) cipherSetAutoPadding(call goja.FunctionCall) goja.Value {
	c := b.cipherArg(call.Argument(0))
	c.pad = call.Argument(1).ToBoolean()
	return goja.Undefined()
}

// ecb runs a block cipher block by block (Go has no ECB mode: it is
// insecure, but node offers it and old protocols use it).
type ecb struct {
	b       cipher.Block
	decrypt bool
}

func (e ecb) BlockSize() int { return e.b.BlockSize() }
func (e ecb) CryptBlocks(dst, src []byte) {
	bs := e.b.BlockSize()
	for i := 0; i+bs <= len(src); i += bs {
		if e.decrypt {
			e.b.Decrypt(dst[i:i+bs], src[i:i+bs])
		} else {
			e.b.Encrypt(dst[i:i+bs], src[i:i+bs])
		}
	}
}

// cfb8 is CFB with 8-bit feedback (NIST SP 800-38A), which Go's cipher
// package lacks: each byte is XORed with the first byte of E(register),
// and the ciphertext byte shifts into the register.
type cfb8 struct {
	b       cipher.Block
	reg     []byte
	decrypt bool
	tmp     [aes.BlockSize]byte
}

func (s *cfb8) XORKeyStream(dst, src []byte) {
	for i, x := range src {
		s.b.Encrypt(s.tmp[:], s.reg)
		y := x ^ s.tmp[0]
		ct := y
		if s.decrypt {
			ct = x
		}
		copy(s.reg, s.reg[1:])
		s.reg[len(s.reg)-1] = ct
		dst[i] = y
	}
}

// ctr32 is GCM's counter mode: only the low 32 bits of the counter block
// count (inc32), so a counter from an IV's GHASH wraps as GCM's does.
type ctr32 struct {
	b   cipher.Block
	ctr [16]byte
	ks  [16]byte
	n   int // bytes of ks used
}

func (s *ctr32) XORKeyStream(dst, src []byte) {
	for len(src) > 0 {
		if s.n == 0 || s.n == 16 {
			s.b.Encrypt(s.ks[:], s.ctr[:])
			binary.BigEndian.PutUint32(s.ctr[12:], binary.BigEndian.Uint32(s.ctr[12:])+1)
			s.n = 0
		}
		k := subtle.XORBytes(dst, src, s.ks[s.n:])
		s.n += k
		dst, src = dst[k:], src[k:]
	}
}
