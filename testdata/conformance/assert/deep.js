'use strict';
const assert = require('assert');
function t(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.code, e.operator);
    console.log(e.message);
  }
}
t('deepEqual loose', () => assert.deepEqual({ a: 1 }, { a: '1' }));
t('deepEqual fail', () => assert.deepEqual({ a: 1 }, { a: 2 }));
t('deepEqual prims', () => assert.deepEqual(1, 2));
t('notDeepEqual', () => assert.notDeepEqual({ a: 1 }, { a: 1 }));
t('deepStrictEqual', () => assert.deepStrictEqual({ a: 1 }, { a: 1 }));
t('deepStrictEqual fail', () => assert.deepStrictEqual({ a: 1 }, { a: 2 }));
t('deepStrictEqual types', () => assert.deepStrictEqual({ a: 1 }, { a: '1' }));
t('deepStrictEqual arr', () => assert.deepStrictEqual([1, 2, 3], [1, 2, 4]));
t('deepStrictEqual shorter', () => assert.deepStrictEqual([1, 2, 3], [1, 2]));
t('deepStrictEqual nested', () => assert.deepStrictEqual({ a: { b: { c: [1, 2] } } }, { a: { b: { c: [1, 3] } } }));
t('deepStrictEqual extra key', () => assert.deepStrictEqual({ a: [1, 2], b: 'x' }, { a: [1, 2], b: 'y', c: 1 }));
t('deepStrictEqual prims', () => assert.deepStrictEqual(1, 2));
t('deepStrictEqual long strs', () => assert.deepStrictEqual('abcdefghijklmnop', 'abcdefghijklmnoq'));
t('deepStrictEqual map', () => assert.deepStrictEqual(new Map([[1, 2]]), new Map([[1, 3]])));
t('deepStrictEqual set', () => assert.deepStrictEqual(new Set([1]), new Set([2])));
t('deepStrictEqual msg', () => assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'deep message'));
const a = {};
const b = {};
for (let i = 0; i < 10; i++) { a['k' + i] = i; b['k' + i] = i; }
a.z = 1;
b.z = 2;
t('deepStrictEqual skipped', () => assert.deepStrictEqual(a, b));
t('notDeepStrictEqual', () => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }));
t('notDeepStrictEqual prim', () => assert.notDeepStrictEqual(1, 1));
t('notDeepStrictEqual ok', () => assert.notDeepStrictEqual({ a: 1 }, { a: 2 }));
t('proto differs', () => assert.deepEqual(Object.create(null), {}));
t('date', () => assert.deepStrictEqual(new Date(0), new Date(0)));
