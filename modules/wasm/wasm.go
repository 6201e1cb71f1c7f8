// Package wasm is the Go half of the WebAssembly global
// (js/internal/webassembly.js): modules compiled and run by wazero, a
// WebAssembly runtime in pure Go, reached from JS as
// internalBinding('wasm').
//
// The path through it: WebAssembly.Module(bytes) → compile, which has
// wazero compile the binary (natively on amd64/arm64) and lists its
// imports and exports in declaration order (sections.go reads them from
// the binary, as JS needs kinds wazero does not report). new
// WebAssembly.Instance(module, importObject) → JS looks every import up in
// importObject and checks it, then instantiate links the function imports
// to an anonymous host module per import module name (wazero's import
// resolver finds them, so any number of instances can import "env"),
// instantiates the module and returns its exports: functions as JS
// functions, memories and globals as handles. Calls go JS → goja → wazero
// → (imports) goja → JS on the loop goroutine, synchronously; a JS
// exception thrown by an import unwinds the wasm frames and reaches the
// JS caller as the same exception. A memory's buffer is an ArrayBuffer
// over wazero's own bytes (no copy); when the memory grows (from JS or from
// wasm), the old ArrayBuffer is detached and the next `buffer` is a new
// one, as in V8.
//
// Each loop has one wazero runtime, made on first use and closed with the
// runtime.
// WebAssembly.compile and instantiate(bytes) compile on the worker pool.
package wasm

import (
	"context"
	"encoding/binary"
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"unsafe"
	"weak"

	"github.com/dop251/goja"
	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/experimental"

	"github.com/gojanet/gojanet/modules/buffer"
	"github.com/gojanet/gojanet/runtime/loop"
)

type binding struct {
	wasi   map[weak.Pointer[goja.Object]]*wasiConfig // WASI objects' wasiImport functions
	l      *loop.Loop
	vm     *goja.Runtime
	rt     wazero.Runtime
	ctx    context.Context
	errors *goja.Object // CompileError, LinkError, RuntimeError (setErrors)
}

// module is a compiled WebAssembly.Module.
type module struct {
	compiled wazero.CompiledModule
	bytes    []byte // the binary, for a clone compiled in another runtime
	imports  []descriptor
	exports  []descriptor
	custom   []customSection
}

// instance is a WebAssembly.Instance; pending carries a JS exception
// thrown by an import out through wazero.
type instance struct {
	b       *binding
	mod     api.Module
	hosts   []api.Module
	pending error
}

// memory is a WebAssembly.Memory: an exported memory, or one made by the
// constructor (a module of its own exporting it).
type memory struct {
	mem  api.Memory
	buf  goja.ArrayBuffer
	has  bool
	data unsafe.Pointer
	size uint32
}

type global struct {
	g api.Global
}

// as returns the Go value v wraps, made by this binding; anything else (a
// plain object goja would convert into a fresh zero value) is a TypeError.
func as[T any](b *binding, v goja.Value) T {
	var x T
	ok := false
	if v != nil {
		x, ok = v.Export().(T)
	}
	if !ok {
		panic(b.vm.NewTypeError("invalid receiver"))
	}
	return x
}

