package tls

import (
	"bytes"
	"crypto/x509"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/gojanet/gojanet/internal/selfsigned"
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
	c, err := selfsigned.New(selfsigned.Options{Name: "p12.test"})
	if err != nil {
		t.Fatal(err)
	}
	der := c.Leaf.Raw
	certFile, keyFile, err := c.WriteFiles(dir)
	if err != nil {
		t.Fatal(err)
	}
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
