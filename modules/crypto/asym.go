package crypto

import (
	"crypto"
	"crypto/dsa" //nolint:staticcheck // node offers DSA
	"crypto/ecdh"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/base64"
	"encoding/pem"
	"errors"
	"math/big"

	"github.com/cloudflare/circl/sign/ed448"
	"github.com/dop251/goja"
	"golang.org/x/crypto/cryptobyte"
	"golang.org/x/crypto/cryptobyte/asn1"
)

func (b *binding) asymBinding(exports *goja.Object) {
	exports.Set("keyParse", b.keyParse)
	exports.Set("keyExport", b.keyExport)
	exports.Set("keyExportJwk", b.keyExportJwk)
	exports.Set("keyImportJwk", b.keyImportJwk)
	exports.Set("keyInfo", b.keyInfo)
	exports.Set("keyEquals", b.keyEquals)
	exports.Set("keyGenerate", b.keyGenerate)
	exports.Set("keyPublic", b.keyPublic)
	exports.Set("keyRSAPSS", b.keyRSAPSS)
	exports.Set("sign", b.sign)
	exports.Set("verify", b.verify)
	exports.Set("rsaCipher", b.rsaCipher)
	exports.Set("ecdhKey", b.ecdhKey)
	exports.Set("ecdhCompute", b.ecdhCompute)
	exports.Set("ecdhConvert", b.ecdhConvert)
	exports.Set("diffieHellman", b.diffieHellman)
	exports.Set("spkacParse", b.spkacParse)
}

func errValue(err error) string {
	switch {
	case errors.Is(err, errNoPassphrase):
		return "passphrase"
	case errors.Is(err, errPEMDecrypt):
		return "bad decrypt"
	case errors.Is(err, errEncryptedPKCS8):
		return "encrypted pkcs8"
	}
	return "unsupported"
}

// keyParse(data, format, type, wantPrivate, passphrase) → handle, or a
// string naming why not (see errValue).
func (b *binding) keyParse(call goja.FunctionCall) goja.Value {
	data := b.bytes(call.Argument(0), "key")
	format := call.Argument(1).String()
	typ := ""
	if v := call.Argument(2); !goja.IsUndefined(v) && !goja.IsNull(v) {
		typ = v.String()
	}
	wantPrivate := call.Argument(3).ToBoolean()
	var pass []byte
	hasPass := false
	if v := call.Argument(4); !goja.IsUndefined(v) && !goja.IsNull(v) {
		pass, hasPass = b.bytes(v, "passphrase"), true
	}
	var k *asymKey
	var err error
	if format == "der" {
		k, err = parseDER(data, typ, wantPrivate)
		if err != nil && (typ == "pkcs8" || typ == "") && wantPrivate {
			// Maybe an encrypted PKCS#8 key.
			if plain, derr := decryptPKCS8(data, pass); derr == nil {
				k, err = parseDER(plain, "pkcs8", true)
			} else if derr != errUnsupported {
				err = derr
				if !hasPass {
					err = errNoPassphrase
				}
			}
		}
	} else {
		k, err = parsePEM(data, wantPrivate, pass, hasPass)
	}
	if err != nil {
		return b.vm.ToValue(errValue(err))
	}
	return b.vm.ToValue(k)
}

// keyExport(h, format, type, private, cipher, passphrase) → PEM string or
// DER Buffer; a string starting with "!" names a failure.
func (b *binding) keyExport(call goja.FunctionCall) goja.Value {
	k := b.keyArg(call.Argument(0))
	format := call.Argument(1).String()
	der, pemType, err := k.marshal(call.Argument(2).String(), call.Argument(3).ToBoolean())
	if err != nil {
		return b.vm.ToValue("!unsupported")
	}
	c := call.Argument(4)
	encrypt := !goja.IsUndefined(c) && !goja.IsNull(c)
	if encrypt && pemType == "PRIVATE KEY" {
		enc, err := encryptPKCS8(der, c.String(), b.bytes(call.Argument(5), "passphrase"))
		if err != nil {
			return b.vm.ToValue("!cipher")
		}
		if format == "der" {
			return b.l.NewBuffer(enc)
		}
		return b.vm.ToValue(string(pem.EncodeToMemory(&pem.Block{Type: "ENCRYPTED PRIVATE KEY", Bytes: enc})))
	}
	if format == "der" {
		return b.l.NewBuffer(der)
	}
	blk := &pem.Block{Type: pemType, Bytes: der}
	if encrypt {
		alg, ok := pemCiphers[c.String()]
		if !ok {
			return b.vm.ToValue("!cipher")
		}
		//nolint:staticcheck // node writes legacy encrypted PEM for pkcs1 and sec1
		enc, err := x509.EncryptPEMBlock(rand.Reader, pemType, der, b.bytes(call.Argument(5), "passphrase"), alg)
		if err != nil {
			return b.vm.ToValue("!cipher")
		}
		blk = enc
	}
	return b.vm.ToValue(string(pem.EncodeToMemory(blk)))
}

