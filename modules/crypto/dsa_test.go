package crypto

import (
	"crypto/dsa" //nolint:staticcheck // node offers DSA
	"crypto/sha256"
	"testing"
)

func TestDSAKeysSignAndEncode(t *testing.T) {
	k, err := generateDSA(1024, 0) // OpenSSL's default divisor: 224
	if err != nil {
		t.Fatal(err)
	}
	priv := k.priv.(*dsa.PrivateKey)
	if priv.P.BitLen() != 1024 || priv.Q.BitLen() != 224 || !priv.P.ProbablyPrime(20) || !priv.Q.ProbablyPrime(20) {
		t.Fatalf("bad parameters: %d/%d", priv.P.BitLen(), priv.Q.BitLen())
	}
	d := sha256.Sum256([]byte("message"))
	for _, p1363 := range []bool{false, true} {
		sig, err := dsaSign(priv, d[:], p1363)
		if err != nil {
			t.Fatal(err)
		}
		if p1363 && len(sig) != 56 {
			t.Fatalf("P1363 signature of %d bytes", len(sig))
		}
		if !dsaVerify(&priv.PublicKey, d[:], sig, p1363) {
			t.Fatal("own signature refused")
		}
		other := sha256.Sum256([]byte("other"))
		if dsaVerify(&priv.PublicKey, other[:], sig, p1363) {
			t.Fatal("signature accepted for other data")
		}
	}
	der, err := marshalDSAPKCS8(priv)
	if err != nil {
		t.Fatal(err)
	}
	back, err := parseDER(der, "pkcs8", true)
	if err != nil || back.kind != "dsa" || back.priv.(*dsa.PrivateKey).X.Cmp(priv.X) != 0 || back.priv.(*dsa.PrivateKey).Y.Cmp(priv.Y) != 0 {
		t.Fatalf("pkcs8 round trip: %v", err)
	}
	spki, err := marshalDSASPKI(&priv.PublicKey)
	if err != nil {
		t.Fatal(err)
	}
	pub, err := parseDER(spki, "spki", false) // x509 reads DSA SPKI
	if err != nil || pub.kind != "dsa" || pub.pub.(*dsa.PublicKey).Y.Cmp(priv.Y) != 0 {
		t.Fatalf("spki round trip: %v", err)
	}
	if _, err := generateDSA(512, 160); err != errDSAKeygen {
		t.Fatalf("512 bits: %v", err)
	}
	if _, err := generateDSA(2048, 128); err != errDSAKeygen {
		t.Fatalf("divisor 128: %v", err)
	}
}
