package goja

import (
	"reflect"
	"slices"
	"time"
	"unicode/utf8"

	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/parser"
	"github.com/dop251/goja/unistring"
)

// gojanet: what the host asks of the engine that goja's API has no call for.
// Kept in one file of additions so that the fork's changes stay easy to see.

// OwnNonIndexKeys returns the own string keys of an array or a typed array
// that are not indices (enumerable or not, in order) — V8's
// GetOwnNonIndexProperties, which node uses to inspect, compare and
// complete an array of a million elements without a million index strings.
// ok is false for any other kind of object (the caller enumerates instead).
func (o *Object) OwnNonIndexKeys() (keys []string, ok bool) {
	var base *baseObject
	switch self := o.self.(type) {
	case *arrayObject:
		base = &self.baseObject
	case *sparseArrayObject:
		base = &self.baseObject
	case *typedArrayObject:
		base = &self.baseObject
	default:
		return nil, false
	}
	names := base.stringKeys(true, nil)
	keys = make([]string, len(names))
	for i, n := range names {
		keys[i] = n.String()
	}
	return keys, true
}

// ObjectKind is what an object is made of, where the host must tell kinds
// apart that goja's API does not (a Go function and a JavaScript one both
// export a func(FunctionCall) Value).
type ObjectKind uint8

const (
	KindOther           ObjectKind = iota
	KindPlainObject                // an ordinary object
	KindNativeFunction             // a Go func(FunctionCall) Value, or a Go constructor
	KindReflectFunction            // a Go function of any other signature, called through reflection
	KindScriptFunction             // written in JavaScript (any kind), bound, or a class
)

// Kind reports what o is made of.
func (o *Object) Kind() ObjectKind {
	if a, ok := o.self.(*lazyArgsObject); ok {
		a.impl() // gojanet_args.go: what it is made of once built
	}
	switch o.self.(type) {
	case *baseObject:
		return KindPlainObject
	case *nativeFuncObject:
		return KindNativeFunction
	case *wrappedFuncObject:
		return KindReflectFunction
	case *funcObject, *arrowFuncObject, *methodFuncObject, *classFuncObject, *boundFuncObject,
		*asyncFuncObject, *asyncArrowFuncObject, *asyncMethodFuncObject,
		*generatorFuncObject, *generatorMethodFuncObject:
		return KindScriptFunction
	}
	return KindOther
}

// IsAsyncMethod reports whether o is an async method ({ async m() {} } or
// a class's), which goja makes with Function.prototype where V8 uses
// AsyncFunction.prototype (the host corrects it).
func (o *Object) IsAsyncMethod() bool {
	_, ok := o.self.(*asyncMethodFuncObject)
	return ok
}

// MicrotasksPending reports whether promise jobs are queued (the host batches
// work between turns only when none are).
func (r *Runtime) MicrotasksPending() bool {
	return len(r.jobQueue) > 0
}

// NewClassConstructor returns a native constructor that, like the built-in
// classes, throws V8's TypeError "Constructor <name> requires 'new'" when
// called without new (a func(ConstructorCall) constructor runs either way
// and cannot tell). construct gets the arguments and new.target, never nil.
// The caller defines `prototype` and the other properties.
func (r *Runtime) NewClassConstructor(name string, length int, construct func(args []Value, newTarget *Object) *Object) *Object {
	v := &Object{runtime: r}
	r.newNativeFuncAndConstruct(v, func(FunctionCall) Value {
		panic(r.NewTypeError("Constructor %s requires 'new'", name))
	}, func(args []Value, newTarget *Object) *Object {
		if newTarget == nil {
			newTarget = v
		}
		return construct(args, newTarget)
	}, nil, unistring.NewFromString(name), intToValue(int64(length))).host = true // gojanet_stack.go
	return v
}

// SetTimeLocation sets the time zone of this runtime's local dates (Date's
// getHours, toString, the Date(y, m, ...) constructor, Date.parse of a
// string without an offset): node follows process.env.TZ when a script
// assigns it, per process; goja used the process-wide time.Local. nil
// means time.Local.
func (r *Runtime) SetTimeLocation(loc *time.Location) {
	r.timeLoc = loc
}

// TimeLocation is the zone of this runtime's local dates.
func (r *Runtime) TimeLocation() *time.Location {
	return r.timeLocation()
}

func (r *Runtime) timeLocation() *time.Location {
	if r.timeLoc != nil {
		return r.timeLoc
	}
	return time.Local
}

