package goja

import (
	"fmt"
	"strings"
	"testing"
)

// gojanet: `arguments` read from the frame (gojanet_frameargs.go). The
// expected lines are node 20's for the same script.
func TestFrameArguments(t *testing.T) {
	const script = `var out = [];
function p(x) { out.push(String(x)); }
function a1(x, y) { return arguments.length + ':' + arguments[0] + ':' + arguments[1] + ':' + arguments[2]; }
p(a1()); p(a1(1)); p(a1(1, 2)); p(a1(1, 2, 3)); p(a1(1, 2, 3, 4));
function a2() { 'use strict'; var s = 0; for (var i = 0; i < arguments.length; i++) s += arguments[i]; return s; }
p(a2()); p(a2(1, 2, 3)); p(a2(5));
function a3(x) { x = 5; return arguments[0]; }  // sloppy aliasing
p(a3(1)); p(a3());
function a4(x) { 'use strict'; x = 5; return arguments[0]; }
p(a4(1));
function a5(x) { arguments[0] = 9; return x; }
p(a5(1));
function a6(x) { return arguments['length'] + ':' + arguments['0'] + ':' + typeof arguments.callee + ':' + (arguments[1.5]) + ':' + arguments[-1]; }
p(a6(7, 8));
function a7(x) { 'use strict'; try { return arguments['callee']; } catch (e) { return e.constructor.name; } }
p(a7(1));
function a8() { var f = () => arguments.length; return f(); }
p(a8(1, 2, 3));
function a9(x) { return eval('arguments.length') + ':' + arguments[0]; }
p(a9(4, 5));
function a10(x, y) { return [typeof arguments[0], typeof arguments[1], arguments.length === 2]; }
p(a10('a', 2)); p(a10(1));
Object.prototype[3] = 'proto3';
function a11() { return arguments[3] + ':' + arguments[0]; }
p(a11('z'));
delete Object.prototype[3];
function a12(x) { if (arguments.length === 2) { return arguments[1]; } return arguments[0].length; }
p(a12('abc')); p(a12('abc', 'q'));
function a13(x) { var r = arguments[Symbol.iterator]; return typeof r + ':' + [...arguments].join(','); }
p(a13(1, 2));
function* g1(a) { yield arguments.length; yield arguments[1]; }
p([...g1(1, 2, 3)].join(','));
async function as1(a) { await null; return arguments.length + ':' + arguments[2]; }
function rec(n) { return n === 0 ? arguments.length : rec(n - 1, 1, 2) + arguments.length; }
p(rec(5));
function a14(a) { { let arguments = 3; } return arguments.length; }
p(a14(1, 2));
function a15(a) { function inner() { return a; } return arguments[0] + inner(); }
p(a15(2));
function a16(a) { var k = 'length'; return arguments[k] + ':' + arguments['1']; }
p(a16(1, 2));
Object.defineProperty(Object.prototype, 'foo', { get() { return this.length; }, configurable: true });
function a17(a) { return arguments.foo + ':' + arguments['foo'] + ':' + arguments.length; }
p(a17(1, 2, 3));
delete Object.prototype.foo;
function a18(a, b) { return arguments.length ? arguments[arguments.length - 1] : 'none'; }
p(a18()); p(a18(1)); p(a18(1, 2, 3));
var o = { m(x) { return arguments.length + x; } };
p(o.m(1, 2));
class C { constructor(a) { this.n = arguments.length; } meth() { return arguments[0]; } }
p(new C(1, 2).n); p(new C().meth('q'));
function a19(a) { function a() {} return typeof arguments[0]; }
p(a19(1));
function a20(a) { for (a in {k: 1}); return arguments[0]; }
p(a20(1));
function a21(a) { [a] = [7]; return arguments[0]; }
p(a21(1));
function a22(a) { a++; return arguments[0]; }
p(a22(1));
function a23(a) { var a = 3; return arguments[0]; }
p(a23(1));
function a24(a) { var a; return arguments[0]; }
p(a24(1));
function deep(n) { return n > 0 ? deep(n - 1) + arguments.length : 0; }
try { (function r() { return r(1, 2) + arguments[0]; })(); } catch (e) { p(e.constructor.name + ' ' + e.message); }
p(deep(100));


	out.join('\n');`
	const want = `0:undefined:undefined:undefined
1:1:undefined:undefined
2:1:2:undefined
3:1:2:3
4:1:2:3
0
6
5
5
undefined
1
9
2:7:function:undefined:undefined
TypeError
3
2:4
string,number,true
number,undefined,false
proto3:z
3
q
function:1,2
3,2
16
2
4
2:2
3:3:3
none
1
3
3
2
q
function
k
7
2
3
1
RangeError Maximum call stack size exceeded
100`
	vm := New()
	vm.SetStackOverflowCatchable(true)
	vm.SetMaxCallStackSize(1000)
	v, err := vm.RunString(script)
	if err != nil {
		t.Fatal(err)
	}
	if got := v.String(); got != want {
		t.Fatalf("got:\n%s\nwant:\n%s", got, want)
	}
}

