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
