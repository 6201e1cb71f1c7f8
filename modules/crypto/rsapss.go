package crypto

// 'rsa-pss' keys (RSASSA-PSS, id-RSASSA-PSS 1.2.840.113549.1.1.10): RSA keys
// that may only sign with PSS, optionally bound to a digest, an MGF1 digest
// and a minimum salt length (RFC 4055's RSASSA-PSS-params). crypto/x509
// neither reads nor writes them, so their PKCS#8 and SPKI wrappers are
// encoded here with encoding/asn1 around x509's PKCS#1 keys, as OpenSSL
// writes them: no parameters when the key has none, else the params with
// DEFAULT fields (sha1, mgf1 with sha1, salt 20) left out and digest
// identifiers with NULL parameters.

import (
	"crypto/rsa"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"

	"github.com/dop251/goja"
)

var (
	oidRSAPSS = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 1, 10}
	oidMGF1   = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 1, 8}
)

var pssHashOIDs = map[string]asn1.ObjectIdentifier{
	"sha1":       {1, 3, 14, 3, 2, 26},
	"sha256":     {2, 16, 840, 1, 101, 3, 4, 2, 1},
	"sha384":     {2, 16, 840, 1, 101, 3, 4, 2, 2},
	"sha512":     {2, 16, 840, 1, 101, 3, 4, 2, 3},
	"sha224":     {2, 16, 840, 1, 101, 3, 4, 2, 4},
	"sha512-224": {2, 16, 840, 1, 101, 3, 4, 2, 5},
	"sha512-256": {2, 16, 840, 1, 101, 3, 4, 2, 6},
	"sha3-224":   {2, 16, 840, 1, 101, 3, 4, 2, 7},
	"sha3-256":   {2, 16, 840, 1, 101, 3, 4, 2, 8},
	"sha3-384":   {2, 16, 840, 1, 101, 3, 4, 2, 9},
	"sha3-512":   {2, 16, 840, 1, 101, 3, 4, 2, 10},
}

// pssParams restricts an 'rsa-pss' key: its digest, MGF1 digest (names as
// digestAlg.name) and minimum salt length.
type pssParams struct {
	hash, mgf1 string
	salt       int
}

type pssParamsASN1 struct {
	Hash         pkix.AlgorithmIdentifier `asn1:"optional,explicit,tag:0"`
	MGF          pkix.AlgorithmIdentifier `asn1:"optional,explicit,tag:1"`
	SaltLength   int                      `asn1:"optional,explicit,tag:2,default:20"`
	TrailerField int                      `asn1:"optional,explicit,tag:3,default:1"`
}

func hashAlgID(name string) (pkix.AlgorithmIdentifier, bool) {
	oid, ok := pssHashOIDs[name]
	if !ok {
		return pkix.AlgorithmIdentifier{}, false
	}
	return pkix.AlgorithmIdentifier{Algorithm: oid, Parameters: asn1.NullRawValue}, true
}

func hashByOID(oid asn1.ObjectIdentifier) string {
	for n, o := range pssHashOIDs {
		if o.Equal(oid) {
			return n
		}
	}
	return ""
}

func pssAlgo(p *pssParams) (pkix.AlgorithmIdentifier, error) {
	algo := pkix.AlgorithmIdentifier{Algorithm: oidRSAPSS}
	if p == nil {
		return algo, nil
	}
	var v pssParamsASN1
	if p.hash != "sha1" {
		h, ok := hashAlgID(p.hash)
		if !ok {
			return algo, errUnsupported
		}
		v.Hash = h
	}
	if p.mgf1 != "sha1" {
		h, ok := hashAlgID(p.mgf1)
		if !ok {
			return algo, errUnsupported
		}
		inner, err := asn1.Marshal(h)
		if err != nil {
			return algo, err
		}
		v.MGF = pkix.AlgorithmIdentifier{Algorithm: oidMGF1, Parameters: asn1.RawValue{FullBytes: inner}}
	}
	v.SaltLength = p.salt
	v.TrailerField = 1
	der, err := asn1.Marshal(v)
	if err != nil {
		return algo, err
	}
	algo.Parameters = asn1.RawValue{FullBytes: der}
	return algo, nil
}

