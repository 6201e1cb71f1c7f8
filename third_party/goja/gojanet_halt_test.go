package goja

// gojanet: a return to a native frame lands on haltProgram, which the run
// loop stops on and hands back as a nil prg (vm.go run, gojanet_callframe.go
// retJs). Go code must never see haltProgram: a nil prg is "a native frame"
// to the stack capture, errors and generators.

import (
	"strings"
	"testing"
)

// Scripts whose JS returns to Go in every way: callbacks of builtins, Go
// functions calling JS, generators (yield, return, finally), async
// functions, exceptions through native frames, getters and proxies.
// Expected outputs are node 20's.
var haltScripts = []struct{ name, src, want string }{
	{"callbacks", `
var out = [];
[1, 2, 3].forEach(function (x) { out.push([4, 5].map(function (y) { return x * y; }).join('+')); });
out.push([3, 1, 2].sort(function (a, b) { return a - b; }).join(''));
out.join(' ')`, "4+5 8+10 12+15 123"},
	{"throw-through-native", `
var r = [];
function f() { [1, 2].forEach(function (x) { if (x === 2) throw new Error('two'); r.push(x); }); }
try { f(); } catch (e) { r.push(e.message); }
try { [1].map(function () { return [2].map(function () { throw 'inner'; }); }); } catch (e) { r.push(e); }
r.push([1, 2].map(function (x) { try { return [x].map(function () { throw x; }); } catch (e) { return e * 10; } }).join(','));
r.join(' ')`, "1 two inner 10,20"},
	{"stack-in-callback", `
function outer() { return [1].map(function inner() { return new Error('x').stack.split('\n').slice(1, 4).map(function (l) { return l.trim().split(' ')[1]; }).join(','); })[0]; }
outer()`, "inner,map,outer"}, // goja's names without SetV8StackFrames,
	{"generators", `
var r = [];
function* g() { try { yield 1; yield 2; return 3; } finally { r.push('f'); } }
for (var v of g()) r.push(v);
var it = g(); r.push(it.next().value, it.return(9).value, it.next().done);
function* d() { var x = yield* g(); r.push('d' + x); yield 4; }
r.push(Array.from(d()).join(''));
function* t() { try { yield 1; } catch (e) { r.push('c' + e); yield 5; } }
var it2 = t(); it2.next(); r.push(it2.throw(7).value);
r.join(' ')`, "1 2 f f 1 9 true f d3 124 c7 5"},
	{"generator-finally-return", `
var r = [];
function* g() { try { yield 1; } finally { try { yield 2; } finally { r.push('in'); } } }
var it = g(); r.push(it.next().value); r.push(it.return(5).value); r.push(JSON.stringify(it.next())); r.push(JSON.stringify(it.next()));
r.join(' ')`, `1 2 in {"value":5,"done":true} {"done":true}`},
	{"getters-proxies", `
var o = { get a() { return [1, 2].map(function (x) { return x + 1; }).join(); } };
var p = new Proxy({}, { get: function (t, k) { return k + ':' + o.a; } });
var q = new Proxy(function () {}, { apply: function (t, th, args) { return args.length; } });
p.z + ' ' + q(1, 2, 3) + ' ' + Reflect.apply(function (a) { return a; }, null, [8])`, "z:2,3 3 8"},
}

func TestHaltProgramScripts(t *testing.T) {
	for _, c := range haltScripts {
		t.Run(c.name, func(t *testing.T) {
			vm := New()
			v, err := vm.RunString(c.src)
			if err != nil {
				t.Fatal(err)
			}
			if got := v.String(); got != c.want {
				t.Fatalf("got %q, want %q", got, c.want)
			}
			if vm.vm.prg != nil || len(vm.vm.callStack) != 0 {
				t.Fatalf("after the run: prg %p, %d frames", vm.vm.prg, len(vm.vm.callStack))
			}
		})
	}
}

// A Go function that called JS sees itself as a native frame again when the
// JS returns (its return, an exception, a yield), whatever JS called it.
func TestHaltProgramNativeFrameAfterReturn(t *testing.T) {
	vm := New()
	var seen []string
	check := func(what string) {
		if vm.vm.prg != nil {
			t.Errorf("%s: prg is %p, want nil (native frame)", what, vm.vm.prg)
		}
		frames := vm.CaptureCallStack(2, nil)
		if len(frames) == 0 || frames[0].prg != nil {
			t.Errorf("%s: the first frame is not native: %v", what, frames)
		}
		seen = append(seen, what)
	}
	vm.Set("callBack", func(call FunctionCall) Value {
		fn, _ := AssertFunction(call.Argument(0))
		v, err := fn(Undefined())
		check("return")
		if err != nil {
			return vm.ToValue("caught " + err.(*Exception).Value().String())
		}
		// a Go-made error's stack starts at this (native) frame
		e := vm.NewTypeError("from go")
		return vm.ToValue(v.String() + " " + strings.Split(e.Get("stack").String(), "\n")[1])
	})
	vm.Set("step", func(call FunctionCall) Value {
		it := call.Argument(0).ToObject(vm)
		next, _ := AssertFunction(it.Get("next"))
		r, err := next(it)
		if err != nil {
			t.Fatal(err)
		}
		check("yield")
		return r.ToObject(vm).Get("value")
	})
	v, err := vm.RunString(`
function viaJs() { return callBack(function () { return 'ok'; }); }
function* g() { yield 'y1'; }
[viaJs(), callBack(function () { throw 'boom'; }), callBack(function () { return [1].map(function () { return 'm'; })[0]; }), step(g())].join('|')`)
	if err != nil {
		t.Fatal(err)
	}
	if got := v.String(); !strings.HasPrefix(got, "ok ") || !strings.Contains(got, "|caught boom|m ") || !strings.HasSuffix(got, "|y1") {
		t.Fatalf("got %q", got)
	}
	if strings.Join(seen, ",") != "return,return,return,yield" {
		t.Fatalf("checks: %v", seen)
	}
}
