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
	"encoding/asn1"
	"encoding/pem"
	"errors"
	"math/big"
	"strings"
	"sync"

	"github.com/cloudflare/circl/sign/ed448"
	"github.com/dop251/goja"

	"github.com/gojanet/gojanet/internal/libcrypto"
)

// asymKey is the Go side of a public or private KeyObject: RSA, EC (P-256,
// P-384, P-521), Ed25519 or X25519, parsed and encoded by crypto/x509.
type asymKey struct {
	kind string     // node's asymmetricKeyType: rsa, ec, ed25519, x25519
	priv any        // *rsa.PrivateKey, *ecdsa.PrivateKey, ed25519.PrivateKey, *ecdh.PrivateKey; nil for a public key
	pub  any        // *rsa.PublicKey, *ecdsa.PublicKey, ed25519.PublicKey, *ecdh.PublicKey
	pss  *pssParams // an 'rsa-pss' key's restrictions, if any (rsapss.go)

	signerOnce sync.Once
	signer     crypto.Signer // an RSA key's signer: libcrypto's where it is loaded
}

// rsaSigner is the signer of k's RSA private key p: on OpenSSL's libcrypto
// where it is loaded (internal/libcrypto: ≈ 2-4× faster than Go's), made
// once per KeyObject, since libcrypto's copy of the key is made on its
// first signature.
func (k *asymKey) rsaSigner(p *rsa.PrivateKey) crypto.Signer {
	k.signerOnce.Do(func() { k.signer = libcrypto.Signer(p).(crypto.Signer) })
	return k.signer
}

// errUnsupported is OpenSSL's answer to bytes it cannot decode as a key.
var errUnsupported = errors.New("unsupported")

func newAsymKey(k any) (*asymKey, error) {
	switch x := k.(type) {
	case *rsa.PrivateKey:
		return &asymKey{kind: "rsa", priv: x, pub: &x.PublicKey}, nil
	case *rsa.PublicKey:
		return &asymKey{kind: "rsa", pub: x}, nil
	case *ecdsa.PrivateKey:
		return &asymKey{kind: "ec", priv: x, pub: &x.PublicKey}, nil
	case *ecdsa.PublicKey:
		return &asymKey{kind: "ec", pub: x}, nil
	case ed25519.PrivateKey:
		return &asymKey{kind: "ed25519", priv: x, pub: x.Public()}, nil
	case ed25519.PublicKey:
		return &asymKey{kind: "ed25519", pub: x}, nil
	case *ecdh.PrivateKey:
		if x.Curve() != ecdh.X25519() {
			return nil, errUnsupported
		}
		return &asymKey{kind: "x25519", priv: x, pub: x.PublicKey()}, nil
	case *ecdh.PublicKey:
		if x.Curve() != ecdh.X25519() {
			return nil, errUnsupported
		}
		return &asymKey{kind: "x25519", pub: x}, nil
	case *dsa.PublicKey:
		return &asymKey{kind: "dsa", pub: x}, nil
	case ed448.PrivateKey:
		return &asymKey{kind: "ed448", priv: x, pub: x.Public()}, nil
	case ed448.PublicKey:
		return &asymKey{kind: "ed448", pub: x}, nil
	case *x448Priv:
		return &asymKey{kind: "x448", priv: x, pub: &x.pub}, nil
	case *x448Pub:
		return &asymKey{kind: "x448", pub: x}, nil
	}
	return nil, errUnsupported
}

