'use strict';
const util = require('util');
const values = [
  0, -0, 1.5, -2e-7, 1e21, NaN, Infinity, -Infinity, 123n, -5n,
  true, false, null, undefined,
  Symbol('desc'), Symbol(), Symbol.iterator, Symbol.for('reg'),
  '', 'plain', "it's", 'say "hi"', `both ' and "`, 'all \' " `',
  'tab\there', 'nl\nhere', 'nul\0', '\x1b[31m', '\x7f\x85', 'back\\slash',
  'emoji 😀', 'lone \ud800 surrogate', 'é ñ ü',
];
for (const v of values) {
  console.log(util.inspect(v));
}
console.log(util.inspect(values));
console.log(util.inspect({ s: 'x'.repeat(100) }));
console.log(util.inspect('y'.repeat(30), { maxStringLength: 10 }));
console.log(util.inspect(['y'.repeat(30)], { maxStringLength: 1 }));
console.log(util.inspect(1234567.891, { numericSeparator: true }));
console.log(util.inspect(-1234567, { numericSeparator: true }));
console.log(util.inspect(123456789n, { numericSeparator: true }));
console.log(util.inspect(1000, { numericSeparator: true }));
