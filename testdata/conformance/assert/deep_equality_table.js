'use strict';
const assert = require('assert');
function check(fn, a, b) {
  try { fn(a, b); return 'eq'; } catch (e) { return e.code === 'ERR_ASSERTION' ? 'ne' : `throw ${e.code}`; }
}
class A { constructor() { this.x = 1; } }
class B { constructor() { this.x = 1; } }
const pairs = [
  [1, '1'], [1, 1], [0, -0], [NaN, NaN], [null, undefined], [true, 1], ['', 0], [[], ''],
  [{ a: 1 }, { a: '1' }], [{ a: 1 }, { a: 1, b: undefined }], [[1, 2], { 0: 1, 1: 2 }], [[1, 2], [1, 2]],
  [[1, , 3], [1, undefined, 3]], [new A(), new B()], [Object.create(null), {}],
  [new Date(0), new Date(0)], [new Date(0), new Date(1)], [new Date(0), 0],
  [/a/g, /a/g], [/a/g, /a/i], [/a/, 'a'],
  [new Map([[1, 'a']]), new Map([[1, 'a']])], [new Map([[1, 'a']]), new Map([['1', 'a']])],
  [new Map([[{ k: 1 }, 'v']]), new Map([[{ k: 1 }, 'v']])],
  [new Set([1, 2]), new Set([2, 1])], [new Set([1]), new Set(['1'])], [new Set([{ a: 1 }]), new Set([{ a: 1 }])],
  [new Set([{ a: 1 }, { a: 2 }]), new Set([{ a: 2 }, { a: 1 }])],
  [new Uint8Array([1, 2]), new Uint8Array([1, 2])], [new Uint8Array([1]), new Int8Array([1])],
  [new Float64Array([0]), new Float64Array([-0])], [new Float64Array([NaN]), new Float64Array([NaN])],
  [Buffer.from('x'), new Uint8Array([120])],
  [new Number(1), new Number(1)], [new Number(1), 1], [new String('a'), new String('a')], [new String('a'), new String('b')],
  [new Boolean(true), new Boolean(false)], [Object(1n), Object(1n)],
  [new Error('x'), new Error('x')], [new Error('x'), new TypeError('x')], [new Error('x'), new Error('y')],
  [new Error('x', { cause: 1 }), new Error('x', { cause: 2 })],
  [{ [Symbol.for('s')]: 1 }, { [Symbol.for('s')]: 2 }], [{ [Symbol.for('s')]: 1 }, {}],
  [new WeakMap(), new WeakMap()], [Promise.resolve(1), Promise.resolve(1)],
  [function f() {}, function f() {}], [[{ a: [1, { b: 2 }] }], [{ a: [1, { b: 2 }] }]],
  [new ArrayBuffer(2), new ArrayBuffer(2)], [new ArrayBuffer(2), new ArrayBuffer(3)],
  [(function () { return arguments; })(1), [1]],
];
for (const [a, b] of pairs) {
  console.log(
    check(assert.deepEqual, a, b),
    check(assert.deepStrictEqual, a, b),
    check(assert.notDeepEqual, a, b),
    check(assert.notDeepStrictEqual, a, b));
}
const c1 = { v: [1] };
c1.self = c1;
const c2 = { v: [1] };
c2.self = c2;
const c3 = { v: [1] };
c3.self = c2;
console.log(check(assert.deepStrictEqual, c1, c2), check(assert.deepStrictEqual, c1, c3));
