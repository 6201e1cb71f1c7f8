package tls

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// TestModernPKCS12 reads archives openssl writes with its defaults (PBES2,
// AES-256-CBC, HMAC-SHA-256): with a key and the certificate, with the
// certificate only, and with a wrong password.
func TestModernPKCS12(t *testing.T) {
	openssl, err := exec.LookPath("openssl")
	if err != nil {
		t.Skip("openssl is not installed")
	}
	dir := t.TempDir()
	key, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(7), Subject: pkix.Name{CommonName: "p12.test"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour)}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	kder, _ := x509.MarshalPKCS8PrivateKey(key)
	certFile, keyFile := filepath.Join(dir, "c.pem"), filepath.Join(dir, "k.pem")
	os.WriteFile(certFile, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o600)
	os.WriteFile(keyFile, pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: kder}), 0o600)
	export := func(name string, args ...string) []byte {
		out := filepath.Join(dir, name)
		cmd := exec.Command(openssl, append([]string{"pkcs12", "-export", "-in", certFile, "-out", out, "-passout", "pass:sésame"}, args...)...)
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Skipf("openssl pkcs12: %v %s", err, b)
		}
		data, _ := os.ReadFile(out)
		return data
	}
	full := export("full.p12", "-inkey", keyFile)
	k, certs, err := parseModernPKCS12(full, "sésame")
	if err != nil {
		t.Fatal(err)
	}
	if !keyMatches(mustParse(t, certs[0]), k) || len(certs) != 1 || !bytes.Equal(certs[0], der) {
		t.Fatalf("key %T, %d certificates", k, len(certs))
	}
	if _, _, err := parseModernPKCS12(full, "wrong"); err != errP12MAC {
		t.Fatalf("wrong password: %v", err)
	}
	k, certs, err = parseModernPKCS12(export("nokey.p12", "-nokeys"), "sésame")
	if err != nil || k != nil || len(certs) != 1 {
		t.Fatalf("certificate only: %v %T %d", err, k, len(certs))
	}
	if _, _, err := parseModernPKCS12([]byte("not der"), "x"); err != errP12Unsupported {
		t.Fatalf("garbage: %v", err)
	}
}

func mustParse(t *testing.T, der []byte) *x509.Certificate {
	c, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	return c
}
