const { test, describe, it } = require('node:test');
test('not only', () => {});
test.only('only this', () => {});
describe.only('only suite', () => {
  it('inside', () => {});
});
