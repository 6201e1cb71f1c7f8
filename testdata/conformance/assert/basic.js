'use strict';
const assert = require('assert');
function t(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator);
  }
}
t('ok true', () => assert.ok(true));
t('ok false', () => assert.ok(false));
t('ok 0 msg', () => assert.ok(0, 'zero is falsy'));
t('assert null', () => assert(null));
t('ok no args', () => assert.ok());
t('ok error msg', () => assert.ok(false, new RangeError('own error')));
t('equal', () => assert.equal(1, '1'));
t('equal fail', () => assert.equal(1, 2));
t('equal NaN', () => assert.equal(NaN, NaN));
t('equal obj', () => assert.equal({}, {}));
t('notEqual', () => assert.notEqual(1, '1'));
t('notEqual ok', () => assert.notEqual(1, 2));
t('strictEqual', () => assert.strictEqual(1, 2));
t('strictEqual str', () => assert.strictEqual('a', 'b'));
t('strictEqual types', () => assert.strictEqual(1, '1'));
t('strictEqual long', () => assert.strictEqual('hello world', 'hello there'));
t('strictEqual null', () => assert.strictEqual(undefined, null));
t('strictEqual NaN', () => assert.strictEqual(NaN, NaN));
t('strictEqual -0', () => assert.strictEqual(0, -0));
t('strictEqual msg', () => assert.strictEqual(1, 2, 'custom message'));
t('strictEqual err', () => assert.strictEqual(1, 2, new TypeError('thrown as is')));
t('strictEqual same', () => assert.strictEqual({ a: 1 }, { a: 1 }));
t('strictEqual objs', () => assert.strictEqual({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] }));
t('notStrictEqual', () => assert.notStrictEqual(1, 1));
t('notStrictEqual str', () => assert.notStrictEqual('abc', 'abc'));
const o = { a: 1 };
t('notStrictEqual obj', () => assert.notStrictEqual(o, o));
t('fail', () => assert.fail());
t('fail msg', () => assert.fail('boom'));
t('fail err', () => assert.fail(new TypeError('te')));
t('ifError null', () => assert.ifError(null));
t('ifError undefined', () => assert.ifError(undefined));
t('ifError err', () => assert.ifError(new Error('bad')));
t('ifError str', () => assert.ifError('str'));
t('ifError zero', () => assert.ifError(0));
t('match', () => assert.match('abc', /b/));
t('match fail', () => assert.match('abc', /x/));
t('match type', () => assert.match(123, /x/));
t('doesNotMatch', () => assert.doesNotMatch('abc', /b/));
t('match bad regexp', () => assert.match('abc', 'b'));
t('missing args', () => assert.strictEqual(1));
console.log(typeof assert.AssertionError, assert.strict.strict === assert.strict, assert.strict.equal === assert.strictEqual);
