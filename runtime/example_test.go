package runtime_test

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/dop251/goja"

	"github.com/gojanet/gojanet/runtime"
)

// Run a script to completion and get its exit code, as `node script.js` would.
func ExampleRuntime_RunScript() {
	rt, err := runtime.New(runtime.Options{Stdout: os.Stdout})
	if err != nil {
		panic(err)
	}
	code, err := rt.RunScript(context.Background(), "hello.js", `
		setTimeout(() => console.log('later'), 10);
		process.nextTick(() => console.log('tick'));
		console.log('now');
		process.exitCode = 3;
	`)
	fmt.Println("exit code", code, err)
	// Output:
	// now
	// tick
	// later
	// exit code 3 <nil>
}

// Expose Go functions and a whole module to scripts. Go values follow goja's
// conversion rules: funcs become JS functions (arguments and results
// converted), maps and structs become objects, errors returned as the last
// result are thrown as exceptions.
func ExampleRuntime_RegisterModule() {
	rt, _ := runtime.New(runtime.Options{Stdout: os.Stdout})
	rt.RegisterModule("myapp", func(vm *goja.Runtime, module *goja.Object) {
		exports := module.Get("exports").ToObject(vm)
		exports.Set("greet", func(name string) string { return "hello, " + name })
		exports.Set("config", map[string]any{"port": 8124, "tags": []string{"a", "b"}})
		exports.Set("mustBePositive", func(n int) (int, error) {
			if n <= 0 {
				return 0, errors.New("not positive")
			}
			return n, nil
		})
	})
	rt.Set("version", "1.2.3")
	rt.RunScript(context.Background(), "app.js", `
		const app = require('myapp');
		console.log(app.greet('script'), app.config.port, app.config.tags.join('+'), version);
		try { app.mustBePositive(-1); } catch (e) { console.log('caught:', e.message); }
	`)
	// Output:
	// hello, script 8124 a+b 1.2.3
	// caught: not positive
}

// Async Go work resolves a promise on the loop; the script never touches a
// goroutine and the pending work keeps the runtime alive.
func ExampleRuntime_Promise() {
	rt, _ := runtime.New(runtime.Options{Stdout: os.Stdout})
	rt.Set("fetchUser", func(id int) goja.Value {
		return rt.Promise(func() (any, error) {
			time.Sleep(5 * time.Millisecond) // a database, an RPC...
			return map[string]any{"id": id, "name": "ada"}, nil
		})
	})
	rt.RunScript(context.Background(), "async.js", `
		fetchUser(7).then((u) => console.log('user', u.id, u.name));
	`)
	// Output:
	// user 7 ada
}

// Post runs Go code on the loop from any goroutine, here to emit events
// into a script from outside.
func ExampleRuntime_Post() {
	rt, _ := runtime.New(runtime.Options{Stdout: os.Stdout})
	release := rt.Hold() // keep the loop alive until Go is done
	go func() {
		for i := 1; i <= 2; i++ {
			rt.Post(func(vm *goja.Runtime) error {
				_, err := vm.RunString(fmt.Sprintf("onTick(%d)", i))
				return err
			})
		}
		rt.Post(func(vm *goja.Runtime) error { release(); return nil })
	}()
	rt.RunScript(context.Background(), "post.js", `
		globalThis.onTick = (i) => console.log('tick from Go', i);
	`)
	// Output:
	// tick from Go 1
	// tick from Go 2
}

// Console output can go to a slog.Logger instead of stdout/stderr.
func ExampleOptions_logger() {
	logger := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey {
				return slog.Attr{} // deterministic output for the example
			}
			return a
		},
	}))
	rt, _ := runtime.New(runtime.Options{Logger: logger})
	rt.RunScript(context.Background(), "log.js", `console.log('served', 3); console.error('oops')`)
	// Output:
	// level=INFO msg="served 3" source=console
	// level=WARN msg=oops source=console
}

// A script that never yields is interrupted by the callback time limit.
func ExampleOptions_maxCallbackTime() {
	var stderr strings.Builder
	rt, _ := runtime.New(runtime.Options{Stdout: os.Stdout, Stderr: &stderr, MaxCallbackTime: 50 * time.Millisecond})
	code, _ := rt.RunScript(context.Background(), "spin.js", `console.log('spinning'); for (;;) {}`)
	fmt.Println("exit code", code, strings.Contains(stderr.String(), "time limit"))
	// Output:
	// spinning
	// exit code 1 true
}

// Confine a script's file system access and forbid processes: FSRoot keeps
// every fs path inside a directory (symlinks included), FSReadOnly refuses
// writes, NoChildProcess refuses child_process. All are enforced in Go
// under the builtins' bindings, and fail as node's permission model does,
// with ERR_ACCESS_DENIED.
func ExampleOptions_fsRoot() {
	dir, _ := os.MkdirTemp("", "gojanet-example-")
	defer os.RemoveAll(dir)
	os.WriteFile(dir+"/config.json", []byte(`{"port": 8124}`), 0o644)
	os.Symlink("/etc/passwd", dir+"/escape")

	rt, _ := runtime.New(runtime.Options{Stdout: os.Stdout, Dir: dir, FSRoot: dir, FSReadOnly: true, NoChildProcess: true})
	rt.RunScript(context.Background(), "app.js", `
		const fs = require('fs');
		console.log(JSON.parse(fs.readFileSync('config.json', 'utf8')).port);
		for (const f of [() => fs.readFileSync('/etc/passwd'),
		                 () => fs.readFileSync('escape'),
		                 () => fs.writeFileSync('config.json', '{}'),
		                 () => require('child_process').spawn('ls')]) {
			try { f(); } catch (e) { console.log(e.code, e.permission); }
		}
	`)
	// Output:
	// 8124
	// ERR_ACCESS_DENIED FileSystemRead
	// ERR_ACCESS_DENIED FileSystemRead
	// ERR_ACCESS_DENIED FileSystemWrite
	// ERR_ACCESS_DENIED ChildProcess
}
