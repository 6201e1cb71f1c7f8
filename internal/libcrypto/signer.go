package libcrypto

import (
	"crypto"
	"crypto/rsa"
	"io"
	"math/big"
	"sync"
)

// Signer returns key as a crypto.Signer (and crypto.Decrypter) whose RSA
// signatures libcrypto makes, or key itself when libcrypto is not there or
// the key is not an RSA key Go would sign with: at least 1024 bits (Go
// refuses smaller keys unless GODEBUG=rsa1024min=0), two primes, an odd
// public exponent below 2³². Other keys keep Go's answers.
func Signer(key crypto.PrivateKey) crypto.PrivateKey {
	k, ok := key.(*rsa.PrivateKey)
	if !ok || k == nil || len(k.Primes) != 2 || k.N.BitLen() < 1024 ||
		k.E < 3 || k.E&1 == 0 || k.E >= 1<<32 || !Available() {
		return key
	}
	return &rsaSigner{PrivateKey: k}
}

// rsaSigner is an *rsa.PrivateKey whose Sign goes to libcrypto. The
// libcrypto key is made on the first signature and then shared by every
// goroutine signing (see evpKey); it is freed when the signer is collected.
type rsaSigner struct {
	*rsa.PrivateKey
	once sync.Once
	ossl *evpKey
}

func (s *rsaSigner) key() *evpKey {
	s.once.Do(func() {
		k := s.PrivateKey
		p, q := k.Primes[0], k.Primes[1]
		one := big.NewInt(1)
		dp := new(big.Int).Mod(k.D, new(big.Int).Sub(p, one))
		dq := new(big.Int).Mod(k.D, new(big.Int).Sub(q, one))
		qinv := new(big.Int).ModInverse(q, p)
		if qinv == nil {
			return
		}
		s.ossl, _ = newRSAKey(k.N, k.E, k.D, p, q, dp, dq, qinv)
	})
	return s.ossl
}

// Sign is rsa.PrivateKey's Sign: PSS when opts is *rsa.PSSOptions (salt
// length rsa.PSSSaltLengthEqualsHash, rsa.PSSSaltLengthAuto = the largest,
// as OpenSSL's RSA_PSS_SALTLEN_MAX, or a length), PKCS #1 v1.5 otherwise.
// OpenSSL draws PSS salts from its own generator, not from rand.
func (s *rsaSigner) Sign(rand io.Reader, digest []byte, opts crypto.SignerOpts) ([]byte, error) {
	if sig := s.signOpenSSL(digest, opts); sig != nil {
		return sig, nil
	}
	return s.PrivateKey.Sign(rand, digest, opts)
}

// signOpenSSL answers nil for what it leaves to Go: an unusual hash, a
// digest of the wrong length (Go's error), or a libcrypto failure.
func (s *rsaSigner) signOpenSSL(digest []byte, opts crypto.SignerOpts) []byte {
	h := opts.HashFunc()
	switch h {
	case crypto.SHA256, crypto.SHA384, crypto.SHA512, crypto.SHA1:
	case crypto.MD5SHA1: // TLS 1.0 and 1.1
		if _, pss := opts.(*rsa.PSSOptions); pss {
			return nil
		}
	default:
		return nil
	}
	if len(digest) != h.Size() {
		return nil
	}
	key := s.key()
	if key == nil {
		return nil
	}
	var sig []byte
	var err error
	if pss, ok := opts.(*rsa.PSSOptions); ok {
		salt := pss.SaltLength // rsa.PSSSaltLengthEqualsHash is OpenSSL's RSA_PSS_SALTLEN_DIGEST (-1)
		switch {
		case salt == rsa.PSSSaltLengthAuto:
			salt = rsaPSSSaltLenMax
		case salt < rsa.PSSSaltLengthEqualsHash:
			return nil
		}
		sig, err = key.sign(h, digest, true, salt, s.Size())
	} else {
		sig, err = key.sign(h, digest, false, 0, s.Size())
	}
	if err != nil || len(sig) != s.Size() {
		return nil
	}
	return sig
}