// The functions whose reads come from the frame, and those that keep the object.
func TestFrameArgumentsCompiled(t *testing.T) {
	cases := []struct {
		src   string
		frame bool
	}{
		{"function f(a, b) { return arguments.length + arguments[0] + arguments[a]; }", true},
		{"function f() { 'use strict'; return arguments.length; }", true},
		{"function f(a) { if (arguments.length === 2) return typeof arguments[1]; return 0; }", true},
		{"function f(a) { function g() { return a; } return arguments[0] + g(); }", false}, // a parameter in the stash
		{"function f(a) { var x = function () { return 1; }; return arguments[0] + x(); }", true},
		{"function f() { return arguments; }", false},
		{"function f() { return g(arguments); }", false},
		{"function f() { return g.apply(this, arguments); }", true},
		{"function f(a) { return g.apply(this, arguments) + arguments[0]; }", true},
		{"function f() { return g.apply(this, arguments, 1); }", false},
		{"function f() { return g.call(this, arguments); }", false},
		{"function f() { return g.call(arguments, 1); }", true},
		{"function f() { return Array.prototype.slice.call(arguments, 1); }", true},
		{"function f() { return g.call(arguments, 1, 2, 3); }", false},
		{"function f() { return g.apply(arguments, []); }", false},
		{"function f() { return g.apply(...arguments); }", false},
		{"function f() { return arguments[0](); }", false},
		{"function f() { return arguments.length(); }", false},
		{"function f() { arguments[0] = 1; return arguments[0]; }", false},
		{"function f() { arguments.length = 1; return arguments.length; }", false},
		{"function f() { delete arguments[0]; return arguments.length; }", false},
		{"function f() { return typeof arguments; }", false},
		{"function f() { return arguments.callee; }", false},
		{"function f(a) { a = 2; return arguments[0]; }", false},
		{"function f(a) { a++; return arguments.length; }", false},
		{"function f(a) { var a = 1; return arguments[0]; }", false},
		{"function f(a) { function a() {} return arguments[0]; }", false},
		{"function f(a) { for (a in {}); return arguments[0]; }", false},
		{"function f(a) { return () => arguments[0]; }", false},
		{"function f(a) { return eval('1') + arguments[0]; }", false},
		{"function f(a = 1) { return arguments[0]; }", false},
		{"function f(...a) { return arguments[0]; }", false},
		{"function f({a}) { return arguments[0]; }", false},
		{"function f() { var arguments = [1]; return arguments[0]; }", false},
		{"function f(a) { with ({}) { return arguments[0]; } }", false},
		{"function f() { return arguments?.length; }", false},
	}
	for _, c := range cases {
		prg, err := Compile("", c.src, false)
		if err != nil {
			t.Fatalf("%s: %v", c.src, err)
		}
		var fn *Program
		for _, ins := range prg.code {
			if f, ok := ins.(*newFunc); ok {
				fn = f.prg
			}
		}
		if fn == nil {
			t.Fatalf("%s: no function", c.src)
		}
		frame := false
		for _, ins := range fn.code {
			switch ins.(type) {
			case loadArgc:
				frame = true
			}
		}
		if frame != c.frame {
			var b strings.Builder
			fn.dumpCode(func(format string, args ...interface{}) { b.WriteString(fmt.Sprintf(format, args...) + "\n") })
			t.Errorf("%s: frame reads %v, want %v\n%s", c.src, frame, c.frame, b.String())
		}
	}
}