//nolint:staticcheck
var pemCiphers = map[string]x509.PEMCipher{
	"aes-128-cbc": x509.PEMCipherAES128, "aes-192-cbc": x509.PEMCipherAES192,
	"aes-256-cbc": x509.PEMCipherAES256, "des-ede3-cbc": x509.PEMCipher3DES,
	"aes128": x509.PEMCipherAES128, "aes192": x509.PEMCipherAES192, "aes256": x509.PEMCipherAES256,
	"des3": x509.PEMCipher3DES,
}

var b64 = base64.RawURLEncoding

func (b *binding) keyExportJwk(call goja.FunctionCall) goja.Value {
	k := b.keyArg(call.Argument(0))
	private := call.Argument(1).ToBoolean() && k.priv != nil
	if k.kind == "rsa-pss" {
		return b.vm.ToValue("!type") // JWK has no RSASSA-PSS keys
	}
	o := b.vm.NewObject()
	switch p := k.pub.(type) {
	case *rsa.PublicKey:
		o.Set("kty", "RSA")
		o.Set("n", b64.EncodeToString(p.N.Bytes()))
		o.Set("e", b64.EncodeToString(big.NewInt(int64(p.E)).Bytes()))
		if private {
			r := k.priv.(*rsa.PrivateKey)
			r.Precompute()
			o.Set("d", b64.EncodeToString(r.D.Bytes()))
			o.Set("p", b64.EncodeToString(r.Primes[0].Bytes()))
			o.Set("q", b64.EncodeToString(r.Primes[1].Bytes()))
			o.Set("dp", b64.EncodeToString(r.Precomputed.Dp.Bytes()))
			o.Set("dq", b64.EncodeToString(r.Precomputed.Dq.Bytes()))
			o.Set("qi", b64.EncodeToString(r.Precomputed.Qinv.Bytes()))
		}
	case *ecdsa.PublicKey:
		crv := jwkCurve(p.Curve)
		if crv == "" {
			return b.vm.ToValue("!curve")
		}
		var raw []byte
		var err error
		if p.Curve == secp256k1Curve {
			raw = secp256k1Point(p)
		} else if raw, err = p.Bytes(); err != nil {
			return b.vm.ToValue("!curve")
		}
		size := (p.Curve.Params().BitSize + 7) / 8
		o.Set("kty", "EC")
		o.Set("x", b64.EncodeToString(raw[1:1+size]))
		o.Set("y", b64.EncodeToString(raw[1+size:]))
		o.Set("crv", crv)
		if private {
			e := k.priv.(*ecdsa.PrivateKey)
			o.Set("d", b64.EncodeToString(bigBytes(e.D, size)))
		}
	case ed25519.PublicKey:
		o.Set("crv", "Ed25519")
		if private {
			o.Set("d", b64.EncodeToString(k.priv.(ed25519.PrivateKey).Seed()))
		}
		o.Set("x", b64.EncodeToString(p))
		o.Set("kty", "OKP")
	case *ecdh.PublicKey:
		o.Set("crv", "X25519")
		if private {
			o.Set("d", b64.EncodeToString(k.priv.(*ecdh.PrivateKey).Bytes()))
		}
		o.Set("x", b64.EncodeToString(p.Bytes()))
		o.Set("kty", "OKP")
	case ed448.PublicKey:
		o.Set("crv", "Ed448")
		if private {
			o.Set("d", b64.EncodeToString(k.priv.(ed448.PrivateKey).Seed()))
		}
		o.Set("x", b64.EncodeToString(p))
		o.Set("kty", "OKP")
	case *x448Pub:
		o.Set("crv", "X448")
		if private {
			o.Set("d", b64.EncodeToString(k.priv.(*x448Priv).d[:]))
		}
		o.Set("x", b64.EncodeToString(p.k[:]))
		o.Set("kty", "OKP")
	default:
		return b.vm.ToValue("!type") // JWK has no 'dh' keys
	}
	return o
}

