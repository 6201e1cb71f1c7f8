'use strict';
const util = require('util');
function legacy(a, b, cb) {
  setTimeout(() => {
    if (a < 0) cb(new Error('negative'));
    else cb(null, a + b);
  }, 1);
}
const p = util.promisify(legacy);
console.log(typeof p, p.length, p.name);
console.log(util.promisify(legacy) === util.promisify(legacy));
function withCustom() {}
withCustom[util.promisify.custom] = () => Promise.resolve('custom!');
console.log(util.promisify(withCustom) === withCustom[util.promisify.custom]);
console.log(util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));
try { util.promisify(42); } catch (e) { console.log(e.name, e.code, e.message); }
async function main() {
  console.log('sum', await p(1, 2));
  try { await p(-1, 0); } catch (e) { console.log('rejected', e.message); }
  console.log(await util.promisify(withCustom)());
  const cbAsync = util.callbackify(async (x) => x * 2);
  console.log(cbAsync.name, cbAsync.length);
  await new Promise((resolve) => cbAsync(21, (err, v) => { console.log('callbackify', err, v); resolve(); }));
  const cbReject = util.callbackify(() => Promise.reject(new Error('nope')));
  await new Promise((resolve) => cbReject((err) => { console.log('callbackify err', err.message); resolve(); }));
  const cbNull = util.callbackify(() => Promise.reject(null));
  await new Promise((resolve) => cbNull((err) => {
    console.log('falsy', err.code, err.message, err.reason, Object.keys(err));
    resolve();
  }));
  try { util.callbackify(async () => 1)(1); } catch (e) { console.log(e.code, e.message); }
  try { util.callbackify('x'); } catch (e) { console.log(e.code, e.message); }
  const named = util.callbackify(async function namedFn(a, b) { return a + b; });
  console.log(named.name, named.length);
  const ctx = { base: 10, add: util.promisify(function (n, cb) { cb(null, this.base + n); }) };
  console.log('this', await ctx.add(5));
}
main().then(() => console.log('done'));
