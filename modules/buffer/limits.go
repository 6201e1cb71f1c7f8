package buffer

// V8's allocation limits, which goja does not have. goja allocates an
// ArrayBuffer or a typed array of any length in one Go allocation: `new
// ArrayBuffer(2 ** 40)` is a fatal "out of memory" that kills the whole
// process (no panic the firewall could catch), and `new Uint8Array(2 ** 32 +
// 1)` succeeds where node throws. Likewise 'x'.repeat(n) builds a string of
// any length where V8 stops at 2^29-24 code units.
//
// InstallLimits (js/buffer.js calls it through the binding once Buffer's own
// classes exist, so FastBuffer and Go's NewBuffer keep the unguarded
// constructor) replaces the globals ArrayBuffer and the eleven typed-array
// constructors with native constructors that check the length they are
// asked to allocate, then construct through the original with the same
// new.target (see guard); prototype.constructor points to the guard, so
// `x.constructor === Uint8Array` and species construction go through it too.
// The limits: V8's 2^32 elements for a typed array ('Invalid typed array
// length: n'), and for the bytes of one buffer what the machine has (RAM and
// swap; V8's 'Array buffer allocation failed', see allocLimit);
// String.prototype.repeat/padStart/padEnd throw V8's 'Invalid string length'
// past MAX_STRING_LENGTH (2^29-24). Concatenation and other
// engine paths are goja's and stay unbounded.

import (
	"math"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"syscall"

	"github.com/dop251/goja"
)

const (
	maxLength       = 1 << 32    // buffer.constants.MAX_LENGTH
	maxStringLength = 1<<29 - 24 // buffer.constants.MAX_STRING_LENGTH
	maxSafeInteger  = 1<<53 - 1  // Number.MAX_SAFE_INTEGER
)

var typedArrays = []struct {
	name string
	size int64
}{
	{"Int8Array", 1}, {"Uint8Array", 1}, {"Uint8ClampedArray", 1}, {"Int16Array", 2}, {"Uint16Array", 2},
	{"Int32Array", 4}, {"Uint32Array", 4}, {"Float32Array", 4}, {"Float64Array", 8},
	{"BigInt64Array", 8}, {"BigUint64Array", 8},
}

type limits struct {
	vm         *goja.Runtime
	rangeError goja.Constructor
	typeError  goja.Constructor
	abProto    *goja.Object // ArrayBuffer.prototype
	taProto    *goja.Object // %TypedArray%.prototype
}

// InstallLimits puts the guards in place in vm's global object (once per
// runtime: js/buffer.js runs once).
func InstallLimits(vm *goja.Runtime) {
	g := vm.GlobalObject()
	l := &limits{vm: vm}
	l.rangeError, _ = goja.AssertConstructor(g.Get("RangeError"))
	l.typeError, _ = goja.AssertConstructor(g.Get("TypeError"))
	if ab, ok := g.Get("ArrayBuffer").(*goja.Object); ok {
		l.abProto, _ = ab.Get("prototype").(*goja.Object)
	}
	if u8, ok := g.Get("Uint8Array").(*goja.Object); ok {
		if p, ok := u8.Get("prototype").(*goja.Object); ok {
			l.taProto = p.Prototype()
		}
	}
	if l.rangeError == nil || l.typeError == nil || l.abProto == nil || l.taProto == nil {
		return
	}
	l.guard("ArrayBuffer", 1, l.checkArrayBuffer)
	for _, ta := range typedArrays {
		size := ta.size
		l.guard(ta.name, 3, func(args []goja.Value) { l.checkTypedArray(args, size) })
	}
	l.guardStrings()
}

func (l *limits) throw(ctor goja.Constructor, msg string) {
	o, err := ctor(nil, l.vm.ToValue(msg))
	if err != nil {
		panic(err)
	}
	panic(o)
}

