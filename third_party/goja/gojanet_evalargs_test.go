package goja

import "testing"

// TestDirectEvalArguments: a direct eval in a strict function (a class's
// method, a generator in a strict file), or in an arrow inside one, reads
// the function's arguments, as V8's. Strict eval code has a var scope of
// its own, which took the caller's function type and so bound an
// `arguments` of its own that nothing initialised (undefined).
func TestDirectEvalArguments(t *testing.T) {
	const SCRIPT = `
	'use strict';
	const out = [];
	class C {
		m() { return eval('arguments[0]'); }
		a() { return (() => eval('arguments[0]'))(); }
		static s() { return (() => () => eval('arguments.length'))()(); }
	}
	out.push(new C().m('method'), new C().a('arrow'), C.s(1, 2, 3));
	function f() { return eval('arguments[1]'); }
	function* g() { yield (() => eval('arguments[0]'))(); }
	function n() { return eval('{ let x = 1; (() => arguments[0] + x)() }'); }
	function d(a, b = 1) { return (() => eval('arguments.length + ":" + typeof arguments'))(); }
	function inner() { return eval('(function () { return arguments[0]; })("own")'); }
	out.push(f('x', 'strict'), g('gen').next().value, n(41), d(7, 8, 9), inner('outer'));
	const o = { m() { return (() => eval('arguments[0]'))(); } };
	out.push(o.m('object'));
	out.join();
	`
	testScript(SCRIPT, asciiString("method,arrow,3,strict,gen,42,3:object,own,object"), t)
}

// A strict eval's own function still has its own arguments, and `arguments`
// at a script's top level (no function) is still a ReferenceError there.
func TestDirectEvalArgumentsScopes(t *testing.T) {
	const SCRIPT = `
	'use strict';
	function f() { return eval('var g = function () { return arguments.length; }; g(1, 2) + ":" + arguments.length'); }
	let top;
	try { eval('arguments'); top = 'no error'; } catch (e) { top = e.name; }
	f('a') + ":" + top;
	`
	testScript(SCRIPT, asciiString("2:1:ReferenceError"), t)
}