// keyImportJwk(jwk, wantPrivate) → handle or an error string.
func (b *binding) keyImportJwk(call goja.FunctionCall) goja.Value {
	o, ok := call.Argument(0).(*goja.Object)
	if !ok {
		return b.vm.ToValue("jwk")
	}
	get := func(name string) ([]byte, bool) {
		v := o.Get(name)
		if v == nil || goja.IsUndefined(v) {
			return nil, false
		}
		s, ok := v.Export().(string)
		if !ok {
			return nil, false
		}
		p, err := b64.DecodeString(trimPad(s))
		return p, err == nil
	}
	str := func(name string) string {
		if v := o.Get(name); v != nil {
			if s, ok := v.Export().(string); ok {
				return s
			}
		}
		return ""
	}
	wantPrivate := call.Argument(1).ToBoolean()
	kty := str("kty")
	var key any
	switch kty {
	case "RSA":
		n, ok1 := get("n")
		e, ok2 := get("e")
		if !ok1 || !ok2 || len(e) > 4 {
			return b.vm.ToValue("jwk")
		}
		pub := rsa.PublicKey{N: new(big.Int).SetBytes(n), E: int(new(big.Int).SetBytes(e).Int64())}
		if !wantPrivate {
			key = &pub
			break
		}
		d, ok1 := get("d")
		p, ok2 := get("p")
		q, ok3 := get("q")
		if !ok1 || !ok2 || !ok3 {
			return b.vm.ToValue("jwk")
		}
		r := &rsa.PrivateKey{PublicKey: pub, D: new(big.Int).SetBytes(d),
			Primes: []*big.Int{new(big.Int).SetBytes(p), new(big.Int).SetBytes(q)}}
		if r.Validate() != nil {
			return b.vm.ToValue("jwk")
		}
		r.Precompute()
		key = r
	case "EC":
		c := curveByName(str("crv"))
		x, ok1 := get("x")
		y, ok2 := get("y")
		if c == nil {
			return b.vm.ToValue("curve")
		}
		size := (c.Params().BitSize + 7) / 8
		if !ok1 || !ok2 || len(x) != size || len(y) != size {
			return b.vm.ToValue("jwk")
		}
		raw := append(append([]byte{4}, x...), y...)
		if c == secp256k1Curve {
			pub, ok := secp256k1Pub(raw)
			if !ok {
				return b.vm.ToValue("jwk")
			}
			key = pub
			if wantPrivate {
				d, ok := get("d")
				priv, ok2 := secp256k1Priv(d)
				if !ok || !ok2 || !priv.PublicKey.Equal(pub) {
					return b.vm.ToValue("jwk")
				}
				key = priv
			}
			break
		}
		if wantPrivate {
			d, ok := get("d")
			if !ok {
				return b.vm.ToValue("jwk")
			}
			k, err := ecdsa.ParseRawPrivateKey(c, d)
			if err != nil {
				return b.vm.ToValue("jwk")
			}
			key = k
		} else {
			k, err := ecdsa.ParseUncompressedPublicKey(c, raw)
			if err != nil {
				return b.vm.ToValue("jwk")
			}
			key = k
		}
	case "OKP":
		x, ok := get("x")
		if !ok {
			return b.vm.ToValue("jwk")
		}
		switch str("crv") {
		case "Ed25519":
			if wantPrivate {
				d, ok := get("d")
				if !ok || len(d) != ed25519.SeedSize {
					return b.vm.ToValue("jwk")
				}
				key = ed25519.NewKeyFromSeed(d)
			} else {
				if len(x) != ed25519.PublicKeySize {
					return b.vm.ToValue("jwk")
				}
				key = ed25519.PublicKey(x)
			}
		case "X25519":
			if wantPrivate {
				d, _ := get("d")
				k, err := ecdh.X25519().NewPrivateKey(d)
				if err != nil {
					return b.vm.ToValue("jwk")
				}
				key = k
			} else {
				k, err := ecdh.X25519().NewPublicKey(x)
				if err != nil {
					return b.vm.ToValue("jwk")
				}
				key = k
			}
		case "Ed448":
			if wantPrivate {
				d, ok := get("d")
				if !ok || len(d) != ed448.SeedSize {
					return b.vm.ToValue("jwk")
				}
				key = ed448.NewKeyFromSeed(d)
			} else {
				if len(x) != ed448.PublicKeySize {
					return b.vm.ToValue("jwk")
				}
				key = ed448.PublicKey(x)
			}
		case "X448":
			var ok bool
			if wantPrivate {
				d, _ := get("d")
				key, ok = newX448Priv(d)
			} else {
				key, ok = newX448Pub(x)
			}
			if !ok {
				return b.vm.ToValue("jwk")
			}
		default:
			return b.vm.ToValue("curve")
		}
	default:
		return b.vm.ToValue("kty")
	}
	k, err := newAsymKey(key)
	if err != nil {
		return b.vm.ToValue("jwk")
	}
	return b.vm.ToValue(k)
}

func trimPad(s string) string {
	for len(s) > 0 && s[len(s)-1] == '=' {
		s = s[:len(s)-1]
	}
	return s
}

// keyInfo(h) → [kind, isPrivate, modulusLength, publicExponent, namedCurve,
// hashAlgorithm, mgf1HashAlgorithm, saltLength, divisorLength]
func (b *binding) keyInfo(call goja.FunctionCall) goja.Value {
	k := b.keyArg(call.Argument(0))
	info := []any{k.kind, k.priv != nil, nil, nil, nil, nil, nil, nil, nil}
	if k.pss != nil {
		info[5], info[6], info[7] = k.pss.hash, k.pss.mgf1, k.pss.salt
	}
	switch p := k.pub.(type) {
	case *rsa.PublicKey:
		info[2] = p.N.BitLen()
		info[3] = p.E
	case *ecdsa.PublicKey:
		info[4] = curveName(p.Curve)
	case *dsa.PublicKey:
		info[2] = p.P.BitLen()
		info[8] = p.Q.BitLen()
	}
	return b.vm.ToValue(info)
}

