package goja

import (
	"testing"

	"github.com/dop251/goja/parser"
)

// gojanet: cached global reads (gojanet_globals.go). Each case reads a global
// at a site until it is cached, changes what the name resolves to, and reads
// again; the expected values are ECMAScript's (node 20 prints the same).

func globalsRun(t *testing.T, r *Runtime, src string) Value {
	t.Helper()
	v, err := r.RunString(src)
	if err != nil {
		t.Fatalf("%s\n%v", src, err)
	}
	return v
}

func globalsExpect(t *testing.T, r *Runtime, src, want string) {
	t.Helper()
	if got := globalsRun(t, r, src).String(); got != want {
		t.Errorf("%s\ngot  %s\nwant %s", src, got, want)
	}
}

func TestGlobalReadInvalidation(t *testing.T) {
	r := New()
	globalsRun(t, r, `
	'use strict';
	function read(f) { var out = []; for (var i = 0; i < 3; i++) { try { out.push(String(f())); } catch (e) { out.push(e.name + ': ' + e.message); } } return out.join(','); }
	function getA() { return gA; }
	function typeA() { return typeof gA; }
	function callA() { return gA(); }
	`)
	cases := []struct{ src, want string }{
		{`globalThis.gA = 1; read(getA)`, "1,1,1"},
		{`globalThis.gA = 2; read(getA)`, "2,2,2"},
		{`Object.defineProperty(globalThis, 'gA', {value: 3, writable: false, enumerable: false}); read(getA)`, "3,3,3"},
		{`Object.defineProperty(globalThis, 'gA', {get() { return 'getter'; }}); read(getA)`, "getter,getter,getter"},
		{`Object.defineProperty(globalThis, 'gA', {value: 4, writable: true}); read(getA)`, "4,4,4"},
		{`delete globalThis.gA; read(getA)`, "ReferenceError: gA is not defined,ReferenceError: gA is not defined,ReferenceError: gA is not defined"},
		{`read(typeA)`, "undefined,undefined,undefined"},
		{`var gA = 5; read(typeA) + ' ' + read(getA)`, "number,number,number 5,5,5"},
		{`gA = function () { return 'called'; }; read(callA)`, "called,called,called"},
		{`gA = function () { 'use strict'; return this === undefined; }; read(callA)`, "true,true,true"},
		{`gA = 6; read(getA)`, "6,6,6"},
		{`Object.setPrototypeOf(globalThis, Object.create(Object.getPrototypeOf(globalThis), {gB: {value: 'proto'}})); read(function () { return gB; })`, "proto,proto,proto"},
	}
	for _, c := range cases {
		globalsExpect(t, r, c.src, c.want)
	}
	// a global lexical declaration shadows the global object's property
	globalsRun(t, r, `globalThis.gC = 'prop'; function getC() { return gC; } getC(); getC();`)
	globalsRun(t, r, `let gC = 'lexical';`)
	globalsExpect(t, r, `read(getC)`, "lexical,lexical,lexical")
	globalsRun(t, r, `gC = 'lexical2';`)
	globalsExpect(t, r, `read(getC) + ' ' + globalThis.gC`, "lexical2,lexical2,lexical2 prop")
	// a TDZ binding: declared, not yet initialised
	globalsRun(t, r, `globalThis.gD = 'prop'; function getD() { return gD; } getD(); getD();`)
	_, err := r.RunString(`getD(); let gD = 1;`)
	if err == nil || err.Error() == "" {
		t.Errorf("a global let read before its initialisation: got no error")
	}
	// builtins: a writable, non-enumerable property written and redefined
	globalsExpect(t, r, `function getArr() { return Array; } read(getArr) === read(getArr) && typeof getArr()`, "function")
	globalsExpect(t, r, `var saved = Array; Array = 7; var s = read(getArr); Array = saved; s + ' ' + (getArr() === saved)`, "7,7,7 true")
	globalsExpect(t, r, `Object.defineProperty(globalThis, 'Array', {get() { return 'g'; }, configurable: true}); var s = read(getArr); Object.defineProperty(globalThis, 'Array', {value: saved, writable: true, configurable: true}); s + ' ' + (getArr() === saved)`, "g,g,g true")
	globalsExpect(t, r, `function getU() { return undefined; } read(getU)`, "undefined,undefined,undefined")
}

func TestGlobalReadEval(t *testing.T) {
	r := New()
	globalsRun(t, r, `globalThis.gE = 'global';`)
	// a sloppy direct eval compiled after the site makes the site generic
	globalsExpect(t, r, `function outer1(x) { function inner() { return gE; } if (x) eval("var gE = 'local'"); return inner(); } outer1(false) + ' ' + outer1(false) + ' ' + outer1(true) + ' ' + outer1(true)`,
		"global global local local")
	globalsExpect(t, r, `function outer2(x) { if (x) eval("var gE = 'local'"); return (function () { return gE; })(); } outer2(false) + ' ' + outer2(true)`,
		"global local")
	globalsExpect(t, r, `function outer3() { var s = []; for (var i = 0; i < 2; i++) s.push(gE); eval("var gE = 'local'"); s.push(gE); return s.join(); } outer3()`,
		"global,global,local")
	// `undefined` is a name like any other there
	globalsExpect(t, r, `function outerU(x) { if (x) eval("var undefined = 5"); return (function () { return undefined; })(); } outerU(false) + ' ' + outerU(true)`,
		"undefined 5")
	globalsExpect(t, r, `function wU(o) { with (o) { return (function () { return undefined; })(); } } wU({}) + ' ' + wU({undefined: 3})`,
		"undefined 3")
	globalsExpect(t, r, `function shadowU() { var undefined = 4; return (() => undefined)(); } shadowU()`, "4")
	// with
	globalsExpect(t, r, `var s = []; function w(o) { with (o) { return (function () { return gE; })(); } } w({}) + ' ' + w({}) + ' ' + w({gE: 'with'})`,
		"global global with")
	// eval-made global vars are deletable
	globalsRun(t, r, `eval("var gF = 1"); function getF() { try { return gF; } catch (e) { return e.name; } } getF(); getF();`)
	globalsExpect(t, r, `delete gF; getF() + ' ' + getF()`, "ReferenceError ReferenceError")
	// indirect eval, new Function
	globalsExpect(t, r, `(0, eval)("(function () { return gE; })")() + ' ' + new Function("return gE")()`, "global global")
	globalsExpect(t, r, `gE = 'changed'; (0, eval)("gE") + ' ' + new Function("return gE")()`, "changed changed")
	// strict: an undeclared name
	_, err := r.RunString(`'use strict'; (function () { return gNope; })()`)
	if err == nil || err.(*Exception).Value().String() != "ReferenceError: gNope is not defined" {
		t.Errorf("got %v", err)
	}
}

