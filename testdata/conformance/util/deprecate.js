'use strict';
const util = require('util');
process.on('warning', (w) => {
  console.log('warning:', w.name, w.code, w.message);
});
const oldFn = util.deprecate(function oldFn(a, b) { return a + b; }, 'oldFn() is deprecated', 'DEP_TEST1');
console.log(oldFn(1, 2));
console.log(oldFn(3, 4));
const sameCode = util.deprecate(() => 'same code', 'another message', 'DEP_TEST1');
console.log(sameCode());
const noCode = util.deprecate(() => 'no code', 'no code message');
console.log(noCode(), noCode());
class Old { constructor(v) { this.v = v; } }
const DeprecatedOld = util.deprecate(Old, 'Old is deprecated', 'DEP_TEST2');
const inst = new DeprecatedOld(5);
console.log(inst.v, inst instanceof Old);
setTimeout(() => console.log('end'), 5);