func (b *binding) keyPublic(call goja.FunctionCall) goja.Value {
	return b.vm.ToValue(b.keyArg(call.Argument(0)).public())
}

func (b *binding) keyEquals(call goja.FunctionCall) goja.Value {
	x := b.keyArg(call.Argument(0))
	y := b.keyArg(call.Argument(1))
	if (x.priv == nil) != (y.priv == nil) || x.kind != y.kind {
		return b.vm.ToValue(false)
	}
	type equaler interface{ Equal(crypto.PublicKey) bool }
	if d, ok := x.pub.(*dsa.PublicKey); ok {
		e := y.pub.(*dsa.PublicKey)
		same := d.P.Cmp(e.P) == 0 && d.Q.Cmp(e.Q) == 0 && d.G.Cmp(e.G) == 0 && d.Y.Cmp(e.Y) == 0
		if x.priv != nil {
			same = same && x.priv.(*dsa.PrivateKey).X.Cmp(y.priv.(*dsa.PrivateKey).X) == 0
		}
		return b.vm.ToValue(same)
	}
	if d, ok := x.pub.(*dhKey); ok {
		if x.priv != nil {
			return b.vm.ToValue(x.priv.(*dhKey).Equal(y.priv))
		}
		return b.vm.ToValue(d.Equal(y.pub))
	}
	if x.priv != nil {
		if e, ok := x.priv.(interface{ Equal(crypto.PrivateKey) bool }); ok {
			return b.vm.ToValue(e.Equal(y.priv))
		}
	}
	if e, ok := x.pub.(equaler); ok {
		return b.vm.ToValue(e.Equal(y.pub))
	}
	return b.vm.ToValue(false)
}

// keyGenerate(kind, modulusLength, namedCurve[, cb]) → handle, or
// cb(err, handle) from the worker pool.
func (b *binding) keyGenerate(call goja.FunctionCall) goja.Value {
	kind := call.Argument(0).String()
	bits := 0
	if kind == "rsa" || kind == "dsa" {
		bits = b.intArg(call.Argument(1), "modulusLength", 16384)
		if kind == "rsa" && bits < 512 {
			panic(b.vm.NewTypeError("crypto: modulusLength too small"))
		}
	}
	curve := call.Argument(2).String()
	gen := func() (*asymKey, error) { return generate(kind, bits, curve) }
	if kind == "rsa" {
		// the third argument is the public exponent (absent: 65537)
		if v := call.Argument(2); !goja.IsUndefined(v) && v.String() != "" {
			if e := int(v.ToInteger()); e != 65537 {
				gen = func() (*asymKey, error) { return generateRSAExp(bits, e) }
			}
		}
	}
	if kind == "dsa" {
		// the third argument is the divisor length (0: the default)
		divisor := b.intArg(call.Argument(2), "divisorLength", 16384)
		gen = func() (*asymKey, error) { return generateDSA(bits, divisor) }
	}
	cb := call.Argument(3)
	if _, ok := goja.AssertFunction(cb); !ok {
		k, err := gen()
		if err != nil {
			panic(b.vm.NewGoError(err))
		}
		return b.vm.ToValue(k)
	}
	var k *asymKey
	var err error
	b.l.Queue(func() { k, err = gen() }, func() {
		if err != nil {
			b.l.Call(cb, goja.Undefined(), b.vm.NewGoError(err))
			return
		}
		b.l.Call(cb, goja.Undefined(), goja.Null(), b.vm.ToValue(k))
	})
	return goja.Undefined()
}

// Padding constants (node's crypto.constants).
const (
	rsaPKCS1Padding = 1
	rsaNoPadding    = 3
	rsaOAEPPadding  = 4
	rsaPSSPadding   = 6
)

type signOpts struct {
	hash    *digestAlg
	padding int
	salt    int
	saltSet bool
	p1363   bool
	mgf1    *digestAlg // an 'rsa-pss' key's MGF1 digest when it is not the message digest
}

// forPSSKey applies an 'rsa-pss' key's rules: PSS only, its digest by
// default and no other, its salt length by default and no shorter; the
// failure as OpenSSL names it, or "".
func (o *signOpts) forPSSKey(p *pssParams) string {
	if o.padding == -1 {
		o.padding = rsaPSSPadding
	}
	if o.padding != rsaPSSPadding {
		return "padding"
	}
	if p == nil {
		return ""
	}
	// OpenSSL checks the salt length before the digest.
	if !o.saltSet {
		o.salt, o.saltSet = p.salt, true
	} else if o.salt >= 0 && o.salt < p.salt {
		return "saltlen"
	}
	if o.hash == nil {
		o.hash = digests[p.hash]
	} else if o.hash.name != p.hash {
		return "digest not allowed"
	}
	if p.mgf1 != p.hash {
		// Go's PSS uses the message digest for MGF1: rsapss_mgf.go
		if o.mgf1 = digests[p.mgf1]; o.mgf1 == nil {
			return "operation"
		}
	}
	return ""
}

