// WebCrypto with asymmetric keys: fixed keys imported in every format and
// exported again, deterministic signatures (Ed25519, RSASSA-PKCS1-v1_5)
// compared with node's, randomized ones (ECDSA, RSA-PSS, RSA-OAEP) checked by
// round trip, ECDH/X25519 deriveBits from fixed keys, generateKey shapes.
const { subtle } = globalThis.crypto;
const nodeCrypto = require('crypto');
const rsaPem = "-----BEGIN RSA PRIVATE KEY-----\nMIICXQIBAAKBgQDW04yUR6mio3cozed2rDKZxyu/GoYXSEg1pfzLEE7JvJFsHg+9\nkUbZkJubFBF2XBrBNJzNIlPwdJbyzIzZCy2YTZjxIdQUtsCsEP+kCBry+E4H1J5A\ngFuCDs4QHkrnfFIRppMMnzru7njsmWULzfKy6YxrD5ARNYA7Bt4knlU+IQIDAQAB\nAoGBAMY5PaY02dowa2tDUyi1i5tJpJwZpVEmaTrXhoL48TpEvQq+UlfhDTcDsBFQ\nWyyToDxWh7jgzAM8EWzIQc6j+dS0vpxYohQp1SlB3jJFfEWDRttBfJyzLQ0ADqMf\n3oSZDd19fdaAuosCmO5n1cYoMaHAl4dICpBM66Z3GCw6KEThAkEA/tSicnXyw58/\nDdRCPQ/xNR/lkCn/nxdDbZayZIyPp26OP2XqAfl263FG8FkrOGCowh8dNyFYn9GE\nAXshcjhrJwJBANfP60nxZkbPYxfupB9yDRwYonPESeOylRIC9eVbbsuQnP4BZWfp\nMh9kxuFqx+dk0bA+bsy9mHsl4NXGkSqaeXcCQQDomdYdfCO3A6heSxya9+5He3Hj\nATLeWDGn2iHDPbnyLiuRGslaPAacKa2CvSGCOFhRuGzGYZ2vY2KGp4mD5JOJAkBy\nfYuFnttzlXIssB3B0O/DiA4m/Gt2sLcE5y0skGUm+YFP/82cYsqEfSJFVDDZQVM8\n/OIrHCpYqq+subsprunhAkBMQ3kcjzljNJXUMFiFM1k38UTG0lmPKTNeUy3DqhUV\ncGD4fIaqAx8806LpPgEg6g6xe7mG/mNP/0InmfRInvcU\n-----END RSA PRIVATE KEY-----\n";
const ecJwk = { kty: 'EC', x: 'nuonwsf70Nn8ucFk-XIQQm1GVLF4pmYcEHqmQr-7YlE', y: 'WsF_0vSIOTYFyqC9gYqCc9diLS5_b6i3088xMFJwb0w', crv: 'P-256', d: '6EyQLIoYdX1cHFN0CDCmptQqBN2Rv_mifIEfTzDhaSo' };
const edJwk = { crv: 'Ed25519', d: 'tnu9cQZugsZ8BHeBJieWgiEpR8Bghy3kHfloexWwds8', x: 'FpLx_I-Tkwz_-0wEN29MyigxqjtkUKK09OjFtBzJBj0', kty: 'OKP' };
const data = new TextEncoder().encode('data to sign');
const hex = (ab) => Buffer.from(ab).toString('hex');
const show = async (label, p) => {
  try {
    const r = await p;
    console.log(label, r instanceof ArrayBuffer ? hex(r) : typeof r === 'object' ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(label, 'rejects', e.name, e.code, e.message);
  }
};
(async () => {
  const rsaKO = nodeCrypto.createPrivateKey(rsaPem);
  const pkcs8 = rsaKO.export({ format: 'der', type: 'pkcs8' });
  const spki = nodeCrypto.createPublicKey(rsaKO).export({ format: 'der', type: 'spki' });
  for (const [name, extra] of [['RSASSA-PKCS1-v1_5', {}], ['RSA-PSS', {}], ['RSA-OAEP', {}]]) {
    const priv = await subtle.importKey('pkcs8', pkcs8, { name, hash: 'SHA-256', ...extra }, true, name === 'RSA-OAEP' ? ['decrypt'] : ['sign']);
    const pub = await subtle.importKey('spki', spki, { name, hash: 'SHA-256' }, true, name === 'RSA-OAEP' ? ['encrypt'] : ['verify']);
    console.log(name, priv.type, pub.type, priv.extractable, JSON.stringify({ ...priv.algorithm, publicExponent: Array.from(priv.algorithm.publicExponent) }), priv.usages);
    await show(`${name} spki`, subtle.exportKey('spki', pub));
    await show(`${name} pkcs8 same`, subtle.exportKey('pkcs8', priv).then((b) => Buffer.from(b).equals(pkcs8)));
    await show(`${name} jwk`, subtle.exportKey('jwk', pub));
    if (name === 'RSASSA-PKCS1-v1_5') {
      await show('rsassa sign', subtle.sign(name, priv, data));
      await show('rsassa verify', subtle.sign(name, priv, data).then((s) => subtle.verify(name, pub, s, data)));
    } else if (name === 'RSA-PSS') {
      await show('pss verify', subtle.sign({ name, saltLength: 32 }, priv, data).then((s) => subtle.verify({ name, saltLength: 32 }, pub, s, data)));
      await show('pss verify wrong', subtle.sign({ name, saltLength: 32 }, priv, data).then((s) => subtle.verify({ name, saltLength: 32 }, pub, s, new Uint8Array(3))));
    } else {
      await show('oaep', subtle.encrypt({ name, label: new Uint8Array([1]) }, pub, data).then((c) => subtle.decrypt({ name, label: new Uint8Array([1]) }, priv, c)));
      await show('oaep bad', subtle.decrypt({ name }, priv, new Uint8Array(128)));
    }
    const jwkPriv = await subtle.exportKey('jwk', priv);
    await show(`${name} jwk round trip`, subtle.importKey('jwk', jwkPriv, { name, hash: 'SHA-256' }, true, name === 'RSA-OAEP' ? ['decrypt'] : ['sign']).then((k) => k.type));
  }
  const ecPriv = await subtle.importKey('jwk', ecJwk, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign']);
  const ecPubJwk = { ...ecJwk };
  delete ecPubJwk.d;
  const ecPub = await subtle.importKey('jwk', ecPubJwk, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']);
  console.log('ecdsa', JSON.stringify(ecPriv.algorithm), ecPriv.usages, ecPub.usages);
  await show('ec raw', subtle.exportKey('raw', ecPub));
  await show('ec spki', subtle.exportKey('spki', ecPub));
  await show('ec pkcs8', subtle.exportKey('pkcs8', ecPriv));
  await show('ec jwk', subtle.exportKey('jwk', ecPriv));
  await show('ecdsa verify', subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, ecPriv, data).then((s) => [s.byteLength, subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, ecPub, s, data)]).then(async ([n, v]) => [n, await v]));
  const raw = await subtle.exportKey('raw', ecPub);
  await show('ec raw import', subtle.importKey('raw', raw, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']).then((k) => k.type));
  await show('ec raw bad curve', subtle.importKey('raw', raw, { name: 'ECDSA', namedCurve: 'P-384' }, true, ['verify']));
  await show('ec bad usage', subtle.importKey('jwk', ecJwk, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']));
  const ecdhPriv = await subtle.importKey('jwk', ecJwk, { name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits', 'deriveKey']);
  const ecdhPub = await subtle.importKey('raw', raw, { name: 'ECDH', namedCurve: 'P-256' }, true, []);
  await show('ecdh bits', subtle.deriveBits({ name: 'ECDH', public: ecdhPub }, ecdhPriv, 256));
  await show('ecdh bits 100', subtle.deriveBits({ name: 'ECDH', public: ecdhPub }, ecdhPriv, 100));
  await show('ecdh key', subtle.deriveKey({ name: 'ECDH', public: ecdhPub }, ecdhPriv, { name: 'AES-GCM', length: 128 }, true, ['encrypt']).then((k) => subtle.exportKey('raw', k)));
  const edPriv = await subtle.importKey('jwk', edJwk, 'Ed25519', true, ['sign']);
  const edPub = await subtle.importKey('raw', Buffer.from(edJwk.x, 'base64url'), 'Ed25519', true, ['verify']);
  await show('ed sign', subtle.sign('Ed25519', edPriv, data));
  await show('ed verify', subtle.sign('Ed25519', edPriv, data).then((s) => subtle.verify('Ed25519', edPub, s, data)));
  await show('ed pkcs8', subtle.exportKey('pkcs8', edPriv));
  await show('ed spki', subtle.exportKey('spki', edPub));
  const x1 = await subtle.importKey('jwk', { crv: 'X25519', d: 'GBIRDB0qz4X0WkaplXA7qFV4wZF7th9hFk4UBARTWkg', x: 'pP5rCpmVMYmBLU0t4_5E1ly3r5Z3m6xpjhVNdtZaHVw', kty: 'OKP' }, 'X25519', true, ['deriveBits']);
  const x2 = await subtle.importKey('raw', Buffer.from('BmHYIrsF2kBxevGE0tGAEYcrvpBxWg8nzj8ewP7Xu3s', 'base64url'), 'X25519', true, []);
  await show('x25519 bits', subtle.deriveBits({ name: 'X25519', public: x2 }, x1, 256));
  for (const alg of [{ name: 'ECDSA', namedCurve: 'P-384' }, { name: 'ECDH', namedCurve: 'P-256' }, 'Ed25519', 'X25519',
    { name: 'RSASSA-PKCS1-v1_5', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }]) {
    const usages = { ECDSA: ['sign', 'verify'], ECDH: ['deriveBits'], Ed25519: ['sign', 'verify'], X25519: ['deriveKey'] }[alg.name || alg] || ['sign', 'verify'];
    await show(`generate ${alg.name || alg}`, subtle.generateKey(alg, false, usages).then((p) => [p.publicKey.type, p.privateKey.type, p.publicKey.extractable, p.privateKey.extractable, p.publicKey.usages, p.privateKey.usages, p.publicKey.algorithm.name]));
  }
  await show('generate bad curve', subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-999' }, true, ['sign']));
})();