// parseDER reads one key of the given encoding type ("" tries them all).
func parseDER(der []byte, typ string, wantPrivate bool) (*asymKey, error) {
	try := func(f func() (any, error)) (*asymKey, error) {
		k, err := f()
		if err != nil {
			return nil, err
		}
		return newAsymKey(k)
	}
	if wantPrivate {
		switch typ {
		case "pkcs1":
			return try(func() (any, error) { return x509.ParsePKCS1PrivateKey(der) })
		case "pkcs8":
			k, err := try(func() (any, error) { return x509.ParsePKCS8PrivateKey(der) })
			if err != nil {
				if d, derr := parseDHPKCS8(der); derr == nil {
					return d, nil
				}
				if d, derr := parsePSSPKCS8(der); derr == nil {
					return d, nil
				}
				if d, derr := parseDSAPKCS8(der); derr == nil {
					return d, nil
				}
				if d, derr := parse448PKCS8(der); derr == nil {
					return d, nil
				}
				if d, derr := parseSecp256k1PKCS8(der); derr == nil {
					return d, nil
				}
			}
			return k, err
		case "sec1":
			k, err := try(func() (any, error) { return x509.ParseECPrivateKey(der) })
			if err != nil {
				if d, derr := parseSecp256k1SEC1(der, false); derr == nil {
					return d, nil
				}
			}
			return k, err
		}
		for _, t := range []string{"pkcs8", "pkcs1", "sec1"} {
			if k, err := parseDER(der, t, true); err == nil {
				return k, nil
			}
		}
		return nil, errUnsupported
	}
	switch typ {
	case "pkcs1":
		// PKCS#1 names both key kinds; a private one serves as its public half.
		if k, err := try(func() (any, error) { return x509.ParsePKCS1PublicKey(der) }); err == nil {
			return k, nil
		}
		k, err := try(func() (any, error) { return x509.ParsePKCS1PrivateKey(der) })
		if err != nil {
			return nil, err
		}
		return k.public(), nil
	case "spki":
		k, err := try(func() (any, error) { return x509.ParsePKIXPublicKey(der) })
		if err != nil {
			if d, derr := parseDHSPKI(der); derr == nil {
				return d, nil
			}
			if d, derr := parsePSSSPKI(der); derr == nil {
				return d, nil
			}
			if d, derr := parse448SPKI(der); derr == nil {
				return d, nil
			}
			if d, derr := parseSecp256k1SPKI(der); derr == nil {
				return d, nil
			}
			if d, derr := parseCompressedECSPKI(der); derr == nil {
				return d, nil
			}
		}
		return k, err
	}
	for _, t := range []string{"spki", "pkcs1"} {
		if k, err := parseDER(der, t, false); err == nil {
			return k, nil
		}
	}
	// A public key may be given as a private key or a certificate.
	if k, err := parseDER(der, "", true); err == nil {
		return k.public(), nil
	}
	if c, err := x509.ParseCertificate(der); err == nil {
		return newAsymKey(c.PublicKey)
	}
	return nil, errUnsupported
}

// parsePEM reads the first key in PEM text. Legacy encrypted PEM
// (Proc-Type: 4,ENCRYPTED) is decrypted with the passphrase.
func parsePEM(text []byte, wantPrivate bool, passphrase []byte, hasPass bool) (*asymKey, error) {
	rest := text
	for {
		var blk *pem.Block
		blk, rest = pem.Decode(rest)
		if blk == nil {
			return nil, errUnsupported
		}
		der := blk.Bytes
		//nolint:staticcheck // legacy encrypted PEM is what node reads and writes for pkcs1/sec1
		if x509.IsEncryptedPEMBlock(blk) {
			if !hasPass {
				return nil, errNoPassphrase
			}
			d, err := x509.DecryptPEMBlock(blk, passphrase) //nolint:staticcheck
			if err != nil {
				return nil, errPEMDecrypt
			}
			der = d
		}
		switch blk.Type {
		case "RSA PRIVATE KEY":
			if k, err := parseDER(der, "pkcs1", true); err == nil {
				return pick(k, wantPrivate), nil
			}
		case "PRIVATE KEY":
			if k, err := parseDER(der, "pkcs8", true); err == nil {
				return pick(k, wantPrivate), nil
			}
		case "EC PRIVATE KEY":
			if k, err := parseDER(der, "sec1", true); err == nil {
				return pick(k, wantPrivate), nil
			}
		case "DSA PRIVATE KEY":
			if k, err := parseDSATraditional(der); err == nil {
				return pick(k, wantPrivate), nil
			}
		case "PUBLIC KEY":
			if !wantPrivate {
				return parseDER(der, "spki", false)
			}
		case "RSA PUBLIC KEY":
			if !wantPrivate {
				return parseDER(der, "pkcs1", false)
			}
		case "CERTIFICATE":
			if !wantPrivate {
				c, err := x509.ParseCertificate(der)
				if err != nil {
					return nil, errUnsupported
				}
				return newAsymKey(c.PublicKey)
			}
		case "ENCRYPTED PRIVATE KEY":
			if !hasPass {
				return nil, errNoPassphrase
			}
			plain, err := decryptPKCS8(der, passphrase)
			if err != nil {
				return nil, err
			}
			k, err := parseDER(plain, "pkcs8", true)
			if err != nil {
				return nil, err
			}
			return pick(k, wantPrivate), nil
		}
	}
}

