'use strict';
// WebCrypto AES-KW against node: RFC 3394's vector through wrapKey, a key
// wrapped by node unwrapped here, generateKey/importKey/exportKey of
// AES-KW keys, and the DOMExceptions of misuse.
const { subtle } = globalThis.crypto;
const hex = (b) => Buffer.from(b).toString('hex');

async function t(label, f) {
  try {
    console.log(label, await f());
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
}

const first = (async () => {
  const kek = await subtle.importKey('raw', Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex'), 'AES-KW', true,
    ['wrapKey', 'unwrapKey']);
  console.log('kek', kek.type, kek.algorithm, kek.usages, kek.extractable);
  const aes = await subtle.importKey('raw', Buffer.from('00112233445566778899aabbccddeeff', 'hex'), { name: 'AES-GCM' }, true,
    ['encrypt', 'decrypt']);
  const wrapped = await subtle.wrapKey('raw', aes, kek, 'AES-KW');
  console.log('rfc 3394', wrapped instanceof ArrayBuffer, hex(wrapped));
  // wrapped by node
  const un = await subtle.unwrapKey('raw', Buffer.from('1fa68b0a8112b447aef34bd8fb5a7b829d3e862371d2cfe5', 'hex'), kek,
    { name: 'AES-KW' }, 'AES-GCM', true, ['encrypt']);
  console.log('unwrap', un.algorithm, hex(await subtle.exportKey('raw', un)));
  const hmac = await subtle.importKey('raw', Buffer.from('0011223344556677', 'hex'), { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
  const wj = await subtle.wrapKey('jwk', hmac, kek, 'AES-KW');
  const back = await subtle.unwrapKey('jwk', wj, kek, 'AES-KW', { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
  console.log('jwk round trip', wj.byteLength, hex(await subtle.exportKey('raw', back)));
  console.log('export jwk', await subtle.exportKey('jwk', kek));
  for (const length of [128, 192, 256]) {
    const g = await subtle.generateKey({ name: 'AES-KW', length }, true, ['wrapKey']);
    console.log('generate', g.algorithm, g.usages, (await subtle.exportKey('raw', g)).byteLength);
  }
  await t('bad length', () => subtle.generateKey({ name: 'AES-KW', length: 100 }, true, ['wrapKey']));
  await t('bad usage', () => subtle.generateKey({ name: 'AES-KW', length: 128 }, true, ['encrypt']));
  await t('encrypt', () => subtle.encrypt({ name: 'AES-KW' }, kek, Buffer.alloc(16)));
  await t('tampered', () => subtle.unwrapKey('raw', Buffer.from('1fa68b0a8112b447aef34bd8fb5a7b829d3e862371d2cfe4', 'hex'), kek,
    'AES-KW', 'AES-GCM', true, ['encrypt']));
  await t('wrong key kind', () => subtle.wrapKey('raw', aes, aes, 'AES-KW'));
  await t('import 100 bits', () => subtle.importKey('raw', Buffer.alloc(13), 'AES-KW', true, ['wrapKey']));
})();
first.then(async () => {
  const kek = await subtle.importKey('raw', Buffer.alloc(16), 'AES-KW', true, ['unwrapKey']);
  const k = await subtle.importKey('raw', Buffer.alloc(16), { name: 'AES-GCM' }, true, ['encrypt']);
  await t('no wrapKey usage', () => subtle.wrapKey('raw', k, kek, 'AES-KW'));
  await t('gcm key without usage', () => subtle.wrapKey('raw', k, k, { name: 'AES-GCM', iv: Buffer.alloc(12) }));
  await t('unwrap without usage', () => subtle.unwrapKey('raw', Buffer.alloc(24), k, { name: 'AES-GCM', iv: Buffer.alloc(12) },
    'AES-GCM', true, ['encrypt']));
  await t('decrypt without usage', () => subtle.decrypt({ name: 'AES-GCM', iv: Buffer.alloc(12) }, k, Buffer.alloc(32)));
  await t('encrypt with other algorithm', () => subtle.encrypt({ name: 'AES-CBC', iv: Buffer.alloc(16) }, k, Buffer.alloc(16)));
});