// NewArrayFromValues returns an array whose elements are values, which it
// takes over (the caller must not use the slice afterwards); a nil element
// is undefined. One allocation, the array, where NewArray(items...) makes
// a []Value and converts each item (the host's parser binding hands a
// request's events to JS this way).
func (r *Runtime) NewArrayFromValues(values []Value) *Object {
	for i, v := range values {
		if v == nil {
			values[i] = _undefined
		}
	}
	return r.newArrayValues(values)
}

// NewArrayCopy returns an array of a copy of values (a nil element is
// undefined): the array and its elements in one allocation up to 26 of
// them. For a caller that builds its values in a buffer of its own and
// reuses it (the host's parser binding: a request's events and raw
// headers), one allocation where NewArrayFromValues's slice is a second.
func (r *Runtime) NewArrayCopy(values []Value) *Object {
	a := r.newArrayLiteral(len(values))
	v := append(a.values, values...)
	for i, x := range v {
		if x == nil {
			v[i] = _undefined
		}
	}
	setArrayValues(a, v)
	return a.val
}

// AppendOwnKeys appends o's own string keys to dst, enumerable or not, in
// Object.getOwnPropertyNames' order, and returns the extended slice: what
// GetOwnPropertyNames returns, without its iterator closures and with the
// caller's buffer (an ordinary object in shape mode lists its shape's names
// as they are).
// This method will panic with an *Exception if a JavaScript exception is thrown in the process (a Proxy's trap). Use Runtime.Try to catch these.
func (o *Object) AppendOwnKeys(dst []string) []string {
	if bo, ok := o.self.(*baseObject); ok && bo.values.sh != nil {
		for _, n := range bo.values.sh.names {
			dst = append(dst, n.String())
		}
		return dst
	}
	for item, next := o.self.iterateStringKeys()(); next != nil; item, next = next() {
		dst = append(dst, item.name.String())
	}
	return dst
}

// setFast is Set's way for the usual case: o an ordinary object in shape
// mode that has name as a writable data property and value a kind whose
// conversion cannot throw. The value goes into the property's slot with no
// try frame, deferred recover or lookup of the generic path. false: Set
// takes its generic path.
func (o *Object) setFast(name string, value interface{}) bool {
	bo, ok := o.self.(*baseObject)
	if !ok || bo.values.sh == nil {
		return false
	}
	var v Value
	r := o.runtime
	switch x := value.(type) {
	case bool:
		v = valueBool(x)
	case int:
		v = r.vm.boxes.int(int64(x))
	case int64:
		v = r.vm.boxes.int(x)
	case float64:
		v = r.vm.boxes.float(x)
	case string:
		v = r.toValue(x, reflect.Value{})
	case valueInt:
		v = x
	case valueFloat:
		v = x
	case valueBool:
		v = x
	default:
		return false
	}
	for j := 0; j < len(name); j++ {
		if name[j] >= utf8.RuneSelf {
			return false // (not a name as shapes hold it: unistring's form)
		}
	}
	i := bo.values.sh.find(unistring.String(name))
	if i < 0 {
		return false
	}
	switch bo.values.v[i].(type) {
	case nil, *valueProperty:
		return false // (from Go without a value, or with attributes or a setter)
	}
	bo.values.v[i] = v
	return true
}

// IntValue is ToValue(i) without the interface conversion, through the
// runtime's cache of recently boxed numbers: no allocation for a small
// integer or one boxed a moment ago (a host binding's offsets and lengths).
func (r *Runtime) IntValue(i int64) Value {
	return r.vm.boxes.int(i)
}

// ViewBytes returns the memory a TypedArray (a Buffer), DataView or
// ArrayBuffer views, without copying and without boxing a slice into an
// interface as Export does; ok is false for any other object. A detached
// buffer, or a view of one, has no bytes (V8's byteLength is then 0).
// Loop goroutine only.
func (o *Object) ViewBytes() (p []byte, ok bool) {
	switch s := o.self.(type) {
	case *typedArrayObject:
		b := s.viewedArrayBuf
		if b == nil || b.detached {
			return nil, b != nil
		}
		from, to := s.offset*s.elemSize, (s.offset+s.length)*s.elemSize
		if from < 0 || from > to || to > len(b.data) {
			return nil, false
		}
		return b.data[from:to], true
	case *dataViewObject:
		b := s.viewedArrayBuf
		if b == nil || b.detached {
			return nil, b != nil
		}
		from, to := s.byteOffset, s.byteOffset+s.byteLen
		if from < 0 || from > to || to > len(b.data) {
			return nil, false
		}
		return b.data[from:to], true
	case *arrayBufferObject:
		if s.detached {
			return nil, true
		}
		return s.data, true
	}
	return nil, false
}