// One Program run in two runtimes: each reads its own global.
func TestGlobalReadTwoRuntimes(t *testing.T) {
	p := MustCompile("g.js", `function getG() { return gG; } getG() + getG()`, false)
	for _, v := range []string{"a", "b", "a"} {
		r := New()
		r.Set("gG", v)
		if got := globalsRun2(t, r, p); got != v+v {
			t.Errorf("got %s, want %s", got, v+v)
		}
	}
}

func globalsRun2(t *testing.T, r *Runtime, p *Program) string {
	t.Helper()
	v, err := r.RunProgram(p)
	if err != nil {
		t.Fatal(err)
	}
	return v.String()
}

// A global object set with SetGlobalObject (a vm context's proxy) is asked
// every time.
func TestGlobalReadProxyGlobal(t *testing.T) {
	r := New()
	r.Set("gP", 10)
	globalsExpect(t, r, `function getP() { return gP; } getP() + getP()`, "20")
	getP := r.Get("getP")
	gets := 0
	target := r.NewObject()
	target.Set("gP", 1)
	proxy := r.NewProxy(target, &ProxyTrapConfig{
		Get: func(target *Object, property string, receiver Value) Value {
			gets++
			return target.Get(property)
		},
		Has: func(target *Object, property string) bool {
			return target.Get(property) != nil
		},
	})
	r.SetGlobalObject(r.ToValue(proxy).(*Object))
	target.Set("getP", getP)
	v, err := r.RunString(`getP() + getP() + getP()`)
	if err != nil {
		t.Fatal(err)
	}
	if v.ToInteger() != 3 || gets < 3 {
		t.Errorf("got %v with %d get traps; want 3 with 3", v, gets)
	}
}

// Lazily compiled bodies inside a sloppy function with eval stay generic.
func TestGlobalReadLazy(t *testing.T) {
	src := `globalThis.gL = 'global';
	function outer(x) {
		var f = (function () { 'use strict'; return function inner() { return gL; }; })();
		var a = f();
		eval(x);
		return a + ' ' + f();
	}
	(function () { 'use strict'; var g = function () { return gL; }; globalThis.strictRead = g; })();
	outer("var gL = 'local'") + ' ' + strictRead() + ' ' + strictRead()`
	a, err := parser.ParseFile(nil, "lazy.js", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	p, err := CompileASTLazy(a, false)
	if err != nil {
		t.Fatal(err)
	}
	r := New()
	if got := globalsRun2(t, r, p); got != "global local global global" {
		t.Errorf("got %q", got)
	}
}

// The sites that can be cached are, and fill; those under eval or with are not.
func TestGlobalReadSites(t *testing.T) {
	r := New()
	globalsRun(t, r, `function f() { return Object; } f(); f();
	function g() { eval(''); return Object; }
	function h(o) { with (o) return Object; }`)
	sites := func(name string) (ids []uint32) {
		fn := r.Get(name).(*Object).self.(*funcObject)
		for _, ins := range fn.prg.code {
			if l, ok := ins.(*loadGlobal); ok {
				ids = append(ids, l.id)
			}
		}
		return
	}
	if ids := sites("f"); len(ids) != 1 || ids[0] == noGlobalSite || r.globalCache.get(ids[0]) != r.Get("Object") {
		t.Errorf("f: %v not cached", ids)
	}
	for _, name := range []string{"g", "h"} {
		for _, id := range sites(name) {
			if id != noGlobalSite {
				t.Errorf("%s: a site under eval or with is cached", name)
			}
		}
	}
}

// One Program run by runtimes on several goroutines at once (go test -race):
// each runtime has its own table; a site's id never changes after the compile.
func TestGlobalReadConcurrentRuntimes(t *testing.T) {
	p := MustCompile("g.js", `function getG() { return gG + typeof gG + String(gG); } var s = ''; for (var i = 0; i < 50; i++) s = getG(); s`, false)
	done := make(chan string)
	for i := 0; i < 4; i++ {
		go func(v int64) {
			r := New()
			r.Set("gG", v)
			res, err := r.RunProgram(p)
			if err != nil {
				done <- err.Error()
				return
			}
			done <- res.String()
		}(int64(i))
	}
	seen := map[string]bool{}
	for i := 0; i < 4; i++ {
		seen[<-done] = true
	}
	for i := 0; i < 4; i++ {
		if want := string(rune('0'+i)) + "number" + string(rune('0'+i)); !seen[want] {
			t.Errorf("missing %q in %v", want, seen)
		}
	}
}
