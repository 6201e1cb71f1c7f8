// deepStrictEqual/deepEqual of typed arrays compare their non-index own
// keys (enumerable ones; symbols only strictly), named in any script,
// without enumerating the indices: an 8 MiB array compares at once.
const assert = require('assert');

function check(label, a, b) {
  for (const fn of ['deepStrictEqual', 'deepEqual']) {
    try {
      assert[fn](a, b);
      console.log(label, fn, 'equal');
    } catch (e) {
      console.log(label, fn, 'differ', e.code);
    }
  }
}

const a = new Float64Array([1, 2, 3]);
const b = new Float64Array([1, 2, 3]);
check('plain', a, b);
a.extra = 'x';
check('one named key', a, b);
b.extra = 'x';
check('both named', a, b);
a['clé'] = 1;
b['clé'] = 2;
check('non-ascii key, other value', a, b);
b['clé'] = 1;
check('non-ascii key, same value', a, b);
Object.defineProperty(a, 'hidden', { value: 1, enumerable: false });
check('non-enumerable key', a, b);
a[Symbol.for('s')] = 1;
check('symbol key', a, b);
const big1 = new Uint8Array(8 * 1024 * 1024).fill(7);
const big2 = new Uint8Array(8 * 1024 * 1024).fill(7);
const t0 = Date.now();
check('8 MiB', big1, big2);
console.log('fast', Date.now() - t0 < 5000);
