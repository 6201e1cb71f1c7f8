// Digests of every algorithm in every encoding, hash.copy(), crypto.hash(),
// Hmac, getHashes, and node's errors for misuse.
const crypto = require('crypto');
const t = (label, f) => {
  try {
    const r = f();
    console.log(label, Buffer.isBuffer(r) ? 'buffer:' + r.toString('hex') : JSON.stringify(r));
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
};

const algs = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-224', 'sha512-256',
  'sha3-224', 'sha3-256', 'sha3-384', 'sha3-512', 'shake128', 'shake256', 'blake2b512',
  'blake2s256', 'ripemd160', 'md5-sha1', 'RSA-SHA256', 'SHA256', 'sha256WithRSAEncryption',
  'RSA-SHA512/224', 'rmd160', 'ripemd', 'ssl3-md5', 'ssl3-sha1', 'RSA-SHA1-2', 'Sha3-256',
  'id-rsassa-pkcs1-v1_5-with-sha3-256'];
const inputs = ['', 'abc', 'The quick brown fox jumps over the lazy dog', 'é∑😀', 'x'.repeat(1000)];
for (const a of algs) {
  for (const s of inputs) t(`${a} ${s.length}`, () => crypto.createHash(a).update(s).digest('hex'));
  const h = crypto.createHash(a).update('a').update(Buffer.from('b')).update(new Uint8Array([99]));
  const c = h.copy();
  t(`${a} copy`, () => [h.digest('base64'), c.update('d').digest('base64url')]);
  t(`${a} hmac`, () => crypto.createHmac(a, 'key').update('data').digest('hex'));
}
for (const enc of ['hex', 'base64', 'base64url', 'latin1', 'binary', 'buffer', 'ucs2', 'utf16le', 'utf8', 'ascii', undefined, 'bogus']) {
  t(`digest ${enc}`, () => crypto.createHash('sha1').update('abc').digest(enc));
  t(`hash() ${enc}`, () => crypto.hash('sha1', 'abc', enc));
}
for (const enc of ['hex', 'base64', 'latin1', 'utf8', 'ucs2', 'ascii', 'bogus']) {
  t(`update ${enc}`, () => crypto.createHash('sha256').update('6162ff', enc).digest('hex'));
}
t('update odd hex', () => crypto.createHash('sha256').update('abc', 'hex').digest('hex'));
t('dataview', () => crypto.createHash('sha256').update(new DataView(new ArrayBuffer(3))).digest('hex'));
t('uint32', () => crypto.createHash('sha256').update(new Uint32Array([1, 2])).digest('hex'));
t('shake128/0', () => crypto.createHash('shake128', { outputLength: 0 }).digest('hex'));
t('shake128/5', () => crypto.createHash('shake128', { outputLength: 5 }).update('x').digest('hex'));
t('shake256/100', () => crypto.createHash('shake256', { outputLength: 100 }).update('x').digest('hex'));
t('shake copy len', () => crypto.createHash('shake256').update('x').copy({ outputLength: 4 }).digest('hex'));
t('sha1 outlen 20', () => crypto.createHash('sha1', { outputLength: 20 }).digest('hex'));
t('sha1 outlen 5', () => crypto.createHash('sha1', { outputLength: 5 }).digest('hex'));
t('outlen -1', () => crypto.createHash('shake128', { outputLength: -1 }));
t('outlen str', () => crypto.createHash('shake128', { outputLength: '1' }));
t('unknown', () => crypto.createHash('sha257'));
t('no alg', () => crypto.createHash());
t('num alg', () => crypto.createHash(5));
t('update number', () => crypto.createHash('md5').update(5));
t('update null', () => crypto.createHash('md5').update(null));
t('digest twice', () => { const h = crypto.createHash('md5'); h.digest(); return h.digest(); });
t('update after', () => { const h = crypto.createHash('md5'); h.digest(); return h.update('x'); });
t('copy after', () => { const h = crypto.createHash('md5'); h.digest(); return h.copy(); });
t('hmac twice', () => { const h = crypto.createHmac('md5', 'k'); h.digest(); return [h.digest('hex'), h.digest()]; });
t('hmac update after', () => { const h = crypto.createHmac('md5', 'k'); h.digest(); h.update('x'); });
t('hmac unknown', () => crypto.createHmac('sha257', 'k'));
t('hmac shake', () => crypto.createHmac('shake128', 'k'));
t('hmac null key', () => crypto.createHmac('sha1', null));
t('hmac no alg', () => crypto.createHmac(undefined, 'k'));
t('hmac long key', () => crypto.createHmac('sha256', 'k'.repeat(200)).update('x').digest('hex'));
t('hmac empty key', () => crypto.createHmac('sha256', '').update('x').digest('hex'));
t('hmac key enc', () => crypto.createHmac('sha256', '6b6579', { encoding: 'hex' }).update('x').digest('hex'));
t('hmac secret key', () => crypto.createHmac('sha256', crypto.createSecretKey(Buffer.from('key'))).update('x').digest('hex'));
t('hmac arraybuffer key', () => crypto.createHmac('sha256', new Uint8Array([1, 2]).buffer).update('x').digest('hex'));
t('hash() unknown', () => crypto.hash('nope', 'x'));
t('hash() bad input', () => crypto.hash('sha1', 5));
t('hash() bad enc', () => crypto.hash('sha1', 'x', 'bogus'));
t('hash() BUFFER', () => crypto.hash('sha1', 'x', 'BUFFER'));
t('hash() md5 default', () => crypto.hash('md5', Buffer.from('x')));
t('getHashes', () => crypto.getHashes().filter((h) => !/sm3/i.test(h)));
t('instanceof', () => [crypto.createHash('md5') instanceof crypto.Hash, crypto.Hash('md5') instanceof require('stream').Transform,
  crypto.createHmac('md5', 'k') instanceof crypto.Hmac]);

// As streams.
const h = crypto.createHash('sha256');
h.on('readable', () => {
  const d = h.read();
  if (d) console.log('stream digest', d.toString('hex'));
});
h.write('hello ');
h.end('world');
const m = crypto.createHmac('sha1', 'k');
m.setEncoding('hex');
m.on('data', (d) => console.log('stream hmac', d));
m.end('data');
require('stream').pipeline(require('stream').Readable.from(['a', 'b', 'c']), crypto.createHash('md5'), (err) => console.log('pipeline done', err));
