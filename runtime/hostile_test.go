package runtime

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dop251/goja"

	"github.com/gojanet/gojanet/internal/testutil"
)

// TestHostileArguments runs testdata/hostile.js: every function of every
// builtin, of their classes' prototypes, of Buffer, process and every
// internal binding (found by walking, so new modules are covered), called
// with hostile argument lists. A Go panic (caught by the firewall or not), a
// call that does not return within hostileCallLimit, or a crash fails it.
// hostileCallLimit is how long one call may run (generous: -race on a
// loaded machine); hostileRandomLists is how many seeded random argument
// mixes each function gets besides the systematic ones.
const hostileCallLimit = 10 * time.Second

var hostileRandomLists = map[bool]int{false: 12, true: 3}[raceEnabled]

func TestHostileArguments(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	script, err := filepath.Abs("testdata/hostile.js")
	if err != nil {
		t.Fatal(err)
	}
	// Relative paths the calls create or remove stay in a scratch directory.
	dir := t.TempDir()
	t.Chdir(dir)
	// The sweep may chmod what it creates (or dir itself) to 0: give it
	// back before TempDir removes it.
	t.Cleanup(func() {
		filepath.WalkDir(dir, func(p string, _ fs.DirEntry, _ error) error { os.Chmod(p, 0o700); return nil })
	})
	out := &testutil.SyncBuffer{}
	var uncaught []error
	start := time.Now()
	rt, err := New(Options{
		Stdout: out, Stderr: out, Stdin: strings.NewReader(""), Dir: dir,
		OnUncaught: func(err error) { uncaught = append(uncaught, err) },
	})
	if err != nil {
		t.Fatal(err)
	}

	var (
		mu       sync.Mutex
		findings = map[string][]string{} // function → failing calls
		current  atomic.Pointer[string]
		seq      atomic.Uint64
		hung     atomic.Pointer[string]
		summary  string
	)
	record := func(fn, call, what string, known bool) {
		mu.Lock()
		defer mu.Unlock()
		if known {
			fn = "(known, goja_nodejs) " + fn
		}
		findings[fn] = append(findings[fn], call+": "+what)
	}
	names := make([]string, 0, len(bindingRegistry))
	for name := range bindingRegistry {
		names = append(names, name)
	}
	sort.Strings(names)
	verbose := os.Getenv("GOJANET_HOSTILE_VERBOSE") != ""
	rt.RegisterModule("hostile-driver", func(vm *goja.Runtime, module *goja.Object) {
		e := module.Get("exports").ToObject(vm)
		e.Set("bindingNames", func() []string { return names })
		e.Set("binding", func(name string) goja.Value {
			fn, _ := goja.AssertFunction(rt.host.Get("binding"))
			v, err := fn(goja.Undefined(), vm.ToValue(name))
			if err != nil {
				panic(err)
			}
			return v
		})
		e.Set("host", func() goja.Value { return rt.host })
		e.Set("verbose", verbose)
		e.Set("log", func(s string) { fmt.Fprintln(os.Stderr, s) })
		e.Set("randomLists", hostileRandomLists)
		e.Set("progress", func(desc string) {
			current.Store(&desc)
			if n := seq.Add(1); verbose && (n%2000 == 0) {
				fmt.Fprintf(os.Stderr, "%d %v %s\n", n, time.Since(start).Round(time.Millisecond), desc)
			}
		})
		e.Set("found", record)
		e.Set("summary", func(fns, calls, nonErrors int) {
			summary = fmt.Sprintf("%d functions, %d calls, %d non-Error throws", fns, calls, nonErrors)
		})
	})

	// The watchdog: a call that makes no progress for hostileCallLimit is a
	// hang; interrupting the VM ends the sweep there.
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		last, since := uint64(0), time.Now()
		tick := time.NewTicker(100 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case now := <-tick.C:
				if s := seq.Load(); s != last {
					last, since = s, now
					continue
				}
				if p := current.Load(); p != nil && *p != "" && now.Sub(since) > hostileCallLimit {
					hung.Store(p)
					fmt.Fprintf(os.Stderr, "hostile: no progress for %v in %s; interrupting\n", hostileCallLimit, *p)
					rt.vm.Interrupt("hang")
					select {
					case <-stop:
					case <-time.After(hostileCallLimit):
						// Blocked in Go, where an interrupt cannot reach: the goroutine dump says where.
						panic("hostile: hang in Go code during " + *p)
					}
					return
				}
			}
		}
	}()

	// The watchdog above catches a hang; this only bounds the whole sweep.
	// Under -race at a load average of 28 on 2 cores it ran past 5 min
	// with every call making progress.
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()
	code, err := rt.RunFile(ctx, script)
	t.Logf("%s in %v (exit %d)", summary, time.Since(start).Round(time.Millisecond), code)
	if p := hung.Load(); p != nil {
		t.Errorf("hang: %s", *p)
	}
	for _, e := range uncaught {
		var pe *PanicError
		where := ""
		if p := current.Load(); p != nil {
			where = *p
		}
		if errors.As(e, &pe) {
			t.Errorf("uncatchable Go panic during %s: %v\n%s", where, pe, pe.Stack)
		} else {
			var ex *goja.Exception
			if errors.As(e, &ex) {
				t.Errorf("uncaught during %q: %s", where, ex.String())
			} else {
				t.Errorf("uncaught during %q: %q", where, e)
			}
		}
	}
	fns := make([]string, 0, len(findings))
	for fn := range findings {
		fns = append(fns, fn)
	}
	sort.Strings(fns)
	for _, fn := range fns {
		calls := findings[fn]
		if strings.HasPrefix(fn, "(known") {
			t.Logf("Go panic in %s (%d calls), e.g. %q", fn, len(calls), calls[0])
			continue
		}
		t.Errorf("Go panic in %s (%d calls), e.g. %q", fn, len(calls), calls[0])
	}
	if code != 0 || err != nil || summary == "" {
		tail := out.String()
		if len(tail) > 4000 {
			tail = tail[len(tail)-4000:]
		}
		t.Errorf("sweep did not finish: exit %d, %v\n%s", code, err, tail)
	}
}

