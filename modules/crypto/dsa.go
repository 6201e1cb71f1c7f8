package crypto

// 'dsa' keys on crypto/dsa (which node still offers though Go deprecates
// it): generation of any size OpenSSL makes (see generateDSA), signatures in DER or IEEE P1363 with the
// digest truncated to q's length as OpenSSL does, and the encodings x509
// lacks: SPKI and PKCS#8 out (x509 reads DSA SPKI only), PKCS#8 in, and
// OpenSSL's traditional "DSA PRIVATE KEY" (SEQUENCE {0, p, q, g, y, x}).

import (
	"crypto/dsa" //nolint:staticcheck // node offers DSA
	"crypto/rand"
	"crypto/x509/pkix"
	"encoding/asn1"
	"errors"
	"math/big"
)

var (
	oidDSA       = asn1.ObjectIdentifier{1, 2, 840, 10040, 4, 1}
	errDSAKeygen = errors.New("Key generation job failed") // node's words for sizes OpenSSL refuses
)

type dsaParamsASN1 struct {
	P, Q, G *big.Int
}

type dsaTraditionalASN1 struct {
	Version       int
	P, Q, G, Y, X *big.Int
}

func dsaAlgo(p dsa.Parameters) (pkix.AlgorithmIdentifier, error) {
	params, err := asn1.Marshal(dsaParamsASN1{p.P, p.Q, p.G})
	if err != nil {
		return pkix.AlgorithmIdentifier{}, err
	}
	return pkix.AlgorithmIdentifier{Algorithm: oidDSA, Parameters: asn1.RawValue{FullBytes: params}}, nil
}

func marshalDSAPKCS8(k *dsa.PrivateKey) ([]byte, error) {
	algo, err := dsaAlgo(k.Parameters)
	if err != nil {
		return nil, err
	}
	x, err := asn1.Marshal(k.X)
	if err != nil {
		return nil, err
	}
	return asn1.Marshal(pkcs8ASN1{Algo: algo, PrivateKey: x})
}

func marshalDSASPKI(k *dsa.PublicKey) ([]byte, error) {
	algo, err := dsaAlgo(k.Parameters)
	if err != nil {
		return nil, err
	}
	y, err := asn1.Marshal(k.Y)
	if err != nil {
		return nil, err
	}
	return asn1.Marshal(spkiASN1{Algo: algo, PublicKey: asn1.BitString{Bytes: y, BitLength: 8 * len(y)}})
}

func validDSA(p, q, g, y *big.Int) bool {
	return p != nil && q != nil && g != nil && y != nil && p.Sign() > 0 && q.Sign() > 0 && g.Sign() > 0 && y.Sign() > 0
}

func parseDSAPKCS8(der []byte) (*asymKey, error) {
	var v pkcs8ASN1
	if rest, err := asn1.Unmarshal(der, &v); err != nil || len(rest) > 0 || !v.Algo.Algorithm.Equal(oidDSA) {
		return nil, errUnsupported
	}
	var params dsaParamsASN1
	if _, err := asn1.Unmarshal(v.Algo.Parameters.FullBytes, &params); err != nil {
		return nil, errUnsupported
	}
	x := new(big.Int)
	if rest, err := asn1.Unmarshal(v.PrivateKey, &x); err != nil || len(rest) > 0 || x.Sign() <= 0 {
		return nil, errUnsupported
	}
	if !validDSA(params.P, params.Q, params.G, x) {
		return nil, errUnsupported
	}
	k := &dsa.PrivateKey{PublicKey: dsa.PublicKey{Parameters: dsa.Parameters{P: params.P, Q: params.Q, G: params.G}}, X: x}
	k.Y = new(big.Int).Exp(k.G, x, k.P)
	return &asymKey{kind: "dsa", priv: k, pub: &k.PublicKey}, nil
}

func parseDSATraditional(der []byte) (*asymKey, error) {
	var v dsaTraditionalASN1
	if rest, err := asn1.Unmarshal(der, &v); err != nil || len(rest) > 0 || v.Version != 0 {
		return nil, errUnsupported
	}
	if !validDSA(v.P, v.Q, v.G, v.Y) || v.X == nil || v.X.Sign() <= 0 {
		return nil, errUnsupported
	}
	k := &dsa.PrivateKey{PublicKey: dsa.PublicKey{Parameters: dsa.Parameters{P: v.P, Q: v.Q, G: v.G}, Y: v.Y}, X: v.X}
	return &asymKey{kind: "dsa", priv: k, pub: &k.PublicKey}, nil
}

