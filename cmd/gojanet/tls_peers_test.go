package main_test

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gojanet/gojanet/internal/selfsigned"
)

// Real TLS peers against the CLI: openssl s_client and curl --cacert talk
// to a gojanet TLS echo server and an https server; a gojanet client talks
// to openssl s_server. The certificates are made here, for localhost.

func writeTestCert(t *testing.T, dir string) (certFile, keyFile string) {
	t.Helper()
	c, err := selfsigned.New(selfsigned.Options{})
	if err != nil {
		t.Fatal(err)
	}
	certFile, keyFile, err = c.WriteFiles(dir)
	if err != nil {
		t.Fatal(err)
	}
	return certFile, keyFile
}

func freePort(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return strings.TrimPrefix(ln.Addr().String(), "127.0.0.1:")
}

// startTLSEcho runs tlsEchoScript and returns the ports its TLS echo and
// https servers listen on (the script picks them: a port found free first
// may be taken by another test before the script listens).
func startTLSEcho(t *testing.T, dir string) (port, hport string) {
	t.Helper()
	_, line := startScript(t, dir, tlsEchoScript)
	f := strings.Fields(line)
	if len(f) != 3 || f[0] != "ready" {
		t.Fatalf("the script printed %q", line)
	}
	return f[1], f[2]
}

// startScript runs a gojanet script and waits for its first line, which it
// returns.
func startScript(t *testing.T, dir, src string, args ...string) (*exec.Cmd, string) {
	t.Helper()
	script := filepath.Join(dir, "server.js")
	if err := os.WriteFile(script, []byte(src), 0o600); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(gojanetBin(t), append([]string{script}, args...)...)
	cmd.Dir = dir
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	var first string
	done := make(chan struct{})
	go func() {
		first, _ = bufio.NewReader(out).ReadString('\n')
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("the script did not start")
	}
	return cmd, strings.TrimSpace(first)
}

const tlsEchoScript = `
const tls = require('tls'), https = require('https'), fs = require('fs');
const opts = { key: fs.readFileSync('key.pem'), cert: fs.readFileSync('cert.pem') };
const echo = tls.createServer(opts, (s) => s.pipe(s)).listen(0, '127.0.0.1', () => {
  const web = https.createServer(opts, (req, res) => res.end('hello ' + req.url + ' over ' + req.socket.getProtocol()))
    .listen(0, '127.0.0.1', () => console.log('ready', echo.address().port, web.address().port));
});
`

func TestTLSEchoWithOpenSSLClient(t *testing.T) {
	openssl, err := exec.LookPath("openssl")
	if err != nil {
		t.Skip("openssl is not installed")
	}
	dir := t.TempDir()
	cert, _ := writeTestCert(t, dir)
	port, _ := startTLSEcho(t, dir)
	for _, v := range []string{"-tls1_3", "-tls1_2"} {
		sClientEcho(t, openssl, port, cert, v)
	}
}

// sClientEcho sends a line through the echo server with openssl s_client
// (verifying the server's certificate and signature) and checks the echo.
func sClientEcho(t *testing.T, openssl, port, cert string, args ...string) {
	t.Helper()
	v := strings.Join(args, " ")
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, openssl, append([]string{"s_client", "-connect", "127.0.0.1:" + port, "-CAfile", cert,
		"-verify_return_error", "-quiet", "-no_ign_eof", "-servername", "localhost"}, args...)...)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	io.WriteString(stdin, "hello over "+v+"\n")
	line, _ := bufio.NewReader(stdout).ReadString('\n')
	stdin.Close()
	cmd.Wait()
	var out bytes.Buffer
	out.WriteString(line)
	if got := out.String(); got != "hello over "+v+"\n" {
		t.Errorf("openssl s_client %s: echoed %q", v, got)
	}
}