// gojanet: f.apply(thisArg, arguments) from the frame (applyArgs); the
// expected lines are node 20's for the same script.
func TestFrameArgumentsApply(t *testing.T) {
	const script = `var out = [];
function p(x) { out.push(String(x)); }
function t(a, b, c) { return [this === undefined ? 'u' : typeof this === 'object' ? (this.tag || 'obj') : String(this), arguments.length, a, b, c].join(','); }
function f1() { return t.apply(this, arguments); }
p(f1()); p(f1(1)); p(f1(1, 2, 3, 4)); p(f1.call({tag: 'T'}, 'x', 'y'));
function f2(a, b) { return t.apply({tag: 'o'}, arguments); }
p(f2()); p(f2(1)); p(f2(1, 2, 3));
function f3(a) { 'use strict'; return t.apply(this, arguments); }
p(f3(5)); p(f3.call(7, 5, 6));
function f4() { return Math.max.apply(null, arguments); }
p(f4(1, 9, 3)); p(f4());
function f5() { return t.bind({tag: 'b'}).apply(null, arguments); }
p(f5(1, 2));
class K { constructor() {} }
function f6() { try { return K.apply(null, arguments); } catch (e) { return e.constructor.name + ': ' + e.message; } }
p(f6(1));
var nc = {};
nc.apply = Function.prototype.apply;
function f7() { try { return nc.apply(null, arguments); } catch (e) { return e.constructor.name; } }
p(f7(1));
var own = { apply(th, a) { return [typeof a, a.length, Array.isArray(a), Object.prototype.toString.call(a), a[0], typeof a.callee].join(','); } };
function f8(x) { return own.apply(this, arguments); }
p(f8(3, 4));
function f9(x) { var q = arguments[5]; return t.apply(this, arguments) + ':' + q; }
p(f9(1, 2));
function f10(x) { return arguments.length + ':' + arguments[0] + ':' + t.apply(null, arguments); }
p(f10('a', 'b'));
function thrower() { throw new Error('boom'); }
function f11() { return thrower.apply(this, arguments); }
try { f11(1); } catch (e) { p(e.stack.split('\n').slice(0, 3).map(function (l) { return l.trim().split(' (')[0]; }).join('|')); }
var lim = 0;
function rec(n) { lim++; return rec.apply(this, arguments); }
try { rec(1, 2); } catch (e) { p(e.constructor.name + ' ' + e.message + ' ' + (lim > 100)); }
function* g(a) { yield t.apply(null, arguments); }
p([...g(1, 2)].join(';'));
function f12() { return (() => 1).apply(null, arguments); }
p(f12(1));
function f13() { return t.apply(this, arguments, 9); }
p(f13(1));
function restore(fn) { return function () { return fn.apply(this, arguments); }; }
var rt = restore(function (a, b) { return a + b + this.k; });
p(rt.call({k: 'K'}, 'a', 'b'));
function f14() { return Reflect.apply.apply(null, arguments); }
p(f14(t, {tag: 'R'}, [1, 2]));
function f15(x) { x = 2; return t.apply(null, arguments); }
p(f15(1));
async function as1(a) { await null; return t.apply(null, arguments); }
function f16() { var s = 0; for (var i = 0; i < 3; i++) s += t.apply(null, arguments).length; return s; }
p(f16(1, 2));
function f17() { return String.prototype.concat.apply('s', arguments); }
p(f17('a', 'b'));
as1(1, 2, 3).then(function (v) { p(v); });
`
	const want = `obj,0,,,
obj,1,1,,
obj,4,1,2,3
T,2,x,y,
o,0,,,
o,1,1,,
o,3,1,2,3
obj,1,5,,
obj,2,5,6,
9
-Infinity
b,2,1,2,
TypeError: Class constructor K cannot be invoked without 'new'
TypeError
object,2,false,[object Arguments],3,function
obj,2,1,2,:undefined
2:a:obj,2,a,b,
Error: boom|at thrower|at f11
RangeError Maximum call stack size exceeded true
obj,2,1,2,
1
obj,1,1,,
abK
R,2,1,2,
obj,1,2,,
30
sab
obj,3,1,2,3`
	vm := New()
	vm.SetStackOverflowCatchable(true)
	vm.SetMaxCallStackSize(1000)
	if _, err := vm.RunString(script); err != nil {
		t.Fatal(err)
	}
	v, err := vm.RunString("out.join('\\n')")
	if err != nil {
		t.Fatal(err)
	}
	if got := v.String(); got != want {
		t.Fatalf("got:\n%s\nwant:\n%s", got, want)
	}
}

