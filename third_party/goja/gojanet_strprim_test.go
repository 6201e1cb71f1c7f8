package goja

import "testing"

// The paths of gojanet_strprim.go and the function objects' inline name
// against what the wrapper path and the spec give.
func TestStringPrimitiveProps(t *testing.T) {
	const SCRIPT = `
	var s = "héllo", a = "abc";
	assert.sameValue(a.length, 3);
	assert.sameValue(s.length, 5);
	assert.sameValue(a[1], "b");
	assert.sameValue(a["1"], "b");
	assert.sameValue(a[5], undefined);
	assert.sameValue(a.nope, undefined);
	assert.sameValue(a.toUpperCase(), "ABC");
	assert.sameValue(s.slice(1), "éllo");
	assert.sameValue(a.constructor, String);
	String.prototype.kind = function () { "use strict"; return typeof this + this.length; };
	assert.sameValue(a.kind(), "string3");
	Object.defineProperty(String.prototype, "recv", { get() { "use strict"; return this; }, configurable: true });
	assert.sameValue(a.recv, "abc");
	delete String.prototype.recv;
	assert.sameValue(a.recv, undefined);
	assert.throws(TypeError, function () { a.nope(); });
	Object.prototype.viaObject = 7;
	assert.sameValue(a.viaObject, 7);
	delete Object.prototype.viaObject;
	assert.sameValue(a.toString(), "abc");
	assert.sameValue("a-b".split("-").length, 2);
	assert.sameValue(/b/.test(a), true);
	`
	testScriptWithTestLib(SCRIPT, _undefined, t)
}

func TestFunctionNameInline(t *testing.T) {
	const SCRIPT = `
	function g() {}
	var h = () => {}, o = { m() {} };
	assert.sameValue(g.name, "g");
	assert.sameValue(h.name, "h");
	assert.sameValue(o.m.name, "m");
	var d = Object.getOwnPropertyDescriptor(g, "name");
	assert.sameValue(d.writable, false);
	assert.sameValue(d.enumerable, false);
	assert.sameValue(d.configurable, true);
	Object.defineProperty(g, "name", { value: "z" });
	assert.sameValue(g.name, "z");
	assert.sameValue(function g2() {}.name, "g2");
	function mk() { return function inner() {}; }
	var f1 = mk(), f2 = mk();
	Object.defineProperty(f1, "name", { value: "changed" });
	assert.sameValue(f2.name, "inner");
	assert(delete f2.name);
	assert.sameValue(f2.name, "");
	assert.sameValue(mk().name, "inner");
	`
	testScriptWithTestLib(SCRIPT, _undefined, t)
}

func TestStrictArgumentsCallee(t *testing.T) {
	const SCRIPT = `
	"use strict";
	function f() { return arguments; }
	var a = f(1, 2), b = f();
	var da = Object.getOwnPropertyDescriptor(a, "callee"), db = Object.getOwnPropertyDescriptor(b, "callee");
	assert.sameValue(da.get, db.get);
	assert.sameValue(da.configurable, false);
	assert.throws(TypeError, function () { a.callee; });
	assert.throws(TypeError, function () { Object.defineProperty(a, "callee", { writable: false }); });
	assert.throws(TypeError, function () { Object.defineProperty(a, "callee", { value: 1 }); });
	Object.freeze(a);
	assert(Object.isFrozen(a));
	assert(!Object.isFrozen(b));
	assert.sameValue(Object.getOwnPropertyDescriptor(b, "callee").set, da.get);
	var o = {};
	Object.defineProperty(o, "x", { get() { return 1; }, configurable: true });
	Object.defineProperty(o, "x", { writable: false });
	assert.sameValue(Object.getOwnPropertyDescriptor(o, "x").value, undefined);
	assert.sameValue(Object.getOwnPropertyDescriptor(o, "x").writable, false);
	var p = {};
	Object.defineProperty(p, "y", { get() { return 1; } });
	assert.throws(TypeError, function () { Object.defineProperty(p, "y", { writable: false }); });
	`
	testScriptWithTestLib(SCRIPT, _undefined, t)
}

func TestStringCaseUnchanged(t *testing.T) {
	const SCRIPT = `
	assert.sameValue("abc-1".toLowerCase(), "abc-1");
	assert.sameValue("aBc".toLowerCase(), "abc");
	assert.sameValue("ABC-1".toUpperCase(), "ABC-1");
	assert.sameValue("aBc".toUpperCase(), "ABC");
	assert.sameValue("".toLowerCase(), "");
	assert.sameValue("ÀB".toLowerCase(), "àb");
	assert.sameValue(String.prototype.toLowerCase.call(12), "12");
	`
	testScriptWithTestLib(SCRIPT, _undefined, t)
}

// newSymbolMap's first entry shares the map's allocation: additions,
// deletions and order as with any entry.
func TestSymbolMapFirstEntry(t *testing.T) {
	const SCRIPT = `
	var a = Symbol("a"), b = Symbol("b"), c = Symbol("c");
	var o = {};
	o[a] = 1;
	o[b] = 2;
	assert.sameValue(o[a], 1);
	delete o[a];
	assert.sameValue(o[a], undefined);
	o[c] = 3;
	o[a] = 4;
	var keys = Object.getOwnPropertySymbols(o);
	assert.sameValue(keys.length, 3);
	assert.sameValue(keys[0], b);
	assert.sameValue(keys[1], c);
	assert.sameValue(keys[2], a);
	for (var i = 0; i < 12; i++) o[Symbol(i)] = i;
	assert.sameValue(Object.getOwnPropertySymbols(o).length, 15);
	assert.sameValue(o[a], 4);
	"use strict";
	var args = (function () { "use strict"; return arguments; })(1);
	assert.sameValue([...args][0], 1);
	assert.sameValue(args[Symbol.iterator], Array.prototype.values);
	`
	testScriptWithTestLib(SCRIPT, _undefined, t)
}
