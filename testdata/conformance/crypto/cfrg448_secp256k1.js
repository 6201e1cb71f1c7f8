'use strict';
// Ed448, X448 and secp256k1 KeyObjects against node: keys made by node
// read here and written back byte for byte (PEM, DER, JWK), Ed448
// signatures (deterministic, so both runtimes print the same bytes)
// verified both ways, X448 and secp256k1 ECDH secrets, node's secp256k1
// ECDSA signatures verified and ours verified by the same key, createECDH
// on secp256k1 with the hybrid point form, keys generated here, and errors.
const crypto = require('crypto');

function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
}
const msg = Buffer.from('signed by node');
const node = {
 "ed448": {
  "priv": "-----BEGIN PRIVATE KEY-----\nMEcCAQAwBQYDK2VxBDsEOS12F3vav4ZofpyBKr3Y1D/co5XAkAmEwU32Cx3g35Xb\nY1hiu+koZ6Gv1/bfe33ahC4mMpED9jBAjg==\n-----END PRIVATE KEY-----\n",
  "pub": "-----BEGIN PUBLIC KEY-----\nMEMwBQYDK2VxAzoAF9bPujSfCuRLp+log1AL6WYWYsDkwrdfCrzBYFmzdrcnF7cx\nOGm3UE+pBa6YhhJLMU5tLqMMoXcA\n-----END PUBLIC KEY-----\n"
 },
 "x448": {
  "priv": "-----BEGIN PRIVATE KEY-----\nMEYCAQAwBQYDK2VvBDoEOKAtZIHbIxcoS/6YBRGxuza0/AvAbKBSOIK/Jqgv+PnF\ntJxnzbHtnhOh+3iLvzhyJMiBrURWoHng\n-----END PRIVATE KEY-----\n",
  "pub": "-----BEGIN PUBLIC KEY-----\nMEIwBQYDK2VvAzkAEbDAvHPT+tlyBF5uXrOkNYXdMJW9AlWdWPaW0a7HbHhWVnqQ\nImE+0xajtep2zbx6JLrkbLLkfP8=\n-----END PUBLIC KEY-----\n"
 },
 "x448peer": "-----BEGIN PUBLIC KEY-----\nMEIwBQYDK2VvAzkAAjFQeGn3XLkgBKJjUcTeQkXAzVFor0PKyjuCl+1aolBENku9\nmlC1FOtINSy4ykJ3sR3p82FFwBI=\n-----END PUBLIC KEY-----\n",
 "k1": {
  "priv": "-----BEGIN PRIVATE KEY-----\nMIGEAgEAMBAGByqGSM49AgEGBSuBBAAKBG0wawIBAQQgYBljTN+eORcDoAhsYxh8\npKlzfh3gy+PgH6lYmqB9Mk2hRANCAASveiqwVKYbKb8Rv+ql7QIopA0R/4M98Qgt\nf5k1z7cZ7RFFDktUJOKcx+MakYk6cf5+gUMGwysaxXZzr3AX3VPI\n-----END PRIVATE KEY-----\n",
  "sec1": "-----BEGIN EC PRIVATE KEY-----\nMHQCAQEEIGAZY0zfnjkXA6AIbGMYfKSpc34d4Mvj4B+pWJqgfTJNoAcGBSuBBAAK\noUQDQgAEr3oqsFSmGym/Eb/qpe0CKKQNEf+DPfEILX+ZNc+3Ge0RRQ5LVCTinMfj\nGpGJOnH+foFDBsMrGsV2c69wF91TyA==\n-----END EC PRIVATE KEY-----\n",
  "pub": "-----BEGIN PUBLIC KEY-----\nMFYwEAYHKoZIzj0CAQYFK4EEAAoDQgAEr3oqsFSmGym/Eb/qpe0CKKQNEf+DPfEI\nLX+ZNc+3Ge0RRQ5LVCTinMfjGpGJOnH+foFDBsMrGsV2c69wF91TyA==\n-----END PUBLIC KEY-----\n"
 },
 "k1peer": "-----BEGIN PUBLIC KEY-----\nMFYwEAYHKoZIzj0CAQYFK4EEAAoDQgAEROZhAhlLs24oT2pBpjMF3EIKrQH8StRZ\nFydAshUu/s367PtajIXInt4cOJT3d54cIUbLJ8cB07aNBQifynwAQA==\n-----END PUBLIC KEY-----\n",
 "k1sig": "MEYCIQCI83mDfY0wF8kQz5F8zfMd3LYvdHgwqpOa6SSulHyJLAIhAPfvl/j8MN36rJTg/zy2A5q7eZOOXGdHMOez8hc5tsQ6",
 "k1sigP": "O+pBO7GC3GHQpBYanbX1NrCoN0JmmaC4miMspvO3IT34FR+/h1roLtxtOrLWMoBQ9n+p1qvDbGEjG3Zlr61tug=="
}
;
const h = (b) => b.toString('hex');

