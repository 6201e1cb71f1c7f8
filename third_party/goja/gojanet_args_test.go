package goja

import "testing"

// Lazy arguments objects (gojanet_args.go): the reads answered from the
// slice, and every operation that builds the object, against node's results.
func TestLazyArgumentsStrict(t *testing.T) {
	const SCRIPT = `
	'use strict';
	function f(a, b) { return [arguments.length, arguments[0], arguments[1], arguments[2], typeof arguments, Object.prototype.toString.call(arguments)]; }
	assert(compareArray(f(1), [1, 1, undefined, undefined, "object", "[object Arguments]"]));
	assert(compareArray(f(1, 2, 3), [3, 1, 2, 3, "object", "[object Arguments]"]));
	function g() { return Array.prototype.slice.call(arguments, 1); }
	assert(compareArray(g(1, 2, 3), [2, 3]));
	assert(compareArray(g(), []));
	function many() { return Array.prototype.slice.call(arguments, 2, 5).concat([arguments.length, arguments[6]]); }
	assert(compareArray(many(0, 1, 2, 3, 4, 5, 6, 7), [2, 3, 4, 8, 6]));
	function h() { return Math.max.apply(null, arguments); }
	assert.sameValue(h(1, 5, 3), 5);
	function ap() { return Reflect.apply(Array.of, null, arguments); }
	assert(compareArray(ap(7, 8), [7, 8]));
	function fwd() { return g.apply(null, arguments); }
	assert(compareArray(fwd(1, 2, 3, 4, 5, 6), [2, 3, 4, 5, 6]));
	function k() { return Object.keys(arguments).concat(Object.getOwnPropertyNames(arguments)); }
	assert(compareArray(k('a', 'b'), ['0', '1', '0', '1', 'length', 'callee']));
	function m() { arguments[0] = 9; arguments[5] = 1; return [arguments.length, arguments[0], Object.keys(arguments).join()]; }
	assert(compareArray(m(1, 2), [2, 9, "0,1,5"]));
	function n() { return arguments.callee; }
	assert.throws(TypeError, function () { n(); });
	function it() { return [...arguments]; }
	assert(compareArray(it(1, 2, 3), [1, 2, 3]));
	function d() { return Object.getOwnPropertyDescriptor(arguments, 'length'); }
	var desc = d(1, 2);
	assert(desc.value === 2 && desc.writable && !desc.enumerable && desc.configurable);
	function hp() { return ['0' in arguments, 1 in arguments, 'length' in arguments, 'callee' in arguments, arguments.hasOwnProperty('1'), arguments.hasOwnProperty(Symbol.iterator), Symbol.iterator in arguments, 'toString' in arguments, arguments.toString()]; }
	assert(compareArray(hp('x'), [true, false, true, true, false, true, true, true, '[object Arguments]']));
	Object.prototype[3] = 'proto';
	function pr() { return [arguments[3], arguments['3'], arguments[0], arguments['01']]; }
	assert(compareArray(pr(1), ['proto', 'proto', 1, undefined]));
	delete Object.prototype[3];
	function fr() { Object.freeze(arguments); try { arguments[0] = 2; } catch (e) { return [e.name, arguments[0], Object.isFrozen(arguments)]; } }
	assert(compareArray(fr(1), ['TypeError', 1, true]));
	function sp() { Object.setPrototypeOf(arguments, Array.prototype); return arguments.map(function (x) { return x * 2; }); }
	assert(compareArray(sp(1, 2), [2, 4]));
	function js() { return JSON.stringify(arguments); }
	assert.sameValue(js(1, 'a'), '{"0":1,"1":"a"}');
	function ln() { arguments.length = 1; return Array.prototype.slice.call(arguments); }
	assert(compareArray(ln(1, 2, 3), [1]));
	function keep() { return arguments; }
	var kept = keep(1, 2);
	keep(3, 4, 5, 6, 7); // the value stack reused
	assert(compareArray(Array.prototype.slice.call(kept), [1, 2]));
	function arrowIn() { return (() => arguments[1])(); }
	assert.sameValue(arrowIn(1, 2), 2);
	`
	testScriptWithTestLib(SCRIPT, _undefined, t)
}