func (b *binding) signArgs(call goja.FunctionCall) (*asymKey, signOpts) {
	k := b.keyArg(call.Argument(0))
	o := signOpts{padding: -1, salt: -2}
	if v := call.Argument(1); !goja.IsUndefined(v) && !goja.IsNull(v) && v.String() != "" {
		o.hash = lookupDigest(v.String())
		if o.hash == nil || o.hash.xof != 0 {
			panic(b.vm.NewTypeError("Invalid digest: %s", v.String()))
		}
	}
	if v := call.Argument(3); !goja.IsUndefined(v) && !goja.IsNull(v) {
		o.padding = int(v.ToInteger())
	}
	if v := call.Argument(4); !goja.IsUndefined(v) && !goja.IsNull(v) {
		o.salt, o.saltSet = int(v.ToInteger()), true
	}
	o.p1363 = call.Argument(5).String() == "ieee-p1363"
	return k, o
}

// digestFor hashes data for RSA and ECDSA (SHA-256 when no digest is named,
// OpenSSL 3's default).
func (o *signOpts) digest(data []byte) ([]byte, crypto.Hash) {
	a := o.hash
	if a == nil {
		a = digests["sha256"]
	}
	h := a.new()
	h.Write(data)
	return h.Sum(nil), cryptoHash(a)
}

// pssSalt maps node's saltLength (RSA_PSS_SALTLEN_DIGEST -1, MAX_SIGN and
// AUTO -2) to Go's.
func pssSalt(o signOpts) int {
	switch o.salt {
	case -1:
		return rsa.PSSSaltLengthEqualsHash
	case -2:
		return rsa.PSSSaltLengthAuto
	}
	return o.salt
}

// sign(h, digest, data, padding, saltLength, dsaEncoding) → Buffer, or a
// string naming the failure.
func (b *binding) sign(call goja.FunctionCall) goja.Value {
	k, o := b.signArgs(call)
	data := b.bytes(call.Argument(2), "data")
	if k.priv == nil {
		return b.vm.ToValue("private")
	}
	var sig []byte
	var err error
	switch p := k.priv.(type) {
	case *rsa.PrivateKey:
		if k.kind == "rsa-pss" {
			if why := o.forPSSKey(k.pss); why != "" {
				return b.vm.ToValue(why)
			}
		}
		d, h := o.digest(data)
		if h == 0 {
			return b.vm.ToValue("digest")
		}
		if o.padding == rsaPSSPadding && o.mgf1 != nil {
			if sig, err = signPSSMGF(p, d, o.hash.new(), o.mgf1.new(), o.salt); err == errPSS {
				return b.vm.ToValue("too long")
			}
		} else if o.padding == rsaPSSPadding {
			sig, err = k.rsaSigner(p).Sign(rand.Reader, d, &rsa.PSSOptions{SaltLength: pssSalt(o), Hash: h})
			if errors.Is(err, rsa.ErrMessageTooLong) {
				return b.vm.ToValue("too long") // OpenSSL: "data too large for key size"
			}
		} else if o.padding == -1 || o.padding == rsaPKCS1Padding {
			sig, err = k.rsaSigner(p).Sign(nil, d, h)
			if errors.Is(err, rsa.ErrMessageTooLong) {
				return b.vm.ToValue("digest too big")
			}
		} else {
			return b.vm.ToValue("padding")
		}
	case *ecdsa.PrivateKey:
		d, _ := o.digest(data)
		sig, err = ecdsa.SignASN1(rand.Reader, p, d)
		if err == nil && o.p1363 {
			sig, err = derToP1363(sig, (p.Curve.Params().BitSize+7)/8)
		}
	case *dsa.PrivateKey:
		d, _ := o.digest(data)
		sig, err = dsaSign(p, d, o.p1363)
	case ed25519.PrivateKey:
		if o.hash != nil {
			return b.vm.ToValue("digest")
		}
		sig = ed25519.Sign(p, data)
	case ed448.PrivateKey:
		if o.hash != nil {
			return b.vm.ToValue("digest")
		}
		sig = ed448.Sign(p, data, "")
	default:
		return b.vm.ToValue("operation")
	}
	if err != nil {
		return b.vm.ToValue("failed")
	}
	return b.l.NewBuffer(sig)
}

