'use strict';
const util = require('util');
class Foo {}
class Bar { toString() { return 'bar!'; } }
class Baz extends Bar {}
class MyMap extends Map {}
class MyErr extends Error {}
const vals = [{ toString: 1 }, Object.create(null), new Foo(), new Bar(), new Baz(), new MyMap([[1, 2]]), Buffer.from('ab'),
  new Uint8Array([1]), [1, 2], new Date(0), /x/, new URL('http://a/'), Object.assign(Object.create(null), { toString() { return 'own'; } }),
  { a: { b: 1 } }, new Error('e'), new MyErr('m'), new Set([1]), { [Symbol.toPrimitive]() { return 'prim'; } }, new (class P { [Symbol.toPrimitive]() { return 'classprim'; } })(), new (class Q extends Date {})(0)];
for (const v of vals) {
  let out;
  try { out = util.format('%s', v); } catch (e) { out = 'THROWS ' + e.message; }
  if (v instanceof Error) out = out.split('\n')[0];
  console.log(out);
}
