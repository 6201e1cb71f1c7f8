package crypto

// RSASSA-PSS with an MGF1 digest other than the message digest (RFC 8017
// section 9.1), which an 'rsa-pss' key may require (RFC 4055 lets its
// parameters name them apart) and Go's rsa.SignPSS cannot do: it uses the
// message digest for MGF1. EMSA-PSS encoding and verification are written
// here; the RSA operations are math/big's (the public one for verify; the
// private one with CRT and the message blinded by a random r^e, but
// math/big's Exp is not constant-time in the exponent, so such a key signs
// with a timing side channel Go's own RSA does not have).

import (
	"crypto/rand"
	"crypto/rsa"
	"crypto/subtle"
	"errors"
	"hash"
	"math/big"
)

var errPSS = errors.New("pss")

func mgf1XOR(out []byte, h hash.Hash, seed []byte) {
	var counter [4]byte
	var digest []byte
	done := 0
	for done < len(out) {
		h.Reset()
		h.Write(seed)
		h.Write(counter[:])
		digest = h.Sum(digest[:0])
		done += subtle.XORBytes(out[done:], out[done:], digest)
		for i := 3; i >= 0; i-- {
			if counter[i]++; counter[i] != 0 {
				break
			}
		}
	}
}

// pssSaltFor is the salt length node's option means: -1 the digest's
// length, -2 (auto/max) the most that fits when signing.
func pssSaltFor(salt, emLen, hLen int) int {
	switch salt {
	case -1:
		return hLen
	case -2:
		return emLen - hLen - 2
	}
	return salt
}

func signPSSMGF(priv *rsa.PrivateKey, mhash []byte, h, mgf hash.Hash, salt int) ([]byte, error) {
	emBits := priv.N.BitLen() - 1
	emLen := (emBits + 7) / 8
	hLen := h.Size()
	sLen := pssSaltFor(salt, emLen, hLen)
	if sLen < 0 || emLen < hLen+sLen+2 {
		return nil, errPSS
	}
	s := make([]byte, sLen)
	if _, err := rand.Read(s); err != nil {
		return nil, err
	}
	h.Reset()
	h.Write(make([]byte, 8))
	h.Write(mhash)
	h.Write(s)
	hh := h.Sum(nil)
	em := make([]byte, emLen)
	db := em[:emLen-hLen-1]
	db[emLen-sLen-hLen-2] = 1
	copy(db[emLen-sLen-hLen-1:], s)
	mgf1XOR(db, mgf, hh)
	db[0] &= 0xff >> (8*emLen - emBits)
	copy(em[emLen-hLen-1:], hh)
	em[emLen-1] = 0xbc
	return rsaPrivateBlinded(priv, em)
}

// rsaPrivateBlinded is m^d mod n by CRT, on m·r^e for a random r, undone
// by r^-1.
func rsaPrivateBlinded(priv *rsa.PrivateKey, em []byte) ([]byte, error) {
	n := priv.N
	m := new(big.Int).SetBytes(em)
	if m.Cmp(n) >= 0 || len(priv.Primes) != 2 {
		return nil, errPSS
	}
	var r, rInv *big.Int
	for {
		var err error
		if r, err = rand.Int(rand.Reader, n); err != nil {
			return nil, err
		}
		if r.Sign() > 0 {
			if rInv = new(big.Int).ModInverse(r, n); rInv != nil {
				break
			}
		}
	}
	e := big.NewInt(int64(priv.E))
	c := new(big.Int).Mul(m, new(big.Int).Exp(r, e, n))
	c.Mod(c, n)
	p, q := priv.Primes[0], priv.Primes[1]
	dp := new(big.Int).Mod(priv.D, new(big.Int).Sub(p, big.NewInt(1)))
	dq := new(big.Int).Mod(priv.D, new(big.Int).Sub(q, big.NewInt(1)))
	qInv := new(big.Int).ModInverse(q, p)
	if qInv == nil {
		return nil, errPSS
	}
	m1 := new(big.Int).Exp(new(big.Int).Mod(c, p), dp, p)
	m2 := new(big.Int).Exp(new(big.Int).Mod(c, q), dq, q)
	hcrt := new(big.Int).Sub(m1, m2)
	hcrt.Mul(hcrt, qInv).Mod(hcrt, p)
	sig := hcrt.Mul(hcrt, q).Add(hcrt, m2)
	sig.Mul(sig, rInv).Mod(sig, n)
	// check the signature, as OpenSSL and Go do, against a fault
	if new(big.Int).Exp(sig, e, n).Cmp(m) != 0 {
		return nil, errPSS
	}
	return bigBytes(sig, (n.BitLen()+7)/8), nil
}

func verifyPSSMGF(pub *rsa.PublicKey, mhash, sig []byte, h, mgf hash.Hash, salt int) bool {
	k := (pub.N.BitLen() + 7) / 8
	if len(sig) != k {
		return false
	}
	s := new(big.Int).SetBytes(sig)
	if s.Cmp(pub.N) >= 0 {
		return false
	}
	emBits := pub.N.BitLen() - 1
	emLen := (emBits + 7) / 8
	em := bigBytes(new(big.Int).Exp(s, big.NewInt(int64(pub.E)), pub.N), k)
	if len(em) > emLen {
		if em[0] != 0 {
			return false
		}
		em = em[len(em)-emLen:]
	}
	hLen := h.Size()
	if emLen < hLen+2 || em[emLen-1] != 0xbc {
		return false
	}
	db := append([]byte(nil), em[:emLen-hLen-1]...)
	hh := em[emLen-hLen-1 : emLen-1]
	if db[0]&^(0xff>>(8*emLen-emBits)) != 0 {
		return false
	}
	mgf1XOR(db, mgf, hh)
	db[0] &= 0xff >> (8*emLen - emBits)
	i := 0
	for i < len(db) && db[i] == 0 {
		i++
	}
	if i == len(db) || db[i] != 1 {
		return false
	}
	sl := len(db) - i - 1
	if salt >= 0 && sl != salt || salt == -1 && sl != hLen {
		return false
	}
	h.Reset()
	h.Write(make([]byte, 8))
	h.Write(mhash)
	h.Write(db[i+1:])
	return subtle.ConstantTimeCompare(h.Sum(nil), hh) == 1
}
