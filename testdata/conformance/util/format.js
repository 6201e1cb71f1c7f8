'use strict';
const util = require('util');
const f = util.format;
console.log(f('%s', 'str'), f('%s', 42), f('%s', -0), f('%s', 5n), f('%s', Symbol('q')), f('%s', null), f('%s', undefined));
console.log(f('%s', { a: { b: { c: 1 } } }), f('%s', [1, [2, [3]]]), f('%s', new Map([[1, 2]])));
console.log(f('%s', { toString() { return 'custom toString'; } }));
class WithToString { toString() { return 'class toString'; } }
console.log(f('%s', new WithToString()), f('%s', new (class Plain {})()));
console.log(f('%s', function foo() { return 1; }));
console.log(f('%d', 42), f('%d', '42'), f('%d', 4.5), f('%d', -0), f('%d', 5n), f('%d', 'abc'), f('%d', Symbol('x')), f('%d', {}));
console.log(f('%i', 42.9), f('%i', '-7.5'), f('%i', 9n), f('%i', 'x'), f('%i', Symbol('x')));
console.log(f('%f', 1.5), f('%f', '2.25abc'), f('%f', 'x'), f('%f', Symbol('x')));
console.log(f('%j', { a: [1, 'two'] }), f('%j', 'str'), f('%j', undefined), f('%j', 1n === 1n));
const circ = {};
circ.c = circ;
console.log(f('%j', circ));
console.log(f('%o', [1, { a: 2 }]));
console.log(f('%o', { f: function fn() {} }));
console.log(f('%O', { a: { b: { c: { d: 1 } } } }));
console.log(f('%c', 'color: red'), f('a%cb', 'css'));
console.log(f('%%'), f('%% %s', 'x'), f('100%'), f('%'), f('%x', 1), f('%s%s', 'a'), f('%s'));
console.log(f('no args'), f(), f(1, 2, 3), f('a', 'b'), f({ a: 1 }, 'str', [2]));
console.log(f('%s:%s', 'a', 'b', 'c', { d: 1 }));
console.log(f('%d%%', 50));
console.log(f(null, undefined), f(Symbol('s')), f(-0), f(['x']));
console.log(util.formatWithOptions({ depth: 0 }, '%O', { a: { b: 1 } }));
console.log(util.formatWithOptions({ compact: false }, { a: 1 }));
console.log(util.formatWithOptions({ colors: false }, 'x %s', 'y', { z: 1 }));
try { util.formatWithOptions(null, 'x'); } catch (e) { console.log(e.code, e.message); }