func TestLazyArgumentsMapped(t *testing.T) {
	const SCRIPT = `
	function f(a, b) { a = 10; return [arguments[0], arguments.length, arguments[1], arguments[2]]; }
	assert(compareArray(f(1), [10, 1, undefined, undefined]));
	assert(compareArray(f(1, 2, 3), [10, 3, 2, 3]));
	function g(a) { arguments[0] = 5; return a; }
	assert.sameValue(g(1), 5);
	assert.sameValue(g(), undefined);
	function c() { return arguments.callee === c; }
	assert(c());
	function s(a, b) { b = 'B'; return Array.prototype.slice.call(arguments); }
	assert(compareArray(s(1, 2, 3), [1, 'B', 3]));
	assert(compareArray(s(1), [1]));
	function ap(a) { a = 'changed'; return Array.of.apply(null, arguments); }
	assert(compareArray(ap(1, 2), ['changed', 2]));
	function del(a) { delete arguments[0]; a = 3; return [arguments[0], a]; }
	assert(compareArray(del(1), [undefined, 3]));
	function def(a) { Object.defineProperty(arguments, '0', { value: 7 }); return [a, arguments[0]]; }
	assert(compareArray(def(1), [7, 7]));
	function keys(a, b) { return Object.keys(arguments).join() + '|' + Object.getOwnPropertyNames(arguments).join(); }
	assert.sameValue(keys(1, 2, 3), '0,1,2|0,1,2,length,callee');
	function sp(a) { a = 2; return [...arguments]; }
	assert(compareArray(sp(1, 3), [2, 3]));
	function late(a) { var args = arguments; a = 'late'; return args; }
	assert.sameValue(late(1)[0], 'late');
	`
	testScriptWithTestLib(SCRIPT, _undefined, t)
}

// A function whose only reference to its arguments is in an arrow: the
// binding was left on the function's stack and the arrow read its own
// frame's slot (a Go panic, or another value).
func TestArgumentsOnlyInArrow(t *testing.T) {
	const SCRIPT = `
	function a() { return (() => arguments[1])(); }
	assert.sameValue(a(1, 2), 2);
	function b(p, q) { var f = () => arguments.length; return f(); }
	assert.sameValue(b(1, 2, 3), 3);
	function c() { return (() => () => arguments[0])()(); }
	assert.sameValue(c('x'), 'x');
	function d() { 'use strict'; return (() => arguments[1])(); }
	assert.sameValue(d(1, 2), 2);
	function e(p) { 'use strict'; var f = () => [arguments.length, p]; return f(); }
	assert(compareArray(e(1, 2), [2, 1]));
	`
	testScriptWithTestLib(SCRIPT, _undefined, t)
}

// Strict functions with simple parameters make their arguments object from
// the value stack (createArgsUnmappedStack): fewer and more arguments than
// parameters, locals on the stack and in a stash, `this`, a named function
// expression, generators, async functions, class methods.
func TestArgumentsFromStack(t *testing.T) {
	const SCRIPT = `
	'use strict';
	function few(a, b, c) { var x = 1; return [arguments.length, a, b, c, arguments[0], arguments[2], x]; }
	assert(compareArray(few(1), [1, 1, undefined, undefined, 1, undefined, 1]));
	function more(a) { let y = 5; return [arguments.length, a, arguments[1], arguments[2], y]; }
	assert(compareArray(more(1, 2, 3), [3, 1, 2, 3, 5]));
	function reassigned(a) { a = 2; return [a, arguments[0]]; }
	assert(compareArray(reassigned(1), [2, 1]));
	function captured(a) { var z = 7; var g = function () { return z; }; return [arguments.length, arguments[1], a, g()]; }
	assert(compareArray(captured(1, 2), [2, 2, 1, 7]));
	function withThis(a) { return [this.k, arguments.length, arguments[0]]; }
	assert(compareArray(withThis.call({k: 'k'}, 9), ['k', 1, 9]));
	var named = function self(a, b) { return [typeof self, arguments.length, arguments[0]]; };
	assert(compareArray(named(4), ['function', 1, 4]));
	function* gen(a) { yield arguments.length; yield arguments[1]; }
	var it = gen(1, 2);
	assert.sameValue(it.next().value, 2);
	assert.sameValue(it.next().value, 2);
	class C { m(a) { return [arguments.length, arguments[0]]; } static s() { return arguments.length; } }
	assert(compareArray(new C().m(), [0, undefined]));
	assert.sameValue(C.s(1, 2, 3), 3);
	function nested(a) { function inner(b) { return arguments.length; } return [inner(1, 2), arguments.length]; }
	assert(compareArray(nested(), [2, 0]));
	function deep(n) { if (n > 0) return deep(n - 1, 'x'); return arguments.length; }
	assert.sameValue(deep(3), 2);
	function apply2() { return more.apply(null, arguments); }
	assert(compareArray(apply2(8, 9), [2, 8, 9, undefined, 5]));
	function dflt(a = 1) { return [a, arguments.length]; }
	assert(compareArray(dflt(), [1, 0]));
	function rest(a, ...r) { return [arguments.length, r.length]; }
	assert(compareArray(rest(1, 2, 3), [3, 2]));
	async function af(a, b) { await null; return [arguments.length, arguments[0]]; }
	af(3);
	void 0;
	`
	testScriptWithTestLib(SCRIPT, _undefined, t)
}

