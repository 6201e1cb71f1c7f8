'use strict';
// structuredClone (and postMessage) clone KeyObjects and CryptoKeys, as node's:
// same class, same key material, a CryptoKey's algorithm, usages and extractability.
const { generateKeySync, generateKeyPairSync, createSecretKey } = require('crypto');
const { subtle } = globalThis.crypto;
(async () => {
  const secret = generateKeySync('aes', { length: 128 });
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const ed = generateKeyPairSync('ed25519');
  for (const k of [secret, publicKey, privateKey, ed.privateKey]) {
    const c = structuredClone(k);
    console.log(c.constructor.name, c.type, c.asymmetricKeyType, c.equals(k), c instanceof require('crypto').KeyObject, Object.prototype.toString.call(c));
  }
  const ck = await subtle.generateKey({ name: 'AES-CBC', length: 128 }, false, ['encrypt']);
  const cc = structuredClone(ck);
  console.log(cc.constructor.name, cc.type, cc.extractable, cc.usages, cc.algorithm);
  const iv = new Uint8Array(16);
  const a = Buffer.from(await subtle.encrypt({ name: 'AES-CBC', iv }, ck, Buffer.from('hi'))).toString('hex');
  const b = Buffer.from(await subtle.encrypt({ name: 'AES-CBC', iv }, cc, Buffer.from('hi'))).toString('hex');
  console.log('same ciphertext', a === b);
  const pair = await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  const pc = structuredClone(pair.privateKey);
  const sig = await subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, pc, Buffer.from('m'));
  console.log('verify with original public', await subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, pair.publicKey, sig, Buffer.from('m')), pc.algorithm.name, pc.usages);
})();
