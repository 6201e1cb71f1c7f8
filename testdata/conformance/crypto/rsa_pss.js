'use strict';
// 'rsa-pss' keys against node: keys and signatures made by node read and
// verified here (PKCS#8 and SPKI with and without RSASSA-PSS-params, the
// same DER back on export), key details, generateKeyPair('rsa-pss') option
// handling, the key's rules on sign/verify, and node's errors.
const crypto = require('crypto');

function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
}
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
const sha = (b) => crypto.createHash('sha256').update(b).digest('hex').slice(0, 16);
const msg = Buffer.from('signed by node');

const node = {
 "aPriv": "-----BEGIN PRIVATE KEY-----\nMIICqgIBADBBBgkqhkiG9w0BAQowNKAPMA0GCWCGSAFlAwQCAQUAoRwwGgYJKoZI\nhvcNAQEIMA0GCWCGSAFlAwQCAQUAogMCARAEggJgMIICXAIBAAKBgQDACDUSSTrM\n/1b/rfFET65pWOpzIJ/nV5ok+qqc5FgdQldylqtcPQebf5dnp8RVculYI1OmSfKy\ntOYGcM202bdnWsvE4DHj+R/euehDmG+hNZHhGbxuyLqutdQuqkO0TgnqWEaX9ZUy\nuphNrhpyyEmdFaWLcfBDKBpLRVAaQTIVPwIDAQABAoGAcIaeqrd0mFlrnmlL/o5+\nkkbDI3FTohloPxEP1t3LcGHGomP9yBAPHCR5EQly9+tdJwOUadXdPLDaNZ32PGpz\nmD1+IQz30mClad6z3Hng6ao+MMGKNdCFBDEoJn0xqBWr/UXEnRxvE2Z1/FXE2zB5\nQanxRZpB8lXTnggzt+g4DKkCQQDricMdlRWrH/WG2pPcW7cTp7v1GGZDh5t1EdkU\nbKT7StVlgDhWV3Gei+oBIRn90X0N83fXEUMOF49IvQiKqNs7AkEA0Lbk5ShHgxjO\nOIPLyZ04YO/1PfPMSyHAdwajVI0GFqMk9kg0RZLa/07dkw+5scgSP/OfBGfmKkbB\nsazi7jElzQJAQZq3e+/gfy+BpbQP5xqsnY7krVnEch69UBhOjH/OXCf11DWoe3QT\ns4NpBDOCF85XtKERyheGw9AQGsR8MpLhrQJBAM+k9eqqfSMHHbuKG8fUm8+NS668\nC4a/6IxCVWJ7/w+sdcx0H1UMesY//x8dKQCfbNClHpIykAGFbZTHzOluig0CQD/E\n5hRhA/TfEy/bDKWHKG6aGB+fJQBYwfYLAOiQUE/qkOIqq8aD/XwIlnCHpaZJFKSn\n/yNSngk8YRHz22AaKDA=\n-----END PRIVATE KEY-----\n",
 "aPub": "-----BEGIN PUBLIC KEY-----\nMIHTMEEGCSqGSIb3DQEBCjA0oA8wDQYJYIZIAWUDBAIBBQChHDAaBgkqhkiG9w0B\nAQgwDQYJYIZIAWUDBAIBBQCiAwIBEAOBjQAwgYkCgYEAwAg1Ekk6zP9W/63xRE+u\naVjqcyCf51eaJPqqnORYHUJXcparXD0Hm3+XZ6fEVXLpWCNTpknysrTmBnDNtNm3\nZ1rLxOAx4/kf3rnoQ5hvoTWR4Rm8bsi6rrXULqpDtE4J6lhGl/WVMrqYTa4acshJ\nnRWli3HwQygaS0VQGkEyFT8CAwEAAQ==\n-----END PUBLIC KEY-----\n",
 "bPriv": "-----BEGIN PRIVATE KEY-----\nMIICdAIBADALBgkqhkiG9w0BAQoEggJgMIICXAIBAAKBgQC4k1rMn/XYuKA8U0sJ\nkeaEgnO8F4WelmKt3aJGslx4NKKQ9NHZArnu8uiXCnqggAzHQzQiHkCY8VG3OVdC\nXB+IwqhnkwNO062aur5JUaZLytCedbfAeQUg7bvobzsZBKLHxD8ZrG8ne1rMSfD1\n9l9OHjfP4loOLL3cIGWyf7bcxQIDAQABAoGAXNMGhAgiPKbFNvFwuFReyN9OUxbF\nRTc+U1A2LzW+GVnnM91bt7aOSaRx4pwLhbJAOuoKSupJ9GDQhsPYpW/tDyAbQLNv\ne8R2LLqBQKdd/BVdA1UuLrL6is8IZVBhMSkkuKQnuzfnDc3alJ9YZ1TBvWbyDT/g\nC7Vqo5tCg7fiS0ECQQDpel0fcVo8JdR2XUtO2e1Zda2bNYpq9n/qkRfUsPD9IBXW\nozzDeMnhwVPBDo0CWvb/O+i/xh0Y9ZDzhUKDUEKVAkEAymFePyfMl1Qw2/bWGR3K\nDBfZktwYLFL7cRRlXQL0sXFcOb2D8nGsMIOCWmG/lmvcVNaiW1qhbbVpTh6XSPZV\ncQJBAKZd7ftYvy662iEZq27ddPZZF0LQrPg4+78+cle5WY9VDJqsKME00c4O/0pC\nvxHdlcEbhGcamWNOoGIWI+YEC90CQHET2l8bU7syNWKSFqpN9LixEsZ156PMceWK\n6eAAaMxEdK1mcLUkQnuQ32K0vyHC/ocArhKxHwV3mXEmsoz35mECQA6Ku3OflKeS\nqblGA7UtyX+FV7VnnB/9swE09PVl1Gg1XdQ3i1qui2BoZw/bpFmf9Cm7hWuoSJuI\nduc17yJLeoc=\n-----END PRIVATE KEY-----\n",
 "sigA": "k5NNq0HnLz0kBx4MtrvxEWf1sGwIQffOeWHEYogrB/tFb5YFNZeTcBn/5ajwz6Y9BmaY+acieIPAWV92T3fVt8o1zd4pbXpR5xY4tN50/iQfj766Z30/9WasmsMQtfR+5k0PS5V4JlfswZBtXpUBEzF+7f7I/daaxue+Noo0Mxk=",
 "sigB": "eU0S2EEQBya/SgHAo0tlokDIPq4N2ZWk04pF3LZS6gvEAxarGWJ3SUesJuatXqVmUSqfXlzEUNBsAK96ezgEFupIFOUHWPFZawYfheUW2BcVcDxCKqNrEmA3nv9vmUkoV2GCP1KJVt4cVlVvwOiY00xOKOA+yoMVRQXgdkJunhg="
};
const aPriv = crypto.createPrivateKey(node.aPriv);
const aPub = crypto.createPublicKey(node.aPub);
const bPriv = crypto.createPrivateKey(node.bPriv);
const bPub = crypto.createPublicKey(bPriv);
for (const [name, k] of [['aPriv', aPriv], ['aPub', aPub], ['bPriv', bPriv], ['bPub', bPub]]) {
  console.log(name, k.type, k.asymmetricKeyType, k.asymmetricKeyDetails);
}
console.log('pkcs8 same', aPriv.export({ type: 'pkcs8', format: 'pem' }) === node.aPriv,
  bPriv.export({ type: 'pkcs8', format: 'pem' }) === node.bPriv);
