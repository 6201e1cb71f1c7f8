package runtime_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dop251/goja"

	"github.com/gojanet/gojanet/internal/testutil"
	"github.com/gojanet/gojanet/runtime"
)

// The panic firewall (runtime/firewall): a Go panic raised while serving a
// script never ends the process. In a Go function the script called, it is
// an Error the script can catch; anywhere else it is the runtime's
// uncaught error (exit code 1, OnUncaught).

type panicky struct{ n int }

// registerPanicky exposes Go functions that fail in the usual ways.
func registerPanicky(rt *runtime.Runtime) {
	rt.RegisterModule("panicky", func(vm *goja.Runtime, module *goja.Object) {
		exports := module.Get("exports").ToObject(vm)
		exports.Set("nilDeref", func(goja.FunctionCall) goja.Value {
			var p *panicky
			return vm.ToValue(p.n)
		})
		exports.Set("index", func(call goja.FunctionCall) goja.Value {
			s := []int{1, 2, 3}
			return vm.ToValue(s[call.Argument(0).ToInteger()])
		})
		exports.Set("custom", func(goja.FunctionCall) goja.Value { panic(panicky{42}) })
		exports.Set("reflected", func(s string) string { return s[:100] })
		exports.Set("typeError", func(goja.FunctionCall) goja.Value { panic(vm.NewTypeError("plain JS error")) })
		exports.Set("ok", func(a, b int) int { return a + b })
		exports.Set("Ctor", func(call goja.ConstructorCall) *goja.Object {
			if call.Argument(0).ToBoolean() {
				var m map[string]int
				m["x"] = 1
			}
			call.This.Set("made", true)
			return nil
		})
		proto := vm.NewObject()
		proto.Set("method", func(goja.FunctionCall) goja.Value { panic("method failed") })
		proto.DefineAccessorProperty("getter", vm.ToValue(func(goja.FunctionCall) goja.Value { panic("getter failed") }), nil, goja.FLAG_TRUE, goja.FLAG_TRUE)
		exports.Get("Ctor").ToObject(vm).Set("prototype", proto)
		proto.Set("constructor", exports.Get("Ctor"))
		exports.Set("nested", map[string]any{"deep": 1})
		inner := vm.NewObject()
		inner.Set("fail", func() { panic(errors.New("nested failure")) })
		exports.Set("inner", inner)
	})
}

func TestFirewallCaughtByScript(t *testing.T) {
	out := &testutil.SyncBuffer{}
	var uncaught []error
	rt, _ := runtime.New(runtime.Options{Stdout: out, Stderr: out, OnUncaught: func(err error) { uncaught = append(uncaught, err) }})
	registerPanicky(rt)
	rt.Set("globalPanic", func() { panic("from a global") })
	code, err := rt.RunScript(context.Background(), "caught.js", `
		const p = require('panicky');
		function attempt(name, fn) {
			try { fn(); console.log(name, 'returned'); }
			catch (e) {
				console.log(name, e instanceof Error, e.name, e.code || '-', e.message.split('\n')[0],
					typeof e.goStack === 'string' && e.goStack.includes('goroutine'));
			}
		}
		attempt('nil', () => p.nilDeref());
		attempt('index', () => p.index(7));
		attempt('custom', () => p.custom());
		attempt('reflect', () => p.reflected('short'));
		attempt('typeError', () => p.typeError());
		attempt('ctor', () => new p.Ctor(true));
		attempt('method', () => new p.Ctor(false).method());
		attempt('getter', () => new p.Ctor(false).getter);
		attempt('inner', () => p.inner.fail());
		attempt('global', () => globalPanic());
		attempt('buffer', () => Buffer.alloc(8).readDoubleLE(Infinity));
		// The wrappers keep what they replace: names, lengths, constructors, prototypes.
		const c = new p.Ctor(false);
		console.log(p.ok(2, 3), c.made, c instanceof p.Ctor, c.constructor === p.Ctor, p.Ctor.name === p.Ctor.prototype.constructor.name);
		console.log(Buffer.from('hi') instanceof Buffer, Buffer.prototype.readDoubleLE.length, typeof Buffer.from, Buffer.from('hi').constructor === Buffer);
		// A Go panic in a callback the script passed to a Go function still unwinds as a JS exception.
		try { [1].forEach(() => p.index(9)); } catch (e) { console.log('through forEach', e.code); }
	`)
	if err != nil || code != 0 {
		t.Fatalf("exit %d, %v\n%s", code, err, out)
	}
	want := `nil true Error ERR_INTERNAL_ASSERTION Go panic in panicky.nilDeref: runtime error: invalid memory address or nil pointer dereference true
index true Error ERR_INTERNAL_ASSERTION Go panic in panicky.index: runtime error: index out of range [7] with length 3 true
custom true Error ERR_INTERNAL_ASSERTION Go panic in panicky.custom: {42} true
reflect true Error ERR_INTERNAL_ASSERTION Go panic in panicky.reflected: runtime error: slice bounds out of range [:100] with length 5 true
typeError true TypeError - plain JS error false
ctor true Error ERR_INTERNAL_ASSERTION Go panic in panicky.Ctor: assignment to entry in nil map true
method true Error ERR_INTERNAL_ASSERTION Go panic in panicky.Ctor.prototype.method: method failed true
getter true Error ERR_INTERNAL_ASSERTION Go panic in panicky.Ctor.prototype.getter: getter failed true
inner true Error ERR_INTERNAL_ASSERTION Go panic in panicky.inner.fail: nested failure true
global true Error ERR_INTERNAL_ASSERTION Go panic in globalPanic: from a global true
`
	if !strings.HasPrefix(out.String(), want) {
		t.Fatalf("got:\n%s\nwant prefix:\n%s", out, want)
	}
	rest := strings.TrimPrefix(out.String(), want)
	// Our Buffer validates in JS, as node: no Go panic is reached at all.
	if !strings.HasPrefix(rest, `buffer true RangeError ERR_OUT_OF_RANGE The value of "offset" is out of range. It must be >= 0 and <= 0. Received Infinity false`) {
		t.Errorf("buffer line: %s", rest)
	}
	if !strings.Contains(rest, "5 true true true true\ntrue 0 function true\nthrough forEach ERR_INTERNAL_ASSERTION\n") {
		t.Errorf("wrappers changed what they replaced:\n%s", rest)
	}
	if len(uncaught) != 0 {
		t.Errorf("OnUncaught called: %v", uncaught)
	}
}