// An RSA server's signatures, PSS (TLS 1.3 and 1.2) and PKCS #1 v1.5 (TLS
// 1.2), verified by OpenSSL, whether libcrypto makes them (the default where
// libcrypto.so.3 is there) or Go does (GOJANET_NO_LIBCRYPTO=1).
func TestTLSRSAWithOpenSSLClient(t *testing.T) {
	openssl, err := exec.LookPath("openssl")
	if err != nil {
		t.Skip("openssl is not installed")
	}
	c, err := selfsigned.New(selfsigned.Options{Kind: "rsa"})
	if err != nil {
		t.Fatal(err)
	}
	for _, noLibcrypto := range []string{"0", "1"} {
		t.Run("GOJANET_NO_LIBCRYPTO="+noLibcrypto, func(t *testing.T) {
			t.Setenv("GOJANET_NO_LIBCRYPTO", noLibcrypto)
			dir := t.TempDir()
			cert, _, err := c.WriteFiles(dir)
			if err != nil {
				t.Fatal(err)
			}
			port, _ := startTLSEcho(t, dir)
			for _, args := range [][]string{
				{"-tls1_3"},
				{"-tls1_3", "-sigalgs", "rsa_pss_rsae_sha512"},
				{"-tls1_2", "-sigalgs", "rsa_pss_rsae_sha256"},
				{"-tls1_2", "-sigalgs", "RSA+SHA256"},
				{"-tls1_2", "-sigalgs", "RSA+SHA384"},
			} {
				sClientEcho(t, openssl, port, cert, args...)
			}
		})
	}
}

func TestHTTPSWithCurl(t *testing.T) {
	curl, err := exec.LookPath("curl")
	if err != nil {
		t.Skip("curl is not installed")
	}
	dir := t.TempDir()
	cert, _ := writeTestCert(t, dir)
	_, hport := startTLSEcho(t, dir)
	for _, args := range [][]string{{"--tlsv1.3"}, {"--tlsv1.2", "--tls-max", "1.2"}} {
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		out, err := exec.CommandContext(ctx, curl, append(args, "-sS", "--cacert", cert, "https://localhost:"+hport+"/x")...).CombinedOutput()
		cancel()
		if err != nil {
			t.Fatalf("curl %v: %v %s", args, err, out)
		}
		want := "hello /x over TLSv1.3"
		if args[0] == "--tlsv1.2" {
			want = "hello /x over TLSv1.2"
		}
		if string(out) != want {
			t.Errorf("curl %v: %q, want %q", args, out, want)
		}
	}
}

