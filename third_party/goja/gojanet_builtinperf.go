package goja

// gojanet: the common case of the built-ins an Express request calls, each
// in one pass with its result's storage allocated once (README.gojanet.md
// "Built-ins on the request path"). Each takes only what it answers exactly
// as the general path does and leaves everything else to it.

import (
	"slices"
	"strconv"
	"strings"
	"sync"
)

// newArrayN returns an ordinary array of n elements and its element slice,
// which the caller fills before the array is used: one allocation up to 8
// elements (newArrayLiteral's), not an array and a slice.
func (r *Runtime) newArrayN(n int) (*arrayObject, []Value) {
	a := r.newArrayLiteral(n)
	values := a.values[:n]
	setArrayValues(a, values)
	return a, values
}

// smallIntStrings are the decimal strings of 0..smallIntStringsLen-1 as
// values (V8's number-string cache, fixed): String(n) of a length or a
// status code without formatting and boxing a new string each time. Built
// on first use, then only read (shared by every runtime).
const smallIntStringsLen = 1024

var smallIntStrings = sync.OnceValue(func() *[smallIntStringsLen]Value {
	var t [smallIntStringsLen]Value
	for i := range t {
		t[i] = asciiString(strconv.Itoa(i))
	}
	return &t
})

// intString is String(i) for a small non-negative integer, nil otherwise.
func intString(v Value) Value {
	if i, ok := v.(valueInt); ok && i >= 0 && i < smallIntStringsLen {
		return smallIntStrings()[i]
	}
	return nil
}

// ownEnumerableKeys is Object.keys's list for an ordinary object whose
// properties are a shape (no index-like names, propNames in order), in one
// array; ok is false for any other object.
func (r *Runtime) ownEnumerableKeys(obj *Object) (*Object, bool) {
	o, ok := obj.self.(*baseObject)
	if !ok || o.values.sh == nil {
		return nil, false
	}
	sh := o.values.sh
	n := 0
	for i := range sh.names {
		if p, ok := o.values.v[sh.nameSlot(i)].(*valueProperty); ok && !p.enumerable {
			continue
		}
		n++
	}
	a, keys := r.newArrayN(n)
	j := 0
	for i, name := range sh.names {
		if p, ok := o.values.v[sh.nameSlot(i)].(*valueProperty); ok && !p.enumerable {
			continue
		}
		keys[j] = stringValueFromRaw(name)
		j++
	}
	return a.val, true
}

// sortStrings sorts a dense ordinary array of strings by the default order
// (UTF-16 code units, stable), as sort.Stable over arraySortCtx does, with
// no allocation; false (nothing changed) when some element is not a string.
// (CompareTo, which the general path uses, orders non-ASCII strings by code
// point, as UTF-8: '\uffff' before '😀', where ECMAScript and V8 put it after.)
func sortStrings(a *arrayObject) bool {
	values := a.values
	if len(values) < 2 {
		return true
	}
	ascii := true
	for _, v := range values {
		switch v.(type) {
		case asciiString:
		case unicodeString:
			ascii = false
		default:
			return false
		}
	}
	if ascii {
		slices.SortStableFunc(values, func(x, y Value) int {
			return strings.Compare(string(x.(asciiString)), string(y.(asciiString)))
		})
	} else {
		slices.SortStableFunc(values, func(x, y Value) int {
			return compareUTF16(x.(String), y.(String))
		})
	}
	return true
}

// splitASCII is s.split(sep, limit) (limit > 0, or -1 for none) for an
// ASCII string and a non-empty separator: the pieces are counted, then made
// into one array.
func (r *Runtime) splitASCII(s, sep asciiString, limit int) *Object {
	n := strings.Count(string(s), string(sep)) + 1
	if limit >= 0 && n > limit {
		n = limit
	}
	a, values := r.newArrayN(n)
	rest := string(s)
	for i := 0; i < n; i++ {
		j := strings.Index(rest, string(sep))
		if j < 0 {
			values[i] = asciiString(rest)
			break
		}
		values[i] = asciiString(rest[:j])
		rest = rest[j+len(sep):]
	}
	return a.val
}

// boundFuncAlloc is a bound function: its Object, the function and the
// slots of its length and name in one allocation.
type boundFuncAlloc struct {
	obj   Object
	bf    boundFuncObject
	slots [2]Value
}

