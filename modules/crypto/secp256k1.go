package crypto

// EC keys on secp256k1 (node's namedCurve 'secp256k1', JWK crv
// 'secp256k1'), which crypto/elliptic and crypto/ecdh do not have. The
// curve is github.com/decred/dcrd/dcrec/secp256k1's, whose S256() is an
// elliptic.Curve: a key is an *ecdsa.PrivateKey/PublicKey on it, so sign,
// verify, JWK and keyInfo take the same paths as the NIST curves (Go's
// ecdsa signs and verifies on a curve it does not know through the
// elliptic.Curve methods, i.e. decred's arithmetic). What x509 and
// crypto/ecdh refuse for an unknown curve is here: SPKI, PKCS#8 and SEC1
// with the curve's OID (1.3.132.0.10), and ECDH (createECDH, diffieHellman)
// as decred's GenerateSharedSecret, the x coordinate of d·Q. Also here:
// EC SPKI with a compressed point on the NIST curves (x509 reads only
// uncompressed ones).

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509/pkix"
	"encoding/asn1"
	"math/big"

	"github.com/decred/dcrd/dcrec/secp256k1/v4"
	"github.com/dop251/goja"
)

var (
	oidECPublicKey = asn1.ObjectIdentifier{1, 2, 840, 10045, 2, 1}
	oidSecp256k1   = asn1.ObjectIdentifier{1, 3, 132, 0, 10}
	secp256k1Curve = secp256k1.S256()
)

func isSecp256k1(k any) bool {
	switch p := k.(type) {
	case *ecdsa.PrivateKey:
		return p.Curve == secp256k1Curve
	case *ecdsa.PublicKey:
		return p.Curve == secp256k1Curve
	}
	return false
}

// secp256k1Priv makes a key from a big-endian scalar, which must lie in
// [1, n-1] (decred's PrivKeyFromBytes would reduce it silently).
func secp256k1Priv(d []byte) (*ecdsa.PrivateKey, bool) {
	x := new(big.Int).SetBytes(d)
	if x.Sign() <= 0 || x.Cmp(secp256k1Curve.Params().N) >= 0 || len(d) > 32 {
		return nil, false
	}
	return secp256k1.PrivKeyFromBytes(d).ToECDSA(), true
}

// secp256k1Pub parses a point in SEC1 form (compressed, uncompressed or
// hybrid) and checks it is on the curve.
func secp256k1Pub(b []byte) (*ecdsa.PublicKey, bool) {
	p, err := secp256k1.ParsePubKey(b)
	if err != nil {
		return nil, false
	}
	return p.ToECDSA(), true
}

func secp256k1Point(p *ecdsa.PublicKey) []byte {
	var x, y secp256k1.FieldVal
	x.SetByteSlice(bigBytes(p.X, 32))
	y.SetByteSlice(bigBytes(p.Y, 32))
	return secp256k1.NewPublicKey(&x, &y).SerializeUncompressed()
}

// ecPrivateKeyASN1 is SEC1's ECPrivateKey (RFC 5915).
type ecPrivateKeyASN1 struct {
	Version       int
	PrivateKey    []byte
	NamedCurveOID asn1.ObjectIdentifier `asn1:"optional,explicit,tag:0"`
	PublicKey     asn1.BitString        `asn1:"optional,explicit,tag:1"`
}

func secp256k1SEC1(p *ecdsa.PrivateKey, withOID bool) ([]byte, error) {
	point := secp256k1Point(&p.PublicKey)
	v := ecPrivateKeyASN1{Version: 1, PrivateKey: bigBytes(p.D, 32),
		PublicKey: asn1.BitString{Bytes: point, BitLength: 8 * len(point)}}
	if withOID {
		v.NamedCurveOID = oidSecp256k1
	}
	return asn1.Marshal(v)
}

func secp256k1Algo() pkix.AlgorithmIdentifier {
	params, _ := asn1.Marshal(oidSecp256k1)
	return pkix.AlgorithmIdentifier{Algorithm: oidECPublicKey, Parameters: asn1.RawValue{FullBytes: params}}
}

func marshalSecp256k1SEC1(priv any) ([]byte, bool) {
	if !isSecp256k1(priv) {
		return nil, false
	}
	der, err := secp256k1SEC1(priv.(*ecdsa.PrivateKey), true)
	return der, err == nil
}

func marshalSecp256k1PKCS8(priv any) ([]byte, bool) {
	if !isSecp256k1(priv) {
		return nil, false
	}
	inner, err := secp256k1SEC1(priv.(*ecdsa.PrivateKey), false)
	if err != nil {
		return nil, false
	}
	der, err := asn1.Marshal(pkcs8ASN1{Algo: secp256k1Algo(), PrivateKey: inner})
	return der, err == nil
}

func marshalSecp256k1SPKI(pub any) ([]byte, bool) {
	if !isSecp256k1(pub) {
		return nil, false
	}
	point := secp256k1Point(pub.(*ecdsa.PublicKey))
	der, err := asn1.Marshal(spkiASN1{Algo: secp256k1Algo(), PublicKey: asn1.BitString{Bytes: point, BitLength: 8 * len(point)}})
	return der, err == nil
}

