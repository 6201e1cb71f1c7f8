'use strict';
const assert = require('assert');
const { AssertionError } = assert;
const e = new AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log(e.name, e.code, e.actual, e.expected, e.operator, e.generatedMessage);
console.log(JSON.stringify(e.message));
console.log(e instanceof Error, e instanceof AssertionError, Object.keys(e));
console.log(String(e).split('\n')[0]);
console.log(e.stack.split('\n')[0]);
const m = new AssertionError({ message: 'mine', actual: 'a', expected: 'b', operator: 'foo' });
console.log(m.message, m.generatedMessage, m.operator);
const loose = new AssertionError({ actual: 1, expected: 2, operator: '==' });
console.log(JSON.stringify(loose.message));
try { new AssertionError(); } catch (err) { console.log(err.code, err.message); }
try {
  assert.strictEqual(1, 2);
} catch (err) {
  console.log(Object.getOwnPropertyNames(err).sort().join(','));
  console.log(err.hasOwnProperty('name'), Object.getPrototypeOf(err) === AssertionError.prototype);
}
const withDetails = new AssertionError({ actual: [1], expected: [2], operator: 'deepStrictEqual' });
console.log(withDetails.message);