// Binding fills internalBinding('wasm').
func Binding(l *loop.Loop, exports *goja.Object) {
	b := &binding{l: l, vm: l.VM, ctx: context.Background()}
	exports.Set("setErrors", func(o *goja.Object) { b.errors = o })
	exports.Set("compile", b.compile)
	exports.Set("compileAsync", b.compileAsync)
	exports.Set("validate", func(v goja.Value) bool {
		_, msg := b.compileBytes(b.runtime(), b.bytes(v))
		return msg == ""
	})
	exports.Set("moduleImports", func(v goja.Value) goja.Value { return b.descriptors(as[*module](b, v).imports, true) })
	exports.Set("moduleExports", func(v goja.Value) goja.Value { return b.descriptors(as[*module](b, v).exports, false) })
	exports.Set("customSections", func(v goja.Value, name string) goja.Value {
		m := as[*module](b, v)
		var out []any
		for _, s := range m.custom {
			if s.name == name {
				out = append(out, b.vm.NewArrayBuffer(append([]byte(nil), s.data...)))
			}
		}
		return b.vm.NewArray(out...)
	})
	// moduleBytes is a copy of the binary a module was compiled from
	// (postMessage and structuredClone send it; the receiver compiles it).
	exports.Set("moduleBytes", func(v goja.Value) goja.Value {
		return b.vm.ToValue(b.vm.NewArrayBuffer(append([]byte(nil), as[*module](b, v).bytes...)))
	})
	exports.Set("instantiate", b.instantiate)
	exports.Set("newMemory", b.newMemory)
	exports.Set("newGlobal", b.newGlobal)
	exports.Set("newWASI", b.newWASI)
	exports.Set("wasiRun", b.wasiRun)
	exports.Set("memoryBuffer", b.memoryBuffer)
	exports.Set("memoryGrow", func(v goja.Value, delta float64) float64 {
		prev, ok := as[*memory](b, v).mem.Grow(uint32(delta))
		if !ok {
			return -1
		}
		return float64(prev)
	})
	exports.Set("memoryPages", func(v goja.Value) float64 { return float64(as[*memory](b, v).mem.Size() / 65536) })
	exports.Set("globalGet", func(v goja.Value) goja.Value {
		g := as[*global](b, v)
		return b.fromWasm(g.g.Type(), g.g.Get())
	})
	exports.Set("globalSet", func(gv goja.Value, v goja.Value) bool {
		g := as[*global](b, gv)
		mg, ok := g.g.(api.MutableGlobal)
		if !ok {
			return false
		}
		mg.Set(b.toWasm(g.g.Type(), v))
		return true
	})
	exports.Set("globalType", func(v goja.Value) string {
		g := as[*global](b, v)
		_, mutable := g.g.(api.MutableGlobal)
		return valueTypeName(g.g.Type()) + map[bool]string{true: " mut", false: ""}[mutable]
	})
}

// ForceClose releases the wazero runtime and everything compiled and
// instantiated in it (runtime shutdown; loop.Track).
func (b *binding) ForceClose() {
	if b.rt != nil {
		b.rt.Close(b.ctx)
		b.rt = nil
	}
}

func (b *binding) runtime() wazero.Runtime {
	if b.rt == nil {
		cfg := wazero.NewRuntimeConfig().WithCoreFeatures(api.CoreFeaturesV2).WithCustomSections(true)
		b.rt = wazero.NewRuntimeWithConfig(b.ctx, cfg)
		b.l.Track(b)
	}
	return b.rt
}

// compileBytes compiles a binary; a failure is V8's CompileError message.
func (b *binding) compileBytes(rt wazero.Runtime, bytes []byte) (*module, string) {
	compiled, err := rt.CompileModule(b.ctx, bytes)
	if err != nil {
		return nil, "WebAssembly.Module(): " + strings.TrimPrefix(err.Error(), "invalid module: ")
	}
	imports, exports, custom, err := readSections(bytes)
	if err != nil {
		compiled.Close(b.ctx)
		return nil, "WebAssembly.Module(): " + err.Error()
	}
	return &module{compiled: compiled, bytes: bytes, imports: imports, exports: exports, custom: custom}, ""
}

// newError makes an error of one of the classes JS registered
// (CompileError, LinkError, RuntimeError) or a global one (RangeError…).
func (b *binding) newError(class, msg string) *goja.Object {
	var ctor goja.Value
	if b.errors != nil {
		ctor = b.errors.Get(class)
	}
	if ctor == nil || goja.IsUndefined(ctor) {
		ctor = b.vm.Get(class)
	}
	obj, err := b.vm.New(ctor, b.vm.ToValue(msg))
	if err != nil {
		panic(err)
	}
	return obj
}

// bytes copies a BufferSource's bytes (JS checked the type; anything else
// is a TypeError here).
func (b *binding) bytes(v goja.Value) []byte {
	p, ok := buffer.Bytes(b.vm, v)
	if !ok {
		panic(b.vm.NewTypeError("a buffer source is required"))
	}
	return append([]byte(nil), p...)
}