// ExportBytes is `b, ok := o.Export().([]byte)` without the allocations
// Export makes for a Uint8Array (or a Buffer): the slice boxed into an
// interface.
func (o *Object) ExportBytes() ([]byte, bool) {
	if s, ok := o.self.(*typedArrayObject); ok && s.typedArray.exportType() == typeBytes {
		if p, ok := o.ViewBytes(); ok {
			return p, true
		}
	}
	p, ok := o.Export().([]byte)
	return p, ok
}

// NewUint8ArrayOn returns a Uint8Array viewing length bytes of the
// ArrayBuffer ab from offset with prototype proto: what
// new Uint8Array(ab, offset, length) makes with a subclass whose prototype
// is proto as new.target (node's FastBuffer), without the constructor's
// generic call (its argument checks, the new.target's prototype read, a
// call from Go). nil when ab is no ArrayBuffer, is detached or is too
// short, or proto is nil: the caller's constructor call then answers.
func (r *Runtime) NewUint8ArrayOn(ab *Object, offset, length int, proto *Object) *Object {
	if ab == nil || proto == nil {
		return nil
	}
	buf, ok := ab.self.(*arrayBufferObject)
	if !ok || buf.detached || offset < 0 || length < 0 || offset > len(buf.data)-length {
		return nil
	}
	return r.newUint8ArrayObject(buf, offset, length, proto).val
}

// FixedOwnValue returns the value of o's own data property name when it
// can never change (neither writable nor configurable: a class's
// `prototype`), else nil. Nothing runs: no getter, no proxy trap.
func (o *Object) FixedOwnValue(name string) Value {
	switch o.self.(type) {
	case *proxyObject:
		return nil
	}
	if p, ok := o.self.getOwnPropStr(unistring.NewFromString(name)).(*valueProperty); ok && !p.accessor && !p.writable && !p.configurable {
		return p.value
	}
	return nil
}

// gojanet: DenseArrayValues returns the elements of an array whose first
// length elements are all own data values (no hole, no accessor): the
// array's own storage, not a copy, to be read at once and not written.
// ok is false for anything else (the caller then reads it the usual way).
// Loop goroutine only.
func (o *Object) DenseArrayValues() (values []Value, ok bool) {
	a, ok := o.self.(*arrayObject)
	if !ok || int(a.length) > len(a.values) {
		return nil, false
	}
	values = a.values[:a.length]
	for _, v := range values {
		switch v.(type) {
		case nil, *valueProperty:
			return nil, false
		}
	}
	return values, true
}

// gojanet: AppendOwnDataValues appends o's own string keys to names and
// their values to values, in Object.getOwnPropertyNames' order, when o is an
// ordinary object in shape mode whose own string-keyed properties are all
// plain data properties (writable, enumerable, configurable) with a value:
// AppendOwnKeys and a Get of each name, without the lookups. ok is false,
// with names and values as given, for anything else (an accessor, other
// attributes, a slot set from Go without a value, a dictionary, an exotic
// object). Nothing runs. Loop goroutine only.
func (o *Object) AppendOwnDataValues(names []string, values []Value) ([]string, []Value, bool) {
	bo, ok := o.self.(*baseObject)
	if !ok || bo.values.sh == nil {
		return names, values, false
	}
	n0, v0 := len(names), len(values)
	for i, n := range bo.values.sh.names {
		switch v := bo.values.v[i].(type) {
		case nil, *valueProperty:
			return names[:n0], values[:v0], false
		default:
			names = append(names, n.String())
			values = append(values, v)
		}
	}
	return names, values, true
}

// gojanet: NewDataObject returns a new ordinary object whose prototype is
// Object.prototype and whose own properties are names[i] = values[i]
// (enumerable, writable, configurable data properties) in that order: the
// object `o = {}; o[names[i]] = values[i]` makes, one name after another,
// built in one step (shape transitions, no generic Set per name: the host
// builds a request's headers object this way). nil, with nothing made,
// when a name repeats, is an array index or is found on Object.prototype
// (assigning it could run a setter or shadow an inherited value the caller
// may have wanted to see): the caller then does the assignments itself.
func (r *Runtime) NewDataObject(names []string, values []Value) *Object {
	proto := r.global.ObjectPrototype
	o := r.newBaseObject(proto, classObject)
	for i, n := range names {
		name := unistring.NewFromString(n)
		if !isShapeName(name) || proto.self.hasPropertyStr(name) || o.values.has(name) {
			return nil
		}
		v := values[i]
		if v == nil {
			v = _undefined
		}
		o.addOwnStr(name, v)
	}
	return o.val
}

