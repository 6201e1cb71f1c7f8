//go:build linux && cgo && amd64

package libcrypto

import (
	"crypto"
	"crypto/rand"
	"crypto/rsa"
	"os"
	"strings"
	"testing"
)

// Every signature crypto/tls asks for verifies with Go's rsa.VerifyPSS and
// rsa.VerifyPKCS1v15, and libcrypto made it.
func TestSignaturesVerifyWithGo(t *testing.T) {
	if !Available() {
		if os.Getenv("CI") != "" && !disabled() {
			t.Fatal("libcrypto.so.3 did not load: .ci/run installs it (Debian's libssl3, with openssl)")
		}
		t.Skip("libcrypto.so.3 not loaded (not installed, or GOJANET_NO_LIBCRYPTO)")
	}
	s, ok := Signer(testKey).(*rsaSigner)
	if !ok {
		t.Fatalf("Signer gave %T", Signer(testKey))
	}
	pub := &testKey.PublicKey
	for _, h := range []crypto.Hash{crypto.SHA256, crypto.SHA384, crypto.SHA512} {
		for _, salt := range []int{rsa.PSSSaltLengthEqualsHash, rsa.PSSSaltLengthAuto, 20} {
			opts := &rsa.PSSOptions{SaltLength: salt, Hash: h}
			d := digest(h)
			if s.signOpenSSL(d, opts) == nil {
				t.Fatalf("libcrypto did not sign PSS %v salt %d", h, salt)
			}
			sig, err := s.Sign(rand.Reader, d, opts)
			if err != nil {
				t.Fatal(err)
			}
			// Verify with the salt length signed, and with Go's auto-detection.
			if err := rsa.VerifyPSS(pub, h, d, sig, opts); err != nil {
				t.Errorf("PSS %v salt %d: %v", h, salt, err)
			}
			if err := rsa.VerifyPSS(pub, h, d, sig, &rsa.PSSOptions{SaltLength: rsa.PSSSaltLengthAuto}); err != nil {
				t.Errorf("PSS %v salt %d, auto: %v", h, salt, err)
			}
		}
	}
	// The largest salt, as Go's PSSSaltLengthAuto signs.
	d := digest(crypto.SHA256)
	sig, _ := s.Sign(rand.Reader, d, &rsa.PSSOptions{SaltLength: rsa.PSSSaltLengthAuto, Hash: crypto.SHA256})
	if err := rsa.VerifyPSS(pub, crypto.SHA256, d, sig, &rsa.PSSOptions{SaltLength: (testKey.N.BitLen()-1+7)/8 - 2 - 32}); err != nil {
		t.Errorf("PSS auto is not the largest salt: %v", err)
	}
	for _, h := range []crypto.Hash{crypto.SHA1, crypto.SHA256, crypto.SHA384, crypto.SHA512, crypto.MD5SHA1} {
		d := digest(h)
		sig := s.signOpenSSL(d, h)
		if sig == nil {
			t.Fatalf("libcrypto did not sign PKCS#1 v1.5 %v", h)
		}
		if err := rsa.VerifyPKCS1v15(pub, h, d, sig); err != nil {
			t.Errorf("PKCS#1 v1.5 %v: %v", h, err)
		}
		// Deterministic: the same bytes as Go's.
		if want, _ := testKey.Sign(nil, d, h); string(want) != string(sig) {
			t.Errorf("PKCS#1 v1.5 %v differs from Go's", h)
		}
	}
}

// A libcrypto failure is an error naming the call and OpenSSL's reason
// (and Sign then answers as Go does).
func TestLibcryptoError(t *testing.T) {
	if !Available() {
		t.Skip("libcrypto.so.3 not loaded")
	}
	s := Signer(testKey).(*rsaSigner)
	d := digest(crypto.SHA256)
	_, err := s.key().sign(crypto.SHA256, d, true, 1000, s.Size())
	if err == nil || !strings.Contains(err.Error(), "libcrypto: EVP_PKEY_sign failed: error:") {
		t.Fatalf("a salt too long for the key: %v", err)
	}
	opts := &rsa.PSSOptions{SaltLength: 1000, Hash: crypto.SHA256}
	_, err = s.Sign(rand.Reader, d, opts)
	_, want := testKey.Sign(rand.Reader, d, opts)
	if err == nil || err.Error() != want.Error() {
		t.Errorf("Sign: %v, want Go's %v", err, want)
	}
}