// compile returns the module or throws a CompileError.
func (b *binding) compile(v goja.Value) goja.Value {
	m, msg := b.compileBytes(b.runtime(), b.bytes(v))
	if msg != "" {
		panic(b.newError("CompileError", msg))
	}
	return b.vm.ToValue(m)
}

// compileAsync compiles on the worker pool and calls cb(err, module).
func (b *binding) compileAsync(v goja.Value, cb goja.Value) {
	if _, ok := goja.AssertFunction(cb); !ok {
		panic(b.vm.NewTypeError("callback must be a function"))
	}
	bytes := b.bytes(v)
	rt := b.runtime()
	var m *module
	var msg string
	b.l.Queue(func() { m, msg = b.compileBytes(rt, bytes) }, func() {
		if msg != "" {
			b.l.Call(cb, goja.Undefined(), b.newError("CompileError", msg))
			return
		}
		b.l.Call(cb, goja.Undefined(), goja.Null(), b.vm.ToValue(m))
	})
}

func (b *binding) descriptors(ds []descriptor, imports bool) goja.Value {
	out := make([]any, len(ds))
	for i, d := range ds {
		o := b.vm.NewObject()
		if imports {
			o.Set("module", d.module)
		}
		o.Set("name", d.name)
		o.Set("kind", d.kind)
		out[i] = o
	}
	return b.vm.NewArray(out...)
}

