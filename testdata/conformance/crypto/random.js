// Randomness: shapes, ranges and node's errors (values are random, so only
// their lengths, types and bounds are printed), and the async forms' order.
const crypto = require('crypto');
const t = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
};
t('randomBytes 0', () => crypto.randomBytes(0).length);
t('randomBytes 33', () => { const b = crypto.randomBytes(33); return [Buffer.isBuffer(b), b.length]; });
t('randomBytes -1', () => crypto.randomBytes(-1));
t('randomBytes 1.5', () => crypto.randomBytes(1.5).length);
t('randomBytes str', () => crypto.randomBytes('1'));
t('randomBytes NaN', () => crypto.randomBytes(NaN));
t('randomBytes huge', () => crypto.randomBytes(2 ** 31));
t('randomBytes bad cb', () => crypto.randomBytes(1, 'x'));
t('pseudoRandomBytes', () => crypto.pseudoRandomBytes === crypto.randomBytes);
t('fillSync', () => { const b = Buffer.alloc(16); crypto.randomFillSync(b, 8); return [b.subarray(0, 8).every((x) => x === 0), b.length]; });
t('fillSync size', () => { const b = Buffer.alloc(16); crypto.randomFillSync(b, 2, 4); return [b[0], b[1], b.subarray(6).every((x) => x === 0)]; });
t('fillSync u32', () => { const a = new Uint32Array(4); crypto.randomFillSync(a, 1, 2); return [a[0], a[3]]; });
t('fillSync ab', () => crypto.randomFillSync(new ArrayBuffer(8)).byteLength);
t('fillSync dv', () => crypto.randomFillSync(new DataView(new ArrayBuffer(8))).byteLength);
t('fillSync bad', () => crypto.randomFillSync('x'));
t('fillSync offset', () => crypto.randomFillSync(Buffer.alloc(4), 5));
t('fillSync size', () => crypto.randomFillSync(Buffer.alloc(4), 1, 4));
t('fillSync neg', () => crypto.randomFillSync(Buffer.alloc(4), -1));
t('fill no cb', () => crypto.randomFill(Buffer.alloc(4)));
t('fill bad cb', () => crypto.randomFill(Buffer.alloc(4), 0, 1, 'x'));
t('randomInt', () => { for (let i = 0; i < 1000; i++) { const n = crypto.randomInt(3, 7); if (n < 3 || n >= 7 || !Number.isInteger(n)) return n; } return 'ok'; });
t('randomInt max', () => { for (let i = 0; i < 100; i++) { const n = crypto.randomInt(2); if (n !== 0 && n !== 1) return n; } return 'ok'; });
t('randomInt neg', () => { const n = crypto.randomInt(-10, -5); return n >= -10 && n < -5; });
t('randomInt eq', () => crypto.randomInt(5, 5));
t('randomInt float', () => crypto.randomInt(1.5));
t('randomInt str', () => crypto.randomInt('5'));
t('randomInt minstr', () => crypto.randomInt('1', 5));
t('randomInt range', () => crypto.randomInt(0, 2 ** 48 + 1));
t('randomInt range1', () => crypto.randomInt(2 ** 48 + 1));
t('randomInt big ok', () => typeof crypto.randomInt(2 ** 48 - 1));
t('randomInt unsafe', () => crypto.randomInt(2 ** 53));
t('randomInt bad cb', () => crypto.randomInt(1, 5, 'x'));
t('uuid', () => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(crypto.randomUUID()));
t('uuid distinct', () => new Set(Array.from({ length: 500 }, () => crypto.randomUUID())).size);
t('uuid nocache', () => crypto.randomUUID({ disableEntropyCache: true }).length);
t('uuid bad', () => crypto.randomUUID(1));
t('uuid bad opt', () => crypto.randomUUID({ disableEntropyCache: 1 }));
t('grv', () => crypto.getRandomValues(new Uint16Array(4)).length);
t('grv big', () => crypto.getRandomValues(new Uint8Array(65537)));
t('grv 65536', () => crypto.getRandomValues(new Uint8Array(65536)).length);
t('grv float', () => crypto.getRandomValues(new Float64Array(1)));
t('grv dv', () => crypto.getRandomValues(new DataView(new ArrayBuffer(1))));
t('grv bigint', () => crypto.getRandomValues(new BigInt64Array(2)).length);
t('webcrypto grv this', () => crypto.webcrypto.getRandomValues.call({}, new Uint8Array(1)));
t('global crypto', () => [globalThis.crypto === crypto.webcrypto, typeof globalThis.crypto.randomUUID(), Object.prototype.toString.call(globalThis.crypto)]);
t('tse', () => [crypto.timingSafeEqual(Buffer.from('ab'), Buffer.from('ab')), crypto.timingSafeEqual(Buffer.from('ab'), Buffer.from('ac'))]);
t('tse ab', () => crypto.timingSafeEqual(new Uint8Array([1]).buffer, new Uint8Array([1])));
t('tse len', () => crypto.timingSafeEqual(Buffer.from('a'), Buffer.from('ab')));
t('tse type', () => crypto.timingSafeEqual('a', Buffer.from('a')));
t('constants', () => [crypto.constants.RSA_PKCS1_OAEP_PADDING, crypto.constants.RSA_PKCS1_PSS_PADDING, crypto.constants.POINT_CONVERSION_COMPRESSED]);

const order = [];
let pending = 5;
const push = (s) => {
  order.push(s);
  if (--pending === 0) console.log(order.sort().join('\n'));
};
crypto.randomBytes(8, (err, buf) => { push('bytes ' + err + ' ' + buf.length); });
const fb = Buffer.alloc(8);
crypto.randomFill(fb, (err, buf) => { push('fill ' + err + ' ' + (buf === fb)); });
crypto.randomFill(new Uint8Array(4), 4, (err, buf) => { push('fill0 ' + err + ' ' + buf.length); });
crypto.randomInt(10, (err, n) => { push('int ' + err + ' ' + (n < 10)); });
process.nextTick(() => push('tick'));
