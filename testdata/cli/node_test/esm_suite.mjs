// An ES module's tests: failures report the file's path (not its URL) as
// their location, and a suite whose subtest failed reports no stack.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

describe('suite', () => {
  it('passes', () => {});
  it('fails', () => {
    assert.deepEqual({ a: 1 }, { a: 2 });
  });
});
