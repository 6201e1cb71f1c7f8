package runtime_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"go.uber.org/goleak"

	"github.com/gojanet/gojanet/internal/testutil"
	"github.com/gojanet/gojanet/runtime"
)

// A script that exercises what a runtime owns: timers, immediates, an
// interval, promises, ticks, a signal listener (a goroutine and a signal
// channel), a TypeScript module, and a rejection handled by a listener.
const lifecycleScript = `
process.on('SIGUSR2', () => {});
process.on('unhandledRejection', () => {});
Promise.reject(new Error('handled by the listener'));
let n = 0;
setTimeout(() => {}, 1000).unref();
const iv = setInterval(() => {
  if (++n < 3) return;
  clearInterval(iv);
  setImmediate(() => process.nextTick(() => Promise.resolve().then(() => console.log('done', n))));
}, 1);
`

// TestRuntimeLifecycle creates and runs many runtimes in one process, each
// to completion, and checks that none leaves a goroutine or a descriptor behind.
func TestRuntimeLifecycle(t *testing.T) {
	dir := t.TempDir()
	script := filepath.Join(dir, "main.js")
	if err := os.WriteFile(script, []byte(lifecycleScript), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "mod.ts"), []byte("export const x: number = 1;\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	run := func(kind int) {
		var stdout, stderr bytes.Buffer
		rt, err := runtime.New(runtime.Options{Stdout: &stdout, Stderr: &stderr, Dir: dir, Stdin: strings.NewReader("from stdin")})
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		defer cancel()
		var code int
		switch kind {
		case 0:
			code, err = rt.RunFile(ctx, script)
			if stdout.String() != "done 3\n" {
				t.Errorf("stdout %q (stderr %s)", stdout.String(), stderr.String())
			}
		case 1:
			code, err = rt.RunScript(ctx, "[eval]", "require('./mod.ts'); setTimeout(() => process.exit(2), 1)")
			if code != 2 {
				t.Errorf("exit code %d, want 2 (stderr %s)", code, stderr.String())
			}
			code = 0
		case 2:
			code, err = rt.RunScript(ctx, "[eval]", "throw new Error('uncaught')")
			if code != 1 {
				t.Errorf("exit code %d, want 1", code)
			}
			code = 0
		case 4:
			// Reads stdin: the reading goroutine must end with the runtime.
			code, err = rt.RunScript(ctx, "[eval]", "process.stdin.on('data', (d) => console.log(String(d)))")
			if stdout.String() != "from stdin\n" {
				t.Errorf("stdout %q (stderr %s)", stdout.String(), stderr.String())
			}
		case 3:
			// Never run: Close alone must release everything.
			rt.Close()
			return
		}
		if err != nil || code != 0 {
			t.Errorf("kind %d: code %d, err %v, stderr %s", kind, code, err, stderr.String())
		}
	}

	// Warm up: one of each, so lazily started process-wide goroutines (the
	// os/signal watcher) and caches exist before counting.
	for kind := 0; kind < 5; kind++ {
		run(kind)
	}
	opts := []goleak.Option{goleak.IgnoreCurrent(), testutil.WorkerPool}
	before := testutil.OpenFDs(t)
	for i := 0; i < 40; i++ {
		run(i % 5)
	}
	goleak.VerifyNone(t, opts...)
	if after := testutil.OpenFDs(t); after > before {
		t.Errorf("open descriptors grew from %d to %d after 40 runtimes", before, after)
	}
}

// TestRuntimeStop cancels runtimes that would run forever, from another
// goroutine, and checks they also leave nothing behind.
func TestRuntimeStop(t *testing.T) {
	run := func() {
		rt, err := runtime.New(runtime.Options{Stdout: &bytes.Buffer{}, Stderr: &bytes.Buffer{}, Stdin: strings.NewReader("")})
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
		defer cancel()
		_, err = rt.RunScript(ctx, "[eval]", "setInterval(() => {}, 5); process.on('SIGUSR1', () => {});")
		if err != context.DeadlineExceeded {
			t.Errorf("RunScript: %v, want context.DeadlineExceeded", err)
		}
	}
	run()
	opts := []goleak.Option{goleak.IgnoreCurrent(), testutil.WorkerPool}
	before := testutil.OpenFDs(t)
	for i := 0; i < 10; i++ {
		run()
	}
	goleak.VerifyNone(t, opts...)
	if after := testutil.OpenFDs(t); after > before {
		t.Errorf("open descriptors grew from %d to %d", before, after)
	}
}
