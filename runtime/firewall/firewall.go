// Package firewall keeps Go panics inside the runtime that raised them.
//
// goja turns only its own exception types into JavaScript exceptions; any
// other panic in a Go function a script called (a nil dereference in a
// binding, an index out of range in a builtin's Go half, a panic in a
// function the embedder registered) unwinds straight through the VM and,
// unrecovered, kills the process and every runtime in it. Two layers stop it:
//
//   - Wall.Wrap runs once, where Go hands functions to JavaScript (internal
//     bindings, the host binding, RegisterModule, Set): it walks the object,
//     replacing every Go-implemented function (methods on prototypes,
//     getters and setters, constructors) by one that recovers a foreign
//     panic and throws it as a JavaScript Error the script can catch
//     (code ERR_INTERNAL_ASSERTION, node's code for "a bug in the host").
//   - The runtime recovers whatever still escapes (a panic in goja itself,
//     in a loop callback such as a Loop.Queue completion, in Post) at the
//     loop's outermost boundary, where it becomes the runtime's uncaught
//     error: exit code 1, Options.OnUncaught called, the process unharmed.
//
// Wrapping happens once per function, not per call; the per-call cost is a
// deferred recover, a few nanoseconds against goja's ≈ 100 ns native call.
package firewall

import (
	"fmt"
	"reflect"
	"runtime/debug"
	"strconv"
	"strings"

	"github.com/dop251/goja"
)

// Code is the `code` of the JavaScript Error a Go panic becomes: node uses
// it for failures that are a bug in the host rather than in the script.
const Code = "ERR_INTERNAL_ASSERTION"

// Panic is a Go panic raised while serving JavaScript: the error
// Options.OnUncaught receives when it escaped the script, and the Go value
// behind the Error a script catches (its `goStack` property is Stack).
type Panic struct {
	Value any    // what was passed to panic
	Where string // the function it came from, if known
	Stack []byte // the panicking goroutine's stack
}

// New records a recovered panic value; call it from the deferred function
// that recovered it, so the stack is the panic's. A *Panic is returned as is.
func New(x any, where string) *Panic {
	if p, ok := x.(*Panic); ok {
		return p
	}
	return &Panic{Value: x, Where: where, Stack: debug.Stack()}
}

func (p *Panic) Error() string {
	if p.Where != "" {
		return fmt.Sprintf("Go panic in %s: %v", p.Where, p.Value)
	}
	return fmt.Sprintf("Go panic: %v", p.Value)
}

// Unwrap exposes an error passed to panic (runtime.Error, say) to errors.As.
func (p *Panic) Unwrap() error {
	err, _ := p.Value.(error)
	return err
}

var gojaPkg = reflect.TypeOf(goja.Exception{}).PkgPath()

// IsGoja reports whether x is one of goja's own panic values (a thrown JS
// value, *goja.Exception, an interrupt, a stack overflow, goja's internal
// TypeError/RangeError strings): goja handles those itself.
func IsGoja(x any) bool {
	t := reflect.TypeOf(x)
	if t == nil {
		return false
	}
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t.PkgPath() == gojaPkg
}

// Wall wraps one VM's Go functions. Loop goroutine only.
type Wall struct {
	vm       *goja.Runtime
	errCtor  goja.Value
	ownKeys  goja.Callable
	getDesc  goja.Callable
	wrapped  map[*goja.Object]*goja.Object // original function → its wrapper (wrappers map to themselves)
	walked   map[*goja.Object]bool
	Disabled bool // for measuring the wrapper's cost: Wrap leaves functions as they are
}

// NewWall prepares wrapping for vm. Call it before any script runs: it
// keeps the intrinsics it needs (Error, Reflect.ownKeys,
// Object.getOwnPropertyDescriptor) so scripts replacing them change nothing.
func NewWall(vm *goja.Runtime) *Wall {
	w := &Wall{vm: vm, wrapped: map[*goja.Object]*goja.Object{}, walked: map[*goja.Object]bool{}}
	w.errCtor = vm.Get("Error")
	w.ownKeys, _ = goja.AssertFunction(vm.Get("Reflect").ToObject(vm).Get("ownKeys"))
	w.getDesc, _ = goja.AssertFunction(vm.Get("Object").ToObject(vm).Get("getOwnPropertyDescriptor"))
	return w
}