// A Go panic the script does not catch is an uncaught exception: exit 1,
// OnUncaught sees the Error (a *ScriptError), 'uncaughtException' listeners
// could have taken it, and the process goes on.
func TestFirewallUncaughtInScript(t *testing.T) {
	out := &testutil.SyncBuffer{}
	var got []error
	rt, _ := runtime.New(runtime.Options{Stdout: out, Stderr: out, OnUncaught: func(err error) { got = append(got, err) }})
	registerPanicky(rt)
	code, err := rt.RunScript(context.Background(), "uncaught.js", `
		process.on('exit', (c) => console.log('exit event', c));
		setTimeout(() => require('panicky').index(5), 1);
	`)
	if err != nil || code != 1 {
		t.Fatalf("exit %d, %v\n%s", code, err, out)
	}
	var se *runtime.ScriptError
	if len(got) != 1 || !errors.As(got[0], &se) {
		t.Fatalf("OnUncaught got %v", got)
	}
	if code := se.Value.ToObject(rt.VM()).Get("code").String(); code != "ERR_INTERNAL_ASSERTION" {
		t.Errorf("code %q", code)
	}
	if !strings.Contains(out.String(), "Error [ERR_INTERNAL_ASSERTION]: Go panic in panicky.index: runtime error: index out of range [5] with length 3") ||
		!strings.Contains(out.String(), "exit event 1") {
		t.Errorf("output:\n%s", out)
	}
}