// gojanet: slice.call(arguments, ...) from the frame (sliceArgs); the
// expected lines are node 20's for the same script.
func TestFrameArgumentsSlice(t *testing.T) {
	const script = `var out = [];
function p(x) { out.push(typeof x === 'object' && x !== null ? JSON.stringify(x) + ':' + Array.isArray(x) : String(x)); }
var slice = Array.prototype.slice;
function s1() { return slice.call(arguments); }
p(s1()); p(s1(1)); p(s1(1, 'a', null));
function s2(a) { return slice.call(arguments, 1); }
p(s2()); p(s2(1)); p(s2(1, 2, 3));
function s3(a, b) { 'use strict'; return Array.prototype.slice.call(arguments, -2); }
p(s3(1, 2, 3, 4)); p(s3(1));
function s4() { return slice.call(arguments, 1, -1); }
p(s4(1, 2, 3, 4)); p(s4(1, 2)); p(s4());
function s5() { return slice.call(arguments, 5, 2); }
p(s5(1, 2, 3, 4, 5, 6, 7));
function s6() { return slice.call(arguments, undefined, 2); }
p(s6(1, 2, 3));
function s7() { return slice.call(arguments, '1'); }
p(s7(1, 2, 3));
function s8() { return slice.call(arguments, 1.5); }
p(s8(1, 2, 3));
function s9() { return slice.call(arguments, { valueOf() { out.push('valueOf'); return 1; } }); }
p(s9(1, 2, 3));
function s10() { return [].slice.call(arguments, 0).concat(arguments.length); }
p(s10(4, 5));
function s11() { return Array.prototype.map.call(arguments, function (x) { return x * 2; }); }
p(s11(1, 2));
var fake = { call(t, a) { return [typeof t, Object.prototype.toString.call(t), t.length, typeof a].join(','); } };
function s12() { return fake.call(arguments, 1); }
p(s12(1, 2));
function s13(x) { x = 5; return slice.call(arguments); }
p(s13(1, 2));
function s14(x) { return slice.call(arguments).length + ':' + arguments[0]; }
p(s14(7, 8));
var r1 = s1(1, 2); r1.push(3); p(r1); p(Object.getPrototypeOf(r1) === Array.prototype);
var sliceCopy = slice;
Array.prototype.slice = function () { return 'patched'; };
function s15() { return Array.prototype.slice.call(arguments); }
p(s15(1));
function s16() { return sliceCopy.call(arguments, 1); }
p(s16(1, 2));
Array.prototype.slice = sliceCopy;
function s17() { var args = slice.call(arguments, 1); return args.length + ':' + arguments[0]; }
p(s17('a', 'b', 'c'));
function s18() { return slice.call(arguments, 1, 2, 3); }
p(s18(1, 2, 3));
function s19() { return slice.call(arguments, -100, 100); }
p(s19(1, 2));
function s20() { return slice.call(arguments, 2**31); }
p(s20(1, 2));
`
	const want = `[]:true
[1]:true
[1,"a",null]:true
[]:true
[]:true
[2,3]:true
[3,4]:true
[1]:true
[2,3]:true
[]:true
[]:true
[]:true
[1,2]:true
[2,3]:true
[2,3]:true
valueOf
[2,3]:true
[4,5,2]:true
[2,4]:true
object,[object Arguments],2,number
[5,2]:true
2:7
[1,2,3]:true
true
patched
[2]:true
2:a
[2]:true
[1,2]:true
[]:true`
	vm := New()
	if _, err := vm.RunString(script); err != nil {
		t.Fatal(err)
	}
	v, err := vm.RunString("out.join('\\n')")
	if err != nil {
		t.Fatal(err)
	}
	if got := v.String(); got != want {
		t.Fatalf("got:\n%s\nwant:\n%s", got, want)
	}
}
