package goja

import (
	"time"

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
