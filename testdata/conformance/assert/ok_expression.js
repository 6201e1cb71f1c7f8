'use strict';
const assert = require('assert');
function t(fn) {
  try {
    fn();
    console.log('ok');
  } catch (e) {
    console.log(JSON.stringify(e.message), e.generatedMessage);
  }
}
t(() => assert.ok(false));
t(() => assert(typeof 1 === 'string'));
t(() => assert.ok(
  1 === 2,
));
const value = 0;
t(() => assert(value));
t(() => assert.ok([].length > 0 && 'nested (parens)'));
t(() => assert.strict.ok(null));
t(() => assert.equal(true, true));
