package runtime_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"go.uber.org/goleak"

	"github.com/gojanet/gojanet/internal/testutil"
	"github.com/gojanet/gojanet/runtime"
)

// Workers leave nothing behind: a worker that ends, one terminated while
// busy, one blocked in Atomics.wait, and one still running (unref'd) when
// its parent ends are all gone, goroutines and loops, once Run returns.
func TestWorkerLifecycleNoLeak(t *testing.T) {
	defer goleak.VerifyNone(t, testutil.WorkerPool)
	out := &testutil.SyncBuffer{}
	rt, err := runtime.New(runtime.Options{Stdout: out, Stderr: out})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	code, err := rt.RunScript(ctx, "main.js", `
		const { Worker } = require('worker_threads');
		const done = new Worker('require("worker_threads").parentPort.postMessage(6 * 7)', { eval: true });
		done.on('message', (m) => console.log('answer', m));
		done.on('exit', (c) => {
			console.log('done exit', c);
			const busy = new Worker('for (;;);', { eval: true });
			busy.on('online', () => busy.terminate().then((c) => {
				console.log('busy terminated', c);
				const waiting = new Worker('Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0)', { eval: true });
				waiting.on('online', () => setTimeout(() => waiting.terminate().then((c) => {
					console.log('waiting terminated', c);
					new Worker('setInterval(() => {}, 1000)', { eval: true }).unref();
				}), 50));
			}));
		});
	`)
	if err != nil || code != 0 {
		t.Fatalf("code %d, err %v\n%s", code, err, out.String())
	}
	want := "answer 42\ndone exit 0\nbusy terminated 1\nwaiting terminated 1\n"
	if got := out.String(); got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
}

// An uncaught exception in a worker reaches the parent's 'error' listener
// (not the embedder's OnUncaught or stderr), and the parent goes on.
func TestWorkerUncaughtToParent(t *testing.T) {
	out := &testutil.SyncBuffer{}
	var uncaught []error
	rt, err := runtime.New(runtime.Options{Stdout: out, Stderr: out, OnUncaught: func(err error) { uncaught = append(uncaught, err) }})
	if err != nil {
		t.Fatal(err)
	}
	code, err := rt.RunScript(context.Background(), "main.js", `
		const { Worker } = require('worker_threads');
		const w = new Worker('null.boom', { eval: true });
		w.on('error', (e) => console.log('error', e.constructor.name, e.message.includes('boom')));
		w.on('exit', (c) => console.log('exit', c));
	`)
	if err != nil || code != 0 {
		t.Fatalf("code %d, err %v\n%s", code, err, out.String())
	}
	if got := out.String(); !strings.HasPrefix(got, "error TypeError") || !strings.HasSuffix(got, "exit 1\n") {
		t.Fatalf("output %q", got)
	}
	if len(uncaught) != 0 {
		t.Fatalf("OnUncaught got %v", uncaught)
	}
}