// verify(h, digest, data, padding, saltLength, dsaEncoding, signature) → bool
// or a string naming the failure.
func (b *binding) verify(call goja.FunctionCall) goja.Value {
	k, o := b.signArgs(call)
	data := b.bytes(call.Argument(2), "data")
	sig := b.bytes(call.Argument(6), "signature")
	switch p := k.pub.(type) {
	case *rsa.PublicKey:
		if k.kind == "rsa-pss" {
			if why := o.forPSSKey(k.pss); why != "" {
				return b.vm.ToValue(why)
			}
			if k.pss != nil && o.salt == -2 {
				return b.vm.ToValue("salt length") // OpenSSL verifies a restricted key's salt, not any
			}
		}
		d, h := o.digest(data)
		if h == 0 {
			return b.vm.ToValue("digest")
		}
		if o.padding == rsaPSSPadding && o.mgf1 != nil {
			return b.vm.ToValue(verifyPSSMGF(p, d, sig, o.hash.new(), o.mgf1.new(), o.salt))
		}
		if o.padding == rsaPSSPadding {
			return b.vm.ToValue(rsa.VerifyPSS(p, h, d, sig, &rsa.PSSOptions{SaltLength: pssSalt(o), Hash: h}) == nil)
		}
		if o.padding != -1 && o.padding != rsaPKCS1Padding {
			return b.vm.ToValue("padding")
		}
		return b.vm.ToValue(rsa.VerifyPKCS1v15(p, h, d, sig) == nil)
	case *ecdsa.PublicKey:
		d, _ := o.digest(data)
		if o.p1363 {
			size := (p.Curve.Params().BitSize + 7) / 8
			if len(sig) != 2*size {
				return b.vm.ToValue(false)
			}
			r := new(big.Int).SetBytes(sig[:size])
			s := new(big.Int).SetBytes(sig[size:])
			return b.vm.ToValue(ecdsa.Verify(p, d, r, s))
		}
		return b.vm.ToValue(ecdsa.VerifyASN1(p, d, sig))
	case *dsa.PublicKey:
		d, _ := o.digest(data)
		return b.vm.ToValue(dsaVerify(p, d, sig, o.p1363))
	case ed25519.PublicKey:
		if o.hash != nil {
			return b.vm.ToValue("digest")
		}
		return b.vm.ToValue(ed25519.Verify(p, data, sig))
	case ed448.PublicKey:
		if o.hash != nil {
			return b.vm.ToValue("digest")
		}
		return b.vm.ToValue(ed448.Verify(p, data, sig, ""))
	}
	return b.vm.ToValue("operation")
}

func derToP1363(der []byte, size int) ([]byte, error) {
	in := cryptobyte.String(der)
	var inner cryptobyte.String
	var r, s big.Int
	if !in.ReadASN1(&inner, asn1.SEQUENCE) || !inner.ReadASN1Integer(&r) || !inner.ReadASN1Integer(&s) {
		return nil, errUnsupported
	}
	return append(bigBytes(&r, size), bigBytes(&s, size)...), nil
}

// rsaCipher(h, data, padding, oaepHash, label, op) with op one of
// "publicEncrypt", "privateDecrypt", "privateEncrypt" → Buffer or a string
// naming the failure.
func (b *binding) rsaCipher(call goja.FunctionCall) goja.Value {
	k := b.keyArg(call.Argument(0))
	data := b.bytes(call.Argument(1), "buffer")
	padding := int(call.Argument(2).ToInteger())
	hashName := "sha1"
	if v := call.Argument(3); !goja.IsUndefined(v) && !goja.IsNull(v) {
		hashName = v.String()
	}
	var label []byte
	if v := call.Argument(4); !goja.IsUndefined(v) && !goja.IsNull(v) {
		label = b.bytes(v, "oaepLabel")
	}
	op := call.Argument(5).String()
	if k.kind == "rsa-pss" {
		return b.vm.ToValue("pss-encrypt")
	}
	pub, ok := k.pub.(*rsa.PublicKey)
	if !ok {
		return b.vm.ToValue("operation")
	}
	a := lookupDigest(hashName)
	if a == nil || a.xof != 0 {
		return b.vm.ToValue("digest")
	}
	var out []byte
	var err error
	switch op {
	case "publicEncrypt":
		switch padding {
		case rsaOAEPPadding:
			out, err = rsa.EncryptOAEP(a.new(), rand.Reader, pub, data, label)
		case rsaPKCS1Padding:
			out, err = rsa.EncryptPKCS1v15(rand.Reader, pub, data)
		case rsaNoPadding:
			var why string
			if out, why = rsaRaw(data, big.NewInt(int64(pub.E)), pub.N); why != "" {
				return b.vm.ToValue(why)
			}
		default:
			return b.vm.ToValue("padding")
		}
	case "privateDecrypt":
		priv, ok := k.priv.(*rsa.PrivateKey)
		if !ok {
			return b.vm.ToValue("operation")
		}
		switch padding {
		case rsaOAEPPadding:
			out, err = rsa.DecryptOAEP(a.new(), nil, priv, data, label)
		case rsaPKCS1Padding:
			out, err = rsa.DecryptPKCS1v15(nil, priv, data)
		case rsaNoPadding:
			var why string
			if out, why = rsaRaw(data, priv.D, priv.N); why != "" {
				return b.vm.ToValue(why)
			}
		default:
			return b.vm.ToValue("padding")
		}
	case "privateEncrypt":
		// PKCS#1 v1.5 type 1 padding over raw data is a signature without
		// a DigestInfo: SignPKCS1v15 with hash 0.
		priv, ok := k.priv.(*rsa.PrivateKey)
		if !ok {
			return b.vm.ToValue("operation")
		}
		if padding != rsaPKCS1Padding {
			return b.vm.ToValue("padding")
		}
		out, err = rsa.SignPKCS1v15(nil, priv, 0, data)
	case "publicDecrypt":
		var why string
		if out, why = rsaPublicDecrypt(pub, data, padding); why != "" {
			return b.vm.ToValue(why)
		}
	default:
		return b.vm.ToValue("operation")
	}
	if err != nil {
		if errors.Is(err, rsa.ErrMessageTooLong) {
			return b.vm.ToValue("too long")
		}
		return b.vm.ToValue("failed")
	}
	return b.l.NewBuffer(out)
}

