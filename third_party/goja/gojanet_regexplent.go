package goja

// gojanet: a regexp literal that only ever receives a .test() call, or is
// the pattern of a string's .replace() with a string literal, is one object
// per site and runtime (README.gojanet.md "Regexp literals tested in
// place").
//
// `/^text\//.test(type)` (mime's charsets.lookup, once an Express request)
// made a RegExp object on every evaluation, only for RegExp.prototype.test
// to be called on it. When the literal is the callee's object of a `.test`
// call (the compiler marks it: compileCallee) and has neither the g nor the
// y flag, and RegExp.prototype.test is still the built-in data property,
// nothing can reach the object: the property read right after it finds
// `test` on RegExp.prototype (the new object's only own property is
// lastIndex), no code runs before that read, and the built-in neither
// hands out its receiver nor, without g or y, writes its lastIndex. So the
// object from an earlier evaluation, never seen by anything else, is as
// good as a new one. Otherwise (test replaced or made an accessor) each
// evaluation makes its own object, as before.

// lentRegexpsMax bounds a runtime's cache (code compiled over and over,
// new Function in a loop, keeps adding sites).
const lentRegexpsMax = 256

type newRegexpLent struct {
	newRegexp
}

func (n *newRegexpLent) exec(vm *vm) {
	vm.push(vm.r.lentRegexp(&n.newRegexp, vm.r.regexpTestIntact()))
	vm.pc++
}

// lentRegexp returns site's object when it may be lent, a new one
// otherwise.
func (r *Runtime) lentRegexp(site *newRegexp, lend bool) *Object {
	if !lend {
		return r.newRegExpLiteral(site.pattern, site.src)
	}
	o := r.lentRegexps[site]
	if o == nil {
		o = r.newRegExpLiteral(site.pattern, site.src)
		if r.lentRegexps == nil {
			r.lentRegexps = make(map[*newRegexp]*Object)
		}
		if len(r.lentRegexps) < lentRegexpsMax {
			r.lentRegexps[site] = o
		}
	}
	return o
}

// newRegexpReplaceArg is `s.replace(/re/, 'str')`'s literal: the call's
// callee and receiver are on the stack below it (the callee, then this);
// when they are a string and the built-in String.prototype.replace, and
// RegExp.prototype's exec, flags and [Symbol.replace] are the built-ins, the
// replace runs on the object without a look at its properties or a call of
// JS with it (regexpproto_stdReplacer's standard path), and the string
// literal after it runs no code.
type newRegexpReplaceArg struct {
	newRegexp
}

func (n *newRegexpReplaceArg) exec(vm *vm) {
	r := vm.r
	_, str := vm.stack[vm.sp-1].(String)
	lend := str && vm.stack[vm.sp-2] == Value(r.global.stringReplace) && r.regexpReplaceIntact()
	vm.push(r.lentRegexp(&n.newRegexp, lend))
	vm.pc++
}

// regexpReplaceIntact reports whether RegExp.prototype's guarded properties
// (exec and the flags' getters) and its [Symbol.replace] are the built-ins.
func (r *Runtime) regexpReplaceIntact() bool {
	p := r.getRegExpPrototype()
	if p.self != r.global.stdRegexpProto {
		return false
	}
	v := p.self.getOwnPropSym(SymReplace)
	if vp, ok := v.(*valueProperty); ok {
		if vp.accessor {
			return false
		}
		v = vp.value
	}
	return v != nil && v == Value(r.global.regexpReplace)
}

// regexpTestIntact reports whether RegExp.prototype.test is the built-in
// data property.
func (r *Runtime) regexpTestIntact() bool {
	v := r.getRegExpPrototype().self.getOwnPropStr("test")
	if p, ok := v.(*valueProperty); ok {
		if p.accessor {
			return false
		}
		v = p.value
	}
	return v != nil && v == Value(r.global.regexpTest)
}
