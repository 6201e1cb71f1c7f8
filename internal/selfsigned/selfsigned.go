// Package selfsigned makes throwaway self-signed certificates for gojanet's
// tests, its real-peer tests and netbench's TLS measures, so that each of them
// does not build an x509 template of its own.
//
// A certificate is its own CA (basicConstraints CA:TRUE, keyCertSign) and a
// server certificate (digitalSignature, serverAuth) at once: curl --cacert,
// openssl s_client -CAfile, PostgreSQL and node's tls accept it as both.
package selfsigned

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"fmt"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"time"
)

// Options say what to make; the zero value is an ECDSA P-256 certificate
// for localhost and 127.0.0.1, valid from an hour ago for a day.
type Options struct {
	Kind     string        // "ecdsa" (P-256, the default) or "rsa" (2048 bits)
	Name     string        // the subject's common name; "localhost" when empty
	DNSNames []string      // nil: "localhost"
	IPs      []net.IP      // nil: 127.0.0.1
	Key      crypto.Signer // nil: a fresh key of Kind
}

// Cert is a certificate, its key and both in PEM.
type Cert struct {
	Leaf    *x509.Certificate
	Key     crypto.Signer
	CertPEM []byte // "CERTIFICATE"
	KeyPEM  []byte // "PRIVATE KEY" (PKCS#8)
}

// New makes a certificate as o says.
func New(o Options) (*Cert, error) {
	key := o.Key
	var err error
	switch {
	case o.Kind != "" && o.Kind != "ecdsa" && o.Kind != "rsa":
		return nil, fmt.Errorf("selfsigned: %q is neither ecdsa nor rsa", o.Kind)
	case key != nil:
	case o.Kind == "rsa":
		key, err = rsa.GenerateKey(rand.Reader, 2048)
	default:
		key, err = ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	}
	if err != nil {
		return nil, err
	}
	if o.Name == "" {
		o.Name = "localhost"
	}
	if o.DNSNames == nil {
		o.DNSNames = []string{"localhost"}
	}
	if o.IPs == nil {
		o.IPs = []net.IP{net.ParseIP("127.0.0.1")}
	}
	serial, err := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 62))
	if err != nil {
		return nil, err
	}
	tmpl := &x509.Certificate{
		SerialNumber: serial, Subject: pkix.Name{CommonName: o.Name},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(24 * time.Hour),
		DNSNames: o.DNSNames, IPAddresses: o.IPs,
		KeyUsage:    x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		IsCA:        true, BasicConstraintsValid: true,
	}
	if o.Kind == "rsa" {
		tmpl.KeyUsage |= x509.KeyUsageKeyEncipherment
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, key.Public(), key)
	if err != nil {
		return nil, err
	}
	leaf, err := x509.ParseCertificate(der)
	if err != nil {
		return nil, err
	}
	kder, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		return nil, err
	}
	return &Cert{
		Leaf:    leaf,
		Key:     key,
		CertPEM: pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}),
		KeyPEM:  pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: kder}),
	}, nil
}

// TLS is the certificate as crypto/tls takes it.
func (c *Cert) TLS() tls.Certificate {
	return tls.Certificate{Certificate: [][]byte{c.Leaf.Raw}, PrivateKey: c.Key, Leaf: c.Leaf}
}

// WriteFiles writes cert.pem and key.pem into dir (the key with mode 0600,
// which PostgreSQL insists on) and returns their paths.
func (c *Cert) WriteFiles(dir string) (certFile, keyFile string, err error) {
	certFile, keyFile = filepath.Join(dir, "cert.pem"), filepath.Join(dir, "key.pem")
	if err := os.WriteFile(certFile, c.CertPEM, 0o644); err != nil {
		return "", "", err
	}
	if err := os.WriteFile(keyFile, c.KeyPEM, 0o600); err != nil {
		return "", "", err
	}
	return certFile, keyFile, nil
}
