package runtime_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"go.uber.org/goleak"

	"github.com/gojanet/gojanet/internal/dnstest"
	"github.com/gojanet/gojanet/internal/testutil"
	"github.com/gojanet/gojanet/runtime"
)

// dnsCases are testdata/dns/<name>.js scripts with node's output beside
// them (<name>.stdout); they query the server at 127.0.0.1:$DNS_PORT.
func dnsCases(t *testing.T) []string {
	files, err := filepath.Glob(filepath.Join("..", "testdata", "dns", "*.js"))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range files {
		if _, err := os.Stat(strings.TrimSuffix(f, ".js") + ".stdout"); err == nil {
			out = append(out, f)
		}
	}
	return out
}

func runGojanetEnv(t *testing.T, script string, env []string, timeout time.Duration) (string, string, int) {
	t.Helper()
	abs, _ := filepath.Abs(script)
	var stdout, stderr bytes.Buffer
	rt, err := runtime.New(runtime.Options{
		Stdout: &stdout, Stderr: &stderr, Stdin: strings.NewReader(""),
		Dir: filepath.Dir(abs), Args: []string{abs}, Env: append(os.Environ(), env...),
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	code, err := rt.RunFile(ctx, abs)
	if err != nil {
		t.Errorf("run: %v (stderr: %s)", err, stderr.String())
	}
	return stdout.String(), stderr.String(), code
}

func runNodeEnv(t *testing.T, script string, env []string, timeout time.Duration) (string, int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	script, _ = filepath.Abs(script)
	cmd := exec.CommandContext(ctx, "node", script)
	cmd.Dir = filepath.Dir(script)
	cmd.Env = append(os.Environ(), env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return stdout.String(), code
}

// TestDNSResolver runs the dns scripts against a miekg/dns server on
// loopback (internal/dnstest: UDP and TCP, a truncated answer, SERVFAIL,
// REFUSED, a name it never answers, a garbled reply) under gojanet and,
// where node is on PATH, under node: both must print the stored output.
func TestDNSResolver(t *testing.T) {
	srv, err := dnstest.Start()
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	env := []string{"DNS_PORT=" + strconv.Itoa(srv.Port())}
	_, nodeErr := exec.LookPath("node")
	for _, script := range dnsCases(t) {
		name := strings.TrimSuffix(filepath.Base(script), ".js")
		want, _ := os.ReadFile(strings.TrimSuffix(script, ".js") + ".stdout")
		t.Run(name, func(t *testing.T) {
			tcpBefore := srv.TCPQueries.Load()
			out, errOut, code := runGojanetEnv(t, script, env, 30*time.Second)
			if out != string(want) || code != 0 {
				t.Errorf("gojanet differs from node\n--- want\n%s\n--- got (exit %d)\n%s\n--- stderr\n%s", want, code, out, errOut)
			}
			if name == "resolve" && srv.TCPQueries.Load() == tcpBefore {
				t.Errorf("the truncated answer was not asked again over TCP")
			}
			if nodeErr != nil {
				return
			}
			nodeOut, nodeCode := runNodeEnv(t, script, env, 30*time.Second)
			if nodeOut != string(want) || nodeCode != 0 {
				t.Errorf("stored output is not node's\n--- stored\n%s\n--- node (exit %d)\n%s", want, nodeCode, nodeOut)
			}
		})
	}
}

// syncBuffer is a bytes.Buffer safe to read while a runtime writes it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestDNSDgramServer runs testdata/dns/dgram/server.js, a DNS server on
// dgram and net, under gojanet, and asks it with dig (a real peer, when
// installed: UDP, TCP, and the truncated answer dig asks again over TCP)
// and with the Resolver under gojanet and node (client.js).
func TestDNSDgramServer(t *testing.T) {
	dir := filepath.Join("..", "testdata", "dns", "dgram")
	server, _ := filepath.Abs(filepath.Join(dir, "server.js"))
	var out, errOut syncBuffer
	rt, err := runtime.New(runtime.Options{Stdout: &out, Stderr: &errOut, Dir: filepath.Dir(server), Args: []string{server}})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		rt.RunFile(ctx, server)
	}()
	defer func() {
		cancel()
		<-finished
	}()
	var port string
	for deadline := time.Now().Add(10 * time.Second); port == "" && time.Now().Before(deadline); {
		if f := strings.Fields(out.String()); len(f) == 2 && f[0] == "listening" {
			port = f[1]
		}
		time.Sleep(10 * time.Millisecond)
	}
	if port == "" {
		t.Fatalf("server did not start: %s %s", out.String(), errOut.String())
	}

	t.Run("dig", func(t *testing.T) {
		dig, err := exec.LookPath("dig")
		if err != nil {
			t.Skip("dig not installed (apt: bind9-dnsutils)")
		}
		ask := func(args ...string) string {
			cmd := exec.Command(dig, append([]string{"@127.0.0.1", "-p", port, "+time=5", "+tries=1"}, args...)...)
			b, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("dig %v: %v\n%s", args, err, b)
			}
			return string(b)
		}
		for _, c := range []struct {
			args []string
			want string
		}{
			{[]string{"dgram.test", "+short"}, "198.51.100.1\n198.51.100.2\n"},
			{[]string{"dgram.test", "AAAA", "+short", "+tcp"}, "2001:db8::53\n"},
			{[]string{"dgram.test", "TXT", "+short"}, "\"hello from dgram\"\n"},
		} {
			if got := ask(c.args...); got != c.want {
				t.Errorf("dig %v: got %q, want %q", c.args, got, c.want)
			}
		}
		big := ask("big.dgram.test", "+short")
		if n := strings.Count(big, "\n"); n != 100 {
			t.Errorf("big.dgram.test: %d answers, want 100 (truncated over UDP, complete over TCP)\n%s", n, big)
		}
		if nx := ask("nx.dgram.test"); !strings.Contains(nx, "status: NXDOMAIN") {
			t.Errorf("nx.dgram.test: no NXDOMAIN\n%s", nx)
		}
	})

	t.Run("resolver", func(t *testing.T) {
		client := filepath.Join(dir, "client.js")
		want, err := os.ReadFile(filepath.Join(dir, "client.stdout"))
		if err != nil {
			t.Fatal(err)
		}
		env := []string{"DNS_PORT=" + port}
		got, errOut, code := runGojanetEnv(t, client, env, 30*time.Second)
		if got != string(want) || code != 0 {
			t.Errorf("gojanet differs from node\n--- want\n%s\n--- got (exit %d)\n%s\n--- stderr\n%s", want, code, got, errOut)
		}
		if _, err := exec.LookPath("node"); err == nil {
			if got, code := runNodeEnv(t, client, env, 30*time.Second); got != string(want) || code != 0 {
				t.Errorf("stored output is not node's\n--- node (exit %d)\n%s", code, got)
			}
		}
	})
}

// TestDNS2Dig installs the npm package dns2 (never committed) and serves
// DNS with it under gojanet (testdata/dns/dns2/server.js); dig asks over UDP
// and TCP. It skips without npm, the registry or dig.
func TestDNS2Dig(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	npm, err := exec.LookPath("npm")
	if err != nil {
		t.Skip("npm not installed")
	}
	dig, err := exec.LookPath("dig")
	if err != nil {
		t.Skip("dig not installed (apt: bind9-dnsutils)")
	}
	dir := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 120*time.Second)
	defer cancel()
	install := exec.CommandContext(ctx, npm, "install", "--no-audit", "--no-fund", "--silent", "--prefix", dir, "dns2@3")
	install.Env = append(os.Environ(), "npm_config_update_notifier=false")
	if out, err := install.CombinedOutput(); err != nil {
		t.Skipf("npm install dns2 failed (registry unreachable?): %v\n%s", err, out)
	}
	src, err := os.ReadFile(filepath.Join("..", "testdata", "dns", "dns2", "server.js"))
	if err != nil {
		t.Fatal(err)
	}
	script := filepath.Join(dir, "server.js")
	if err := os.WriteFile(script, src, 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut syncBuffer
	rt, err := runtime.New(runtime.Options{Stdout: &out, Stderr: &errOut, Dir: dir, Args: []string{script},
		Env: append(os.Environ(), "DNS2_DIR="+dir)})
	if err != nil {
		t.Fatal(err)
	}
	runCtx, runCancel := context.WithCancel(context.Background())
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		rt.RunFile(runCtx, script)
	}()
	defer func() {
		runCancel()
		<-finished
	}()
	var udpPort, tcpPort string
	for deadline := time.Now().Add(15 * time.Second); udpPort == "" && time.Now().Before(deadline); {
		if f := strings.Fields(out.String()); len(f) == 3 && f[0] == "listening" {
			udpPort, tcpPort = f[1], f[2]
		}
		time.Sleep(10 * time.Millisecond)
	}
	if udpPort == "" {
		t.Fatalf("dns2 server did not start: %s %s", out.String(), errOut.String())
	}
	if e := errOut.String(); e != "" {
		t.Logf("dns2 loaded in parts: %s", strings.TrimSpace(e))
	}
	ask := func(port string, args ...string) string {
		cmd := exec.Command(dig, append([]string{"@127.0.0.1", "-p", port, "+time=10", "+tries=1"}, args...)...)
		b, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("dig %v: %v\n%s", args, err, b)
		}
		return string(b)
	}
	if got := ask(udpPort, "dns2.test", "+short"); got != "203.0.113.7\n" {
		t.Errorf("UDP A: %q", got)
	}
	if got := ask(tcpPort, "dns2.test", "TXT", "+short", "+tcp"); got != "\"served by dns2\"\n" {
		t.Errorf("TCP TXT: %q", got)
	}
	if got := ask(tcpPort, "many.dns2.test", "+short", "+tcp"); strings.Count(got, "\n") != 60 {
		t.Errorf("TCP, 60 answers: %q", got)
	}
	if got := ask(udpPort, "many.dns2.test", "+noedns", "+ignore"); !strings.Contains(got, "flags: qr tc") {
		t.Errorf("UDP without EDNS: no TC bit\n%s", got)
	}
	if got := ask(udpPort, "nx.dns2.test"); !strings.Contains(got, "status: NXDOMAIN") {
		t.Errorf("NXDOMAIN: %s", got)
	}
}