// callTarget and constructTarget are a bound function's call and construct
// (upstream's boundCallable and boundConstruct closures, which captured the
// target's method values, made at bind time).
func (f *boundFuncObject) callTarget(call FunctionCall) Value {
	target := f.targetCall
	if target == nil {
		target, _ = f.wrapped.self.assertCallable()
		f.targetCall = target
	}
	return target(FunctionCall{
		This:      f.boundThis,
		Arguments: append(f.boundArgs, call.Arguments...),
	})
}

// A bound function's Call and construct as method values (two closures)
// are made on the first call from Go or the first `new`: most bound
// functions (finalhandler's logerror.bind per Express request) are called
// from JS, which vmCall enters without them, or never.
func (f *boundFuncObject) assertCallable() (func(FunctionCall) Value, bool) {
	if f.f == nil {
		f.f = f.callTarget
	}
	return f.f, true
}

func (f *boundFuncObject) assertConstructor() func(args []Value, newTarget *Object) *Object {
	if f.construct == nil && f.isCtor {
		f.construct = f.constructTarget
	}
	return f.construct
}

func (f *boundFuncObject) export(*objectExportCtx) interface{} {
	fn, _ := f.assertCallable()
	return fn
}

func (f *boundFuncObject) constructTarget(args []Value, newTarget *Object) *Object {
	target := f.targetConstruct
	if target == nil {
		target = f.wrapped.self.assertConstructor()
		f.targetConstruct = target
	}
	if newTarget == f.val {
		newTarget = nil
	}
	return target(append(f.boundArgs, args...), newTarget)
}

// compareUTF16 orders x and y by their UTF-16 code units (ECMAScript's
// string order).
func compareUTF16(x, y String) int {
	lx, ly := x.Length(), y.Length()
	n := lx
	if ly < n {
		n = ly
	}
	for i := 0; i < n; i++ {
		if cx, cy := x.CharAt(i), y.CharAt(i); cx != cy {
			if cx < cy {
				return -1
			}
			return 1
		}
	}
	return lx - ly
}

// substringOf is s.Substring(start, end), or s itself when that is all of
// it (an exec match of a whole path or header: no new string boxed).
func substringOf(s String, start, end int) String {
	if start == 0 && end == s.Length() {
		return s
	}
	return s.Substring(start, end)
}

// regexpLiteralAlloc is what a regular expression literal makes each time
// it is evaluated: the Object, the regexp, its own copy of the program's
// pattern (clone's, which a runtime may not share with another), lastIndex
// and its slot, in one allocation (they were five: Object, regexpObject,
// pattern, lastIndex's property and the slot array). mime's lookup and
// charset test evaluate one each per Express request.
type regexpLiteralAlloc struct {
	obj       Object
	re        regexpObject
	pattern   regexpPattern
	rx2       regexp2Wrapper
	lastIndex valueProperty
	slots     [1]Value
}

// newRegExpLiteral is newRegExpp(p.clone(), src, RegExp.prototype) in one
// allocation.
func (r *Runtime) newRegExpLiteral(p *regexpPattern, src String) *Object {
	m := &regexpLiteralAlloc{}
	m.pattern = regexpPattern{
		src:           p.src,
		global:        p.global,
		ignoreCase:    p.ignoreCase,
		multiline:     p.multiline,
		dotAll:        p.dotAll,
		sticky:        p.sticky,
		unicode:       p.unicode,
		hasIndices:    p.hasIndices,
		regexpWrapper: p.regexpWrapper, // (its clone is itself)
		ascii:         p.ascii,
	}
	if p.regexp2Wrapper != nil {
		m.rx2.rx = p.regexp2Wrapper.rx
		m.pattern.regexp2Wrapper = &m.rx2
	}
	if p.ascii != nil {
		m.pattern.scratch = &r.asciiScratch // the runtime's goroutine is the pattern's
	}
	v := &m.obj
	v.runtime = r
	o := &m.re
	o.class = classRegExp
	o.val = v
	o.extensible = true
	o.prototype = r.getRegExpPrototype()
	v.self = o
	o.baseObject.init()
	o.values.v = m.slots[:0]
	o.standard = true
	m.lastIndex = valueProperty{value: intToValue(0), writable: true}
	o._put("lastIndex", &m.lastIndex)
	o.pattern = &m.pattern
	o.source = src
	return v
}

// asciiChars are the one-character ASCII strings as values: s[i],
// s.charAt(i) and one-character slices of an ASCII string without boxing
// a new string header each time (getProtohost's url[0] per Express
// request). Only read; shared by every runtime.
var asciiChars = func() (t [128]String) {
	for i := range t {
		t[i] = asciiString(string(rune(i)))
	}
	return
}()