console.log('spki same', aPub.export({ type: 'spki', format: 'pem' }) === node.aPub,
  sha(crypto.createPublicKey(aPriv).export({ type: 'spki', format: 'der' })) === sha(aPub.export({ type: 'spki', format: 'der' })));
console.log('spki der', bPub.export({ type: 'spki', format: 'der' }).subarray(0, 24).toString('hex'));
console.log('der in', crypto.createPublicKey({ key: aPub.export({ type: 'spki', format: 'der' }), format: 'der', type: 'spki' })
  .asymmetricKeyDetails.saltLength);
console.log('equals', aPub.equals(crypto.createPublicKey(aPriv)), aPub.equals(bPub));

// node's signatures
console.log('verify node A', crypto.verify(null, msg, aPub, Buffer.from(node.sigA, 'base64')),
  crypto.verify('sha256', msg, { key: aPub, saltLength: 16 }, Buffer.from(node.sigA, 'base64')),
  crypto.createVerify('sha256').update(msg).verify(aPub, node.sigA, 'base64'));
console.log('verify node B', crypto.verify('sha384', msg, { key: bPub, saltLength: 20 }, Buffer.from(node.sigB, 'base64')),
  crypto.verify('sha384', msg, bPub, Buffer.from(node.sigB, 'base64')),
  crypto.verify('sha256', msg, bPub, Buffer.from(node.sigB, 'base64')));