func TestTLSClientAgainstOpenSSLServer(t *testing.T) {
	openssl, err := exec.LookPath("openssl")
	if err != nil {
		t.Skip("openssl is not installed")
	}
	dir := t.TempDir()
	cert, key := writeTestCert(t, dir)
	port := freePort(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	srv := exec.CommandContext(ctx, openssl, "s_server", "-accept", "127.0.0.1:"+port, "-key", key, "-cert", cert, "-rev", "-naccept", "1")
	srvOut, err := srv.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := srv.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { srv.Process.Kill(); srv.Wait() }()
	// s_server prints ACCEPT once it listens (a probe connection would use
	// up its one accept).
	ready := make(chan struct{})
	go func() {
		buf := make([]byte, 256)
		var seen []byte
		for {
			n, err := srvOut.Read(buf)
			seen = append(seen, buf[:n]...)
			if bytes.Contains(seen, []byte("ACCEPT")) {
				close(ready)
				io.Copy(io.Discard, srvOut)
				return
			}
			if err != nil {
				return
			}
		}
	}()
	select {
	case <-ready:
	case <-time.After(20 * time.Second):
		t.Fatal("openssl s_server did not start")
	}
	script := filepath.Join(dir, "client.js")
	os.WriteFile(script, []byte(`
const tls = require('tls'), fs = require('fs');
const c = tls.connect({ port: +process.argv[2], host: '127.0.0.1', servername: 'localhost', ca: fs.readFileSync('cert.pem') }, () => {
  console.log('secure', c.authorized, c.getProtocol());
  c.write('gojanet\n');
});
c.on('data', (d) => { console.log('got', String(d).trim()); c.end(); });
c.on('error', (e) => console.log('error', e.code));
`), 0o600)
	cmd := exec.CommandContext(ctx, gojanetBin(t), script, port)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if got, want := string(out), "secure true TLSv1.3\ngot tenajog\n"; got != want {
		t.Errorf("gojanet client printed %q, want %q", got, want)
	}
}

// smtpScript is an SMTP server on the smtp-server package (from the npm
// registry at test time, never committed): it offers STARTTLS, upgrades the
// plaintext socket in place (new TLSSocket over it) and prints each message
// it accepts with the session's secure flag.
const smtpScript = `
const { SMTPServer } = require('smtp-server');
const fs = require('fs');
const server = new SMTPServer({
  key: fs.readFileSync('key.pem'), cert: fs.readFileSync('cert.pem'), authOptional: true, logger: false,
  onData(stream, session, cb) {
    let body = '';
    stream.setEncoding('utf8');
    stream.on('data', (d) => { body += d; });
    stream.on('end', () => {
      const subject = body.split('\r\n').find((l) => l.startsWith('Subject: ')).slice(9);
      console.log('mail from', session.envelope.mailFrom.address, 'to',
        session.envelope.rcptTo.map((r) => r.address).join(','), 'secure', session.secure, 'subject', subject);
      cb(null, 'queued');
    });
  },
});
server.listen(0, '127.0.0.1', () => console.log('ready', server.server.address().port));
`

// TestSTARTTLSWithSwaks: swaks --tls (a Perl client on OpenSSL) sends a mail
// through a gojanet SMTP server, upgrading with STARTTLS and verifying the
// server's certificate; the server must see the message on a secure session.
func TestSTARTTLSWithSwaks(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	swaks, err := exec.LookPath("swaks")
	if err != nil {
		t.Skip("swaks is not installed (apt-get install swaks)")
	}
	npm, err := exec.LookPath("npm")
	if err != nil {
		t.Skip("npm is not installed")
	}
	dir := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 120*time.Second)
	defer cancel()
	install := exec.CommandContext(ctx, npm, "install", "--no-audit", "--no-fund", "--silent", "--prefix", dir, "smtp-server@3")
	install.Env = append(os.Environ(), "npm_config_update_notifier=false")
	if out, err := install.CombinedOutput(); err != nil {
		t.Skipf("npm install smtp-server failed (registry unreachable?): %v\n%s", err, out)
	}
	cert, _ := writeTestCert(t, dir)
	script := filepath.Join(dir, "smtp.js")
	if err := os.WriteFile(script, []byte(smtpScript), 0o600); err != nil {
		t.Fatal(err)
	}
	srv := exec.Command(gojanetBin(t), script)
	srv.Dir = dir
	var srvErr bytes.Buffer
	srv.Stderr = &srvErr
	srvOut, err := srv.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := srv.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { srv.Process.Kill(); srv.Wait() }()
	lines := make(chan string, 4)
	go func() {
		sc := bufio.NewScanner(srvOut)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	next := func(what string) string {
		select {
		case l, ok := <-lines:
			if !ok {
				t.Fatalf("the server ended before %s; stderr:\n%s", what, srvErr.String())
			}
			return l
		case <-time.After(30 * time.Second):
			t.Fatalf("no %s from the server", what)
		}
		return ""
	}
	// the script picks its port (one found free first may be taken before it listens)
	f := strings.Fields(next("start"))
	if len(f) != 2 || f[0] != "ready" {
		t.Fatalf("server printed %q", strings.Join(f, " "))
	}
	port := f[1]
	out, err := exec.CommandContext(ctx, swaks, "--server", "127.0.0.1:"+port, "--tls", "--tls-verify", "--tls-ca-path", cert,
		"--tls-protocol", "tlsv1_3", "--from", "a@example.com", "--to", "b@example.org", "--header", "Subject: over starttls").CombinedOutput()
	if err != nil {
		t.Fatalf("swaks: %v\n%s", err, out)
	}
	for _, want := range []string{"<-  220 Ready to start TLS", "=== TLS started with cipher TLSv1.3", `=== TLS peer DN="/CN=localhost"`, "<~  250 queued"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("swaks output lacks %q:\n%s", want, out)
		}
	}
	if l, want := next("mail"), "mail from a@example.com to b@example.org secure true subject over starttls"; l != want {
		t.Errorf("server printed %q, want %q", l, want)
	}
}

