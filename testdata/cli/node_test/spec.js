// node:test's spec reporter (stdout on a terminal): run by TestCLI on a
// pseudo-terminal under gojanet and node.
'use strict';
const { test, describe, it } = require('node:test');
test('passes', () => {});
test('fails', () => {
  throw new Error('spec failure');
});
test('skipped', { skip: 'no reason' }, () => {});
describe('a suite', () => {
  it('nested', () => {});
});
