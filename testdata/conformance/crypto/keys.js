// Keys and signatures against node: fixed keys (made once by node) parsed and
// re-exported in every format, deterministic signatures (RSA PKCS#1 v1.5,
// Ed25519) compared byte for byte, randomized ones (ECDSA, PSS, OAEP) made by
// node and verified/decrypted here, ECDH secrets, and node's errors.
const fx = {
 "rsaPkcs1": "-----BEGIN RSA PRIVATE KEY-----\nMIICXQIBAAKBgQDW04yUR6mio3cozed2rDKZxyu/GoYXSEg1pfzLEE7JvJFsHg+9\nkUbZkJubFBF2XBrBNJzNIlPwdJbyzIzZCy2YTZjxIdQUtsCsEP+kCBry+E4H1J5A\ngFuCDs4QHkrnfFIRppMMnzru7njsmWULzfKy6YxrD5ARNYA7Bt4knlU+IQIDAQAB\nAoGBAMY5PaY02dowa2tDUyi1i5tJpJwZpVEmaTrXhoL48TpEvQq+UlfhDTcDsBFQ\nWyyToDxWh7jgzAM8EWzIQc6j+dS0vpxYohQp1SlB3jJFfEWDRttBfJyzLQ0ADqMf\n3oSZDd19fdaAuosCmO5n1cYoMaHAl4dICpBM66Z3GCw6KEThAkEA/tSicnXyw58/\nDdRCPQ/xNR/lkCn/nxdDbZayZIyPp26OP2XqAfl263FG8FkrOGCowh8dNyFYn9GE\nAXshcjhrJwJBANfP60nxZkbPYxfupB9yDRwYonPESeOylRIC9eVbbsuQnP4BZWfp\nMh9kxuFqx+dk0bA+bsy9mHsl4NXGkSqaeXcCQQDomdYdfCO3A6heSxya9+5He3Hj\nATLeWDGn2iHDPbnyLiuRGslaPAacKa2CvSGCOFhRuGzGYZ2vY2KGp4mD5JOJAkBy\nfYuFnttzlXIssB3B0O/DiA4m/Gt2sLcE5y0skGUm+YFP/82cYsqEfSJFVDDZQVM8\n/OIrHCpYqq+subsprunhAkBMQ3kcjzljNJXUMFiFM1k38UTG0lmPKTNeUy3DqhUV\ncGD4fIaqAx8806LpPgEg6g6xe7mG/mNP/0InmfRInvcU\n-----END RSA PRIVATE KEY-----\n",
 "ecSec1": "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIMh4eXvMkswAZv0nmInpNYKTv3P3Kvi9V4jX6bvxK3LooAoGCCqGSM49\nAwEHoUQDQgAEccvtxM+kNO7rcAwiyJgAc8GHg3pwLxzsjL1Jsn4hpbJL8crTgf/u\nQyHlR65glvrMYigzeuZj5QKSyC7OYZhktw==\n-----END EC PRIVATE KEY-----\n",
 "ec384": "-----BEGIN PRIVATE KEY-----\nMIG2AgEAMBAGByqGSM49AgEGBSuBBAAiBIGeMIGbAgEBBDCGUQAdUIR+/LYqkvFD\ny2lmQ4Jifp4KZmrbQoHkoGrrz9UnWZrH/OrO2Sx4a/4fP8ChZANiAATpFMMGumyL\n6wjaQ8m5MYHskBfqCTs3Sbn0rBitoJI9fctMa50YIKqghI7sWBr4dv7l8rM8plUb\ncZHG2af4Mu1YiWEphP51tv1gCn71BqGCoFw0Xh+fIz2Zl1Wpwy69CEs=\n-----END PRIVATE KEY-----\n",
 "ed": "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEILHdA7pHYA4kNGORN8H6tffeoh2HWqjr++fo3X8KJ581\n-----END PRIVATE KEY-----\n",
 "x": "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VuBCIEIMCzgJgPo+FXL6X77Jd+2ulvHmkLgTNxxINUsqLOVLNt\n-----END PRIVATE KEY-----\n",
 "x2pub": "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VuAyEAaHdqadS31YmpgAJuKQcuDWhefHkgpkZoTZSO5HG3akE=\n-----END PUBLIC KEY-----\n",
 "rsaEnc": "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-256-CBC,16BEA4DE69F36C619274B2A37F218E81\n\n71yFvHUB69zng6kcu0gwcLZqcaDB0Rgr7AbUeizJwlYt6yXZtltGYP+L/+pvsYX7\nZbNLgKhZ3RIFCCAEUGAix7trOfYwYk5X37hH5GbBiAe0WpP1sIbVampYAbMQsazJ\n+zjRNH0wlh5xReu06qlzXNGM5DJF5Cqb04xY72mJD0k8H8PKsROk4/losb3CTo32\nxuw8hPdVt2F7gpBVGiEGDhLtrZy3Z928t+KvW1u2PQyctT7Rn2mvsRvPmzhr/V44\nth6g3y+Y3eAB93lXXJWBGvOPgpQDlSq1CaFsxYEpp0f28k7v4db7BP+DJbxXJvTs\nScknb2enIUmNRte4wDSKW6bEs6gf+2KK5862YIlBnAvfqL0s57OeoeRi4b8aAWHR\n/U8dZ0RLt1+nIerzYdRKS+jYDCSG6Js29b7gR1K62ZG4LDWYdPhvBlkhGh6e05xC\nreRvwsU4sTRBjFBq0KY1LWMktzPXA0l0GOWFxWmsBkyCFzMr8oeNOAisfpOU3eJ+\nph3tT96w+4KmV05CBn4Ko9ecINEyfpCK+w46WIzIefm1ipNtmYu++aCXy9YzUnL1\n+n7XGPi3hRNEvBVbTj3Ty3FLYmMyB4bsP4ttqFFyQmEdM31Q4Rn1hK2fN+uVXk/J\nVWRWV1ZwENLCNUFG1GlDC1droCSJQ+y+GuAehs+3p9mzGrm4ZhmL+T4Opgt1wnz8\njHd/cZH4WYSpdH2ydXn62wXtWETWKITe54xZjl9Rt57vNULWalR5SocrQ6nDpKb8\nnx/EBTsCP1vdQSPCYl1tOKLy5TTrMdrN7UOcD4ylwUFAuM363jgQm25tfgQpT8qS\n-----END RSA PRIVATE KEY-----\n",
 "ecdsaSig": "MEUCIAqRI/doyn/vWA/sJrObNb+W9TsHdPOrjEm9pkiNfoxMAiEA7O4A7s4TLcKvgEJRYh7vwsWaZfXMGzGLIuQulFYaqr8=",
 "ecdsaP1363": "QLfkrR/1weKG4htllFj5tBLdfNGslPzrqlxe2wsJ05Yc+PLCtQGYzi8gPGyQOaDR5YyfCFfQ+7bZa1WG41gvhw==",
 "pssSig": "JXRvsL81PTAgNXxVn6FEwqVFjeI7ykyI4RsQrcTCgaqHurPBFCS8gME3W2F1aXqeTWBWB8qy4joBajp5GmjgRgQ70YHhtq2yLTxs0YFw0w3GEbKrOckdavZPN36pOhycqLwDTEpj3TPzW1itRT58V1/zPOKPxjP9TNZgOdUeSz8=",
 "oaep": "YPZR0Dlx3OlJKFbf6xAD6nVZ4GS+VeVH2Fn6Ddzg53uwJTBrfdy3vof+PHVQfgPOC6a6Mzfuj01V7gvpSvLM0LSnay9OU45OhC7Go8Dg3lMJZvxHpVQqS2FKcx4o8LdZVUGXziucEqSCftj5+gD45IyFuhN0J/JvN2cTTthU/9Y=",
 "oaep256": "xjJsEMzbrWnkFbtTtgtINzVTr+ZuWycrJoHpD6tVjKRzHjDWOGeJaXVXQwSrsf8RVTEKB72+RdZrsstgZJyoekvBVggjywQ+/1ntfi+jAUpsRgD4YimfTEMtKViuB6/IA3tUgobZAi7iQRUFnJ+2ouVVtkB70S/cHLktfJdhHdI=",
 "pkcs1enc": "dysyjs5tqCq4+td2R/xahA0DFEutoGSpyGVPuHBtkN6oKUeGr10OC+MKJQ9wHW4ftou0B0yWimujSDrXnwKGNKhsb2a1Y2aW+eCaKzLgOy+AWji5BZVx5VHtfsjktiFHrOZE8vrfTMFowcoNrX3ga40MwIBRqQ6IW61PalOpfzE="
};
const crypto = require('crypto');
const t = (label, f) => {
  try {
    const r = f();
    console.log(label, Buffer.isBuffer(r) ? r.toString('base64') : typeof r === 'object' && r !== null ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
};
const data = Buffer.from('message to sign');
const rsa = crypto.createPrivateKey(fx.rsaPkcs1);
const rsaPub = crypto.createPublicKey(rsa);
const ec = crypto.createPrivateKey(fx.ecSec1);
const ecPub = crypto.createPublicKey(fx.ecSec1);
const ec384 = crypto.createPrivateKey(fx.ec384);
const ed = crypto.createPrivateKey(fx.ed);
const x = crypto.createPrivateKey(fx.x);
const x2pub = crypto.createPublicKey(fx.x2pub);
for (const [name, k] of [['rsa', rsa], ['rsaPub', rsaPub], ['ec', ec], ['ecPub', ecPub], ['ec384', ec384], ['ed', ed], ['x', x], ['x2pub', x2pub]]) {
  t(`${name} info`, () => [k.type, k.asymmetricKeyType, String(k.asymmetricKeyDetails.modulusLength), String(k.asymmetricKeyDetails.publicExponent), k.asymmetricKeyDetails.namedCurve, k instanceof crypto.KeyObject]);
  t(`${name} jwk`, () => k.export({ format: 'jwk' }));
  const types = k.type === 'private' ? ['pkcs8', 'pkcs1', 'sec1'] : ['spki', 'pkcs1'];
  for (const type of types) {
    t(`${name} ${type} pem`, () => k.export({ format: 'pem', type }));
    t(`${name} ${type} der`, () => k.export({ format: 'der', type }));
  }
  t(`${name} round trip`, () => {
    const pem = k.export({ format: 'pem', type: k.type === 'private' ? 'pkcs8' : 'spki' });
    const k2 = k.type === 'private' ? crypto.createPrivateKey(pem) : crypto.createPublicKey(pem);
    const der = k.export({ format: 'der', type: k.type === 'private' ? 'pkcs8' : 'spki' });
    const k3 = k.type === 'private' ? crypto.createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }) : crypto.createPublicKey({ key: der, format: 'der', type: 'spki' });
    const k4 = k.type === 'private' ? crypto.createPrivateKey({ key: k.export({ format: 'jwk' }), format: 'jwk' }) : crypto.createPublicKey({ key: k.export({ format: 'jwk' }), format: 'jwk' });
    return [k2.equals(k), k3.equals(k), k4.equals(k)];
  });
}
for (const d of ['sha1', 'sha256', 'sha384', 'sha512', 'RSA-SHA256', 'md5', 'sha3-256']) {
  t(`rsa sign ${d}`, () => crypto.sign(d, data, rsa));
  t(`rsa createSign ${d}`, () => crypto.createSign(d).update('message ').update('to sign').sign(rsa, 'hex'));
  t(`rsa verify ${d}`, () => crypto.verify(d, data, rsaPub, crypto.sign(d, data, rsa)));
}
t('rsa sign null', () => crypto.sign(null, data, rsa));
t('rsa sign pem string', () => crypto.sign('sha256', data, fx.rsaPkcs1));
t('rsa verify wrong', () => crypto.verify('sha256', Buffer.from('other'), rsaPub, crypto.sign('sha256', data, rsa)));
t('pss verify node sig', () => crypto.verify('sha256', data, { key: rsaPub, padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }, Buffer.from(fx.pssSig, 'base64')));
t('pss verify auto', () => crypto.verify('sha256', data, { key: rsaPub, padding: 6 }, Buffer.from(fx.pssSig, 'base64')));
t('pss round trip', () => {
  const s = crypto.sign('sha256', data, { key: rsa, padding: 6, saltLength: crypto.constants.RSA_PSS_SALTLEN_DIGEST });
  return [s.length, crypto.verify('sha256', data, { key: rsaPub, padding: 6, saltLength: 32 }, s)];
});
t('ecdsa verify node sig', () => crypto.verify('sha256', data, ecPub, Buffer.from(fx.ecdsaSig, 'base64')));
t('ecdsa verify p1363', () => crypto.verify('sha256', data, { key: ecPub, dsaEncoding: 'ieee-p1363' }, Buffer.from(fx.ecdsaP1363, 'base64')));
t('ecdsa round trip', () => crypto.verify('sha256', data, ec, crypto.sign('sha256', data, ec)));
t('ecdsa p1363 length', () => crypto.sign('sha384', data, { key: ec384, dsaEncoding: 'ieee-p1363' }).length);
t('ecdsa createVerify', () => crypto.createVerify('SHA256').update(data).verify(ecPub, fx.ecdsaSig, 'base64'));
t('ed sign', () => crypto.sign(null, data, ed));
t('ed verify', () => crypto.verify(undefined, data, crypto.createPublicKey(ed), crypto.sign(null, data, ed)));
t('ed sign digest', () => crypto.sign('sha256', data, ed));
t('oaep decrypt', () => crypto.privateDecrypt(rsa, Buffer.from(fx.oaep, 'base64')).toString());
t('oaep256 decrypt', () => crypto.privateDecrypt({ key: rsa, oaepHash: 'sha256', oaepLabel: Buffer.from('lbl') }, Buffer.from(fx.oaep256, 'base64')).toString());
t('pkcs1 decrypt', () => crypto.privateDecrypt({ key: rsa, padding: crypto.constants.RSA_PKCS1_PADDING }, Buffer.from(fx.pkcs1enc, 'base64')).toString());
t('oaep round trip', () => crypto.privateDecrypt(fx.rsaPkcs1, crypto.publicEncrypt(rsaPub.export({ format: 'pem', type: 'spki' }), Buffer.from('hi'))).toString());
t('privateEncrypt', () => crypto.privateEncrypt(rsa, Buffer.from('abc')));
t('oaep too long', () => crypto.publicEncrypt(rsaPub, Buffer.alloc(200)));
t('oaep bad', () => crypto.privateDecrypt(rsa, Buffer.alloc(128)));
t('encrypt ec', () => crypto.publicEncrypt(ecPub, Buffer.alloc(2)));
t('encrypted pem', () => crypto.createPrivateKey({ key: fx.rsaEnc, passphrase: 'secret' }).equals(rsa));
t('encrypted pem bad pass', () => crypto.createPrivateKey({ key: fx.rsaEnc, passphrase: 'nope' }));
t('pkcs8 encrypted pem (node)', () => crypto.createPrivateKey({ key: "-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIHsMFcGCSqGSIb3DQEFDTBKMCkGCSqGSIb3DQEFDDAcBAgSZsJZLZ1GKQICCAAw\nDAYIKoZIhvcNAgkFADAdBglghkgBZQMEASoEEHN5SaaCjVNvlLNYIyeM/HoEgZD7\ntmIx2h+madcqCSrJ/1fT5BMJncMqUipMWl6YyXzPt0M/4h/+eXPqIJil0IhI+1HF\ntiwW0lj6F+hA48BA16liFcP+MhDwVqXAAdYrqU5lwsfCfhrtpW9KAEeqcjqEKF47\nvf+njM7FOw/L19RMDdrDJ9jfvqyKTerEo1p2SDxygg4oQFsKuRIJ/tg/+E1qmuM=\n-----END ENCRYPTED PRIVATE KEY-----\n", passphrase: 'pw' }).equals(ec));
t('pkcs8 encrypted der (node)', () => crypto.createPrivateKey({ key: Buffer.from("MIHsMFcGCSqGSIb3DQEFDTBKMCkGCSqGSIb3DQEFDDAcBAiKi8hPVc8qowICCAAwDAYIKoZIhvcNAgkFADAdBglghkgBZQMEAQIEEHIVGCU6OuHtr4LWh+h/K0AEgZCVrErZD62F8hRLeE+TxdT0qWJXRdqoTw1BZug2vs2drG+Z8qF1cjO6CTSaIUa5+Kv9rDwP4+wYXJkHG8T6l6DsSFIE4JTqUNWGj8QRFpQruthzY4WWd0a417hg7J+j9OPQsyWec+YYpHh+nRyNn8mzyYv2ubI0FcQcSHMFU6utp9c/GhKp8IawjujZc8JWsXY=", 'base64'), format: 'der', type: 'pkcs8', passphrase: 'pw' }).equals(ec));
t('pkcs8 encrypted wrong pass', () => crypto.createPrivateKey({ key: "-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIHsMFcGCSqGSIb3DQEFDTBKMCkGCSqGSIb3DQEFDDAcBAgSZsJZLZ1GKQICCAAw\nDAYIKoZIhvcNAgkFADAdBglghkgBZQMEASoEEHN5SaaCjVNvlLNYIyeM/HoEgZD7\ntmIx2h+madcqCSrJ/1fT5BMJncMqUipMWl6YyXzPt0M/4h/+eXPqIJil0IhI+1HF\ntiwW0lj6F+hA48BA16liFcP+MhDwVqXAAdYrqU5lwsfCfhrtpW9KAEeqcjqEKF47\nvf+njM7FOw/L19RMDdrDJ9jfvqyKTerEo1p2SDxygg4oQFsKuRIJ/tg/+E1qmuM=\n-----END ENCRYPTED PRIVATE KEY-----\n", passphrase: 'nope' }));
t('pkcs8 encrypted no pass', () => crypto.createPrivateKey("-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIHsMFcGCSqGSIb3DQEFDTBKMCkGCSqGSIb3DQEFDDAcBAgSZsJZLZ1GKQICCAAw\nDAYIKoZIhvcNAgkFADAdBglghkgBZQMEASoEEHN5SaaCjVNvlLNYIyeM/HoEgZD7\ntmIx2h+madcqCSrJ/1fT5BMJncMqUipMWl6YyXzPt0M/4h/+eXPqIJil0IhI+1HF\ntiwW0lj6F+hA48BA16liFcP+MhDwVqXAAdYrqU5lwsfCfhrtpW9KAEeqcjqEKF47\nvf+njM7FOw/L19RMDdrDJ9jfvqyKTerEo1p2SDxygg4oQFsKuRIJ/tg/+E1qmuM=\n-----END ENCRYPTED PRIVATE KEY-----\n"));
t('pkcs8 encrypted round trip', () => {
  const pem = rsa.export({ format: 'pem', type: 'pkcs8', cipher: 'aes-128-cbc', passphrase: 'x' });
  return [pem.split('\n')[0], crypto.createPrivateKey({ key: pem, passphrase: 'x' }).equals(rsa), crypto.createPublicKey({ key: pem, passphrase: 'x' }).equals(rsaPub)];
});
t('x25519 dh', () => crypto.diffieHellman({ privateKey: x, publicKey: x2pub }));
t('ec dh', () => crypto.diffieHellman({ privateKey: ec, publicKey: ecPub }));
t('dh mismatch', () => crypto.diffieHellman({ privateKey: ec, publicKey: x2pub }));
t('ecdh', () => {
  const a = crypto.createECDH('prime256v1');
  a.setPrivateKey(ec.export({ format: 'jwk' }).d, 'base64url');
  const b = crypto.createECDH('prime256v1');
  b.setPrivateKey(Buffer.alloc(32, 7));
  return [a.getPublicKey('hex'), a.getPublicKey('hex', 'compressed'), b.getPrivateKey('hex'),
    a.computeSecret(b.getPublicKey()).toString('hex'), b.computeSecret(a.getPublicKey('hex', 'compressed'), 'hex', 'hex')];
});
t('ecdh convert', () => crypto.ECDH.convertKey(crypto.createECDH('prime256v1').setPrivateKey(Buffer.alloc(32, 9)).getPublicKey(), 'prime256v1', undefined, 'hex', 'compressed'));
t('ecdh bad curve', () => crypto.createECDH('nope'));
t('ecdh bad point', () => { const a = crypto.createECDH('prime256v1'); a.generateKeys(); return a.computeSecret(Buffer.alloc(65)); });
t('generate rsa', () => { const k = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 }); return [k.privateKey.asymmetricKeyDetails.modulusLength, crypto.verify('sha256', data, k.publicKey, crypto.sign('sha256', data, k.privateKey))]; });
t('generate ec pem', () => { const k = crypto.generateKeyPairSync('ec', { namedCurve: 'P-384', publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'sec1', format: 'pem' } }); return [k.publicKey.split('\n')[0], k.privateKey.split('\n')[0]]; });
t('generate ed25519', () => crypto.generateKeyPairSync('ed25519').publicKey.asymmetricKeyType);
t('generate x25519', () => crypto.generateKeyPairSync('x25519').privateKey.asymmetricKeyType);
t('generate bad', () => crypto.generateKeyPairSync('foo'));
t('generate bad curve', () => crypto.generateKeyPairSync('ec', { namedCurve: 'foo' }));
t('generate no len', () => crypto.generateKeyPairSync('rsa', {}));
t('bad key', () => crypto.createPrivateKey('garbage'));
t('bad key type', () => crypto.createPrivateKey(123));
t('sign no key', () => crypto.sign('sha256', data));
t('sign public', () => crypto.sign('sha256', data, rsaPub));
t('sign bad digest', () => crypto.sign('nope', data, rsa));
t('export bad type', () => rsa.export({ format: 'pem', type: 'spki' }));
t('export sec1 rsa', () => rsa.export({ format: 'pem', type: 'sec1' }));
t('export pkcs1 ec', () => ecPub.export({ format: 'pem', type: 'pkcs1' }));
crypto.generateKeyPair('ec', { namedCurve: 'P-256' }, (err, pub, priv) => {
  console.log('async keygen', err, pub.type, priv.type, crypto.verify('sha256', data, pub, crypto.sign('sha256', data, priv)));
  crypto.sign('sha256', data, rsa, (err, s) => console.log('async sign', err, s.toString('base64').slice(0, 20)));
});
