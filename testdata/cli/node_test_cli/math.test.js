'use strict';
const { test, describe, it } = require('node:test');
const assert = require('assert');

console.log('loading math.test.js');
test('adds', () => {
  assert.strictEqual(1 + 1, 2);
});
test('subtracts wrongly', () => {
  assert.strictEqual(3 - 1, 1);
});
describe('suite', () => {
  it('nested adds', () => assert.ok(true));
  it.todo('to do later');
  it.skip('skipped', () => {});
});
test('with subtests', async (t) => {
  await t.test('first', () => {});
  await t.test('second', () => {});
});