// Every operation gives the same result on an untouched lazy arguments
// object as on one built first (a descriptor read builds it).
func TestLazyArgumentsEqualBuilt(t *testing.T) {
	const SCRIPT = `
	var ops = [
		a => a.length, a => a[0], a => a[1], a => a[3], a => a['1'], a => a[-1], a => a['01'], a => a.callee === undefined,
		a => typeof a[Symbol.iterator], a => [...a].join(), a => Array.prototype.slice.call(a).join(),
		a => Array.prototype.slice.call(a, 1, 2).join(), a => Math.max.apply(null, a), a => Reflect.apply(Array.of, null, a).join(),
		a => 0 in a, a => 2 in a, a => 'length' in a, a => a.hasOwnProperty('0'), a => a.hasOwnProperty('callee'),
		a => Object.keys(a).join(), a => Object.getOwnPropertyNames(a).join(), a => JSON.stringify(a),
		a => Object.prototype.toString.call(a), a => String(Object.getOwnPropertySymbols(a).length),
		a => { a[0] = 'w'; return a[0] + a.length; }, a => { a[7] = 'x'; return Object.keys(a).join(); },
		a => { a.length = 1; return Array.prototype.join.call(a); }, a => { delete a[0]; return [0 in a, a.length].join(); },
		a => { Object.freeze(a); return Object.isFrozen(a) + ':' + Object.isExtensible(a); },
		a => { Object.setPrototypeOf(a, Array.prototype); return a.map(x => x + 1).join(); },
		a => { a.extra = 1; return Object.keys(a).join(); }, a => Array.from(a).join(), a => a.toString(),
		a => { for (var k in a) { if (k === '0') return 'in:' + k; } return 'none'; },
		a => Object.entries(a).join(';'), a => Array.prototype.indexOf.call(a, 2),
	];
	function strictLazy(i) { 'use strict'; return ops[i](arguments); }
	function strictBuilt(i) { 'use strict'; Object.getOwnPropertyDescriptor(arguments, 'length'); return ops[i](arguments); }
	function sloppyLazy(i, b) { return ops[i](arguments); }
	function sloppyBuilt(i, b) { Object.getOwnPropertyDescriptor(arguments, 'length'); return ops[i](arguments); }
	function run(f, i) { try { return String(f(i, 2, 'z')); } catch (e) { return 'throws ' + e.name; } }
	for (var i = 0; i < ops.length; i++) {
		var s1 = run(strictLazy, i), s2 = run(strictBuilt, i);
		if (s1 !== s2) throw new Error('strict op ' + i + ': ' + s1 + ' != ' + s2);
		var m1 = run(sloppyLazy, i), m2 = run(sloppyBuilt, i);
		if (m1 !== m2) throw new Error('sloppy op ' + i + ': ' + m1 + ' != ' + m2);
	}
	`
	testScript(SCRIPT, _undefined, t)
}
