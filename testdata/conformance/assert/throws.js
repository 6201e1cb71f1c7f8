'use strict';
const assert = require('assert');
function t(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, e.operator, e.generatedMessage);
    console.log(e.message);
  }
}
const thrower = () => { throw new TypeError('bad thing'); };
t('throws any', () => assert.throws(thrower));
t('throws class', () => assert.throws(thrower, TypeError));
t('throws class base', () => assert.throws(thrower, Error));
t('throws wrong class', () => assert.throws(thrower, RangeError));
t('throws regexp', () => assert.throws(thrower, /bad/));
t('throws regexp fail', () => assert.throws(thrower, /good/));
t('throws object', () => assert.throws(thrower, { name: 'TypeError', message: 'bad thing' }));
t('throws object regexp', () => assert.throws(thrower, { message: /thing/ }));
t('throws object fail', () => assert.throws(thrower, { name: 'TypeError', message: /good/ }));
t('throws validate', () => assert.throws(thrower, (e) => e instanceof TypeError));
t('throws validate fail', () => assert.throws(thrower, function validate() { return false; }));
t('throws missing', () => assert.throws(() => {}));
t('throws missing class', () => assert.throws(() => {}, TypeError));
t('throws missing msg', () => assert.throws(() => {}, TypeError, 'with message'));
t('throws missing str', () => assert.throws(() => {}, 'just message'));
t('throws ambiguous', () => assert.throws(thrower, 'bad thing'));
t('throws not fn', () => assert.throws('notfn'));
t('throws null', () => assert.throws(() => { throw null; }, TypeError));
t('throws string', () => assert.throws(() => { throw 'str'; }, /str/));
t('throws error instance', () => assert.throws(thrower, new TypeError('bad thing')));
t('throws empty object', () => assert.throws(thrower, {}));
t('doesNotThrow', () => assert.doesNotThrow(() => 1));
t('doesNotThrow fail', () => assert.doesNotThrow(thrower));
t('doesNotThrow msg', () => assert.doesNotThrow(thrower, 'msg'));
t('doesNotThrow other class', () => assert.doesNotThrow(thrower, RangeError));
t('doesNotThrow matching class', () => assert.doesNotThrow(thrower, TypeError, 'matched'));
async function main() {
  const r = async (label, p) => {
    try {
      await p();
      console.log(label, 'ok');
    } catch (e) {
      console.log(label, e.name, e.code, e.operator);
      console.log(e.message);
    }
  };
  await r('rejects', () => assert.rejects(Promise.reject(new Error('x')), /x/));
  await r('rejects fn', () => assert.rejects(async () => { throw new RangeError('r'); }, RangeError));
  await r('rejects missing', () => assert.rejects(Promise.resolve(1)));
  await r('rejects missing class', () => assert.rejects(Promise.resolve(1), TypeError));
  await r('rejects wrong', () => assert.rejects(Promise.reject(new Error('x')), { message: 'y' }));
  await r('rejects not promise', () => assert.rejects(() => 1));
  await r('rejects bad arg', () => assert.rejects(1));
  await r('doesNotReject', () => assert.doesNotReject(Promise.resolve(1)));
  await r('doesNotReject fail', () => assert.doesNotReject(Promise.reject(new Error('no'))));
  await r('doesNotReject fn', () => assert.doesNotReject(async () => { throw new Error('fn'); }));
}
main().then(() => console.log('done'));
