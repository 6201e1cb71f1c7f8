package crypto

// RSA keys with a public exponent other than 65537 (generateKeyPair's
// publicExponent), which crypto/rsa's GenerateKey does not make: two random
// primes of half the size from crypto/rand, n of exactly the asked bits, d
// the inverse of e modulo lcm(p-1, q-1) as OpenSSL computes it, and the
// key checked and precomputed by crypto/rsa, which then signs and decrypts
// with it as with any key.

import (
	"crypto/rand"
	"crypto/rsa"
	"errors"
	"math/big"
)

var errRSAExponent = errors.New("error:020000B2:rsa routines::pub exponent out of range") // OpenSSL 3's words

func generateRSAExp(bits, e int) (*asymKey, error) {
	if e < 3 || e%2 == 0 || bits < 512 {
		return nil, errRSAExponent
	}
	E := big.NewInt(int64(e))
	for {
		p, err := rand.Prime(rand.Reader, (bits+1)/2)
		if err != nil {
			return nil, err
		}
		q, err := rand.Prime(rand.Reader, bits/2)
		if err != nil {
			return nil, err
		}
		if p.Cmp(q) == 0 {
			continue
		}
		n := new(big.Int).Mul(p, q)
		if n.BitLen() != bits {
			continue
		}
		p1 := new(big.Int).Sub(p, bigOne)
		q1 := new(big.Int).Sub(q, bigOne)
		g := new(big.Int).GCD(nil, nil, p1, q1)
		lambda := new(big.Int).Div(new(big.Int).Mul(p1, q1), g)
		d := new(big.Int).ModInverse(E, lambda)
		if d == nil {
			continue // e shares a factor with p-1 or q-1
		}
		k := &rsa.PrivateKey{PublicKey: rsa.PublicKey{N: n, E: e}, D: d, Primes: []*big.Int{p, q}}
		if err := k.Validate(); err != nil {
			return nil, err
		}
		k.Precompute()
		return newAsymKey(k)
	}
}