// The Go panics and hangs TestHostileArguments found, each pinned: every
// call returns or throws a JS error.
func TestHostileRegressions(t *testing.T) {
	out := &testutil.SyncBuffer{}
	rt, _ := New(Options{Stdout: out, Stderr: out, Stdin: strings.NewReader("")})
	rt.RegisterModule("host", func(vm *goja.Runtime, module *goja.Object) { module.Set("exports", rt.host) })
	code, err := rt.RunScript(context.Background(), "regress.js", `
		const host = require('host');
		const util = host.binding('util'); // process.binding('util') is node's legacy wrapper
		const tcp = process.binding('tcp_wrap');
		const r = [];
		const attempt = (name, fn) => {
			try { r.push(name + ' ok ' + String(fn())); }
			catch (e) { r.push(name + ' ' + e.name + (e.code === 'ERR_INTERNAL_ASSERTION' ? ' PANIC' : '')); }
		};
		attempt('loadNative', () => host.loadNative('nope', {}));
		attempt('loadNative()', () => host.loadNative());
		attempt('write()', () => host.write(1));
		attempt('write array-like', () => host.write(1, { length: 2 ** 32 }));
		attempt('uncaught()', () => host.uncaught());
		attempt('getPromiseDetails()', () => util.getPromiseDetails());
		attempt('getProxyDetails(cyclic Map)', () => { const m = new Map(); m.set(m, [m]); return util.getProxyDetails(m, true); });
		const h = new tcp.TCP(tcp.constants.SOCKET);
		attempt('writev(0, 0)', () => h.writev(0, 0));
		attempt('writev array-like', () => h.writev({}, { length: 2 ** 32 }, true));
		attempt('writev holes', () => h.writev({}, [, ,], true));
		attempt('writeBuffer(undefined)', () => h.writeBuffer({}, undefined));
		h.close();
		const { HTTPParser } = host.binding('http_parser');
		attempt('HTTPParser.prototype.execute', () => HTTPParser.prototype.execute(Buffer.from('GET')));
		// upgradeBody's offset is checked against its data, skipped or not
		const hp = new HTTPParser(HTTPParser.REQUEST)._p;
		attempt('upgradeBody skip huge', () => hp.upgradeBody(Buffer.alloc(1), 1e30, true));
		attempt('upgradeBody skip negative', () => hp.upgradeBody(Buffer.alloc(1), -5, true));
		console.log(r.join('\n'));
	`)
	if err != nil || code != 0 {
		t.Fatalf("exit %d, %v\n%s", code, err, out)
	}
	want := `loadNative TypeError
loadNative() TypeError
write() ok 0
write array-like ok 0
uncaught() ok undefined
getPromiseDetails() ok undefined
getProxyDetails(cyclic Map) ok undefined
writev(0, 0) TypeError
writev array-like TypeError
writev holes ok -9
writeBuffer(undefined) ok -9
HTTPParser.prototype.execute TypeError
upgradeBody skip huge TypeError
upgradeBody skip negative TypeError
`
	if out.String() != want {
		t.Fatalf("got:\n%s\nwant:\n%s", out, want)
	}
}