var (
	errNoPassphrase   = errors.New("passphrase required")
	errPEMDecrypt     = errors.New("bad decrypt")
	errEncryptedPKCS8 = errors.New("encrypted pkcs8")
)

func pick(k *asymKey, wantPrivate bool) *asymKey {
	if wantPrivate {
		return k
	}
	return k.public()
}

func (k *asymKey) public() *asymKey {
	return &asymKey{kind: k.kind, pub: k.pub, pss: k.pss}
}

// marshal encodes k as DER of the given type.
func (k *asymKey) marshal(typ string, private bool) ([]byte, string, error) {
	if private {
		if k.priv == nil {
			return nil, "", errUnsupported
		}
		switch typ {
		case "pkcs8":
			if k.kind == "rsa-pss" {
				der, err := marshalPSSPKCS8(k)
				return der, "PRIVATE KEY", err
			}
			if d, ok := k.priv.(*dsa.PrivateKey); ok {
				der, err := marshalDSAPKCS8(d)
				return der, "PRIVATE KEY", err
			}
			if d, ok := k.priv.(*dhKey); ok {
				der, err := marshalDHPKCS8(d)
				return der, "PRIVATE KEY", err
			}
			if der, ok := marshal448PKCS8(k.priv); ok {
				return der, "PRIVATE KEY", nil
			}
			if der, ok := marshalSecp256k1PKCS8(k.priv); ok {
				return der, "PRIVATE KEY", nil
			}
			der, err := x509.MarshalPKCS8PrivateKey(k.priv)
			return der, "PRIVATE KEY", err
		case "pkcs1":
			if r, ok := k.priv.(*rsa.PrivateKey); ok {
				return x509.MarshalPKCS1PrivateKey(r), "RSA PRIVATE KEY", nil
			}
		case "sec1":
			if der, ok := marshalSecp256k1SEC1(k.priv); ok {
				return der, "EC PRIVATE KEY", nil
			}
			if e, ok := k.priv.(*ecdsa.PrivateKey); ok {
				der, err := x509.MarshalECPrivateKey(e)
				return der, "EC PRIVATE KEY", err
			}
		}
		return nil, "", errUnsupported
	}
	switch typ {
	case "spki":
		if k.kind == "rsa-pss" {
			der, err := marshalPSSSPKI(k)
			return der, "PUBLIC KEY", err
		}
		if d, ok := k.pub.(*dsa.PublicKey); ok {
			der, err := marshalDSASPKI(d)
			return der, "PUBLIC KEY", err
		}
		if d, ok := k.pub.(*dhKey); ok {
			der, err := marshalDHSPKI(d)
			return der, "PUBLIC KEY", err
		}
		if der, ok := marshal448SPKI(k.pub); ok {
			return der, "PUBLIC KEY", nil
		}
		if der, ok := marshalSecp256k1SPKI(k.pub); ok {
			return der, "PUBLIC KEY", nil
		}
		der, err := x509.MarshalPKIXPublicKey(k.pub)
		return der, "PUBLIC KEY", err
	case "pkcs1":
		if r, ok := k.pub.(*rsa.PublicKey); ok {
			return x509.MarshalPKCS1PublicKey(r), "RSA PUBLIC KEY", nil
		}
	}
	return nil, "", errUnsupported
}

// curveName is OpenSSL's name for an EC key's curve, as node reports it.
func curveName(c elliptic.Curve) string {
	switch c {
	case elliptic.P256():
		return "prime256v1"
	case elliptic.P384():
		return "secp384r1"
	case elliptic.P521():
		return "secp521r1"
	case elliptic.P224():
		return "secp224r1"
	case secp256k1Curve:
		return "secp256k1"
	}
	return ""
}

func curveByName(name string) elliptic.Curve {
	switch strings.ToLower(name) {
	case "prime256v1", "p-256", "secp256r1":
		return elliptic.P256()
	case "secp384r1", "p-384":
		return elliptic.P384()
	case "secp521r1", "p-521":
		return elliptic.P521()
	case "secp224r1", "p-224":
		return elliptic.P224()
	case "secp256k1":
		return secp256k1Curve
	}
	return nil
}

