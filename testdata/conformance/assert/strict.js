'use strict';
const assert = require('assert/strict');
const nodeAssert = require('node:assert/strict');
console.log(assert === nodeAssert, assert === require('assert').strict);
function t(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.code, e.operator);
    console.log(e.message);
  }
}
t('equal', () => assert.equal(1, '1'));
t('notEqual', () => assert.notEqual(1, 1));
t('deepEqual', () => assert.deepEqual({ a: 1 }, { a: '1' }));
t('notDeepEqual', () => assert.notDeepEqual([1], [1]));
t('call', () => assert(0 === 1, 'strict call'));
t('ok', () => assert.ok(true));
console.log(Object.keys(assert).sort().join(','));