// guard replaces global name with a native constructor that runs check on
// the arguments and then constructs through the original with the same
// new.target; statics (BYTES_PER_ELEMENT, isView, @@species), the prototype
// object and [[Prototype]] (%TypedArray%) are the original's. Not a Proxy:
// goja's instanceof cannot see through one. Called without new it throws
// V8's TypeError, as the original does (goja.NewClassConstructor).
func (l *limits) guard(name string, length int, check func([]goja.Value)) {
	g := l.vm.GlobalObject()
	orig, ok := g.Get(name).(*goja.Object)
	if !ok {
		return
	}
	construct, ok := goja.AssertConstructor(orig)
	if !ok {
		return
	}
	proto, ok := orig.Get("prototype").(*goja.Object)
	if !ok {
		return
	}
	ctor := l.vm.NewClassConstructor(name, length, func(args []goja.Value, newTarget *goja.Object) *goja.Object {
		check(args)
		o, err := construct(newTarget, args...)
		if err != nil {
			panic(err)
		}
		return o
	})
	_ = ctor.SetPrototype(orig.Prototype())
	_ = ctor.DefineDataProperty("prototype", proto, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	_ = ctor.DefineDataProperty("name", l.vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = ctor.DefineDataProperty("length", l.vm.ToValue(length), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	object := l.vm.Get("Object").ToObject(l.vm)
	getOwn, _ := goja.AssertFunction(object.Get("getOwnPropertyDescriptor"))
	defineProp, _ := goja.AssertFunction(object.Get("defineProperty"))
	ownKeys, _ := goja.AssertFunction(l.vm.Get("Reflect").ToObject(l.vm).Get("ownKeys"))
	if getOwn != nil && defineProp != nil && ownKeys != nil {
		if keys, err := ownKeys(nil, orig); err == nil {
			ko := keys.ToObject(l.vm)
			n := ko.Get("length").ToInteger()
			for i := int64(0); i < n; i++ {
				key := ko.Get(strconv.FormatInt(i, 10))
				switch key.String() {
				case "prototype", "name", "length":
					continue
				}
				if d, err := getOwn(nil, orig, key); err == nil && !goja.IsUndefined(d) {
					_, _ = defineProp(nil, ctor, key, d)
				}
			}
		}
	}
	_ = proto.DefineDataProperty("constructor", ctor, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = g.DefineDataProperty(name, ctor, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// primitiveLength is ToNumber of a primitive length argument; ok is false
// for what the original should see first (objects, symbols, bigints: their
// conversion may run user code or throw the engine's own error).
func primitiveLength(v goja.Value) (float64, bool) {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return 0, false
	}
	if _, isObj := v.(*goja.Object); isObj {
		return 0, false
	}
	switch v.Export().(type) {
	case int64, float64, string, bool:
		f := v.ToFloat()
		if math.IsNaN(f) {
			return 0, true
		}
		return math.Trunc(f), true
	}
	return 0, false
}

// allocLimit is the most bytes one buffer may take: what the machine has
// (RAM and swap). goja's allocation is lazy (pages untouched are not
// resident), so node's 4 GiB + 1000 byte ArrayBuffer works, but Go cannot
// map more than the kernel will commit and then dies: V8 answers 'Array
// buffer allocation failed' where its calloc fails, this is where Go's would.
var allocLimit = sync.OnceValue(func() float64 {
	var si syscall.Sysinfo_t
	if err := syscall.Sysinfo(&si); err != nil || si.Totalram == 0 {
		return maxLength
	}
	unit := float64(si.Unit)
	if unit == 0 {
		unit = 1
	}
	return max(float64(si.Totalram)*unit+float64(si.Totalswap)*unit, maxLength)
})

func (l *limits) checkArrayBuffer(args []goja.Value) {
	if len(args) == 0 {
		return
	}
	if n, ok := primitiveLength(args[0]); ok {
		if n < 0 || n > maxSafeInteger {
			l.throw(l.rangeError, "Invalid array buffer length")
		}
		if n > allocLimit() {
			l.throw(l.rangeError, "Array buffer allocation failed")
		}
	}
}

func (l *limits) checkTypedArray(args []goja.Value, size int64) {
	if len(args) == 0 {
		return
	}
	a := args[0]
	if n, ok := primitiveLength(a); ok {
		if n < 0 || n > maxLength {
			l.throw(l.rangeError, "Invalid typed array length: "+l.vm.ToValue(n).String())
		}
		if n*float64(size) > allocLimit() {
			l.throw(l.rangeError, "Array buffer allocation failed")
		}
		return
	}
	o, ok := a.(*goja.Object)
	if !ok {
		return
	}
	// An array, or an array-like without an iterator: goja allocates its
	// length times size up front. Views and buffers (exported as slices
	// and structs) hold what they copy already; iterables are collected
	// first.
	if o.ClassName() != "Array" {
		if t := o.ExportType(); t != nil && (t.Kind() == reflect.Slice || t.Kind() == reflect.Struct) {
			return
		}
		sym := o.GetSymbol(goja.SymIterator)
		if sym != nil && !goja.IsUndefined(sym) && !goja.IsNull(sym) {
			return
		}
	}
	n := o.Get("length")
	if n == nil {
		return
	}
	f := n.ToFloat()
	if f > maxLength {
		l.throw(l.rangeError, "Invalid typed array length: "+l.vm.ToValue(math.Trunc(f)).String())
	}
	if f*float64(size) > allocLimit() {
		l.throw(l.rangeError, "Array buffer allocation failed")
	}
}

// guardStrings wraps repeat, padStart and padEnd: each converts its
// receiver and arguments once (as the spec orders them), checks the result's
// length and hands the converted values to goja's own.
func (l *limits) guardStrings() {
	sp, ok := l.vm.Get("String").ToObject(l.vm).Get("prototype").(*goja.Object)
	if !ok {
		return
	}
	// fast, when not nil, answers instead of goja's own with the checked
	// arguments (nil: goja's).
	wrap := func(name string, length int, check func(s goja.String, args []goja.Value) []goja.Value,
		fast func(s goja.String, args []goja.Value) goja.Value) {
		orig, ok := goja.AssertFunction(sp.Get(name))
		if !ok {
			return
		}
		fn := l.vm.ToNamedValue(name, func(call goja.FunctionCall) goja.Value {
			this := call.This
			if this == nil || goja.IsUndefined(this) || goja.IsNull(this) {
				l.throw(l.typeError, "String.prototype."+name+" called on null or undefined")
			}
			s, ok := this.(goja.String)
			if !ok {
				s = this.ToString().(goja.String)
			}
			args := check(s, call.Arguments)
			if fast != nil {
				if r := fast(s, args); r != nil {
					return r
				}
			}
			r, err := orig(s, args...)
			if err != nil {
				panic(err)
			}
			return r
		}).(*goja.Object)
		_ = fn.DefineDataProperty("name", l.vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		_ = fn.DefineDataProperty("length", l.vm.ToValue(length), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		_ = sp.DefineDataProperty(name, fn, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	arg := func(args []goja.Value, i int) goja.Value {
		if i < len(args) {
			return args[i]
		}
		return goja.Undefined()
	}
	wrap("repeat", 1, func(s goja.String, args []goja.Value) []goja.Value {
		n := arg(args, 0).ToNumber()
		f := n.ToFloat()
		if math.IsNaN(f) {
			f = 0
		}
		f = math.Trunc(f)
		if f < 0 || math.IsInf(f, 1) {
			// V8's message names the count; goja's does not.
			l.throw(l.rangeError, "Invalid count value: "+l.vm.ToValue(f).String())
		}
		if f >= 0 && !math.IsInf(f, 1) && s.Length() > 0 && float64(s.Length())*f > maxStringLength {
			l.throw(l.rangeError, "Invalid string length")
		}
		return []goja.Value{n}
	}, func(s goja.String, args []goja.Value) goja.Value {
		// goja appends the receiver count times; for an ASCII receiver Go's
		// strings.Repeat (doubling copies) is ~30x faster on long results.
		str := s.String()
		n := args[0].ToInteger()
		if n <= 1 || len(str) == 0 || len(str) != s.Length() {
			return nil
		}
		for i := 0; i < len(str); i++ {
			if str[i] >= 0x80 {
				return nil
			}
		}
		return l.vm.ToValue(strings.Repeat(str, int(n)))
	})
	pad := func(s goja.String, args []goja.Value) []goja.Value {
		n := arg(args, 0).ToNumber()
		f := n.ToFloat()
		if math.IsNaN(f) || f <= float64(s.Length()) {
			return []goja.Value{n}
		}
		fill := arg(args, 1)
		if !goja.IsUndefined(fill) {
			fill = fill.ToString()
			if fill.String() == "" {
				return []goja.Value{n, fill}
			}
		}
		if math.Trunc(f) > maxStringLength {
			l.throw(l.rangeError, "Invalid string length")
		}
		return []goja.Value{n, fill}
	}
	wrap("padStart", 1, pad, nil)
	wrap("padEnd", 1, pad, nil)
}
