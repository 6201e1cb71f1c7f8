'use strict';
// generatePrime/checkPrime against node: what is deterministic about the
// primes (size, residues, the forced answers), checkPrime on known numbers,
// and node's errors.
const crypto = require('crypto');

function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
}
const big = (ab) => BigInt('0x' + Buffer.from(ab).toString('hex'));
const bits = (n) => n.toString(2).length;

for (const size of [3, 8, 16, 32, 64, 128, 256]) {
  const p = crypto.generatePrimeSync(size, { bigint: true });
  const ab = crypto.generatePrimeSync(size);
  console.log('size', size, bits(p), ab instanceof ArrayBuffer, bits(big(ab)), crypto.checkPrimeSync(p), crypto.checkPrimeSync(ab));
}
for (const size of [8, 32, 128]) {
  const p = crypto.generatePrimeSync(size, { safe: true, bigint: true });
  console.log('safe', size, bits(p), crypto.checkPrimeSync(p), crypto.checkPrimeSync((p - 1n) / 2n));
}
console.log('add/rem', crypto.generatePrimeSync(32, { add: 12n, rem: 11n, bigint: true }) % 12n,
  crypto.generatePrimeSync(128, { add: 5n, bigint: true }) % 5n,
  crypto.generatePrimeSync(128, { add: 5n, safe: true, bigint: true }) % 5n,
  big(crypto.generatePrimeSync(32, { add: Buffer.from([12]), rem: Buffer.from([11]) })) % 12n);
console.log('forced', crypto.generatePrimeSync(3, { bigint: true }), crypto.generatePrimeSync(4, { add: 15n, rem: 13n, bigint: true }));
console.log('check', [0n, 1n, 2n, 3n, 4n, 97n, 561n, 2n ** 61n - 1n, 2n ** 64n + 1n, 2n ** 127n - 1n]
  .map((n) => crypto.checkPrimeSync(n)).join());
console.log('check buffers', crypto.checkPrimeSync(Buffer.from([0x2])), crypto.checkPrimeSync(new Uint8Array([0x4])),
  crypto.checkPrimeSync(new ArrayBuffer(0)), crypto.checkPrimeSync(Buffer.from([1]), { checks: 10 }));

t('size 0', () => crypto.generatePrimeSync(0));
t('size type', () => crypto.generatePrimeSync('8'));
t('options type', () => crypto.generatePrimeSync(8, 1));
t('safe type', () => crypto.generatePrimeSync(8, { safe: 1 }));
t('bigint type', () => crypto.generatePrimeSync(8, { bigint: '' }));
t('add type', () => crypto.generatePrimeSync(8, { add: 5 }));
t('add negative', () => crypto.generatePrimeSync(8, { add: -1n }));
t('add too big', () => crypto.generatePrimeSync(64, { add: 2n ** 64n }));
t('rem too big', () => crypto.generatePrimeSync(64, { add: 7n, rem: 7n }));
t('forced small', () => crypto.generatePrimeSync(3, { add: 8n, rem: 7n }));
t('no callback', () => crypto.generatePrime(8));
t('check type', () => crypto.checkPrimeSync(1));
t('check negative', () => crypto.checkPrimeSync(-1n));
t('checks type', () => crypto.checkPrimeSync(2n, { checks: 'x' }));
t('checks range', () => crypto.checkPrimeSync(2n, { checks: -1 }));
t('check no callback', () => crypto.checkPrime(2n));

crypto.generatePrime(40, { bigint: true }, (err, p) => {
  console.log('async', err, bits(p), crypto.checkPrimeSync(p));
  crypto.checkPrime(p, (err, ok) => {
    console.log('async check', err, ok);
    crypto.checkPrime(91n, { checks: 5 }, (err, ok) => console.log('async check 91', err, ok));
  });
});
