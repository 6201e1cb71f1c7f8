'use strict';
// Key wrapping (RFC 3394, RFC 5649, RFC 3217), two-key 3DES, and the
// deprecated createCipher/createDecipher (EVP_BytesToKey with MD5) against
// node: known-answer vectors, a des3-wrap ciphertext made by node unwrapped
// here, round trips, getCipherInfo and errors.
const crypto = require('crypto');

function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
}
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
const hex = (s) => Buffer.from(s, 'hex');
const A6 = hex('a6a6a6a6a6a6a6a6');

// RFC 3394 section 4 vectors.
const kek = hex('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f');
const keyData = hex('00112233445566778899aabbccddeeff000102030405060708090a0b0c0d0e0f');
for (const [alg, k, d] of [['id-aes128-wrap', 16, 16], ['aes192-wrap', 24, 16], ['id-aes256-wrap', 32, 16],
  ['id-aes192-wrap', 24, 24], ['aes256-wrap', 32, 32]]) {
  const c = crypto.createCipheriv(alg, kek.subarray(0, k), A6);
  const w = c.update(keyData.subarray(0, d));
  const fin = c.final();
  const p = crypto.createDecipheriv(alg, kek.subarray(0, k), A6).update(w);
  console.log(alg, k, d, w.toString('hex'), fin.length, p.equals(keyData.subarray(0, d)));
}
// RFC 5649 section 6 vectors.
const kek5649 = hex('5840df6e29b02af1ab493b705bf16ea1ae8338f4dcc176a8');
for (const key of ['c37b7e6492584340bed12207808941155068f738', '466f7250617369']) {
  const c = crypto.createCipheriv('id-aes192-wrap-pad', kek5649, hex('a65959a6'));
  const w = c.update(hex(key));
  console.log('wrap-pad', w.toString('hex'),
    crypto.createDecipheriv('id-aes192-wrap-pad', kek5649, hex('a65959a6')).update(w).toString('hex'));
}
// des3-wrap: random on wrapping; node's ciphertext must unwrap here.
const k3 = hex('000102030405060708090a0b0c0d0e0f1011121314151617');
console.log('des3-wrap node', crypto.createDecipheriv('des3-wrap', k3, Buffer.alloc(0)).update(hex(
  '4f97c9e1fb4070549697891ec52c2dfffe03d0064bafc01ce14e059351de49b0d4033ae45ab97131d8aae511781bbc1e')).toString());
{
  const w = crypto.createCipheriv('des3-wrap', k3, null).update('sixteen byte key');
  console.log('des3-wrap round trip', w.length,
    crypto.createDecipheriv('id-smime-alg-CMS3DESwrap', k3, null).update(w).toString());
  const bad = Buffer.from(w);
  bad[5] ^= 1;
  t('des3-wrap tampered', () => crypto.createDecipheriv('des3-wrap', k3, null).update(bad));
}
t('wrap one block', () => crypto.createCipheriv('id-aes128-wrap', kek.subarray(0, 16), A6).update(Buffer.alloc(8)));
t('wrap odd', () => crypto.createCipheriv('id-aes128-wrap', kek.subarray(0, 16), A6).update(Buffer.alloc(20)));
t('wrap empty', () => crypto.createCipheriv('id-aes128-wrap', kek.subarray(0, 16), A6).update('').length);
t('unwrap wrong iv', () => crypto.createDecipheriv('id-aes128-wrap', kek.subarray(0, 16), hex('0102030405060708'))
  .update(hex('1fa68b0a8112b447aef34bd8fb5a7b829d3e862371d2cfe5')));
t('wrap no iv', () => crypto.createCipheriv('id-aes128-wrap', kek.subarray(0, 16), null));
t('wrap-pad iv 8', () => crypto.createCipheriv('id-aes128-wrap-pad', kek.subarray(0, 16), A6));
t('des3-wrap 5 bytes', () => crypto.createCipheriv('des3-wrap', k3, null).update('abcde'));
t('wrap twice', () => {
  const c = crypto.createCipheriv('id-aes128-wrap', kek.subarray(0, 16), A6);
  return [c.update(keyData.subarray(0, 16)).toString('hex'), c.update(keyData.subarray(0, 16)).toString('hex')];
});

// Two-key 3DES.
t('des-ede-cbc', () => {
  const c = crypto.createCipheriv('des-ede-cbc', kek.subarray(0, 16), kek.subarray(0, 8));
  return c.update('two-key triple DES', 'utf8', 'hex') + c.final('hex');
});
t('des-ede', () => {
  const c = crypto.createCipheriv('des-ede', kek.subarray(0, 16), null);
  return c.update('two-key triple DES', 'utf8', 'hex') + c.final('hex');
});
t('des-ede3-cbc', () => {
  const c = crypto.createCipheriv('des-ede3-cbc', k3, kek.subarray(0, 8));
  return c.update('three-key triple DES', 'utf8', 'hex') + c.final('hex');
});

// createCipher / createDecipher.
for (const alg of ['aes192', 'aes-256-cbc', 'aes-128-ecb', 'aes-128-ctr', 'des-ede3-cbc', 'aes-256-gcm', 'chacha20-poly1305']) {
  const c = crypto.createCipher(alg, 'a password');
  const enc = c.update('some text for the cipher', 'utf8', 'hex') + c.final('hex');
  const tag = alg.endsWith('gcm') || alg.startsWith('chacha') ? c.getAuthTag() : undefined;
  const d = crypto.createDecipher(alg, Buffer.from('a password'));
  if (tag) d.setAuthTag(tag);
  const dec = d.update(enc, 'hex', 'utf8') + d.final('utf8');
  console.log('createCipher', alg, enc, tag && tag.toString('hex'), dec);
}
t('createCipher class', () => [crypto.createCipher('aes192', 'x') instanceof crypto.Cipher,
  crypto.createDecipher('aes192', 'x') instanceof crypto.Decipher, crypto.Cipher('aes192', 'x') instanceof crypto.Cipher]);
t('createCipher unknown', () => crypto.createCipher('aes-127', 'x'));
t('createCipher no password', () => crypto.createCipher('aes192', null));
t('createCipher no name', () => crypto.createCipher(null, 'x'));
t('update too big', () => crypto.createCipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16)).update({ byteLength: 0 }));

for (const n of ['aes128-wrap', 'id-aes192-wrap', 'id-aes256-wrap-pad', 'des3-wrap', 'des-ede', 'des-ede-cbc', 788, 897, 246, 43]) {
  console.log('info', n, JSON.stringify(crypto.getCipherInfo(n)));
}
console.log('listed', crypto.getCiphers().filter((n) => /wrap|des-ede(-cbc)?$|^des3$/.test(n)).join());