// ours, checked by the same rules
{
  const s = crypto.sign(null, msg, aPriv);
  console.log('sign A', s.length, crypto.verify(null, msg, aPub, s), crypto.verify('sha256', msg, { key: aPub, saltLength: 16 }, s));
  const s2 = crypto.createSign('sha512').update(msg).sign({ key: bPriv, saltLength: 0 });
  console.log('sign B', s2.length, crypto.verify('sha512', msg, { key: bPub, saltLength: 0 }, s2),
    crypto.verify('sha512', msg, { key: bPub, saltLength: 10 }, s2));
}
t('other digest', () => crypto.sign('sha1', msg, aPriv));
t('short salt', () => crypto.sign('sha256', msg, { key: aPriv, saltLength: 8 }));
t('longer salt', () => crypto.sign('sha256', msg, { key: aPriv, saltLength: 20 }).length);
t('pkcs1 padding', () => crypto.sign('sha256', msg, { key: bPriv, padding: crypto.constants.RSA_PKCS1_PADDING }));
t('encrypt', () => crypto.publicEncrypt(bPub, Buffer.from('x')));
t('jwk', () => aPub.export({ format: 'jwk' }));
t('pkcs1 export', () => bPriv.export({ type: 'pkcs1', format: 'pem' }));

// generateKeyPair('rsa-pss')
const g = (o) => crypto.generateKeyPairSync('rsa-pss', Object.assign({ modulusLength: 1024 }, o));
t('gen none', () => g({}).publicKey.asymmetricKeyDetails);
t('gen salt', () => g({ saltLength: 10 }).publicKey.asymmetricKeyDetails);
t('gen mgf1', () => g({ mgf1HashAlgorithm: 'sha256' }).privateKey.asymmetricKeyDetails);
t('gen hash', () => g({ hashAlgorithm: 'SHA384' }).privateKey.asymmetricKeyDetails);
t('gen hash salt 0', () => g({ hashAlgorithm: 'sha512', saltLength: 0 }).publicKey.asymmetricKeyDetails);
t('gen spki no params', () => g({}).publicKey.export({ type: 'spki', format: 'der' })[3]);
t('gen spki params', () => g({ hashAlgorithm: 'sha256', saltLength: 16 }).publicKey.export({ type: 'spki', format: 'der' })
  .subarray(0, 69).toString('hex'));
t('gen bad hash', () => g({ hashAlgorithm: 'sha0' }));
t('gen bad mgf1', () => g({ mgf1HashAlgorithm: 'sha0' }));
t('gen bad salt', () => g({ saltLength: -1 }));
t('gen hash type', () => g({ hashAlgorithm: 1 }));
t('gen dup', () => g({ hash: 'sha256', hashAlgorithm: 'sha1' }));
t('gen deprecated', () => g({ hash: 'sha256', mgf1Hash: 'sha256' }).publicKey.asymmetricKeyDetails);
crypto.generateKeyPair('rsa-pss', { modulusLength: 1025, hashAlgorithm: 'sha256' }, (err, pub, priv) => {
  console.log('async', err, pub.asymmetricKeyType, priv.asymmetricKeyDetails);
});

// generateKeyPair's output encodings are checked first, by option path.
t('enc type', () => g({ publicKeyEncoding: { format: 'pem' } }));
t('enc format', () => g({ privateKeyEncoding: { type: 'pkcs8', format: 'x' } }));
t('enc pkcs1 for pss', () => g({ publicKeyEncoding: { type: 'pkcs1', format: 'pem' } }));
t('enc sec1', () => crypto.generateKeyPairSync('rsa', { modulusLength: 1024, privateKeyEncoding: { type: 'sec1', format: 'pem' } }));
t('enc spki private', () => g({ privateKeyEncoding: { type: 'spki', format: 'pem' } }));
t('enc cipher type', () => g({ privateKeyEncoding: { type: 'pkcs8', format: 'pem', cipher: 1 } }));
t('enc unknown cipher', () => g({ privateKeyEncoding: { type: 'pkcs8', format: 'pem', cipher: 'foo', passphrase: 'x' } }));
t('enc no passphrase', () => g({ privateKeyEncoding: { type: 'pkcs8', format: 'pem', cipher: 'aes-128-cbc' } }));
t('enc passphrase only', () => g({ privateKeyEncoding: { type: 'pkcs8', format: 'pem', passphrase: 'x' } }));
t('enc der pkcs1 cipher', () => crypto.generateKeyPairSync('rsa', { modulusLength: 1024,
  privateKeyEncoding: { type: 'pkcs1', format: 'der', cipher: 'aes-128-cbc', passphrase: 'x' } }));
t('enc not object', () => g({ publicKeyEncoding: 'spki' }));
t('export unknown cipher', () => bPriv.export({ type: 'pkcs8', format: 'pem', cipher: 'foo', passphrase: 'x' }));