// Where no script frame can catch it — Post, a Loop.Queue job, a Go
// connection's goroutine — a panic is the runtime's uncaught error, as a *PanicError.
func TestFirewallUncatchable(t *testing.T) {
	cases := map[string]func(rt *runtime.Runtime){
		"Post": func(rt *runtime.Runtime) {
			rt.Post(func(vm *goja.Runtime) error { var m map[int]int; m[1] = 1; return nil })
		},
		"Queue": func(rt *runtime.Runtime) {
			rt.Post(func(vm *goja.Runtime) error {
				rt.Loop().Queue(func() { panic("worker failed") }, func() {})
				return nil
			})
		},
		"HandOff": func(rt *runtime.Runtime) {}, // see the script below
	}
	for name, trigger := range cases {
		t.Run(name, func(t *testing.T) {
			out := &testutil.SyncBuffer{}
			var got []error
			rt, _ := runtime.New(runtime.Options{
				Stdout: out, Stderr: out,
				OnUncaught: func(err error) { got = append(got, err) },
				HandOff:    func(string, net.Conn) { panic("hand-off failed") },
			})
			done := make(chan int, 1)
			go func() {
				code, _ := rt.RunScript(context.Background(), "x.js", `
					const server = require('net').createServer((c) => {
						c.pause();
						require('gojanet').handOff(c, 'elsewhere');
					}).listen(0, '127.0.0.1', () => console.log('port ' + server.address().port));
					setTimeout(() => {}, 10000);
				`)
				done <- code
			}()
			port := printedPort(t, out)
			trigger(rt)
			if name == "HandOff" {
				c, err := net.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", port))
				if err != nil {
					t.Fatal(err)
				}
				defer c.Close()
			}
			select {
			case code := <-done:
				if code != 1 {
					t.Errorf("exit %d", code)
				}
			case <-time.After(10 * time.Second):
				rt.Stop()
				t.Fatalf("runtime did not stop:\n%s", out)
			}
			var pe *runtime.PanicError
			if len(got) != 1 || !errors.As(got[0], &pe) {
				t.Fatalf("OnUncaught got %v\n%s", got, out)
			}
			if !strings.Contains(out.String(), "gojanet: Go panic") || len(pe.Stack) == 0 {
				t.Errorf("output:\n%s", out)
			}
		})
	}
}

// A panic in Promise's work rejects the promise with the firewall's Error.
func TestFirewallPromiseWork(t *testing.T) {
	out := &testutil.SyncBuffer{}
	rt, _ := runtime.New(runtime.Options{Stdout: out, Stderr: out})
	rt.Set("work", func() goja.Value {
		return rt.Promise(func() (any, error) { var p *panicky; return p.n, nil })
	})
	code, err := rt.RunScript(context.Background(), "p.js", `
		work().then(() => console.log('resolved'), (e) => console.log('rejected', e.code, e.message.split('\n')[0]));
	`)
	if err != nil || code != 0 {
		t.Fatalf("exit %d, %v\n%s", code, err, out)
	}
	if want := "rejected ERR_INTERNAL_ASSERTION Go panic in Promise work: runtime error: invalid memory address or nil pointer dereference\n"; out.String() != want {
		t.Fatalf("got %q, want %q", out, want)
	}
}

// Several runtimes in one process (gojanet --workers N): one runtime's
// panic ends that runtime only; the others keep serving.
func TestFirewallWorkersSurvive(t *testing.T) {
	port := testutil.FreePort(t)
	script := fmt.Sprintf(`
		const net = require('net');
		const server = net.createServer((c) => c.end('worker ' + process.env.GOJANET_WORKER_ID));
		server.listen(%d, '127.0.0.1', () => console.log('ready'));
	`, port)
	const workers = 3
	outs := make([]*testutil.SyncBuffer, workers)
	rts := make([]*runtime.Runtime, workers)
	codes := make([]int, workers)
	var wg sync.WaitGroup
	for i := range rts {
		outs[i] = &testutil.SyncBuffer{}
		rts[i], _ = runtime.New(runtime.Options{
			Stdout: outs[i], Stderr: outs[i], ReusePort: true,
			Env: []string{fmt.Sprintf("GOJANET_WORKER_ID=%d", i+1)},
		})
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			codes[i], _ = rts[i].RunScript(context.Background(), "worker.js", script)
		}(i)
	}
	for i := range outs {
		waitFor(t, "worker ready", func() bool { return strings.Contains(outs[i].String(), "ready") })
	}
	// Worker 1 meets a Go panic no script can catch.
	rts[0].Post(func(vm *goja.Runtime) error { var p *panicky; _ = p.n; return nil })
	waitFor(t, "worker 1 to stop", func() bool { return strings.Contains(outs[0].String(), "Go panic") })
	seen := map[string]bool{}
	for i := 0; i < 200 && len(seen) < workers-1; i++ {
		c, err := net.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", port))
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(c)
		c.Close()
		seen[string(b)] = true
	}
	if len(seen) != workers-1 || seen["worker 1"] {
		t.Errorf("connections reached %v, want workers 2 and 3", seen)
	}
	for _, rt := range rts[1:] {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		rt.Shutdown(ctx)
		cancel()
	}
	wg.Wait()
	if codes[0] != 1 || codes[1] != 0 || codes[2] != 0 {
		t.Errorf("exit codes %v, want [1 0 0]", codes)
	}
}