// Ed448
{
  const priv = crypto.createPrivateKey(node.ed448.priv);
  const pub = crypto.createPublicKey(node.ed448.pub);
  t('ed448 kinds', () => [priv.asymmetricKeyType, pub.asymmetricKeyType, JSON.stringify(priv.asymmetricKeyDetails)]);
  t('ed448 pem round trip', () => [priv.export({ type: 'pkcs8', format: 'pem' }) === node.ed448.priv,
    pub.export({ type: 'spki', format: 'pem' }) === node.ed448.pub]);
  t('ed448 der', () => h(pub.export({ type: 'spki', format: 'der' })));
  const jwk = priv.export({ format: 'jwk' });
  t('ed448 jwk', () => JSON.stringify(jwk));
  t('ed448 jwk back', () => crypto.createPrivateKey({ key: jwk, format: 'jwk' }).equals(priv));
  t('ed448 jwk public', () => crypto.createPublicKey({ key: { kty: 'OKP', crv: 'Ed448', x: jwk.x }, format: 'jwk' }).equals(pub));
  t('ed448 public of private', () => crypto.createPublicKey(priv).equals(pub));
  const sig = crypto.sign(null, msg, priv);
  t('ed448 sign', () => sig.toString('base64'));
  t('ed448 verify', () => [crypto.verify(null, msg, pub, sig), crypto.verify(undefined, Buffer.from('x'), pub, sig)]);
  t('ed448 sign with digest', () => crypto.sign('sha256', msg, priv));
  t('ed448 bad sig length', () => crypto.verify(null, msg, pub, sig.subarray(1)));
  t('ed448 pkcs8 encrypted', () => crypto.createPrivateKey({
    key: priv.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-128-cbc', passphrase: 'pw' }), passphrase: 'pw' }).equals(priv));
  t('ed448 sec1', () => priv.export({ type: 'sec1', format: 'pem' }));
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ed448');
  t('ed448 generated', () => [publicKey.asymmetricKeyType,
    crypto.verify(null, msg, publicKey, crypto.sign(null, msg, privateKey)),
    privateKey.export({ type: 'pkcs8', format: 'der' }).length, publicKey.export({ type: 'spki', format: 'der' }).length]);
}

// X448
{
  const priv = crypto.createPrivateKey(node.x448.priv);
  const pub = crypto.createPublicKey(node.x448.pub);
  const peer = crypto.createPublicKey(node.x448peer);
  t('x448 kinds', () => [priv.asymmetricKeyType, pub.asymmetricKeyType]);
  t('x448 pem round trip', () => [priv.export({ type: 'pkcs8', format: 'pem' }) === node.x448.priv,
    pub.export({ type: 'spki', format: 'pem' }) === node.x448.pub]);
  t('x448 jwk', () => JSON.stringify(priv.export({ format: 'jwk' })));
  t('x448 jwk back', () => crypto.createPrivateKey({ key: priv.export({ format: 'jwk' }), format: 'jwk' }).equals(priv));
  t('x448 public of private', () => crypto.createPublicKey(priv).equals(pub));
  t('x448 secret', () => h(crypto.diffieHellman({ privateKey: priv, publicKey: peer })));
  t('x448 with x25519', () => crypto.diffieHellman({ privateKey: priv, publicKey: crypto.generateKeyPairSync('x25519').publicKey }));
  t('x448 sign', () => crypto.sign(null, msg, priv));
  const a = crypto.generateKeyPairSync('x448');
  const b = crypto.generateKeyPairSync('x448');
  t('x448 generated agree', () => crypto.diffieHellman({ privateKey: a.privateKey, publicKey: b.publicKey })
    .equals(crypto.diffieHellman({ privateKey: b.privateKey, publicKey: a.publicKey })));
}

// secp256k1
{
  const priv = crypto.createPrivateKey(node.k1.priv);
  const sec1 = crypto.createPrivateKey(node.k1.sec1);
  const pub = crypto.createPublicKey(node.k1.pub);
  const peer = crypto.createPublicKey(node.k1peer);
  t('k1 kinds', () => [priv.asymmetricKeyType, JSON.stringify(priv.asymmetricKeyDetails), JSON.stringify(pub.asymmetricKeyDetails)]);
  t('k1 same', () => [priv.equals(sec1), crypto.createPublicKey(priv).equals(pub)]);
  t('k1 round trip', () => [priv.export({ type: 'pkcs8', format: 'pem' }) === node.k1.priv,
    priv.export({ type: 'sec1', format: 'pem' }) === node.k1.sec1, pub.export({ type: 'spki', format: 'pem' }) === node.k1.pub]);
  const jwk = priv.export({ format: 'jwk' });
  t('k1 jwk', () => JSON.stringify(jwk));
  t('k1 jwk back', () => crypto.createPrivateKey({ key: jwk, format: 'jwk' }).equals(priv));
  t('k1 jwk public', () => crypto.createPublicKey({ key: { kty: 'EC', crv: 'secp256k1', x: jwk.x, y: jwk.y }, format: 'jwk' }).equals(pub));
  t('k1 node sigs', () => [crypto.verify('sha256', msg, pub, Buffer.from(node.k1sig, 'base64')),
    crypto.verify('sha256', msg, { key: pub, dsaEncoding: 'ieee-p1363' }, Buffer.from(node.k1sigP, 'base64')),
    crypto.verify('sha256', Buffer.from('other'), pub, Buffer.from(node.k1sig, 'base64'))]);
  t('k1 our sigs', () => [crypto.verify('sha256', msg, pub, crypto.sign('sha256', msg, priv)),
    crypto.sign('sha384', msg, { key: priv, dsaEncoding: 'ieee-p1363' }).length,
    crypto.verify('sha512', msg, { key: pub, dsaEncoding: 'ieee-p1363' },
      crypto.sign('sha512', msg, { key: priv, dsaEncoding: 'ieee-p1363' }))]);
  t('k1 secret', () => h(crypto.diffieHellman({ privateKey: priv, publicKey: peer })));
  t('k1 with p256', () => crypto.diffieHellman({ privateKey: priv,
    publicKey: crypto.generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey }));
  const ecdh = crypto.createECDH('secp256k1');
  ecdh.setPrivateKey(Buffer.from(jwk.d, 'base64url'));
  t('k1 ecdh public', () => [ecdh.getPublicKey('hex', 'compressed'), ecdh.getPublicKey('hex', 'hybrid')]);
  const peerJwk = peer.export({ format: 'jwk' });
  const peerPt = Buffer.concat([Buffer.from([4]), Buffer.from(peerJwk.x, 'base64url'), Buffer.from(peerJwk.y, 'base64url')]);
  t('k1 ecdh secret', () => ecdh.computeSecret(peerPt, null, 'hex'));
  t('k1 convert', () => [crypto.ECDH.convertKey(peerPt, 'secp256k1', null, 'hex', 'compressed'),
    crypto.ECDH.convertKey(crypto.ECDH.convertKey(peerPt, 'secp256k1', null, null, 'hybrid'), 'secp256k1', null, 'hex', 'uncompressed') === peerPt.toString('hex')]);
  t('k1 bad scalar', () => ecdh.setPrivateKey(Buffer.alloc(32, 0xff)));
  const g = crypto.generateKeyPairSync('ec', { namedCurve: 'secp256k1' });
  t('k1 generated', () => [g.privateKey.asymmetricKeyDetails.namedCurve,
    crypto.verify('sha256', msg, g.publicKey, crypto.sign('sha256', msg, g.privateKey))]);
  t('curves', () => crypto.getCurves().includes('secp256k1'));
}
