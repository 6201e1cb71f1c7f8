package main

import (
	"crypto/tls"
	"fmt"
	"net"
	"os"
	"time"

	"github.com/gojanet/gojanet/internal/selfsigned"
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
// for localhost and 127.0.0.1 and returns the paths of its PEM files.
func writeTLSFiles(kind string) (certFile, keyFile, dir string, err error) {
	if kind != "ecdsa" && kind != "rsa" {
		return "", "", "", fmt.Errorf("-tls: %q is neither ecdsa nor rsa", kind)
	}
	c, err := selfsigned.New(selfsigned.Options{Kind: kind})
	if err != nil {
		return "", "", "", err
	}
	if dir, err = os.MkdirTemp("", "netbench-tls"); err != nil {
		return "", "", "", err
	}
	certFile, keyFile, err = c.WriteFiles(dir)
	return certFile, keyFile, dir, err
}
