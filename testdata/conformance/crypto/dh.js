'use strict';
// Classic Diffie-Hellman against node: the MODP groups, fixed private keys
// (public values and secrets are then deterministic), verifyError of odd
// parameters, 'dh' KeyObjects made by node read back and used, and node's
// errors.
const crypto = require('crypto');

function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
}
const sha = (b) => crypto.createHash('sha256').update(b).digest('hex').slice(0, 16);

for (const g of ['modp1', 'modp2', 'modp5', 'modp14', 'modp15', 'modp16', 'modp17', 'modp18']) {
  const d = crypto.getDiffieHellman(g);
  console.log(g, d.getPrime().length, sha(d.getPrime()), d.getGenerator('hex'), d.verifyError,
    d.constructor.name, d instanceof crypto.DiffieHellmanGroup, typeof d.setPrivateKey);
}

// Two parties on modp14 with fixed private keys, on a group object and on
// a DiffieHellman built from the group's prime.
const group = crypto.createDiffieHellmanGroup('modp14');
const a = crypto.createDiffieHellman(group.getPrime(), group.getGenerator());
const b = crypto.createDiffieHellman(group.getPrime('hex'), 'hex', 2);
a.setPrivateKey(Buffer.alloc(32, 0x5a));
b.setPrivateKey('0123456789abcdef0123456789abcdef', 'hex');
console.log('a pub', sha(a.generateKeys()), a.getPrivateKey('hex'));
console.log('b pub', sha(b.generateKeys('hex')));
const s1 = a.computeSecret(b.getPublicKey());
const s2 = b.computeSecret(a.getPublicKey('base64'), 'base64', 'hex');
console.log('secrets', s1.length, sha(s1), s1.toString('hex') === s2);
console.log('verifyError', a.verifyError, b.verifyError);
// a secret shorter than the prime is padded with zeroes
const c = crypto.createDiffieHellman(group.getPrime());
c.setPrivateKey(Buffer.from([1]));
console.log('padded', c.computeSecret(Buffer.from([2])).toString('hex').slice(0, 8),
  c.computeSecret(Buffer.from([2])).length);

t('generateKeys keeps a set key', () => {
  const d = crypto.createDiffieHellman(group.getPrime());
  d.setPrivateKey(Buffer.from('01020304', 'hex'));
  d.generateKeys();
  return [d.getPrivateKey('hex'), sha(d.getPublicKey())];
});
t('no public key', () => crypto.createDiffieHellman(group.getPrime()).getPublicKey());
t('no private key', () => crypto.createDiffieHellman(group.getPrime()).getPrivateKey());
t('secret too small', () => a.computeSecret(Buffer.from([1])));
t('secret empty', () => a.computeSecret(''));
t('secret too large', () => a.computeSecret(group.getPrime()));
t('verifyError 02', () => crypto.createDiffieHellman('02', 'hex').verifyError);
t('verifyError abcdef', () => crypto.createDiffieHellman('abcdef', 'hex').verifyError);
t('verifyError not safe', () => crypto.createDiffieHellman(Buffer.from(
  'c9a84f6bbd4ff8bd5e8fa4d1e46e9e2b0e2d5c7f8d3e6a1e0b1e9f3c0a6c3b1d8f1e2d3c4b5a69788796a5b4c3d2e1f0f1e2d3c4b5a69788796a5b4c3d2e1f13', 'hex')).verifyError);
t('generator 5', () => crypto.createDiffieHellman(group.getPrime(), 5).getGenerator('hex'));
t('generator 0', () => crypto.createDiffieHellman('abcdef', 0).getGenerator('hex'));
t('generator buffer', () => crypto.createDiffieHellman('abcdef', Buffer.from([0, 3])).getGenerator('hex'));
t('bad generator', () => crypto.createDiffieHellman('abcdef', 1));
t('bad generator buf', () => crypto.createDiffieHellman('abcdef', 'hex', Buffer.from([0])));
t('modulus too small', () => crypto.createDiffieHellman(256));
t('size not int', () => crypto.createDiffieHellman(13.37));
t('generator not int', () => crypto.createDiffieHellman('abcdef', 13.37));
t('bad size type', () => crypto.createDiffieHellman({}));
t('bad generator type', () => crypto.createDiffieHellman('', 'hex', true));
t('unknown group', () => crypto.getDiffieHellman('modp3'));
t('no new', () => crypto.DiffieHellmanGroup('modp1') instanceof crypto.DiffieHellmanGroup);
t('proto', () => Object.getOwnPropertyNames(crypto.DiffieHellman.prototype).join());
t('group proto', () => Object.getOwnPropertyNames(crypto.DiffieHellmanGroup.prototype).join());

// A generated prime: a safe prime fit for its generator.
{
  const d = crypto.createDiffieHellman(512);
  const p = BigInt('0x' + d.getPrime('hex'));
  console.log('generated', d.getPrime().length, d.verifyError, d.getGenerator('hex'), p % 24n);
  const e = crypto.createDiffieHellman(d.getPrime());
  console.log('generated checked', e.verifyError);
}