// generateDSA makes a key of L = bits and N = divisor bits (0: OpenSSL
// 3's default, 224). crypto/dsa generates the four FIPS 186-3 sizes only;
// OpenSSL takes any L from 512 with N of 160, 224 or 256 (1024/224 is its
// default), so the parameters are made here on math/big the way
// dsa.GenerateParameters makes them (a random N-bit prime q, then random
// L-bit p ≡ 1 mod q until one is prime, g = h^((p-1)/q) for the first
// h ≥ 2 that does not give 1) and the key by dsa.GenerateKey.
func generateDSA(bits, divisor int) (*asymKey, error) {
	if divisor == 0 {
		divisor = 224
	}
	if bits < 1024 || bits > 10000 || (divisor != 160 && divisor != 224 && divisor != 256) {
		return nil, errDSAKeygen
	}
	k := new(dsa.PrivateKey)
	params, err := dsaParams(bits, divisor)
	if err != nil {
		return nil, err
	}
	k.Parameters = *params
	if err := dsa.GenerateKey(k, rand.Reader); err != nil {
		return nil, err
	}
	return &asymKey{kind: "dsa", priv: k, pub: &k.PublicKey}, nil
}

// randomBits is a random odd number of exactly n bits.
func randomBits(n int) (*big.Int, error) {
	x, err := rand.Int(rand.Reader, new(big.Int).Lsh(bigOne, uint(n)))
	if err != nil {
		return nil, err
	}
	x.SetBit(x, n-1, 1)
	x.SetBit(x, 0, 1)
	return x, nil
}

func dsaParams(l, n int) (*dsa.Parameters, error) {
	const rounds = 64
	rem := new(big.Int)
	for {
		q, err := randomBits(n)
		if err != nil {
			return nil, err
		}
		if !q.ProbablyPrime(rounds) {
			continue
		}
		for i := 0; i < 4*l; i++ {
			p, err := randomBits(l)
			if err != nil {
				return nil, err
			}
			rem.Mod(p, q)
			rem.Sub(rem, bigOne)
			p.Sub(p, rem)
			if p.BitLen() < l || !p.ProbablyPrime(rounds) {
				continue
			}
			e := new(big.Int).Div(new(big.Int).Sub(p, bigOne), q)
			g := new(big.Int)
			for h := int64(2); ; h++ {
				if g.Exp(big.NewInt(h), e, p).Cmp(bigOne) != 0 {
					return &dsa.Parameters{P: p, Q: q, G: g}, nil
				}
			}
		}
	}
}

// dsaTruncate cuts a digest to q's bit length (FIPS 186-4 4.6).
func dsaTruncate(d []byte, q *big.Int) []byte {
	if n := (q.BitLen() + 7) / 8; len(d) > n {
		d = d[:n]
	}
	return d
}

// dsaSign signs a digest: DER SEQUENCE {r, s} or r||s (P1363).
func dsaSign(k *dsa.PrivateKey, digest []byte, p1363 bool) ([]byte, error) {
	r, s, err := dsa.Sign(rand.Reader, k, dsaTruncate(digest, k.Q))
	if err != nil {
		return nil, err
	}
	if p1363 {
		n := (k.Q.BitLen() + 7) / 8
		return append(bigBytes(r, n), bigBytes(s, n)...), nil
	}
	return asn1.Marshal(struct{ R, S *big.Int }{r, s})
}

func dsaVerify(k *dsa.PublicKey, digest, sig []byte, p1363 bool) bool {
	var r, s *big.Int
	if p1363 {
		n := (k.Q.BitLen() + 7) / 8
		if len(sig) != 2*n {
			return false
		}
		r, s = new(big.Int).SetBytes(sig[:n]), new(big.Int).SetBytes(sig[n:])
	} else {
		var v struct{ R, S *big.Int }
		if rest, err := asn1.Unmarshal(sig, &v); err != nil || len(rest) > 0 || v.R == nil || v.S == nil {
			return false
		}
		r, s = v.R, v.S
	}
	return dsa.Verify(k, dsaTruncate(digest, k.Q), r, s)
}