// parsePSSAlgo reads an id-RSASSA-PSS AlgorithmIdentifier: nil params when
// it has none.
func parsePSSAlgo(algo pkix.AlgorithmIdentifier) (*pssParams, error) {
	if !algo.Algorithm.Equal(oidRSAPSS) {
		return nil, errUnsupported
	}
	if len(algo.Parameters.FullBytes) == 0 {
		return nil, nil
	}
	v := pssParamsASN1{SaltLength: 20, TrailerField: 1}
	if rest, err := asn1.Unmarshal(algo.Parameters.FullBytes, &v); err != nil || len(rest) > 0 {
		return nil, errUnsupported
	}
	p := &pssParams{hash: "sha1", mgf1: "sha1", salt: v.SaltLength}
	if len(v.Hash.Algorithm) > 0 {
		if p.hash = hashByOID(v.Hash.Algorithm); p.hash == "" {
			return nil, errUnsupported
		}
	}
	if len(v.MGF.Algorithm) > 0 {
		var h pkix.AlgorithmIdentifier
		if !v.MGF.Algorithm.Equal(oidMGF1) {
			return nil, errUnsupported
		}
		if _, err := asn1.Unmarshal(v.MGF.Parameters.FullBytes, &h); err != nil {
			return nil, errUnsupported
		}
		if p.mgf1 = hashByOID(h.Algorithm); p.mgf1 == "" {
			return nil, errUnsupported
		}
	}
	if p.salt < 0 || v.TrailerField != 1 {
		return nil, errUnsupported
	}
	return p, nil
}

func marshalPSSPKCS8(k *asymKey) ([]byte, error) {
	algo, err := pssAlgo(k.pss)
	if err != nil {
		return nil, err
	}
	return asn1.Marshal(pkcs8ASN1{Algo: algo, PrivateKey: x509.MarshalPKCS1PrivateKey(k.priv.(*rsa.PrivateKey))})
}

func marshalPSSSPKI(k *asymKey) ([]byte, error) {
	algo, err := pssAlgo(k.pss)
	if err != nil {
		return nil, err
	}
	der := x509.MarshalPKCS1PublicKey(k.pub.(*rsa.PublicKey))
	return asn1.Marshal(spkiASN1{Algo: algo, PublicKey: asn1.BitString{Bytes: der, BitLength: 8 * len(der)}})
}

func parsePSSPKCS8(der []byte) (*asymKey, error) {
	var v pkcs8ASN1
	if rest, err := asn1.Unmarshal(der, &v); err != nil || len(rest) > 0 {
		return nil, errUnsupported
	}
	params, err := parsePSSAlgo(v.Algo)
	if err != nil {
		return nil, err
	}
	k, err := x509.ParsePKCS1PrivateKey(v.PrivateKey)
	if err != nil {
		return nil, errUnsupported
	}
	return &asymKey{kind: "rsa-pss", priv: k, pub: &k.PublicKey, pss: params}, nil
}

func parsePSSSPKI(der []byte) (*asymKey, error) {
	var v spkiASN1
	if rest, err := asn1.Unmarshal(der, &v); err != nil || len(rest) > 0 {
		return nil, errUnsupported
	}
	params, err := parsePSSAlgo(v.Algo)
	if err != nil {
		return nil, err
	}
	k, err := x509.ParsePKCS1PublicKey(v.PublicKey.RightAlign())
	if err != nil {
		return nil, errUnsupported
	}
	return &asymKey{kind: "rsa-pss", pub: k, pss: params}, nil
}

// keyRSAPSS(h, hash, mgf1Hash, saltLength) → the RSA key h as an 'rsa-pss'
// key, with parameters when hash is a string (mgf1Hash and saltLength then
// given too), or the string "digest"/"mgf1" for a digest PSS cannot name.
func (b *binding) keyRSAPSS(call goja.FunctionCall) goja.Value {
	k := b.keyArg(call.Argument(0))
	if _, ok := k.pub.(*rsa.PublicKey); !ok {
		panic(b.vm.NewTypeError("crypto: not an RSA key"))
	}
	out := &asymKey{kind: "rsa-pss", priv: k.priv, pub: k.pub}
	if v := call.Argument(1); !goja.IsUndefined(v) && !goja.IsNull(v) {
		h := lookupDigest(v.String())
		if h == nil || pssHashOIDs[h.name] == nil {
			return b.vm.ToValue("digest")
		}
		m := lookupDigest(call.Argument(2).String())
		if m == nil || pssHashOIDs[m.name] == nil {
			return b.vm.ToValue("mgf1")
		}
		out.pss = &pssParams{hash: h.name, mgf1: m.name, salt: b.intArg(call.Argument(3), "saltLength", 1<<31-1)}
	}
	return b.vm.ToValue(out)
}
