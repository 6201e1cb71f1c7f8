// process.memoryUsage() counts ArrayBuffer memory: arrayBuffers grows by
// what a new ArrayBuffer, typed array or Buffer allocates, and external
// (which includes it) is never 0.
'use strict';
const before = process.memoryUsage();
console.log(Object.keys(before).join(' '));
console.log('all numbers', Object.values(before).every((v) => typeof v === 'number'));
console.log('external > 0', before.external > 0, 'external >= arrayBuffers', before.external >= before.arrayBuffers);

const keep = [];
const step = (what, make, size) => {
  const a = process.memoryUsage();
  keep.push(make());
  const b = process.memoryUsage();
  console.log(what, 'arrayBuffers +', b.arrayBuffers - a.arrayBuffers === size ? 'size' : b.arrayBuffers - a.arrayBuffers,
              'external grew by at least size', b.external - a.external >= size);
};
step('ArrayBuffer', () => new ArrayBuffer(10 * 1024 * 1024), 10 * 1024 * 1024);
step('Float64Array', () => new Float64Array(100000), 800000);
step('Buffer.alloc', () => Buffer.alloc(1000000), 1000000);
step('Buffer.allocUnsafeSlow', () => Buffer.allocUnsafeSlow(65536), 65536);
