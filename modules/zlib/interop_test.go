package zlib_test

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	goruntime "runtime"
	"strings"
	"testing"
	"time"

	"github.com/gojanet/gojanet/runtime"
)

// run runs a script under gojanet, in process, with stdin.
func run(t *testing.T, script, stdin string) string {
	t.Helper()
	var stdout, stderr bytes.Buffer
	abs, _ := filepath.Abs(script)
	rt, err := runtime.New(runtime.Options{
		Stdout: &stdout, Stderr: &stderr, Stdin: strings.NewReader(stdin),
		Dir: filepath.Dir(abs), Args: []string{abs},
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	code, err := rt.RunFile(ctx, abs)
	if err != nil || code != 0 {
		t.Fatalf("%s: exit %d, %v\n%s", script, code, err, stderr.String())
	}
	return stdout.String()
}

func node(t *testing.T, script, stdin string) string {
	t.Helper()
	cmd := exec.Command("node", script)
	cmd.Stdin = strings.NewReader(stdin)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node %s: %v", script, err)
	}
	return string(out)
}

// TestInterop: everything node's zlib makes (every format, level, window,
// strategy, dictionary, flush kind, params change, concatenated gzip
// members, brotli) decodes here — Sync, callback and streamed in small
// pieces — and everything made here decodes in node. The fixtures are
// produced by node when the test runs.
func TestInterop(t *testing.T) {
	if _, err := exec.LookPath("node"); err != nil {
		t.Skip("node not on PATH")
	}
	fromNode := node(t, "testdata/produce.js", "")
	fromHere := run(t, "testdata/produce.js", "")
	for _, c := range []struct{ name, out string }{
		{"node's output decoded here", run(t, "testdata/consume.js", fromNode)},
		{"our output decoded by node", node(t, "testdata/consume.js", fromHere)},
	} {
		if !strings.HasSuffix(c.out, "all ok\n") {
			t.Errorf("%s:\n%s", c.name, c.out)
		}
	}
}

// Hostile arguments get node's errors or are ignored, never a Go panic; and
// streams left open when the script ends leave no decoder goroutine behind.
func TestHostileAndUnclosed(t *testing.T) {
	script := filepath.Join(t.TempDir(), "hostile.js")
	src := `
const zlib = require('zlib');
const tries = [
  () => zlib.crc32(), () => zlib.crc32(Symbol()), () => zlib.crc32('x', 2 ** 40), () => zlib.crc32('x', NaN),
  () => zlib.deflateSync(undefined), () => zlib.deflateSync(null), () => zlib.deflateSync({}),
  () => zlib.createDeflate({ level: NaN, windowBits: Infinity }), () => zlib.createDeflate({ level: -Infinity }),
  () => zlib.createInflate({ windowBits: 2 ** 53 }), () => zlib.createDeflate({ dictionary: new Float64Array([NaN]) }),
  () => zlib.brotliCompressSync('x', { params: { 1: NaN, 2: Infinity } }), () => zlib.brotliCompressSync('x', { params: { 2: -5 } }),
  () => { const d = zlib.createDeflate(); d._processChunk(Buffer.from('x'), NaN); },
  () => { const d = zlib.createDeflate(); d._processChunk(Buffer.from('x'), 2 ** 40); },
  () => { const d = zlib.createDeflate(); d.flush(99); d.flush(-1); d.end(); },
  () => { const d = zlib.createGzip(); d.params(NaN, NaN); },
  () => { const d = zlib.createDeflate(); d.close(); d.reset(); },
  () => { const d = zlib.createInflate(); d.close(); d._processChunk(Buffer.from('x'), 0); },
];
let n = 0;
for (const f of tries) { try { f(); n++; } catch (e) { if (!e.code && !(e instanceof Error)) throw e; n++; } }
for (let i = 0; i < 50; i++) zlib.createInflate().write(zlib.deflateSync('x'.repeat(1000)).subarray(0, 20));
process.on('exit', () => console.log('survived', n));
`
	if err := os.WriteFile(script, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	run(t, script, "") // warm up the worker pool
	before := goruntime.NumGoroutine()
	if out := run(t, script, ""); out != "survived 19\n" {
		t.Fatalf("got %q", out)
	}
	deadline := time.Now().Add(5 * time.Second)
	for goruntime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := goruntime.NumGoroutine(); n > before {
		t.Fatalf("%d goroutines after the run, %d before", n, before)
	}
}
