package runtime_test

import (
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"io"
	"net"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gojanet/gojanet/internal/selfsigned"
	"github.com/gojanet/gojanet/runtime"
)

// An embedder hands a script a *tls.Config by name: the script serves TLS
// with certificates Go manages (here through GetCertificate), and a Go
// client checks it against the certificate's pool.
func TestTLSConfigByName(t *testing.T) {
	c, err := selfsigned.New(selfsigned.Options{Name: "embed.test", DNSNames: []string{"embed.test"}, IPs: []net.IP{}})
	if err != nil {
		t.Fatal(err)
	}
	leaf, cert := c.Leaf, c.TLS()
	calls := 0
	cfg := &tls.Config{GetCertificate: func(*tls.ClientHelloInfo) (*tls.Certificate, error) { calls++; return &cert, nil }}

	var stdout bytes.Buffer
	rt, err := runtime.New(runtime.Options{Stdout: &stdout, Stderr: &stdout})
	if err != nil {
		t.Fatal(err)
	}
	rt.TLSConfig("site", cfg)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	go func() {
		pool := x509.NewCertPool()
		pool.AddCert(leaf)
		var c *tls.Conn
		for i := 0; i < 100; i++ {
			c, err = tls.Dial("tcp", net.JoinHostPort("127.0.0.1", itoa(port)), &tls.Config{RootCAs: pool, ServerName: "embed.test"})
			if err == nil {
				break
			}
			time.Sleep(50 * time.Millisecond)
		}
		if c == nil {
			t.Error(err)
			rt.Shutdown(context.Background())
			return
		}
		io.WriteString(c, "ping")
		buf := make([]byte, 4)
		io.ReadFull(c, buf)
		c.Close()
		if string(buf) != "ping" {
			t.Errorf("echo: %q", buf)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		rt.Shutdown(ctx)
	}()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	code, err := rt.RunScript(ctx, "embed.js", `
		const tls = require('tls');
		const secureContext = require('gojanet').secureContext('site');
		tls.createServer({ secureContext }, (s) => { console.log('secure', s.getProtocol()); s.pipe(s); })
			.listen(`+itoa(port)+`, '127.0.0.1');
		try { require('gojanet').secureContext('nope'); } catch (e) { console.log(e.code); }
	`)
	if err != nil || code != 0 {
		t.Fatalf("exit %d, %v: %s", code, err, stdout.String())
	}
	if got := stdout.String(); !strings.Contains(got, "ERR_GOJANET_NO_TLS_CONFIG\nsecure TLSv1.3\n") || calls == 0 {
		t.Errorf("script printed %q, GetCertificate called %d times", got, calls)
	}
}

func itoa(n int) string {
	return strconv.Itoa(n)
}