// instantiate links values (one per import, in import order, checked by
// JS) and instantiates m. It returns [kind, name, value] triples for the
// exports, or throws a LinkError (or what the start function threw).
func (b *binding) instantiate(mv goja.Value, list *goja.Object) goja.Value {
	m := as[*module](b, mv)
	// One value per import: read only that many (the list may claim any
	// length).
	values := make([]goja.Value, len(m.imports))
	for i := range values {
		values[i] = list.Get(strconv.Itoa(i))
	}
	inst := &instance{b: b}
	// An import module whose functions are all one WASI object's links to
	// wazero's WASI implementation (wasi.go).
	wasiMods := map[string]*wasiConfig{}
	notWASI := map[string]bool{}
	for _, def := range m.compiled.ImportedFunctions() {
		modName, name, _ := def.Import()
		idx := importIndex(m.imports, modName, name, "function")
		c := (*wasiConfig)(nil)
		if idx >= 0 {
			c = b.wasiFor(values[idx])
		}
		if c == nil || (wasiMods[modName] != nil && wasiMods[modName] != c) {
			notWASI[modName] = true
		} else {
			wasiMods[modName] = c
		}
	}
	var wasiCfg *wasiConfig
	for name := range notWASI {
		delete(wasiMods, name)
	}
	hosts := map[string]wazero.HostModuleBuilder{}
	var order []string
	for _, def := range m.compiled.ImportedFunctions() {
		modName, name, _ := def.Import()
		if c := wasiMods[modName]; c != nil {
			wasiCfg = c
			continue
		}
		idx := importIndex(m.imports, modName, name, "function")
		if idx < 0 {
			panic(b.newError("LinkError", "WebAssembly.Instance(): Import "+strconv.Quote(modName)+" "+strconv.Quote(name)+": function import requires a callable"))
		}
		fn, ok := goja.AssertFunction(values[idx])
		if !ok {
			panic(b.newError("LinkError", fmt.Sprintf("WebAssembly.Instance(): Import #%d %q %q: function import requires a callable", idx, modName, name)))
		}
		hb, ok := hosts[modName]
		if !ok {
			hb = b.runtime().NewHostModuleBuilder(modName)
			hosts[modName] = hb
			order = append(order, modName)
		}
		params, results := def.ParamTypes(), def.ResultTypes()
		hb.NewFunctionBuilder().WithGoModuleFunction(inst.hostFunc(fn, params, results), params, results).Export(name)
	}
	for _, d := range m.imports {
		if d.kind != "function" {
			panic(b.newError("LinkError", fmt.Sprintf("WebAssembly.Instance(): Import %q %q: importing a %s is not supported by gojanet", d.module, d.name, d.kind)))
		}
	}
	resolved := map[string]api.Module{}
	anon := wazero.NewModuleConfig().WithName("")
	for _, name := range order {
		compiled, err := hosts[name].Compile(b.ctx)
		if err != nil {
			inst.close()
			panic(b.newError("LinkError", "WebAssembly.Instance(): "+err.Error()))
		}
		host, err := b.runtime().InstantiateModule(b.ctx, compiled, anon)
		if err != nil {
			inst.close()
			panic(b.newError("LinkError", "WebAssembly.Instance(): "+err.Error()))
		}
		inst.hosts = append(inst.hosts, host)
		resolved[name] = host
	}
	for name := range wasiMods {
		host, err := b.wasiHost()
		if err != nil {
			inst.close()
			panic(b.newError("LinkError", "WebAssembly.Instance(): "+err.Error()))
		}
		inst.hosts = append(inst.hosts, host)
		resolved[name] = host
	}
	ctx := experimental.WithImportResolver(b.ctx, func(name string) api.Module { return resolved[name] })
	cfg := wazero.NewModuleConfig().WithName("").WithStartFunctions() // the start section runs; _start does not
	if wasiCfg != nil {
		cfg = wasiCfg.moduleConfig(cfg, b.l)
	}
	mod, err := b.runtime().InstantiateModule(ctx, m.compiled, cfg)
	if err != nil {
		inst.close()
		if inst.pending != nil {
			panic(inst.pending)
		}
		if strings.Contains(err.Error(), "wasm error") || strings.Contains(err.Error(), "stack overflow") {
			panic(b.trap(err))
		}
		panic(b.newError("LinkError", "WebAssembly.Instance(): "+err.Error()))
	}
	inst.mod = mod
	var out []any
	for _, d := range m.exports {
		switch d.kind {
		case "function":
			f := mod.ExportedFunction(d.name)
			out = append(out, b.vm.NewArray("function", d.name, inst.exportedFunc(f, d.index)))
		case "memory":
			out = append(out, b.vm.NewArray("memory", d.name, &memory{mem: mod.ExportedMemory(d.name)}))
		case "global":
			out = append(out, b.vm.NewArray("global", d.name, &global{g: mod.ExportedGlobal(d.name)}))
		}
	}
	out = append(out, b.vm.NewArray("instance", "", inst))
	return b.vm.NewArray(out...)
}

func importIndex(ds []descriptor, mod, name, kind string) int {
	for i, d := range ds {
		if d.module == mod && d.name == name && d.kind == kind {
			return i
		}
	}
	return -1
}

func (inst *instance) close() {
	for _, h := range inst.hosts {
		h.Close(inst.b.ctx)
	}
}

// hostFunc is an import: the wasm arguments become JS values, the JS
// result the wasm results. A JS exception is kept in inst.pending and
// ends the wasm call (wazero recovers the panic), to be thrown again where
// JS called into wasm.
func (inst *instance) hostFunc(fn goja.Callable, params, results []api.ValueType) api.GoModuleFunc {
	b := inst.b
	return func(ctx context.Context, _ api.Module, stack []uint64) {
		args := make([]goja.Value, len(params))
		for i, t := range params {
			args[i] = b.fromWasm(t, stack[i])
		}
		ret, err := fn(goja.Undefined(), args...)
		if err != nil {
			inst.pending = err
			panic(err)
		}
		switch len(results) {
		case 0:
		case 1:
			stack[0] = b.toWasm(results[0], ret)
		default:
			obj := ret.ToObject(b.vm)
			for i, t := range results {
				stack[i] = b.toWasm(t, obj.Get(strconv.Itoa(i)))
			}
		}
	}
}

