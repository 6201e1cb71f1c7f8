'use strict';
// Deep equality of typed arrays (compared by their bytes where that is the
// same thing): NaN payloads, signed zeros, views at offsets, non-index
// keys, same bits in other types, and large arrays.
const assert = require('assert');
const util = require('util');

const nan1 = new Float64Array([NaN]);
const nan2 = new Float64Array(1);
new DataView(nan2.buffer).setUint32(0, 0x7ff80001, true); // another NaN payload
new DataView(nan2.buffer).setUint32(4, 0x7ff80000, true);

const withKey = (ta, v) => Object.assign(ta, { extra: v });
const big1 = new Float64Array(1e5).fill(1.5);
const big2 = new Float64Array(1e5).fill(1.5);
const big3 = new Int32Array(1e5);
const big4 = new Int32Array(1e5);
big4[99999] = 1;

const pairs = {
  'NaN, same bits': [new Float64Array([NaN]), new Float64Array([NaN])],
  'NaN, other payload': [nan1, nan2],
  '+0 and -0 (f64)': [new Float64Array([0]), new Float64Array([-0])],
  '+0 and -0 (f32)': [new Float32Array([0, 1]), new Float32Array([-0, 1])],
  'views at offsets': [new Uint16Array([9, 1, 2, 3]).subarray(1), new Uint16Array([1, 2, 3])],
  'other element, same bits': [new Int16Array([-256]), new Uint16Array([0xff00])],
  'one byte differs': [new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4])],
  'same non-index key': [withKey(new Uint8Array([1]), 1), withKey(new Uint8Array([1]), 1)],
  'other non-index key': [withKey(new Uint8Array([1]), 1), withKey(new Uint8Array([1]), 2)],
  'non-index key on one side': [withKey(new Uint8Array([1]), 1), new Uint8Array([1])],
  'empty': [new Uint8Array(0), new Uint8Array(0)],
  'length differs': [new Uint8Array(2), new Uint8Array(3)],
};
// Large arrays: without assert (whose message would inspect them).
console.log('large equal floats', util.isDeepStrictEqual(big1, big2));
console.log('large, last differs', util.isDeepStrictEqual(big3, big4));
for (const [name, [a, b]] of Object.entries(pairs)) {
  const loose = (() => { try { assert.deepEqual(a, b); return 'eq'; } catch { return 'ne'; } })(); // eslint-disable-line no-restricted-properties
  const strict = (() => { try { assert.deepStrictEqual(a, b); return 'eq'; } catch { return 'ne'; } })();
  console.log(name.padEnd(28), loose, strict, util.isDeepStrictEqual(a, b));
}