// TestDNSResolverNoLeaks: queries that complete, time out, are cancelled or
// are still pending when the script exits leave no goroutine and no
// descriptor (the pooled UDP sockets close with the runtime).
func TestDNSResolverNoLeaks(t *testing.T) {
	srv, err := dnstest.Start()
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	script := fmt.Sprintf(`
		const dns = require('dns');
		const r = new dns.Resolver({ timeout: 300, tries: 1 });
		r.setServers(['127.0.0.1:%d']);
		let n = 0;
		const done = () => { if (++n === 4) { r.resolve4('timeout.test', () => {}); setTimeout(() => process.exit(0), 20); } };
		r.resolve4('a.test', done);
		r.resolve4('big.test', done);
		r.resolve4('timeout.test', done);
		const c = new dns.Resolver();
		c.setServers(['127.0.0.1:%d']);
		c.resolveMx('timeout.test', done);
		c.cancel();
	`, srv.Port(), srv.Port())
	run := func() {
		var out bytes.Buffer
		rt, err := runtime.New(runtime.Options{Stdout: &out, Stderr: &out, Stdin: strings.NewReader("")})
		if err != nil {
			t.Fatal(err)
		}
		if code, err := rt.RunScript(context.Background(), "[eval]", script); err != nil || code != 0 {
			t.Fatalf("exit %d, %v: %s", code, err, out.String())
		}
	}
	// UDP sockets with the server's address at either end (from
	// /proc/net/udp, read before the garbage collector could close a
	// leaked one).
	connected := func() int {
		b, err := os.ReadFile("/proc/net/udp")
		if err != nil {
			return 0
		}
		return strings.Count(string(b), fmt.Sprintf(" 0100007F:%04X ", srv.Port()))
	}
	sockets := connected() // the server's own
	run()
	opts := []goleak.Option{goleak.IgnoreCurrent(), testutil.WorkerPool}
	before := testutil.OpenFDs(t)
	// No collection meanwhile: a leaked socket's finalizer would hide it.
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	for range 5 {
		run()
	}
	// A query stopped by the shutdown closes its socket on its goroutine
	// as it ends: wait for the goroutines first.
	goleak.VerifyNone(t, opts...)
	if n := connected(); n > sockets {
		t.Errorf("%d UDP sockets to the server still open after the runtimes closed", n-sockets)
	}
	if after := testutil.OpenFDs(t); after > before {
		t.Errorf("open descriptors grew from %d to %d", before, after)
	}
}