func jwkCurve(c elliptic.Curve) string {
	switch c {
	case elliptic.P256():
		return "P-256"
	case elliptic.P384():
		return "P-384"
	case elliptic.P521():
		return "P-521"
	case secp256k1Curve:
		return "secp256k1"
	}
	return ""
}

// generate makes a key pair: rsa (modulusLength, e = 65537), ec (curve),
// ed25519, x25519.
func generate(kind string, bits int, curve string) (*asymKey, error) {
	switch kind {
	case "rsa":
		k, err := rsa.GenerateKey(rand.Reader, bits)
		if err != nil {
			return nil, err
		}
		return newAsymKey(k)
	case "ec":
		c := curveByName(curve)
		if c == nil {
			return nil, errUnsupported
		}
		k, err := ecdsa.GenerateKey(c, rand.Reader)
		if err != nil {
			return nil, err
		}
		return newAsymKey(k)
	case "ed25519":
		_, k, err := ed25519.GenerateKey(rand.Reader)
		if err != nil {
			return nil, err
		}
		return newAsymKey(k)
	case "x25519":
		k, err := ecdh.X25519().GenerateKey(rand.Reader)
		if err != nil {
			return nil, err
		}
		return newAsymKey(k)
	case "ed448", "x448":
		return generate448(kind)
	}
	return nil, errUnsupported
}

// cryptoHash maps a digest to crypto.Hash for PKCS#1 v1.5 and PSS.
func cryptoHash(a *digestAlg) crypto.Hash {
	switch a.name {
	case "md5":
		return crypto.MD5
	case "sha1":
		return crypto.SHA1
	case "sha224":
		return crypto.SHA224
	case "sha256":
		return crypto.SHA256
	case "sha384":
		return crypto.SHA384
	case "sha512":
		return crypto.SHA512
	case "sha512-224":
		return crypto.SHA512_224
	case "sha512-256":
		return crypto.SHA512_256
	case "sha3-224":
		return crypto.SHA3_224
	case "sha3-256":
		return crypto.SHA3_256
	case "sha3-384":
		return crypto.SHA3_384
	case "sha3-512":
		return crypto.SHA3_512
	case "ripemd160":
		return crypto.RIPEMD160
	case "md5-sha1":
		return crypto.MD5SHA1
	}
	return 0
}

// b64 is JWK's base64url of a big-endian integer, padded to size bytes.
func bigBytes(n *big.Int, size int) []byte {
	b := n.Bytes()
	if len(b) >= size {
		return b
	}
	out := make([]byte, size)
	copy(out[size-len(b):], b)
	return out
}

func (b *binding) keyArg(v goja.Value) *asymKey {
	if k, ok := v.Export().(*asymKey); ok {
		return k
	}
	panic(b.vm.NewTypeError("crypto: not a key"))
}

// ParsePrivateKeyPEM reads the first private key in PEM text (PKCS#1,
// PKCS#8, SEC1, legacy-encrypted or encrypted PKCS#8 with passphrase), for
// modules/tls. The error's text is OpenSSL's reason: "bad decrypt",
// "unsupported", or a missing passphrase.
func ParsePrivateKeyPEM(text, passphrase []byte, hasPass bool) (any, error) {
	k, err := parsePEM(text, true, passphrase, hasPass)
	if err != nil {
		return nil, err
	}
	return k.priv, nil
}

// IsPassphraseError reports whether err from ParsePrivateKeyPEM means the
// key needs a passphrase or the passphrase was wrong.
func IsPassphraseError(err error) bool {
	return errors.Is(err, errNoPassphrase) || errors.Is(err, errPEMDecrypt)
}

// DecryptPBES2 decrypts data encrypted under a PBES2 AlgorithmIdentifier
// (its DER; PBKDF2 and a CBC cipher) with a passphrase, for modules/tls's
// PKCS#12 reader (OpenSSL 3 encrypts .pfx contents and keys this way). A
// wrong passphrase is reported as IsPassphraseError when the padding shows it.
func DecryptPBES2(algorithmDER, data, passphrase []byte) ([]byte, error) {
	var alg algorithmID
	if rest, err := asn1.Unmarshal(algorithmDER, &alg); err != nil || len(rest) != 0 {
		return nil, errUnsupported
	}
	der, err := asn1.Marshal(encryptedPKI{Algorithm: alg, Data: data})
	if err != nil {
		return nil, errUnsupported
	}
	return decryptPKCS8(der, passphrase)
}