// isSecp256k1Algo: id-ecPublicKey with the secp256k1 OID as parameters.
func isSecp256k1Algo(a pkix.AlgorithmIdentifier) bool {
	var oid asn1.ObjectIdentifier
	if !a.Algorithm.Equal(oidECPublicKey) {
		return false
	}
	rest, err := asn1.Unmarshal(a.Parameters.FullBytes, &oid)
	return err == nil && len(rest) == 0 && oid.Equal(oidSecp256k1)
}

// parseSecp256k1SEC1 reads an ECPrivateKey; the curve must be named
// secp256k1 in it unless the caller (PKCS#8) named it already.
func parseSecp256k1SEC1(der []byte, curveKnown bool) (*asymKey, error) {
	var v ecPrivateKeyASN1
	if rest, err := asn1.Unmarshal(der, &v); err != nil || len(rest) > 0 || v.Version != 1 {
		return nil, errUnsupported
	}
	if !curveKnown && !v.NamedCurveOID.Equal(oidSecp256k1) {
		return nil, errUnsupported
	}
	k, ok := secp256k1Priv(v.PrivateKey)
	if !ok {
		return nil, errUnsupported
	}
	return newAsymKey(k)
}

func parseSecp256k1PKCS8(der []byte) (*asymKey, error) {
	var v pkcs8448ASN1
	if rest, err := asn1.Unmarshal(der, &v); err != nil || len(rest) > 0 || !isSecp256k1Algo(v.Algo) {
		return nil, errUnsupported
	}
	return parseSecp256k1SEC1(v.PrivateKey, true)
}

func parseSecp256k1SPKI(der []byte) (*asymKey, error) {
	var v spkiASN1
	if rest, err := asn1.Unmarshal(der, &v); err != nil || len(rest) > 0 || !isSecp256k1Algo(v.Algo) {
		return nil, errUnsupported
	}
	p, ok := secp256k1Pub(v.PublicKey.Bytes)
	if !ok {
		return nil, errUnsupported
	}
	return newAsymKey(p)
}

// secp256k1ECDH is ECDH on the curve: the x coordinate of d·Q.
func secp256k1ECDH(priv *ecdsa.PrivateKey, pub *ecdsa.PublicKey) []byte {
	var d secp256k1.ModNScalar
	d.SetByteSlice(bigBytes(priv.D, 32))
	q, err := secp256k1.ParsePubKey(secp256k1Point(pub))
	if err != nil {
		return nil
	}
	return secp256k1.GenerateSharedSecret(secp256k1.NewPrivateKey(&d), q)
}

// secp256k1ECDHKey is ecdhKey for createECDH('secp256k1'): a new key, or
// one from its private scalar (OpenSSL takes it shorter than 32 bytes).
func (b *binding) secp256k1ECDHKey(v goja.Value) goja.Value {
	var k *ecdsa.PrivateKey
	if goja.IsUndefined(v) || goja.IsNull(v) {
		var err error
		if k, err = ecdsa.GenerateKey(secp256k1Curve, rand.Reader); err != nil {
			return b.vm.ToValue("invalid")
		}
	} else {
		var ok bool
		if k, ok = secp256k1Priv(b.bytes(v, "key")); !ok {
			return b.vm.ToValue("invalid")
		}
	}
	return b.vm.ToValue([]any{b.l.NewBuffer(bigBytes(k.D, 32)), b.l.NewBuffer(secp256k1Point(&k.PublicKey))})
}

var ecCurveOIDs = map[string]elliptic.Curve{
	"1.2.840.10045.3.1.7": elliptic.P256(),
	"1.3.132.0.34":        elliptic.P384(),
	"1.3.132.0.35":        elliptic.P521(),
	"1.3.132.0.33":        elliptic.P224(),
}

// parseCompressedECSPKI reads an EC SPKI on a NIST curve whose point is in
// SEC1's compressed form, which OpenSSL accepts and x509 does not.
func parseCompressedECSPKI(der []byte) (*asymKey, error) {
	var v spkiASN1
	var oid asn1.ObjectIdentifier
	if rest, err := asn1.Unmarshal(der, &v); err != nil || len(rest) > 0 || !v.Algo.Algorithm.Equal(oidECPublicKey) {
		return nil, errUnsupported
	}
	if rest, err := asn1.Unmarshal(v.Algo.Parameters.FullBytes, &oid); err != nil || len(rest) > 0 {
		return nil, errUnsupported
	}
	c := ecCurveOIDs[oid.String()]
	pt := v.PublicKey.Bytes
	if c == nil || len(pt) == 0 || (pt[0] != 2 && pt[0] != 3) {
		return nil, errUnsupported
	}
	x, y := elliptic.UnmarshalCompressed(c, pt)
	if x == nil {
		return nil, errUnsupported
	}
	k, err := ecdsa.ParseUncompressedPublicKey(c, elliptic.Marshal(c, x, y)) //nolint:staticcheck // the point is checked by ParseUncompressedPublicKey
	if err != nil {
		return nil, errUnsupported
	}
	return newAsymKey(k)
}
