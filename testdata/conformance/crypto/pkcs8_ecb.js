'use strict';
// Encrypted PKCS#8 with an ECB cipher (PBES2 naming aes-*-ecb and an empty
// IV, as OpenSSL writes it): a key node encrypted read here, and ours
// read back (each side decrypts the other's in the conformance pair).
const crypto = require('crypto');
const nodeKey = Buffer.from('MIHcMEcGCSqGSIb3DQEFDTA6MCkGCSqGSIb3DQEFDDAcBAhHjgKodti1VwICCAAwDAYIKoZIhvcNAgkFADANBglghkgBZQMEAQEEAASBkNjqWrlgpV37xCxZ6zegkDHXZrVnEODRMAAoEjTlz3+PDI+sa4n0grUQ00bj8tR+irCYwW5M4nJeID6Ec1VoosBuoCweJQEU/FIEeHqvTxqNkgk/BERY6f7uyaCzeknNic/25psmKYfm5aHpc4rsOSvy8pb1IMOxpnAUPIFwwsPYyWa6Qixe8235M+C+l1Xebg==', 'base64');
const k = crypto.createPrivateKey({ key: nodeKey, format: 'der', type: 'pkcs8', passphrase: 'abcdef' });
console.log('node key', k.asymmetricKeyType, k.asymmetricKeyDetails);
for (const cipher of ['aes-128-ecb', 'aes-192-ecb', 'aes-256-ecb']) {
  const pem = k.export({ type: 'pkcs8', format: 'pem', cipher, passphrase: 'pw' });
  const back = crypto.createPrivateKey({ key: pem, passphrase: 'pw' });
  console.log(cipher, pem.split('\n')[0], back.equals(k));
}