func ecdhCurve(name string) ecdh.Curve {
	switch name {
	case "prime256v1", "secp256r1", "P-256":
		return ecdh.P256()
	case "secp384r1", "P-384":
		return ecdh.P384()
	case "secp521r1", "P-521":
		return ecdh.P521()
	case "x25519", "X25519":
		return ecdh.X25519()
	}
	return nil
}

// ecdhKey(curve, privateBytes|undefined) → [private, uncompressed public] or
// a string naming the failure (createECDH's generateKeys/setPrivateKey).
func (b *binding) ecdhKey(call goja.FunctionCall) goja.Value {
	if call.Argument(0).String() == "secp256k1" {
		return b.secp256k1ECDHKey(call.Argument(1))
	}
	c := ecdhCurve(call.Argument(0).String())
	if c == nil {
		return b.vm.ToValue("curve")
	}
	var k *ecdh.PrivateKey
	var err error
	if v := call.Argument(1); goja.IsUndefined(v) || goja.IsNull(v) {
		k, err = c.GenerateKey(rand.Reader)
	} else {
		p := b.bytes(v, "key")
		if c != ecdh.X25519() {
			// OpenSSL takes shorter big-endian scalars; crypto/ecdh wants the full width.
			size := (ecdhBits(c) + 7) / 8
			if len(p) < size {
				p = append(make([]byte, size-len(p)), p...)
			}
		}
		k, err = c.NewPrivateKey(p)
	}
	if err != nil {
		return b.vm.ToValue("invalid")
	}
	return b.vm.ToValue([]any{b.l.NewBuffer(k.Bytes()), b.l.NewBuffer(k.PublicKey().Bytes())})
}

func ecdhBits(c ecdh.Curve) int {
	switch c {
	case ecdh.P256():
		return 256
	case ecdh.P384():
		return 384
	case ecdh.P521():
		return 521
	}
	return 256
}

func ellipticOf(c ecdh.Curve) elliptic.Curve {
	switch c {
	case ecdh.P256():
		return elliptic.P256()
	case ecdh.P384():
		return elliptic.P384()
	case ecdh.P521():
		return elliptic.P521()
	}
	return nil
}

// ecdhCompute(curve, private, peerPublic) → shared secret, or "invalid"
// for a peer key not on the curve.
func (b *binding) ecdhCompute(call goja.FunctionCall) goja.Value {
	if call.Argument(0).String() == "secp256k1" {
		priv, ok := secp256k1Priv(b.bytes(call.Argument(1), "key"))
		if !ok {
			return b.vm.ToValue("invalid")
		}
		pub, ok := secp256k1Pub(b.bytes(call.Argument(2), "key"))
		if !ok {
			return b.vm.ToValue("invalid")
		}
		return b.l.NewBuffer(secp256k1ECDH(priv, pub))
	}
	c := ecdhCurve(call.Argument(0).String())
	if c == nil {
		return b.vm.ToValue("curve")
	}
	priv, err := c.NewPrivateKey(b.bytes(call.Argument(1), "key"))
	if err != nil {
		return b.vm.ToValue("invalid")
	}
	peer := b.bytes(call.Argument(2), "key")
	if e := ellipticOf(c); e != nil && len(peer) > 0 && (peer[0] == 2 || peer[0] == 3) {
		x, y := elliptic.UnmarshalCompressed(e, peer)
		if x == nil {
			return b.vm.ToValue("invalid")
		}
		peer = elliptic.Marshal(e, x, y) //nolint:staticcheck // point decompression for OpenSSL's compressed form
	}
	pub, err := c.NewPublicKey(peer)
	if err != nil {
		return b.vm.ToValue("invalid")
	}
	s, err := priv.ECDH(pub)
	if err != nil {
		return b.vm.ToValue("invalid")
	}
	return b.l.NewBuffer(s)
}

