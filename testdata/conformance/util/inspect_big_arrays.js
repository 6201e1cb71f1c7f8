'use strict';
// util.inspect of arrays, typed arrays and Buffers: the keys that are not
// indices (enumerable ones, or all with showHidden, symbols last), and big
// ones (300,000 elements: their index keys are never listed, which
// took seconds).
const util = require('util');
const a = [1, 2, 3]; a.extra = 'x'; Object.defineProperty(a, 'hidden', { value: 1, enumerable: false }); a[Symbol('s')] = 2;
Object.defineProperty(a, Symbol('h'), { value: 3, enumerable: false });
const t = new Uint8Array(4); t.foo = 'bar'; Object.defineProperty(t, 'hid', { value: 5 });
const b = Buffer.from('abc'); b.x = 1; Object.defineProperty(b, 'y', { value: 2 });
const sp = [1, , 3]; sp[10] = 4; sp.k = 'v'; sp.length = 20;
for (const v of [a, t, b, sp, new Array(5), Object.assign([1], { length: 1 })]) {
  console.log(util.inspect(v), '|', util.inspect(v, { showHidden: true }));
}
const n = 3e5;
const bigs = [Buffer.alloc(n, 1), new Uint8Array(n), new Float64Array(n).fill(0.5), new Array(n).fill('x'), new Array(n)];
bigs[0].tag = 'big';
bigs[3].tag = 'big';
for (const v of bigs) console.log(util.inspect(v, { breakLength: Infinity }));
console.log(util.inspect(bigs[1], { showHidden: true, maxArrayLength: 2 }));
