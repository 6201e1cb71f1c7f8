package crypto

// Ed448 and X448 KeyObjects (node's 'ed448' and 'x448' asymmetricKeyType),
// on github.com/cloudflare/circl (sign/ed448, dh/x448), since Go's standard
// library stops at the 25519 curves. The path: keyParse/keyImportJwk/
// keyGenerate (asym.go) hand DER, JWK fields or a kind here and get an
// *asymKey whose priv/pub hold ed448.PrivateKey/PublicKey or
// *x448Priv/*x448Pub; marshal (keys.go) writes them back as RFC 8410's
// PKCS#8 and SPKI, which x509 does not know for these curves; sign/verify
// call circl's Ed448 with node's context string (empty unless given);
// diffieHellman calls x448.Shared and refuses an all-zero result, as
// OpenSSL does.

import (
	"crypto"
	"crypto/rand"
	"crypto/subtle"
	"crypto/x509/pkix"
	"encoding/asn1"

	"github.com/cloudflare/circl/dh/x448"
	"github.com/cloudflare/circl/sign/ed448"
)

var (
	oidX448  = asn1.ObjectIdentifier{1, 3, 101, 111}
	oidEd448 = asn1.ObjectIdentifier{1, 3, 101, 113}
)

// x448Pub and x448Priv are an X448 public key and a private key with its
// public half (x448.KeyGen computes it once).
type x448Pub struct{ k x448.Key }

type x448Priv struct {
	d   x448.Key
	pub x448Pub
}

func (p *x448Pub) Equal(x crypto.PublicKey) bool {
	o, ok := x.(*x448Pub)
	return ok && subtle.ConstantTimeCompare(p.k[:], o.k[:]) == 1
}

func (p *x448Priv) Equal(x crypto.PrivateKey) bool {
	o, ok := x.(*x448Priv)
	return ok && subtle.ConstantTimeCompare(p.d[:], o.d[:]) == 1
}

func newX448Priv(d []byte) (*x448Priv, bool) {
	if len(d) != x448.Size {
		return nil, false
	}
	k := &x448Priv{}
	copy(k.d[:], d)
	x448.KeyGen(&k.pub.k, &k.d)
	return k, true
}

func newX448Pub(b []byte) (*x448Pub, bool) {
	if len(b) != x448.Size {
		return nil, false
	}
	p := &x448Pub{}
	copy(p.k[:], b)
	return p, true
}

// x448Shared is X448(d, peer); an all-zero secret (a small-order peer
// point) fails as OpenSSL's derive fails.
func x448Shared(priv *x448Priv, pub *x448Pub) ([]byte, bool) {
	var s x448.Key
	if !x448.Shared(&s, &priv.d, &pub.k) {
		return nil, false
	}
	return s[:], true
}

func generate448(kind string) (*asymKey, error) {
	if kind == "ed448" {
		_, k, err := ed448.GenerateKey(rand.Reader)
		if err != nil {
			return nil, err
		}
		return newAsymKey(k)
	}
	var d [x448.Size]byte
	if _, err := rand.Read(d[:]); err != nil {
		return nil, err
	}
	k, _ := newX448Priv(d[:])
	return newAsymKey(k)
}

// RFC 8410: PKCS#8's privateKey is an OCTET STRING holding the OCTET STRING
// of the raw key; SPKI's BIT STRING is the raw public key; no parameters.

func marshal448PKCS8(priv any) ([]byte, bool) {
	var oid asn1.ObjectIdentifier
	var raw []byte
	switch p := priv.(type) {
	case ed448.PrivateKey:
		oid, raw = oidEd448, p.Seed()
	case *x448Priv:
		oid, raw = oidX448, p.d[:]
	default:
		return nil, false
	}
	inner, err := asn1.Marshal(raw)
	if err != nil {
		return nil, false
	}
	der, err := asn1.Marshal(pkcs8ASN1{Algo: pkix.AlgorithmIdentifier{Algorithm: oid}, PrivateKey: inner})
	return der, err == nil
}

func marshal448SPKI(pub any) ([]byte, bool) {
	var oid asn1.ObjectIdentifier
	var raw []byte
	switch p := pub.(type) {
	case ed448.PublicKey:
		oid, raw = oidEd448, p
	case *x448Pub:
		oid, raw = oidX448, p.k[:]
	default:
		return nil, false
	}
	der, err := asn1.Marshal(spkiASN1{Algo: pkix.AlgorithmIdentifier{Algorithm: oid},
		PublicKey: asn1.BitString{Bytes: raw, BitLength: 8 * len(raw)}})
	return der, err == nil
}

// pkcs8448ASN1 takes the optional trailing fields of a OneAsymmetricKey
// (RFC 5958: attributes, publicKey), which OpenSSL may write.
type pkcs8448ASN1 struct {
	Version    int
	Algo       pkix.AlgorithmIdentifier
	PrivateKey []byte
	Rest       []asn1.RawValue `asn1:"optional"`
}

func parse448PKCS8(der []byte) (*asymKey, error) {
	var v pkcs8448ASN1
	if rest, err := asn1.Unmarshal(der, &v); err != nil || len(rest) > 0 || len(v.Algo.Parameters.FullBytes) != 0 {
		return nil, errUnsupported
	}
	var raw []byte
	if rest, err := asn1.Unmarshal(v.PrivateKey, &raw); err != nil || len(rest) > 0 {
		return nil, errUnsupported
	}
	switch {
	case v.Algo.Algorithm.Equal(oidEd448):
		if len(raw) != ed448.SeedSize {
			return nil, errUnsupported
		}
		return newAsymKey(ed448.NewKeyFromSeed(raw))
	case v.Algo.Algorithm.Equal(oidX448):
		k, ok := newX448Priv(raw)
		if !ok {
			return nil, errUnsupported
		}
		return newAsymKey(k)
	}
	return nil, errUnsupported
}

func parse448SPKI(der []byte) (*asymKey, error) {
	var v spkiASN1
	if rest, err := asn1.Unmarshal(der, &v); err != nil || len(rest) > 0 || len(v.Algo.Parameters.FullBytes) != 0 ||
		v.PublicKey.BitLength != 8*len(v.PublicKey.Bytes) {
		return nil, errUnsupported
	}
	raw := v.PublicKey.Bytes
	switch {
	case v.Algo.Algorithm.Equal(oidEd448):
		if len(raw) != ed448.PublicKeySize {
			return nil, errUnsupported
		}
		return newAsymKey(ed448.PublicKey(append([]byte(nil), raw...)))
	case v.Algo.Algorithm.Equal(oidX448):
		p, ok := newX448Pub(raw)
		if !ok {
			return nil, errUnsupported
		}
		return newAsymKey(p)
	}
	return nil, errUnsupported
}