// ecdhConvert(curve, point, compressed) → the point re-encoded, or "invalid".
func (b *binding) ecdhConvert(call goja.FunctionCall) goja.Value {
	if call.Argument(0).String() == "secp256k1" {
		pub, ok := secp256k1Pub(b.bytes(call.Argument(1), "key"))
		if !ok {
			return b.vm.ToValue("invalid")
		}
		if call.Argument(2).ToBoolean() {
			return b.l.NewBuffer(elliptic.MarshalCompressed(secp256k1Curve, pub.X, pub.Y))
		}
		return b.l.NewBuffer(secp256k1Point(pub))
	}
	c := ecdhCurve(call.Argument(0).String())
	e := ellipticOf(c)
	if e == nil {
		return b.vm.ToValue("curve")
	}
	p := b.bytes(call.Argument(1), "key")
	var x, y *big.Int
	if len(p) > 0 && (p[0] == 2 || p[0] == 3) {
		x, y = elliptic.UnmarshalCompressed(e, p)
	} else {
		x, y = elliptic.Unmarshal(e, p) //nolint:staticcheck
	}
	if x == nil {
		return b.vm.ToValue("invalid")
	}
	if call.Argument(2).ToBoolean() {
		return b.l.NewBuffer(elliptic.MarshalCompressed(e, x, y))
	}
	return b.l.NewBuffer(elliptic.Marshal(e, x, y)) //nolint:staticcheck
}

// diffieHellman(privateKey, publicKey) for EC and X25519 KeyObjects.
func (b *binding) diffieHellman(call goja.FunctionCall) goja.Value {
	x := b.keyArg(call.Argument(0))
	y := b.keyArg(call.Argument(1))
	if x.kind == "dh" {
		out, why := dhDerive(x, y)
		if why != "" {
			return b.vm.ToValue(why)
		}
		return b.l.NewBuffer(out)
	}
	if xp, ok := x.priv.(*x448Priv); ok {
		yp, ok := y.pub.(*x448Pub)
		if !ok {
			return b.vm.ToValue("incompatible")
		}
		s, ok := x448Shared(xp, yp)
		if !ok {
			return b.vm.ToValue("failed")
		}
		return b.l.NewBuffer(s)
	}
	if isSecp256k1(x.priv) || isSecp256k1(y.pub) {
		if !isSecp256k1(x.priv) || !isSecp256k1(y.pub) {
			return b.vm.ToValue("incompatible")
		}
		return b.l.NewBuffer(secp256k1ECDH(x.priv.(*ecdsa.PrivateKey), y.pub.(*ecdsa.PublicKey)))
	}
	var priv *ecdh.PrivateKey
	var pub *ecdh.PublicKey
	var err error
	switch p := x.priv.(type) {
	case *ecdh.PrivateKey:
		priv = p
	case *ecdsa.PrivateKey:
		priv, err = p.ECDH()
	default:
		return b.vm.ToValue("operation")
	}
	if err != nil {
		return b.vm.ToValue("operation")
	}
	switch p := y.pub.(type) {
	case *ecdh.PublicKey:
		pub = p
	case *ecdsa.PublicKey:
		pub, err = p.ECDH()
	default:
		return b.vm.ToValue("operation")
	}
	if err != nil || priv.Curve() != pub.Curve() {
		return b.vm.ToValue("incompatible")
	}
	s, err := priv.ECDH(pub)
	if err != nil {
		return b.vm.ToValue("failed")
	}
	return b.l.NewBuffer(s)
}

// rsaPublicDecrypt undoes privateEncrypt: the raw RSA public operation
// (Go's rsa package has no API for it), then PKCS#1 v1.5 type 1 padding
// (00 01 FF..FF 00, at least eight FF) removed, or kept with no padding.
func rsaPublicDecrypt(pub *rsa.PublicKey, data []byte, padding int) ([]byte, string) {
	if padding != rsaPKCS1Padding && padding != rsaNoPadding {
		return nil, "padding"
	}
	k := pub.Size()
	c := new(big.Int).SetBytes(data)
	if len(data) != k || c.Cmp(pub.N) >= 0 {
		return nil, "invalid padding"
	}
	em := bigBytes(new(big.Int).Exp(c, big.NewInt(int64(pub.E)), pub.N), k)
	if padding == rsaNoPadding {
		return em, ""
	}
	return pkcs1Type1Unpad(em)
}

// rsaRaw is RSA_NO_PADDING: data (exactly the modulus' length, less than
// it) to the power e or d. Go's rsa package has no raw operation; math/big
// does it (not in constant time: node's callers of raw RSA build their own
// padding and take that on).
func rsaRaw(data []byte, e, n *big.Int) ([]byte, string) {
	k := (n.BitLen() + 7) / 8
	if len(data) > k {
		return nil, "too long"
	}
	c := new(big.Int).SetBytes(data)
	if len(data) < k {
		return nil, "too small"
	}
	if c.Cmp(n) >= 0 {
		return nil, "too large for modulus"
	}
	return bigBytes(new(big.Int).Exp(c, e, n), k), ""
}

func pkcs1Type1Unpad(em []byte) ([]byte, string) {
	if em[0] != 0 || em[1] != 1 {
		return nil, "invalid padding"
	}
	i := 2
	for i < len(em) && em[i] == 0xff {
		i++
	}
	if i-2 < 8 || i == len(em) || em[i] != 0 {
		return nil, "invalid padding"
	}
	return em[i+1:], ""
}