// gojanet: DataObjectLayout is what NewDataObjectCached remembers of the
// last object it made: its names and shape. A caller keeps one per kind of
// object it builds again and again (the http server's request headers, the
// same names in the same order request after request).
type DataObjectLayout struct {
	r     *Runtime
	names []string
	sh    *shape
	epoch uint64 // protoEpoch when the names were checked against Object.prototype
}

// NewDataObjectCached is NewDataObject; when names are l's names, in the same
// order, and no prototype that inline caches watch (Object.prototype is
// made one here) gained a property since l's were checked against
// Object.prototype, the object takes l's shape in one step: one
// allocation, no lookup on Object.prototype and no shape transition per
// name.
func (r *Runtime) NewDataObjectCached(l *DataObjectLayout, names []string, values []Value) *Object {
	proto := r.global.ObjectPrototype
	if n := len(names); l.sh != nil && l.r == r && l.epoch == protoEpoch.Load() && len(values) >= n &&
		slices.Equal(l.names, names) {
		o := r.newObjectSlots(proto, n)
		v := o.values.v
		if cap(v) < n {
			v = make([]Value, 0, n)
		}
		for _, x := range values[:n] {
			if x == nil {
				x = _undefined
			}
			v = append(v, x)
		}
		o.values.v = v
		o.values.sh = l.sh
		return o.val
	}
	// (watched first, then the epoch read: a property Object.prototype
	// gains during the checks below makes the layout stale)
	watch(proto)
	epoch := protoEpoch.Load()
	obj := r.NewDataObject(names, values)
	l.sh = nil
	if obj != nil {
		if bo, ok := obj.self.(*baseObject); ok && bo.values.sh != nil && bo.values.d == nil &&
			bo.values.sh.nslots() == len(names) {
			l.r, l.names, l.sh, l.epoch = r, append(l.names[:0], names...), bo.values.sh, epoch
		}
	}
	return obj
}

// SetFunctionSource sets what Function.prototype.toString returns for o, a
// plain function written in JavaScript (vm.compileFunction's: node shows
// its body between lines of its own, where gojanet's wrapper keeps the
// body on the head's line so that its line numbers stay right); false for
// any other object.
func (o *Object) SetFunctionSource(src string) bool {
	if f, ok := o.self.(*funcObject); ok {
		f.src = &src
		return true
	}
	return false
}

// IsOneFunction reports whether src, a dynamic function's wrapper
// ("(function (params) {" + body + "\n})"), parses as that one function
// expression and nothing else: a body or parameter list that closes the
// wrapper early ("}); other(); (function () {") must be a SyntaxError, as
// V8 parses each part by itself, not run. A src that does not parse at all
// is left to the compiler's error (true).
func IsOneFunction(src string) bool {
	one, parsed := oneFunction(src)
	return one || !parsed
}

// oneFunction: whether src parses, and as one function expression.
func oneFunction(src string) (one, parsed bool) {
	prg, err := parser.ParseFile(nil, "", src, 0)
	if err != nil {
		return false, false
	}
	if len(prg.Body) != 1 {
		return false, true
	}
	st, ok := prg.Body[0].(*ast.ExpressionStatement)
	if !ok {
		return false, true
	}
	_, ok = st.Expression.(*ast.FunctionLiteral)
	return ok, true
}

// gojanet: PeekOwn reports o's own property name without running anything
// (no getter, no trap): has is whether it exists; a data property's value
// is value, an accessor's getter is getter (nil for none). ok is false, and
// the rest zero, unless o is an ordinary object (not a proxy, array or
// other exotic object), where nothing else could be known. The console asks
// it per console.log whether process.stdout is still the host's stream
// (runtime/host.go consoleWrite) without a descriptor object.
func (o *Object) PeekOwn(name string) (value Value, getter *Object, has, ok bool) {
	bo, isBase := o.self.(*baseObject)
	if !isBase {
		return nil, nil, false, false
	}
	switch p := bo.getOwnPropStr(unistring.NewFromString(name)).(type) {
	case nil:
		return nil, nil, false, true
	case *valueProperty:
		if p.accessor {
			return nil, p.getterFunc, true, true
		}
		return p.value, nil, true, true
	default:
		return p, nil, true, true
	}
}