// KeyObjects made by node.
const alicePriv = crypto.createPrivateKey('-----BEGIN PRIVATE KEY-----\nMIH5AgEAMIHVBgkqhkiG9w0BAwEwgccCgcEA///////////JD9qiIWjCNMTGYouA\n3BzRKQJOCIpnzHQCC76mOxObIlFKCHmONATd75UZs806QxswKwpt8l8UN0/hNW1t\nUcJF5IW1dmJefsb0TELppjftawv/XLb0Brft7jhr+1qJn6WunyQRfEsf5kkoZlHs\n5Fs9wgB8uKFjvwWY2kg2HFXTmmkWP6j9JM9fg2VdI9yjrZYcYvNWIIVSu57VKQdw\nlpZtZww1Tkq8mATxdGwIyiNzJ///////////AgECBBwCGgDwkfMEEsNAwU9Q6HQg\nNgKRUZHL/tp8ahYL\n-----END PRIVATE KEY-----\n');
const bobPub = crypto.createPublicKey('-----BEGIN PUBLIC KEY-----\nMIIBoDCB1QYJKoZIhvcNAQMBMIHHAoHBAP//////////yQ/aoiFowjTExmKLgNwc\n0SkCTgiKZ8x0Agu+pjsTmyJRSgh5jjQE3e+VGbPNOkMbMCsKbfJfFDdP4TVtbVHC\nReSFtXZiXn7G9ExC6aY37WsL/1y29Aa37e44a/taiZ+lrp8kEXxLH+ZJKGZR7ORb\nPcIAfLihY78FmNpINhxV05ppFj+o/STPX4NlXSPco62WHGLzViCFUrue1SkHcJaW\nbWcMNU5KvJgE8XRsCMojcyf//////////wIBAgOBxQACgcEA3Wp23A3dcLRfnudI\nkczvJry7qxY638bFwOERlSf2cc0xUO0dGRYG432+UPQUZDbd8Crel1RQ2zdMX2fr\n/eNqgti/9e3+cXw6KJ5uCrtSgbjg9HwB3wU5hiLHOmlpp99MX7fCmL9fZyJY8fEB\nCNp4WunB3BuFQpvCHrx/R4opWIjfTWZ+QeZm2BsSPdc6J6J4iIxgEBEC3BlJOLdP\nPsD0PDzap2cYd99dxPNAMS5IwED+xg4aF8s8Z3KxAHLk2QB/\n-----END PUBLIC KEY-----\n');
console.log('kinds', alicePriv.asymmetricKeyType, bobPub.asymmetricKeyType, alicePriv.type, bobPub.type,
  JSON.stringify(alicePriv.asymmetricKeyDetails));
const shared = crypto.diffieHellman({ privateKey: alicePriv, publicKey: bobPub });
console.log('stateless', shared.length, sha(shared));
console.log('pkcs8 round trip', sha(alicePriv.export({ type: 'pkcs8', format: 'der' })));
console.log('spki round trip', sha(bobPub.export({ type: 'spki', format: 'der' })));
console.log('public of private', sha(crypto.createPublicKey(alicePriv).export({ type: 'spki', format: 'der' })));
console.log('equals', alicePriv.equals(alicePriv), bobPub.equals(crypto.createPublicKey(alicePriv)));
// the same secret through the DiffieHellman object
{
  const priv = alicePriv.export({ type: 'pkcs8', format: 'der' });
  const x = priv.subarray(priv.length - 25); // the private value's 25 bytes
  const d = crypto.createDiffieHellman(crypto.getDiffieHellman('modp5').getPrime());
  d.setPrivateKey(x);
  const der = bobPub.export({ type: 'spki', format: 'der' });
  console.log('object agrees', d.computeSecret(der.subarray(der.length - 192)).equals(shared));
}
t('jwk', () => alicePriv.export({ format: 'jwk' }));
t('pkcs1', () => alicePriv.export({ type: 'pkcs1', format: 'pem' }));

// generateKeyPair('dh')
{
  const x = crypto.generateKeyPairSync('dh', { group: 'modp5' });
  const y = crypto.generateKeyPairSync('dh', { prime: crypto.getDiffieHellman('modp5').getPrime() });
  console.log('keygen', x.privateKey.asymmetricKeyType, x.publicKey.type,
    crypto.diffieHellman({ privateKey: x.privateKey, publicKey: y.publicKey })
      .equals(crypto.diffieHellman({ privateKey: y.privateKey, publicKey: x.publicKey })));
  const z = crypto.generateKeyPairSync('dh', { group: 'modp14' });
  t('mismatch', () => crypto.diffieHellman({ privateKey: x.privateKey, publicKey: z.publicKey }));
  const e = crypto.generateKeyPairSync('x25519');
  t('incompatible', () => crypto.diffieHellman({ privateKey: x.privateKey, publicKey: e.publicKey }));
  const enc = crypto.generateKeyPairSync('dh', { group: 'modp5', publicKeyEncoding: { type: 'spki', format: 'pem' } });
  console.log('encoded', enc.publicKey.split('\n')[0]);
}
t('keygen none', () => crypto.generateKeyPairSync('dh', {}));
t('keygen unknown', () => crypto.generateKeyPairSync('dh', { group: 'modp0' }));
t('keygen pair', () => crypto.generateKeyPairSync('dh', { group: 'modp5', prime: Buffer.from([7]) }));
t('keygen pair2', () => crypto.generateKeyPairSync('dh', { primeLength: 512, prime: Buffer.from([7]) }));
t('keygen gen', () => crypto.generateKeyPairSync('dh', { group: 'modp5', generator: 2 }));
t('keygen group type', () => crypto.generateKeyPairSync('dh', { group: 5 }));
t('keygen prime type', () => crypto.generateKeyPairSync('dh', { prime: 5 }));
t('keygen small', () => crypto.generateKeyPairSync('dh', { prime: Buffer.from([23]) }));
crypto.generateKeyPair('dh', { primeLength: 512 }, (err, pub, priv) => {
  console.log('async', err, pub.asymmetricKeyType, priv.type);
});
console.log('sync done');
