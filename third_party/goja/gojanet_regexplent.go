package goja

// gojanet: a regexp literal that only ever receives a .test() call is one
// object per site and runtime (README.gojanet.md "Regexp literals tested in
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
	r := vm.r
	if r.regexpTestIntact() {
		o := r.lentRegexps[n]
		if o == nil {
			o = r.newRegExpLiteral(n.pattern, n.src)
			if r.lentRegexps == nil {
				r.lentRegexps = make(map[*newRegexpLent]*Object)
			}
			if len(r.lentRegexps) < lentRegexpsMax {
				r.lentRegexps[n] = o
			}
		}
		vm.push(o)
	} else {
		vm.push(r.newRegExpLiteral(n.pattern, n.src))
	}
	vm.pc++
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
