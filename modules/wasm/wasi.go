package wasm

import (
	"crypto/rand"
	"errors"
	"io"
	"os"
	"runtime"
	"strconv"
	"weak"

	"github.com/dop251/goja"
	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"
	"github.com/tetratelabs/wazero/sys"

	"github.com/gojanet/gojanet/runtime/loop"
)

// The `wasi` builtin (js/wasi.js) on wazero's WASI preview1. A WASI
// object's config (args, env, preopens, stdio descriptors) lives here; its
// wasiImport functions are Go functions this binding recognises, so an
// instance whose imports from wasi_snapshot_preview1 (or wasi_unstable)
// are exactly those links them to wazero's implementation and gets the
// config as its own (wazero keeps args, env, files and clocks per guest
// module). wasi.start() calls _start and turns proc_exit into its code.

// wasiConfig is one WASI object.
type wasiConfig struct {
	args     []string
	env      [][2]string
	preopens [][2]string // guest path, host path
	stdio    [3]int
}

// wasiNames are preview1's functions, as wasiImport lists them.
var wasiNames = []string{"args_get", "args_sizes_get", "clock_res_get", "clock_time_get", "environ_get",
	"environ_sizes_get", "fd_advise", "fd_allocate", "fd_close", "fd_datasync", "fd_fdstat_get",
	"fd_fdstat_set_flags", "fd_fdstat_set_rights", "fd_filestat_get", "fd_filestat_set_size",
	"fd_filestat_set_times", "fd_pread", "fd_prestat_get", "fd_prestat_dir_name", "fd_pwrite",
	"fd_read", "fd_readdir", "fd_renumber", "fd_seek", "fd_sync", "fd_tell", "fd_write",
	"path_create_directory", "path_filestat_get", "path_filestat_set_times", "path_link", "path_open",
	"path_readlink", "path_remove_directory", "path_rename", "path_symlink", "path_unlink_file",
	"poll_oneoff", "proc_exit", "proc_raise", "random_get", "sched_yield", "sock_accept", "sock_recv",
	"sock_send", "sock_shutdown"}

// newWASI makes a WASI object's config and its wasiImport functions.
func (b *binding) newWASI(argsv, envv, preopensv goja.Value, stdin, stdout, stderr int) goja.Value {
	args, env, preopens := b.strings(argsv), b.strings(envv), b.strings(preopensv)
	cfg := &wasiConfig{args: args, stdio: [3]int{stdin, stdout, stderr}}
	for i := 0; i+1 < len(env); i += 2 {
		cfg.env = append(cfg.env, [2]string{env[i], env[i+1]})
	}
	for i := 0; i+1 < len(preopens); i += 2 {
		cfg.preopens = append(cfg.preopens, [2]string{preopens[i], preopens[i+1]})
	}
	imports := b.vm.NewObject()
	for _, name := range wasiNames {
		name := name
		fn := b.vm.ToValue(func(goja.FunctionCall) goja.Value {
			// Called from JavaScript rather than linked into an instance.
			panic(b.newError("Error", "WASI import "+name+" can only be called by a WebAssembly instance that imports it"))
		}).(*goja.Object)
		imports.Set(name, fn)
		// Known by a weak pointer, forgotten once the function is collected.
		if b.wasi == nil {
			b.wasi = map[weak.Pointer[goja.Object]]*wasiConfig{}
		}
		key := weak.Make(fn)
		b.wasi[key] = cfg
		runtime.AddCleanup(fn, func(key weak.Pointer[goja.Object]) {
			b.l.Post(func() { delete(b.wasi, key) })
		}, key)
	}
	return b.vm.NewArray(b.vm.ToValue(cfg), imports)
}

// wasiFor reports the WASI object whose function v is.
func (b *binding) wasiFor(v goja.Value) *wasiConfig {
	o, ok := v.(*goja.Object)
	if !ok || b.wasi == nil {
		return nil
	}
	return b.wasi[weak.Make(o)]
}

// moduleConfig is the guest's config for a WASI object.
func (cfg *wasiConfig) moduleConfig(base wazero.ModuleConfig, l *loop.Loop) wazero.ModuleConfig {
	c := base.WithArgs(cfg.args...).WithSysWalltime().WithSysNanotime().WithSysNanosleep().WithRandSource(rand.Reader)
	for _, kv := range cfg.env {
		c = c.WithEnv(kv[0], kv[1])
	}
	fsc := wazero.NewFSConfig()
	for _, p := range cfg.preopens {
		fsc = fsc.WithDirMount(p[1], p[0])
	}
	c = c.WithFSConfig(fsc)
	// Descriptors 0-2 are the runtime's standard streams (an embedder's
	// writers, a worker's pipes to its parent); others are the process's.
	var in io.Reader
	var out, errOut io.Writer
	if cfg.stdio[0] == 0 && l.Stdio.In != nil {
		in = l.Stdio.In
	} else {
		in = os.NewFile(uintptr(cfg.stdio[0]), "")
	}
	out = writerFor(cfg.stdio[1], l)
	errOut = writerFor(cfg.stdio[2], l)
	return c.WithStdin(in).WithStdout(out).WithStderr(errOut)
}

func writerFor(fd int, l *loop.Loop) io.Writer {
	switch {
	case fd == 1 && l.Stdio.Out != nil:
		return l.Stdio.Out
	case fd == 2 && l.Stdio.Err != nil:
		return l.Stdio.Err
	}
	return os.NewFile(uintptr(fd), "")
}

// wasiHost instantiates wazero's preview1 host module, unnamed.
func (b *binding) wasiHost() (api.Module, error) {
	compiled, err := wasi_snapshot_preview1.NewBuilder(b.runtime()).Compile(b.ctx)
	if err != nil {
		return nil, err
	}
	return b.runtime().InstantiateModule(b.ctx, compiled, wazero.NewModuleConfig().WithName(""))
}

// exitCode is proc_exit's code when err is the exit it caused.
func exitCode(err error) (int, bool) {
	var exit *sys.ExitError
	if errors.As(err, &exit) {
		return int(exit.ExitCode()), true
	}
	return 0, false
}

// strings reads an array of strings JS built (bounded: an object may claim
// any length).
func (b *binding) strings(v goja.Value) []string {
	o, ok := v.(*goja.Object)
	if !ok || o.ClassName() != "Array" {
		panic(b.vm.NewTypeError("an array of strings is required"))
	}
	n := o.Get("length").ToInteger()
	if n < 0 || n > 1<<20 {
		panic(b.vm.NewTypeError("too many strings"))
	}
	out := make([]string, n)
	for i := range out {
		v := o.Get(strconv.Itoa(i))
		if v == nil { // a hole
			panic(b.vm.NewTypeError("an array of strings is required"))
		}
		out[i] = v.String()
	}
	return out
}
