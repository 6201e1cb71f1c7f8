'use strict';
// assert builds its errors with null-prototype property descriptors, so an
// Object.prototype.get/set a script added does not break them (node uses
// primordials for the same reason).
const assert = require('assert');
console.log('start');
Object.prototype.get = function () { console.log('Object.prototype.get called'); };
try {
  assert.throws(() => assert.fail(''), { code: 'ERR_ASSERTION' });
  console.log('fail(\'\') threw ERR_ASSERTION');
  assert.throws(() => assert.strictEqual(1, 2), { code: 'ERR_ASSERTION', message: /strictly equal/ });
  console.log('strictEqual mismatch ok');
} finally {
  delete Object.prototype.get;
}
process.on('warning', (w) => console.log('warning', w.code));
try {
  assert.fail('first', 'second');
} catch (e) {
  console.log(e.message, e.operator, e.generatedMessage);
}
try {
  assert.fail('a', 'b', 'custom');
} catch (e) {
  console.log(e.message, e.operator, e.generatedMessage);
}
