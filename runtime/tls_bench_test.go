package runtime_test

import (
	"crypto"
	"crypto/tls"
	"crypto/x509"
	"encoding/pem"
	"io"
	"os"
	"testing"

	"github.com/gojanet/gojanet/internal/selfsigned"
)

// tlsEchoServer starts testdata/tls-echo.js's server (greeting, then
// c.pipe(c)) with a fresh certificate of the given kind ("ecdsa": P-256,
// "rsa": 2048 bits) in a runtime of its own and returns its address.
func tlsEchoServer(b *testing.B, kind string) (addr string, stop func()) {
	b.Helper()
	opts := selfsigned.Options{Kind: kind}
	if kind == "rsa" {
		// A fixed key: generating one costs a random number of
		// instructions, which callgrind's per-handshake figure would count.
		opts.Key = fixtureRSAKey(b)
	}
	c, err := selfsigned.New(opts)
	if err != nil {
		b.Fatal(err)
	}
	certPEM, keyPEM := string(c.CertPEM), string(c.KeyPEM)

	return scriptServer(b, "tls-echo.js", `
const tls = require('tls');
const server = tls.createServer({ cert: certPEM, key: keyPEM }, (c) => {
  c.on('error', () => {});
  c.write('hello\r\n');
  c.pipe(c);
});
server.listen(0, '127.0.0.1', () => reportPort(server.address().port));
`, map[string]any{"certPEM": certPEM, "keyPEM": keyPEM})
}

// BenchmarkTLSHandshake is one TLS connection's whole life on the TLS echo
// server, as netbench's connect measure with -tls: a full TLS 1.3
// handshake (no session resumption: the client keeps no sessions), the
// greeting, the client's close_notify and FIN, the server's end and close
// (the client reads EOF). Allocations include the Go client's handshake
// (≈ 30 KB, 200 allocations).
func BenchmarkTLSHandshake(b *testing.B) {
	for _, kind := range []string{"ecdsa", "rsa"} {
		b.Run(kind, func(b *testing.B) {
			addr, stop := tlsEchoServer(b, kind)
			defer stop()
			cfg := &tls.Config{InsecureSkipVerify: true, MinVersion: tls.VersionTLS13} //nolint:gosec // our own loopback server
			var buf [16]byte
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				c, err := tls.Dial("tcp", addr, cfg)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := io.ReadFull(c, buf[:7]); err != nil {
					b.Fatal(err)
				}
				c.CloseWrite()
				if n, err := c.Read(buf[:]); n != 0 || err != io.EOF {
					b.Fatalf("after the client's close_notify: %d bytes, %v; want EOF", n, err)
				}
				c.Close()
			}
		})
	}
}

// fixtureRSAKey is the conformance fixtures' RSA-2048 key.
func fixtureRSAKey(b *testing.B) crypto.Signer {
	b.Helper()
	data, err := os.ReadFile("../testdata/conformance/tls/fixtures/server-rsa-key.pem")
	if err != nil {
		b.Fatal(err)
	}
	blk, _ := pem.Decode(data)
	if blk == nil {
		b.Fatal("no RSA key fixture")
	}
	k, err := x509.ParsePKCS8PrivateKey(blk.Bytes)
	if err != nil {
		b.Fatal(err)
	}
	return k.(crypto.Signer)
}
