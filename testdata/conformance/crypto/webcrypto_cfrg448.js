'use strict';
// WebCrypto's Ed448 and X448 against node: keys made by node imported as
// JWK, raw, SPKI and PKCS#8 and exported back, Ed448 signatures
// (deterministic: the same bytes on both sides) verified, X448 deriveBits
// and deriveKey, generateKey, wrapKey/unwrapKey with AES-KW, and errors
// (a non-empty Ed448 context, wrong lengths, mixed algorithms).
const { subtle } = globalThis.crypto;

async function t(label, f) {
  try {
    console.log(label, await f());
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
}
const h = (b) => Buffer.from(b).toString('hex');
const node = {"ed":{"crv":"Ed448","d":"k-SiP13ZKIhgB5rh3fbxLpwg3sk1MgXxRzJKwPKYMx__cMRNNEnliN9Ll09OLIHrkwHuA-9adzaS","x":"9EH5QRIP1-x_fyxvMSfQuymMBfuek03d9K9Caac7JtCsPg5uVRjmy12MuTT2aqUMlQBliYMjtLIA","kty":"OKP"},"x":{"crv":"X448","d":"WDLKVdfQGIIsuvGD9NM0D3nu5IOELfX5pmEfNhPe-hgSZlQK1TlfxdqFa4DweAcArPRP6IDZR4E","x":"5mXcKgxkSls1en11sO6FNcuoXCXiHjobe0B3XY-ZFzpxGNRsRb40Pc9git5RlqQEVgyp8yUuG1U","kty":"OKP"},"y":{"crv":"X448","x":"WOzzLDt8GZ_br66Z5WNfH6L96uaHQjTEdWh0l_3yyZxP1nckIFU2AeJ9f5yBsOWjsjdUzJXF2DI","kty":"OKP"}}
;
const data = Buffer.from('signed by node');

(async () => {
  const edPriv = await subtle.importKey('jwk', node.ed, { name: 'Ed448' }, true, ['sign']);
  const { d, ...edPubJwk } = node.ed;
  const edPub = await subtle.importKey('jwk', edPubJwk, { name: 'Ed448' }, true, ['verify']);
  await t('ed448 algorithm', () => JSON.stringify([edPriv.algorithm, edPriv.type, edPriv.usages, edPub.type]));
  const sig = await subtle.sign({ name: 'Ed448' }, edPriv, data);
  await t('ed448 sign', () => h(sig));
  await t('ed448 verify', async () => [await subtle.verify({ name: 'Ed448' }, edPub, sig, data),
    await subtle.verify({ name: 'Ed448', context: Buffer.alloc(0) }, edPub, sig, data),
    await subtle.verify({ name: 'Ed448' }, edPub, sig, Buffer.from('other'))]);
  await t('ed448 context', () => subtle.sign({ name: 'Ed448', context: Buffer.alloc(1) }, edPriv, data));
  await t('ed448 raw', async () => h(await subtle.exportKey('raw', edPub)));
  await t('ed448 spki', async () => h(await subtle.exportKey('spki', edPub)));
  await t('ed448 pkcs8', async () => h(await subtle.exportKey('pkcs8', edPriv)));
  await t('ed448 jwk', async () => JSON.stringify(await subtle.exportKey('jwk', edPriv)));
  await t('ed448 raw import', async () => {
    const k = await subtle.importKey('raw', await subtle.exportKey('raw', edPub), 'Ed448', true, ['verify']);
    return subtle.verify('Ed448', k, sig, data);
  });
  await t('ed448 raw wrong length', () => subtle.importKey('raw', Buffer.alloc(32), 'Ed448', true, ['verify']));
  await t('ed448 usage', () => subtle.importKey('jwk', node.ed, { name: 'Ed448' }, true, ['deriveBits']));
  await t('ed448 crv mismatch', () => subtle.importKey('jwk', node.ed, { name: 'Ed25519' }, true, ['sign']));
  const g = await subtle.generateKey({ name: 'Ed448' }, true, ['sign', 'verify']);
  await t('ed448 generated', async () => [g.publicKey.algorithm.name, g.privateKey.usages,
    await subtle.verify('Ed448', g.publicKey, await subtle.sign('Ed448', g.privateKey, data), data)]);

  const xPriv = await subtle.importKey('jwk', node.x, { name: 'X448' }, true, ['deriveBits', 'deriveKey']);
  const yPub = await subtle.importKey('jwk', node.y, { name: 'X448' }, true, []);
  await t('x448 deriveBits', async () => h(await subtle.deriveBits({ name: 'X448', public: yPub }, xPriv, 448)));
  await t('x448 deriveBits 100', async () => h(await subtle.deriveBits({ name: 'X448', public: yPub }, xPriv, 100)));
  await t('x448 deriveBits null', async () => h(await subtle.deriveBits({ name: 'X448', public: yPub }, xPriv, null)));
  await t('x448 deriveBits too long', () => subtle.deriveBits({ name: 'X448', public: yPub }, xPriv, 456));
  await t('x448 deriveKey', async () => {
    const k = await subtle.deriveKey({ name: 'X448', public: yPub }, xPriv, { name: 'HMAC', hash: 'SHA-256', length: 256 }, true, ['sign']);
    return h(await subtle.exportKey('raw', k));
  });
  await t('x448 with ed448', () => subtle.deriveBits({ name: 'X448', public: edPub }, xPriv, 448));
  await t('x448 raw', async () => h(await subtle.exportKey('raw', yPub)));
  await t('x448 pkcs8', async () => h(await subtle.exportKey('pkcs8', xPriv)));
  const gx = await subtle.generateKey({ name: 'X448' }, true, ['deriveBits']);
  await t('x448 generated', async () => (await subtle.deriveBits({ name: 'X448', public: yPub }, gx.privateKey, 448)).byteLength);

  const kek = await subtle.importKey('raw', Buffer.alloc(16, 7), 'AES-KW', false, ['wrapKey', 'unwrapKey']);
  await t('wrap ed448 pkcs8', async () => {
    const w = await subtle.wrapKey('pkcs8', edPriv, kek, 'AES-KW');
    const u = await subtle.unwrapKey('pkcs8', w, kek, 'AES-KW', 'Ed448', true, ['sign']);
    return [h(w), h(await subtle.sign('Ed448', u, data)) === h(sig)];
  });
})();