// Error builds the JavaScript Error a Go panic becomes: class Error, code
// ERR_INTERNAL_ASSERTION, a message naming the function and the panic
// value, and the Go stack in a non-enumerable `goStack`.
func (w *Wall) Error(p *Panic) *goja.Object {
	vm := w.vm
	msg := p.Error() + "\nThis is a bug in gojanet or in a Go function the embedding program provides; please report it with this stack trace."
	e, err := vm.New(w.errCtor, vm.ToValue(msg))
	if err != nil {
		e = vm.NewGoError(p)
	}
	_ = e.Set("code", Code)
	_ = e.DefineDataProperty("goStack", vm.ToValue(string(p.Stack)), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	if st := e.Get("stack"); st != nil {
		if s := st.String(); strings.HasPrefix(s, "Error: ") {
			_ = e.DefineDataProperty("stack", vm.ToValue("Error ["+Code+"]: "+s[len("Error: "):]), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		}
	}
	return e
}

// catch is deferred by every wrapper: a foreign panic is rethrown as a
// JavaScript Error, goja's own panics (exceptions, interrupts) go on as they were.
func (w *Wall) catch(where string) {
	x := recover()
	if x == nil {
		return
	}
	if IsGoja(x) {
		panic(x)
	}
	panic(w.Error(New(x, where)))
}

// Wrap walks v and replaces every Go function reachable through own
// properties (recursively through plain objects and functions, including
// constructors' prototypes, getters and setters) by a wrapper that turns
// its panics into JavaScript exceptions. Objects are changed in place; a
// function v is returned wrapped. Functions written in JavaScript, goja's
// own objects (arrays, typed arrays, maps) and Go values exposed by
// reflection (structs, maps) are left as they are: reflected methods are
// looked up per access, so a panic in one is caught at the loop's boundary.
// name labels the functions in panic messages ("tcp_wrap", say).
func (w *Wall) Wrap(v goja.Value, name string) goja.Value {
	if w.Disabled {
		return v
	}
	o, ok := v.(*goja.Object)
	if !ok {
		return v
	}
	if o.Kind() == goja.KindPlainObject {
		w.walk(o, name)
		return o
	}
	if f := w.wrapFunc(o, name); f != nil {
		return f
	}
	return v
}

// walk wraps the functions among o's own properties, in place.
func (w *Wall) walk(o *goja.Object, name string) {
	if w.walked[o] {
		return
	}
	w.walked[o] = true
	for _, key := range w.keys(o) {
		w.rewrap(o, key, label(name, key))
	}
}

// keys lists o's own property keys, strings and symbols.
func (w *Wall) keys(o *goja.Object) []goja.Value {
	kv, err := w.ownKeys(goja.Undefined(), o)
	if err != nil {
		return nil
	}
	arr := kv.ToObject(w.vm)
	n := int(arr.Get("length").ToInteger())
	keys := make([]goja.Value, 0, n)
	for i := 0; i < n; i++ {
		keys = append(keys, arr.Get(strconv.Itoa(i)))
	}
	return keys
}

func label(name string, key goja.Value) string {
	if s, ok := key.(*goja.Symbol); ok {
		return name + "[" + s.String() + "]"
	}
	return name + "." + key.String()
}

// rewrap replaces the property key of o by its wrapped equivalent, keeping
// its attributes.
func (w *Wall) rewrap(o *goja.Object, key goja.Value, label string) {
	dv, err := w.getDesc(goja.Undefined(), o, key)
	if err != nil {
		return
	}
	d, ok := dv.(*goja.Object)
	if !ok {
		return
	}
	flag := func(n string) goja.Flag { return goja.ToFlag(d.Get(n).ToBoolean()) }
	conf, enum := flag("configurable"), flag("enumerable")
	if d.Get("get") != nil || d.Get("set") != nil {
		get, set := w.Wrap(d.Get("get"), label), w.Wrap(d.Get("set"), label)
		if conf == goja.FLAG_TRUE {
			if s, ok := key.(*goja.Symbol); ok {
				_ = o.DefineAccessorPropertySymbol(s, get, set, conf, enum)
			} else {
				_ = o.DefineAccessorProperty(key.String(), get, set, conf, enum)
			}
		}
		return
	}
	val := d.Get("value")
	nv := w.Wrap(val, label)
	if nv == val {
		return
	}
	writable := flag("writable")
	if conf == goja.FLAG_FALSE && writable == goja.FLAG_FALSE {
		return // frozen: cannot be replaced
	}
	if s, ok := key.(*goja.Symbol); ok {
		_ = o.DefineDataPropertySymbol(s, nv, writable, conf, enum)
	} else {
		_ = o.DefineDataProperty(key.String(), nv, writable, conf, enum)
	}
}

// wrapFunc returns f's wrapper (made once), or nil if f is not a Go function.
func (w *Wall) wrapFunc(f *goja.Object, name string) *goja.Object {
	if g, ok := w.wrapped[f]; ok {
		return g
	}
	vm := w.vm
	var g *goja.Object
	switch f.Kind() {
	case goja.KindNativeFunction:
		if ctor, ok := goja.AssertConstructor(f); ok {
			call, _ := f.Export().(func(goja.FunctionCall) goja.Value)
			g = vm.ToNamedValue("", func(cc goja.ConstructorCall) *goja.Object {
				defer w.catch(name)
				if cc.NewTarget == nil { // called without new
					r := call(goja.FunctionCall{This: cc.This, Arguments: cc.Arguments})
					o, _ := r.(*goja.Object)
					return o
				}
				o, err := ctor(cc.NewTarget, cc.Arguments...)
				if err != nil {
					panic(err)
				}
				return o
			}).ToObject(vm)
		} else {
			call, ok := f.Export().(func(goja.FunctionCall) goja.Value)
			if !ok {
				return nil
			}
			g = vm.ToNamedValue("", func(c goja.FunctionCall) goja.Value {
				defer w.catch(name)
				return call(c)
			}).ToObject(vm)
		}
	case goja.KindReflectFunction:
		call, _ := goja.AssertFunction(f)
		g = vm.ToNamedValue("", func(c goja.FunctionCall) goja.Value {
			defer w.catch(name)
			v, err := call(c.This, c.Arguments...)
			if err != nil {
				panic(err)
			}
			return v
		}).ToObject(vm)
	default:
		return nil
	}
	w.wrapped[f], w.wrapped[g] = g, g
	w.walked[g] = true
	// The wrapper takes the original's place: same name, length, prototype
	// (so instanceof holds), statics and [[Prototype]] (Buffer extends Uint8Array).
	// (It is made without a name of its own: copyProps gives it f's, and
	// goja's naming after the Go symbol reads the binary's pclntab.)
	if p := f.Prototype(); p != nil {
		_ = g.SetPrototype(p)
	}
	w.copyProps(f, g, name)
	return g
}

// copyProps defines f's own properties on g, wrapping functions among them.
func (w *Wall) copyProps(f, g *goja.Object, name string) {
	for _, key := range w.keys(f) {
		label := label(name, key)
		switch key.String() {
		case "prototype", "name", "length":
			label = name
		}
		dv, err := w.getDesc(goja.Undefined(), f, key)
		if err != nil {
			continue
		}
		d, ok := dv.(*goja.Object)
		if !ok {
			continue
		}
		flag := func(n string) goja.Flag { return goja.ToFlag(d.Get(n).ToBoolean()) }
		conf, enum := flag("configurable"), flag("enumerable")
		sym, isSym := key.(*goja.Symbol)
		if d.Get("get") != nil || d.Get("set") != nil {
			get, set := w.Wrap(d.Get("get"), label), w.Wrap(d.Get("set"), label)
			if isSym {
				_ = g.DefineAccessorPropertySymbol(sym, get, set, conf, enum)
			} else {
				_ = g.DefineAccessorProperty(key.String(), get, set, conf, enum)
			}
			continue
		}
		val := d.Get("value")
		if key.String() == "prototype" && !isSym {
			if p, ok := val.(*goja.Object); ok {
				w.walk(p, name+".prototype")
			}
		} else {
			val = w.Wrap(val, label)
		}
		if isSym {
			_ = g.DefineDataPropertySymbol(sym, val, flag("writable"), conf, enum)
		} else {
			_ = g.DefineDataProperty(key.String(), val, flag("writable"), conf, enum)
		}
	}
}
