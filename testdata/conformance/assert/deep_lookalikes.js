// Deep equality against look-alikes (a typed array's prototype and tag on a
// plain object, either side), own non-enumerable keys on one side only, and
// the diff of two short single-line objects (no '^' indicator).
const assert = require('assert');
const util = require('util');
function check(name, a, b) {
  const r = [];
  for (const [n, f] of [['loose', () => assert.deepEqual(a, b)], ['strict', () => assert.deepStrictEqual(a, b)],
    ['loose rev', () => assert.deepEqual(b, a)], ['strict rev', () => assert.deepStrictEqual(b, a)]]) {
    try { f(); r.push(`${n}:equal`); } catch (e) { r.push(`${n}:${e.code}`); }
  }
  console.log(name, r.join(' '), util.isDeepStrictEqual(a, b), util.isDeepStrictEqual(b, a));
}
const buf = Buffer.from('test');
const fake = Object.create(Object.getPrototypeOf(buf), Object.getOwnPropertyDescriptors(buf));
Object.defineProperty(fake, Symbol.toStringTag, { value: 'Uint8Array' });
check('buffer look-alike', buf, fake);
const u8 = new Uint8Array(2);
const i8 = new Int8Array(2);
Object.defineProperty(i8, Symbol.toStringTag, { value: 'Uint8Array' });
Object.setPrototypeOf(i8, Uint8Array.prototype);
check('int8 as uint8', u8, i8);
const hidden = { y: 1 };
Object.defineProperty(hidden, 'x', { value: 1 });
check('non-enumerable key', { x: 1 }, hidden);
check('same', { a: [1, { b: 2 }] }, { a: [1, { b: 2 }] });
for (const [a, b] of [[/a/g, /a/], [[1, 2], [1, 3]], ['abcdefghij', 'abcdefghiX'], [{ a: 1 }, { a: 2 }]]) {
  try { assert.deepStrictEqual(a, b); } catch (e) { console.log(JSON.stringify(e.message)); }
}
