package crypto

import (
	"crypto"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/sha512"
	"testing"
)

// With one digest for both, the EMSA-PSS written here must agree with Go's
// rsa.SignPSS/VerifyPSS both ways; with two, it must verify itself and
// refuse a wrong message, digest or salt length.
func TestPSSMGF(t *testing.T) {
	k, err := rsa.GenerateKey(rand.Reader, 1024)
	if err != nil {
		t.Fatal(err)
	}
	d := sha256.Sum256([]byte("message"))
	for _, salt := range []int{-1, -2, 0, 20} {
		sig, err := signPSSMGF(k, d[:], sha256.New(), sha256.New(), salt)
		if err != nil {
			t.Fatal(err)
		}
		goSalt := salt
		if salt == -1 {
			goSalt = rsa.PSSSaltLengthEqualsHash
		} else if salt == -2 {
			goSalt = rsa.PSSSaltLengthAuto
		}
		if err := rsa.VerifyPSS(&k.PublicKey, crypto.SHA256, d[:], sig, &rsa.PSSOptions{SaltLength: goSalt}); err != nil {
			t.Errorf("salt %d: Go rejects ours: %v", salt, err)
		}
		if salt == 0 {
			continue // Go's SaltLength 0 means auto: it cannot sign with an empty salt
		}
		goSig, err := rsa.SignPSS(rand.Reader, k, crypto.SHA256, d[:], &rsa.PSSOptions{SaltLength: goSalt})
		if err != nil {
			t.Fatal(err)
		}
		if !verifyPSSMGF(&k.PublicKey, d[:], goSig, sha256.New(), sha256.New(), salt) {
			t.Errorf("salt %d: we reject Go's", salt)
		}
	}
	m := sha512.Sum512([]byte("message"))
	sig, err := signPSSMGF(k, m[:], sha512.New(), sha256.New(), 20)
	if err != nil {
		t.Fatal(err)
	}
	if !verifyPSSMGF(&k.PublicKey, m[:], sig, sha512.New(), sha256.New(), 20) ||
		!verifyPSSMGF(&k.PublicKey, m[:], sig, sha512.New(), sha256.New(), -2) {
		t.Error("sha512/mgf1-sha256 does not verify")
	}
	other := sha512.Sum512([]byte("other"))
	if verifyPSSMGF(&k.PublicKey, other[:], sig, sha512.New(), sha256.New(), 20) ||
		verifyPSSMGF(&k.PublicKey, m[:], sig, sha512.New(), sha512.New(), 20) ||
		verifyPSSMGF(&k.PublicKey, m[:], sig, sha512.New(), sha256.New(), 21) {
		t.Error("a wrong message, MGF1 digest or salt length verifies")
	}
	if _, err := signPSSMGF(k, m[:], sha512.New(), sha256.New(), 64); err != errPSS {
		t.Errorf("a salt too long for the key: %v", err)
	}
}
