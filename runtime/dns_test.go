package runtime_test

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gojanet/gojanet/internal/dnstest"
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