// exportedFunc is an export as a JS function (named by its function
// index, as V8 names them).
func (inst *instance) exportedFunc(f api.Function, index uint32) goja.Value {
	b := inst.b
	def := f.Definition()
	params, results := def.ParamTypes(), def.ResultTypes()
	call := func(c goja.FunctionCall) goja.Value {
		args := make([]uint64, len(params))
		for i, t := range params {
			args[i] = b.toWasm(t, c.Argument(i))
		}
		inst.pending = nil
		out, err := f.Call(b.ctx, args...)
		if err != nil {
			if p := inst.pending; p != nil {
				inst.pending = nil
				panic(p)
			}
			panic(b.trap(err))
		}
		switch len(results) {
		case 0:
			return goja.Undefined()
		case 1:
			return b.fromWasm(results[0], out[0])
		}
		vals := make([]any, len(results))
		for i, t := range results {
			vals[i] = b.fromWasm(t, out[i])
		}
		return b.vm.NewArray(vals...)
	}
	fn := b.vm.ToValue(call).(*goja.Object)
	fn.DefineDataProperty("name", b.vm.ToValue(strconv.Itoa(int(index))), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	fn.DefineDataProperty("length", b.vm.ToValue(len(params)), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	return fn
}

// trap turns a wasm trap into what V8 throws: a WebAssembly.RuntimeError,
// or a RangeError on stack overflow.
func (b *binding) trap(err error) *goja.Object {
	class, msg, _ := strings.Cut(trapMessage(err), ": ")
	return b.newError(class, msg)
}

// trapMessage maps wazero's trap errors to V8's messages.
func trapMessage(err error) string {
	s := err.Error()
	for _, t := range []struct{ wazero, v8 string }{
		{"unreachable", "unreachable"},
		{"integer divide by zero", "divide by zero"},
		{"integer overflow", "divide result unrepresentable"},
		{"invalid conversion to integer", "float unrepresentable in integer range"},
		{"out of bounds memory access", "memory access out of bounds"},
		{"invalid table access", "table index is out of bounds"},
		{"indirect call type mismatch", "null function or function signature mismatch"},
	} {
		if strings.Contains(s, "wasm error: "+t.wazero) {
			return "RuntimeError: " + t.v8
		}
	}
	if strings.Contains(s, "stack overflow") {
		return "RangeError: Maximum call stack size exceeded"
	}
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return "RuntimeError: " + strings.TrimPrefix(s, "wasm error: ")
}

// toWasm is ToWebAssemblyValue.
func (b *binding) toWasm(t api.ValueType, v goja.Value) uint64 {
	switch t {
	case api.ValueTypeI32:
		return api.EncodeI32(toInt32(v.ToFloat()))
	case api.ValueTypeI64:
		bi, ok := v.Export().(*big.Int)
		if !ok {
			panic(b.vm.NewTypeError("Cannot convert %s to a BigInt", v.String()))
		}
		return new(big.Int).And(bi, maxU64).Uint64()
	case api.ValueTypeF32:
		return api.EncodeF32(float32(v.ToFloat()))
	case api.ValueTypeF64:
		return api.EncodeF64(v.ToFloat())
	}
	panic(b.vm.NewTypeError("type incompatibility when transforming from/to JS"))
}

var maxU64 = new(big.Int).SetUint64(math.MaxUint64)

// fromWasm is ToJSValue.
func (b *binding) fromWasm(t api.ValueType, x uint64) goja.Value {
	switch t {
	case api.ValueTypeI32:
		return b.vm.ToValue(api.DecodeI32(x))
	case api.ValueTypeI64:
		return b.vm.ToValue(big.NewInt(int64(x)))
	case api.ValueTypeF32:
		return b.vm.ToValue(float64(api.DecodeF32(x)))
	case api.ValueTypeF64:
		return b.vm.ToValue(api.DecodeF64(x))
	}
	return goja.Undefined()
}

func valueTypeName(t api.ValueType) string {
	switch t {
	case api.ValueTypeI32:
		return "i32"
	case api.ValueTypeI64:
		return "i64"
	case api.ValueTypeF32:
		return "f32"
	case api.ValueTypeF64:
		return "f64"
	}
	return "externref"
}

// toInt32 is ECMAScript's ToInt32.
func toInt32(f float64) int32 {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	f = math.Trunc(f)
	f = math.Mod(f, 4294967296)
	if f < 0 {
		f += 4294967296
	}
	return int32(uint32(f))
}

// newMemory makes a memory for the constructor: a module of its own whose
// only content is that memory, exported.
func (b *binding) newMemory(initial float64, maximum float64) goja.Value {
	bin := memoryModule(uint32(initial), maximum)
	compiled, err := b.runtime().CompileModule(b.ctx, bin)
	if err != nil {
		panic(b.newError("RangeError", "WebAssembly.Memory(): "+err.Error()))
	}
	mod, err := b.runtime().InstantiateModule(b.ctx, compiled, wazero.NewModuleConfig().WithName(""))
	if err != nil {
		panic(b.newError("RangeError", "WebAssembly.Memory(): could not allocate memory"))
	}
	return b.vm.ToValue(&memory{mem: mod.ExportedMemory("m")})
}

// memoryBuffer is Memory.prototype.buffer: the same ArrayBuffer until the
// memory's size changes, then a new one (the old one detached).
func (b *binding) memoryBuffer(v goja.Value) goja.Value {
	m := as[*memory](b, v)
	size := m.mem.Size()
	data, _ := m.mem.Read(0, size)
	var p unsafe.Pointer
	if len(data) > 0 {
		p = unsafe.Pointer(&data[0])
	}
	if m.has && m.size == size && m.data == p {
		return b.vm.ToValue(m.buf)
	}
	if m.has {
		m.buf.Detach()
	}
	m.buf = b.vm.NewArrayBuffer(data[:size:size])
	m.has, m.size, m.data = true, size, p
	return b.vm.ToValue(m.buf)
}

// newGlobal makes a global for the constructor: a module of its own whose
// only content is that global, exported, holding value.
func (b *binding) newGlobal(typ string, mutable bool, value goja.Value) goja.Value {
	var vt api.ValueType
	var init []byte
	switch typ {
	case "i32":
		vt = api.ValueTypeI32
		init = sleb([]byte{0x41}, int64(toInt32(value.ToFloat())))
	case "i64":
		vt = api.ValueTypeI64
		init = sleb([]byte{0x42}, int64(b.toWasm(vt, value)))
	case "f32":
		vt = api.ValueTypeF32
		init = binary.LittleEndian.AppendUint32([]byte{0x43}, math.Float32bits(float32(value.ToFloat())))
	case "f64":
		vt = api.ValueTypeF64
		init = binary.LittleEndian.AppendUint64([]byte{0x44}, math.Float64bits(value.ToFloat()))
	default:
		panic(b.newError("TypeError", "WebAssembly.Global(): Descriptor property 'value' must be a WebAssembly type"))
	}
	compiled, err := b.runtime().CompileModule(b.ctx, globalModule(vt, mutable, init))
	if err != nil {
		panic(b.newError("TypeError", "WebAssembly.Global(): "+err.Error()))
	}
	mod, err := b.runtime().InstantiateModule(b.ctx, compiled, wazero.NewModuleConfig().WithName(""))
	if err != nil {
		panic(b.newError("TypeError", "WebAssembly.Global(): "+err.Error()))
	}
	return b.vm.ToValue(&global{g: mod.ExportedGlobal("g")})
}

// wasiRun calls an instance's export (_start or _initialize) for
// wasi.start/initialize: it returns proc_exit's code, or -1 when the
// function returned.
func (b *binding) wasiRun(v goja.Value, name string) int {
	inst := as[*instance](b, v)
	f := inst.mod.ExportedFunction(name)
	if f == nil {
		panic(b.vm.NewTypeError("no exported function " + name))
	}
	inst.pending = nil
	_, err := f.Call(b.ctx)
	if err == nil {
		return -1
	}
	if p := inst.pending; p != nil {
		inst.pending = nil
		panic(p)
	}
	if code, ok := exitCode(err); ok {
		return code
	}
	panic(b.trap(err))
}
