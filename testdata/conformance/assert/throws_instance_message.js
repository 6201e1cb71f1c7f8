'use strict';
// assert.throws(fn, ErrorClass) when the error is of another class: the
// message names the error's class (a subclass inherits Error's `name`).
const assert = require('assert');
const ES6Error = class extends Error {};
const Another = class extends Error {};
function msg(fn, expected) {
  try {
    assert.throws(fn, expected);
  } catch (e) {
    return e.message;
  }
}
console.log(msg(() => { throw new Another('foo'); }, ES6Error));
console.log(msg(() => { throw new TypeError('t'); }, RangeError));
{
  const Same = class Another extends Error {};
  console.log(msg(() => { throw new Another('bar'); }, Same));
}
const named = new Another('n');
named.name = 'Custom';
console.log(msg(() => { throw named; }, ES6Error));
const bare = Object.create(Error.prototype, { constructor: { value: undefined } });
bare.message = 'bare';
console.log(msg(() => { throw bare; }, ES6Error));
