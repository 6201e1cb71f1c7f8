package main

import (
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

// TLS mode (-tls ecdsa|rsa): every measure dials with crypto/tls (TLS 1.3,
// AES-128-GCM, no verification: the certificate is made here) against
// testdata/tls-echo.js, which serves the same greeting-and-echo over TLS.
// compare -tls writes a certificate and key of that type to a temporary
// directory and hands their paths to both servers in TLS_CERT / TLS_KEY.
//
//	netbench compare -tls ecdsa -script testdata/tls-echo.js -node-script testdata/tls-echo.js \
//	    -measures stream,connect,idle

var tlsMode string

func tlsClientConfig() *tls.Config {
	return &tls.Config{
		InsecureSkipVerify: true, //nolint:gosec // a benchmark against our own loopback server
		MinVersion:         tls.VersionTLS13,
		// TLS 1.3 suites are not configurable in Go; AES-128-GCM is what
		// Go offers first on hardware with AES instructions.
		ClientSessionCache: nil, // every connect is a full handshake
	}
}

// tlsWrap makes c a TLS client connection and completes its handshake.
func tlsWrap(c net.Conn) (net.Conn, error) {
	tc := tls.Client(c, tlsClientConfig())
	_ = tc.SetDeadline(time.Now().Add(5 * time.Second))
	if err := tc.Handshake(); err != nil {
		c.Close()
		return nil, err
	}
	_ = tc.SetDeadline(time.Time{})
	return tc, nil
}

// writeTLSFiles makes a self-signed certificate (ECDSA P-256 or RSA-2048)
// for 127.0.0.1 and returns the paths of its PEM files.
func writeTLSFiles(kind string) (certFile, keyFile, dir string, err error) {
	var pub, priv any
	switch kind {
	case "ecdsa":
		k, e := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
		if e != nil {
			return "", "", "", e
		}
		pub, priv = &k.PublicKey, k
	case "rsa":
		k, e := rsa.GenerateKey(rand.Reader, 2048)
		if e != nil {
			return "", "", "", e
		}
		pub, priv = &k.PublicKey, k
	default:
		return "", "", "", fmt.Errorf("-tls: %q is neither ecdsa nor rsa", kind)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "localhost"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(24 * time.Hour),
		IPAddresses: []net.IP{net.ParseIP("127.0.0.1")}, DNSNames: []string{"localhost"},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, pub, priv)
	if err != nil {
		return "", "", "", err
	}
	kder, err := x509.MarshalPKCS8PrivateKey(priv)
	if err != nil {
		return "", "", "", err
	}
	dir, err = os.MkdirTemp("", "netbench-tls")
	if err != nil {
		return "", "", "", err
	}
	certFile, keyFile = filepath.Join(dir, "cert.pem"), filepath.Join(dir, "key.pem")
	if err := os.WriteFile(certFile, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o600); err != nil {
		return "", "", "", err
	}
	if err := os.WriteFile(keyFile, pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: kder}), 0o600); err != nil {
		return "", "", "", err
	}
	return certFile, keyFile, dir, nil
}
