// Everything passes: exit code 0, counts only.
'use strict';
const test = require('node:test');
const { describe, it } = test;
test('one', () => {});
describe('a suite', () => {
  it('two', async () => {});
  it('three', (t, done) => done());
});
test('uses the mock from the default export', () => {
  const f = test.mock.fn();
  f(1);
  require('assert').strictEqual(f.mock.calls.length, 1);
});