// TestExtraCACerts: NODE_EXTRA_CA_CERTS adds a certificate to the default
// roots (a client without a ca option then trusts the server), and a file
// that does not load gets node's warning on stderr.
func TestExtraCACerts(t *testing.T) {
	dir := t.TempDir()
	cert, _ := writeTestCert(t, dir)
	port, _ := startTLSEcho(t, dir)
	client := filepath.Join(dir, "client.js")
	os.WriteFile(client, []byte(`
const tls = require('tls');
const c = tls.connect({ port: +process.argv[2], host: '127.0.0.1', servername: 'localhost' }, () => {
  console.log('authorized', c.authorized);
  c.end();
});
c.on('error', (e) => console.log('error', e.code));
`), 0o600)
	for _, tc := range []struct{ file, want, warn string }{
		{cert, "authorized true\n", ""},
		{filepath.Join(dir, "missing.pem"), "error DEPTH_ZERO_SELF_SIGNED_CERT\n",
			"Warning: Ignoring extra certs from `" + filepath.Join(dir, "missing.pem") + "`, load failed: error:80000002:system library::No such file or directory\n"},
	} {
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		cmd := exec.CommandContext(ctx, gojanetBin(t), client, port)
		cmd.Env = append(os.Environ(), "NODE_EXTRA_CA_CERTS="+tc.file)
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		cancel()
		if err != nil || stdout.String() != tc.want || stderr.String() != tc.warn {
			t.Errorf("NODE_EXTRA_CA_CERTS=%s: %v\nstdout %q, want %q\nstderr %q, want %q", tc.file, err, stdout.String(), tc.want, stderr.String(), tc.warn)
		}
	}
}

// TestTLSCLIFlags: node's --tls-min-v1.x/--tls-max-v1.x (and their
// conflict), --tls-cipher-list and --tls-keylog on gojanet's command line.
func TestTLSCLIFlags(t *testing.T) {
	bin := gojanetBin(t)
	out, err := exec.Command(bin, "--tls-min-v1.3", "--tls-max-v1.2", "-p", "1").CombinedOutput()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 9 || !strings.Contains(string(out), "not both") {
		t.Errorf("min 1.3 with max 1.2: %v %q", err, out)
	}
	out, err = exec.Command(bin, "--tls-min-v1.3", "--tls-cipher-list=ABC", "-p", "tls.DEFAULT_MIN_VERSION + ' ' + tls.DEFAULT_MAX_VERSION + ' ' + tls.DEFAULT_CIPHERS").CombinedOutput()
	if err != nil || string(out) != "TLSv1.3 TLSv1.3 ABC\n" {
		t.Errorf("defaults: %v %q", err, out)
	}
	out, err = exec.Command(bin, "--tls-cipher-list=ABC", "-p", "crypto.constants.defaultCipherList").CombinedOutput()
	if err != nil || string(out) != "ABC\n" {
		t.Errorf("crypto.constants.defaultCipherList: %v %q", err, out)
	}
	dir := t.TempDir()
	cert, key := writeTestCert(t, dir)
	script := filepath.Join(dir, "keylog.js")
	os.WriteFile(script, []byte(`
const tls = require('tls'), fs = require('fs');
const server = tls.createServer({ key: fs.readFileSync(process.argv[2]), cert: fs.readFileSync(process.argv[3]), maxVersion: 'TLSv1.2' }, (s) => s.end());
server.listen(0, '127.0.0.1', () => {
  const c = tls.connect({ port: server.address().port, host: '127.0.0.1', rejectUnauthorized: false }, () => c.end());
  c.on('close', () => server.close());
});
`), 0o600)
	logFile := filepath.Join(dir, "keys.log")
	cmd := exec.Command(bin, "--tls-keylog="+logFile, script, key, cert)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("--tls-keylog: %v %s", err, stderr.String())
	}
	data, _ := os.ReadFile(logFile)
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	if len(lines) != 2 || lines[0] != lines[1] || !strings.HasPrefix(lines[0], "CLIENT_RANDOM ") {
		t.Errorf("key log: %q", data)
	}
	if !strings.Contains(stderr.String(), "Using --tls-keylog makes TLS connections insecure") {
		t.Errorf("no warning: %q", stderr.String())
	}
}
