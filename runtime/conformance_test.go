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

	"github.com/gojanet/gojanet/runtime"
)

// The conformance suite: every testdata/conformance/**/<name>.{js,mjs,ts}
// with a <name>.stdout beside it (recorded from node) runs under gojanet, in
// process, and must print exactly that and exit with <name>.exitcode (0 if
// absent). Where node is on PATH, JavaScript scripts also run under node,
// which proves the stored expectation is node's own output.

// A script must print the same under any load (CI runs this test under
// -race, many scripts at once, on 2 cores; a process can be starved for
// hundreds of milliseconds). What went wrong so far, in node as in gojanet:
//   - a fixed delay standing for "the other side has done X" (a server's
//     accept or read, a worker's wait, a handshake): wait for the event
//     itself (or poll for it, as http/drain_points' bytesRead does);
//   - two timers armed out of the order they fall due (each setTimeout
//     reads the clock): arm the one due first first;
//   - an 'exit' listener added after awaiting a worker's last message or
//     error: node emits both in one callback when the worker ended first;
//   - a socket 'timeout' listener that ends the socket: once(), or the end
//     re-arms it and a slow peer gets a second end();
//   - a window that must not close early (a timeout spanning a stream's
//     activity, crlfDelay, an idle-time check): seconds, not tens of ms.

// conformanceTimeout ends a run that hangs. It is not a speed check: under
// -race with the package's tests in parallel on a loaded 2-core machine the
// heaviest scripts (zlib/node_handle, assert/messages_fuzz: ≈ 4 s of CPU
// each under -race) took over 30 s of wall time.
const conformanceTimeout = 2 * time.Minute

type conformanceCase struct {
	name, script, stdout string
	exitCode             int
}

func conformanceCases(t *testing.T) []conformanceCase {
	root := filepath.Join("..", "testdata", "conformance")
	var cases []conformanceCase
	err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		ext := filepath.Ext(p)
		if ext != ".js" && ext != ".mjs" && ext != ".cjs" && ext != ".ts" {
			return nil
		}
		base := strings.TrimSuffix(p, ext)
		want, err := os.ReadFile(base + ".stdout")
		if err != nil {
			return nil // a helper module, not a case
		}
		code := 0
		if b, err := os.ReadFile(base + ".exitcode"); err == nil {
			code, _ = strconv.Atoi(strings.TrimSpace(string(b)))
		}
		rel, _ := filepath.Rel(root, p)
		abs, _ := filepath.Abs(p)
		cases = append(cases, conformanceCase{rel, abs, string(want), code})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return cases
}

func runGojanet(t *testing.T, script string, timeout time.Duration) (string, string, int) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	rt, err := runtime.New(runtime.Options{
		Stdout: &stdout, Stderr: &stderr, Stdin: strings.NewReader(""),
		Dir: filepath.Dir(script), Args: []string{script}, ExecPath: "/usr/local/bin/gojanet",
		HandleSignals: true, // as the CLI
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	code, err := rt.RunFile(ctx, script)
	if err != nil {
		t.Errorf("run: %v (stderr: %s)", err, stderr.String())
	}
	return stdout.String(), stderr.String(), code
}

func TestConformance(t *testing.T) {
	for _, c := range conformanceCases(t) {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			out, errOut, code := runGojanet(t, c.script, conformanceTimeout)
			if out != c.stdout || code != c.exitCode {
				// Scripts whose order node's timing decides (random_exchanges'
				// two sockets, 200 ms steps) can print another order under this
				// test's parallel load: one more run, the first one logged. A
				// wrong behaviour fails both.
				t.Logf("first run differed (exit %d):\n%s", code, out)
				out, errOut, code = runGojanet(t, c.script, conformanceTimeout)
			}
			if out != c.stdout || code != c.exitCode {
				t.Errorf("gojanet differs from node\n--- want (exit %d)\n%s\n--- got (exit %d)\n%s\n--- stderr\n%s",
					c.exitCode, c.stdout, code, out, errOut)
			}
		})
	}
}

// TestConformanceNode checks the stored expectations against the real node.
func TestConformanceNode(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not on PATH")
	}
	for _, c := range conformanceCases(t) {
		if filepath.Ext(c.script) == ".ts" {
			continue // node 20 cannot run TypeScript; these are checked against their .js twins
		}
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			// A few scripts print what node's own timing decides (timers due in
			// the same loop turn, two sockets' events); under this test's
			// parallel load node prints another of its orders now and then. The
			// expectation must be one node prints: up to three runs.
			var out string
			var code int
			for range 3 {
				out, code = runNode(t, node, c.script)
				if out == c.stdout && code == c.exitCode {
					return
				}
			}
			t.Errorf("stored expectation is not node's output\n--- stored (exit %d)\n%s\n--- node (exit %d)\n%s",
				c.exitCode, c.stdout, code, out)
		})
	}
}

// runNode runs script under node in its directory: stdout and exit code.
func runNode(t *testing.T, node, script string) (string, int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), conformanceTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, node, script)
	cmd.Dir = filepath.Dir(script)
	var stdout bytes.Buffer
	cmd.Stdout = &stdout
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); ok {
		return stdout.String(), ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return stdout.String(), 0
}
