'use strict';
const { isDeepStrictEqual } = require('util');
const pairs = [
  [1, 1], [1, '1'], [NaN, NaN], [0, -0], [null, undefined],
  [{ a: 1 }, { a: 1 }], [{ a: 1 }, { a: 1, b: undefined }], [{ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }],
  [[1, 2], [1, 2]], [[1, 2], [2, 1]], [[1, , 3], [1, undefined, 3]],
  [new Date(0), new Date(0)], [new Date(0), new Date(1)],
  [/a/g, /a/g], [/a/g, /a/i],
  [new Map([[1, { x: 1 }]]), new Map([[1, { x: 1 }]])], [new Map([[1, 2]]), new Map([[1, 3]])],
  [new Set([1, { a: 1 }]), new Set([{ a: 1 }, 1])], [new Set([1]), new Set([2])],
  [new Uint8Array([1, 2]), new Uint8Array([1, 2])], [new Uint8Array([1]), new Int8Array([1])],
  [Buffer.from('ab'), Buffer.from('ab')],
  [new Number(1), new Number(1)], [new Number(1), new Number(2)], [new String('a'), 'a'],
  [Object.create(null), {}], [new (class A {})(), new (class B {})()],
  [new Error('x'), new Error('x')], [new Error('x'), new TypeError('x')], [new Error('x'), new Error('y')],
  [{ [Symbol.for('s')]: 1 }, { [Symbol.for('s')]: 1 }], [{ [Symbol.for('s')]: 1 }, { [Symbol.for('s')]: 2 }],
  [[{ a: new Map([['k', new Set([1])]]) }], [{ a: new Map([['k', new Set([1])]]) }]],
];
for (const [a, b] of pairs) console.log(isDeepStrictEqual(a, b));
const c1 = { v: 1 };
c1.self = c1;
const c2 = { v: 1 };
c2.self = c2;
console.log('circular', isDeepStrictEqual(c1, c2));
