package goja

import "strings"

// gojanet: goja has no async generators, so esbuild lowers `async function*`
// (and async generator methods) to a plain function whose body is one
// `return __asyncGenerator(this, …, function* () {…})`. Such a function's
// [[Prototype]] is Function.prototype, where node's is
// %AsyncGeneratorFunction.prototype%, and code reaches intrinsics through it:
// whatwg-url takes %AsyncIteratorPrototype% as
// Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype).
// Object.getPrototypeOf, Reflect.getPrototypeOf and __proto__ report the
// object the host gave SetLoweredAsyncGeneratorFunctionPrototype for such a
// function (js/internal/async_generator.js makes it), so Function.prototype
// itself needs no `prototype` property (which node's lacks, and which sent
// srvx's walk up a class's constructors past Response).

// SetLoweredAsyncGeneratorFunctionPrototype sets what the prototype reads
// report for a lowered async generator function (nil: Function.prototype,
// its real prototype). Call it from the goroutine that runs r.
func (r *Runtime) SetLoweredAsyncGeneratorFunctionPrototype(proto *Object) {
	r.asyncGenFuncProto = proto
}

// reportedProto is o's prototype as the reflective reads report it.
func (r *Runtime) reportedProto(o *Object) *Object {
	p := o.self.proto()
	if p != nil && p == r.global.FunctionPrototype && r.asyncGenFuncProto != nil && loweredAsyncGenerator(o) {
		return r.asyncGenFuncProto
	}
	return p
}

// loweredAsyncGenerator: o is a function or method whose source is esbuild's
// lowering of an async generator: the first statement of its body returns
// __asyncGenerator(…).
func loweredAsyncGenerator(o *Object) bool {
	var src string
	switch f := o.self.(type) {
	case *funcObject:
		src = f.srcText()
	case *methodFuncObject:
		src = f.srcText()
	default:
		return false
	}
	// The body's first statement: searched for near the start only, so a
	// class or a long function read through getPrototypeOf costs no scan
	// of its whole source (a head of more than 512 bytes is not found).
	if len(src) > 512 {
		src = src[:512]
	}
	i := strings.Index(src, "return __asyncGenerator(")
	if i < 0 {
		return false
	}
	// what comes before it is the head and the body's `{`: `…) {`
	head := strings.TrimRight(src[:i], " \t\r\n")
	if !strings.HasSuffix(head, "{") {
		return false
	}
	head = strings.TrimRight(head[:len(head)-1], " \t\r\n")
	return strings.HasSuffix(head, ")")
}
