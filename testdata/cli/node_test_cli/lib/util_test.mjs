import test from 'node:test';
import assert from 'node:assert';
test('esm test', () => assert.deepStrictEqual({ a: [1] }, { a: [1] }));
