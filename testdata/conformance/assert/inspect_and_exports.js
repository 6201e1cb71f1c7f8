'use strict';
const assert = require('assert');
const util = require('util');
try { assert.strictEqual(1, 2); } catch (e) {
  e.stack = e.stack.split('\n')[0] + '\n    at fake (x.js:1:1)';
  console.log(e);
  console.log(util.inspect(e, { depth: 0 }));
}
try { assert.deepStrictEqual({ a: 'x'.repeat(200) }, { a: 'y' }); } catch (e) {
  e.stack = 'AssertionError [ERR_ASSERTION]: short';
  console.log(e);
}
try { assert.strictEqual('a'.repeat(200), 'b'); } catch (e) {
  e.stack = 'AssertionError [ERR_ASSERTION]: short';
  console.log(e);
}
console.log(Object.keys(assert));
console.log(Object.keys(assert.strict));
for (const n of [512, 513, 600]) {
  try { assert.strictEqual('a'.repeat(n), 'b'); } catch (e) {
    e.stack = 'x';
    const m = /actual: '(a*)(\.\.\.)?'/.exec(util.inspect(e));
    console.log(n, m[1].length, m[2]);
  }
}
