// pbkdf2, scrypt, hkdf: known outputs, sync and async, node's errors, and
// that a slow async KDF runs off the loop (a timer fires while it runs).
const crypto = require('crypto');
const t = (label, f) => {
  try {
    const r = f();
    console.log(label, Buffer.isBuffer(r) ? r.toString('hex') : r instanceof ArrayBuffer ? 'ab:' + Buffer.from(r).toString('hex') : r);
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
};
for (const d of ['sha1', 'sha256', 'sha512', 'md5', 'sha3-256', 'RSA-SHA256', 'ripemd160', 'blake2b512']) {
  t(`pbkdf2 ${d}`, () => crypto.pbkdf2Sync('password', 'salt', 2, 40, d));
  t(`hkdf ${d}`, () => crypto.hkdfSync(d, 'ikm', 'salt', 'info', 42));
}
t('pbkdf2 buffers', () => crypto.pbkdf2Sync(Buffer.from('pw'), new Uint8Array([1, 2, 3]), 10, 16, 'sha256'));
t('pbkdf2 ab', () => crypto.pbkdf2Sync(new ArrayBuffer(3), new DataView(new ArrayBuffer(2)), 10, 16, 'sha256'));
t('pbkdf2 keylen 0', () => crypto.pbkdf2Sync('a', 'b', 1, 0, 'sha1'));
t('pbkdf2 iter 0', () => crypto.pbkdf2Sync('a', 'b', 0, 1, 'sha1'));
t('pbkdf2 iter str', () => crypto.pbkdf2Sync('a', 'b', '1', 1, 'sha1'));
t('pbkdf2 keylen -1', () => crypto.pbkdf2Sync('a', 'b', 1, -1, 'sha1'));
t('pbkdf2 keylen 1.5', () => crypto.pbkdf2Sync('a', 'b', 1, 1.5, 'sha1'));
t('pbkdf2 no digest', () => crypto.pbkdf2Sync('a', 'b', 1, 1));
t('pbkdf2 bad digest', () => crypto.pbkdf2Sync('a', 'b', 1, 1, 'md55'));
t('pbkdf2 shake', () => crypto.pbkdf2Sync('a', 'b', 1, 1, 'shake128'));
t('pbkdf2 bad pw', () => crypto.pbkdf2Sync(1, 'b', 1, 1, 'sha1'));
t('pbkdf2 bad salt', () => crypto.pbkdf2Sync('a', null, 1, 1, 'sha1'));
t('pbkdf2 no cb', () => crypto.pbkdf2('a', 'b', 1, 1, 'sha1'));
t('pbkdf2 async bad digest', () => crypto.pbkdf2('a', 'b', 1, 1, 'nope', () => {}));

t('scrypt', () => crypto.scryptSync('password', 'salt', 64));
t('scrypt N', () => crypto.scryptSync('password', 'salt', 32, { N: 1024, r: 8, p: 2 }));
t('scrypt cost', () => crypto.scryptSync('password', 'salt', 32, { cost: 1024, blockSize: 4, parallelization: 2 }));
t('scrypt rfc', () => crypto.scryptSync('', '', 64, { N: 16, r: 1, p: 1 }));
t('scrypt 0', () => crypto.scryptSync('a', 'b', 0));
t('scrypt N3', () => crypto.scryptSync('a', 'b', 16, { N: 3 }));
t('scrypt N1', () => crypto.scryptSync('a', 'b', 16, { N: 1 }));
t('scrypt mem', () => crypto.scryptSync('a', 'b', 16, { N: 2 ** 20 }));
t('scrypt maxmem', () => crypto.scryptSync('a', 'b', 16, { N: 2 ** 14, maxmem: 16 * 1024 * 1024 }).length);
t('scrypt both', () => crypto.scryptSync('a', 'b', 16, { N: 16, cost: 16 }));
t('scrypt both r', () => crypto.scryptSync('a', 'b', 16, { r: 1, blockSize: 1 }));
t('scrypt both p', () => crypto.scryptSync('a', 'b', 16, { p: 1, parallelization: 1 }));
t('scrypt N str', () => crypto.scryptSync('a', 'b', 16, { N: '16' }));
t('scrypt N neg', () => crypto.scryptSync('a', 'b', 16, { N: -16 }));
t('scrypt maxmem neg', () => crypto.scryptSync('a', 'b', 16, { maxmem: -1 }));
t('scrypt keylen', () => crypto.scryptSync('a', 'b', -1));
t('scrypt r big', () => crypto.scryptSync('a', 'b', 16, { N: 2, r: 2 ** 30, p: 2 }));
t('scrypt no cb', () => crypto.scrypt('a', 'b', 16));
t('scrypt zeros', () => crypto.scryptSync('a', 'b', 16, { N: 0, r: 0, p: 0, maxmem: 0 }));

t('hkdf ikm buf', () => crypto.hkdfSync('sha256', Buffer.from('ikm'), Buffer.alloc(0), Buffer.alloc(0), 32));
t('hkdf key obj', () => crypto.hkdfSync('sha256', crypto.createSecretKey(Buffer.from('ikm')), 'salt', 'info', 16));
t('hkdf 0', () => crypto.hkdfSync('sha256', 'ikm', 'salt', 'info', 0));
t('hkdf max', () => crypto.hkdfSync('sha256', 'ikm', 'salt', 'info', 255 * 32).byteLength);
t('hkdf too long', () => crypto.hkdfSync('sha256', 'ikm', 'salt', 'info', 255 * 32 + 1));
t('hkdf bad digest', () => crypto.hkdfSync('nope', 'ikm', 'salt', 'info', 1));
t('hkdf bad ikm', () => crypto.hkdfSync('sha256', 1, 'salt', 'info', 1));
t('hkdf bad salt', () => crypto.hkdfSync('sha256', 'a', 1, 'info', 1));
t('hkdf long info', () => crypto.hkdfSync('sha256', 'a', 'b', Buffer.alloc(1025), 1));
t('hkdf bad len', () => crypto.hkdfSync('sha256', 'a', 'b', 'c', -1));
t('hkdf no cb', () => crypto.hkdf('sha256', 'a', 'b', 'c', 1));

const events = [];
let pending = 5;
const push = (s) => {
  events.push(s);
  if (--pending === 0) console.log(events.sort().join('\n'));
};
crypto.pbkdf2('pw', 'salt', 1, 20, 'sha1', (err, key) => push(`pbkdf2 ${err} ${key.toString('hex')}`));
crypto.scrypt('pw', 'salt', 16, (err, key) => push(`scrypt ${err} ${key.toString('hex')}`));
crypto.scrypt('pw', 'salt', 16, { N: 16 }, (err, key) => push(`scrypt N ${err} ${key.toString('hex')}`));
crypto.hkdf('sha256', 'ikm', 'salt', 'info', 8, (err, key) => push(`hkdf ${err} ${key instanceof ArrayBuffer} ${Buffer.from(key).toString('hex')}`));

// A slow pbkdf2 on the worker pool must not stall the loop: a short timer
// started after it fires before it completes.
let timerFired = false;
crypto.pbkdf2('pw', 'salt', 100000, 32, 'sha512', (err, key) => {
  push(`slow pbkdf2 done ${err} ${key.length} timer fired first: ${timerFired}`);
});
setTimeout(() => { timerFired = true; }, 1);
