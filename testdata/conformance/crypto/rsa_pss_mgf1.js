'use strict';
// An 'rsa-pss' key whose MGF1 digest (sha256) is not its message digest
// (sha512), made by node: node's signatures verified here, ours verified
// by the same key (node verifies them in the conformance pair: the output
// is the same), the key's rules (only sha512, salt at least 20) enforced.
// (Failures come last: node's OpenSSL error queue can leak a failed
// verification's error into the next signature.)
const crypto = require('crypto');
const msg = Buffer.from('signed by node');
const node = {"priv":"-----BEGIN PRIVATE KEY-----\nMIICpQIBADA8BgkqhkiG9w0BAQowL6APMA0GCWCGSAFlAwQCAwUAoRwwGgYJKoZI\nhvcNAQEIMA0GCWCGSAFlAwQCAQUABIICYDCCAlwCAQACgYEAoyyPyns+qeurUzQI\nAF94RJVP1ELvwHkfV1jirr8qWgdrJodiT8O52Gt5OQ25ju5uLL0Z1kUgNHSV1TDE\nL/jLGi3gYSjBs6WlG3XI/VT+yW3IKdVbMsED3SP1oeF2OqDWMwk8ejbbL9o8PXhC\nEUTqAl0X/l2n5gWSjP4I8WOxDkUCAwEAAQKBgGFRn4TlEo+nhiv+mVMXnZRR9SWk\nsnd6Be5Djhco3qqJSCfXkRP/qSThnJAhlm0f2UgHlJRN8BI5Am//QNNXsFG9rU5R\nkWXJ4rcHyJuXOSVzVN7YZ+BKb+dnbvVgudkuK3XrMfB1FVdRhDS5xoEbmCbiiMpC\no7TJplzohzyAzxmBAkEA14AgTmQqs+duZLlBkHMTS4/WwUDABrGaO4iS/0N0w1iQ\nDdPreP/9dDD6FG/rjRbPD6hpM5eg5GzonXjt6YyaoQJBAMHW+dt5XjGkGc+nb9je\n3AGZ+EFB4Mo8PjWwIEz+LK+AqXSJIWd9SaFubXHACevfQuzR5FNA511XqdjDsgb/\nlSUCQQCL5qAShDC8znf6Z9JKpopWObEfkJuZPN912rojgXViBDKw520tBnNSZSFU\n9zuiQrZ14c06Myu+X328DW/WePNBAkAjP0ENzKL5KdrbrJmk+NlOnT3MN/t1KsEx\nKAanmWxsuVuW6jydweV6qkbScVYcgut7fqsjDGFF0uP6m5MqvJzVAkBNBQDkWKTK\nSaroK0ODqRcjtVPiOXvacN5s0qFmyHodVCrFDBU64v7MPre05z9DfV5F/2LWbeo2\nrpLDGgm9Aqiw\n-----END PRIVATE KEY-----\n","pub":"-----BEGIN PUBLIC KEY-----\nMIHOMDwGCSqGSIb3DQEBCjAvoA8wDQYJYIZIAWUDBAIDBQChHDAaBgkqhkiG9w0B\nAQgwDQYJYIZIAWUDBAIBBQADgY0AMIGJAoGBAKMsj8p7Pqnrq1M0CABfeESVT9RC\n78B5H1dY4q6/KloHayaHYk/DudhreTkNuY7ubiy9GdZFIDR0ldUwxC/4yxot4GEo\nwbOlpRt1yP1U/sltyCnVWzLBA90j9aHhdjqg1jMJPHo22y/aPD14QhFE6gJdF/5d\np+YFkoz+CPFjsQ5FAgMBAAE=\n-----END PUBLIC KEY-----\n","sig":"eVcKIk2WsmiXg/1Zhn0LcHb+5crJsT27G4RQgAoEklZfvgxOykFBLdTXjk+EMBQnJFo9qbUpJYXjgWBheakZRy36Ukz+fJnNWS+i5etZExBFLIWRT9W9SPSnP45ByC5ttZ/RQMR4wGNLqFS+YI4NbK97fTEfpBgrYJCRmVkbOpI=","sigAuto":"hyuqDMCUs056q3COQxJyhh0PCbFjDvJvKFk6Iv1pWbJ+vPd85u20O7eVzPjw/oar6xf11wXCVHodQXrdWrnslexClNRLgE1RNBDdFhO2qCoQxJAe57ckijKYw6uv/3zBRYM0rGPBBG5QSfLgEOXcqUn7BdOlfq3HGGTHWHo8f9Y="}
;
const priv = crypto.createPrivateKey(node.priv);
const pub = crypto.createPublicKey(node.pub);
function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
}
t('details', () => pub.asymmetricKeyDetails);
for (const saltLength of [undefined, 20, 32, crypto.constants.RSA_PSS_SALTLEN_DIGEST, crypto.constants.RSA_PSS_SALTLEN_MAX_SIGN]) {
  t(`ours salt ${saltLength}`, () => {
    const sig = crypto.sign('sha512', msg, { key: priv, saltLength });
    return [sig.length, crypto.verify('sha512', msg, { key: pub, saltLength }, sig),
      crypto.verify('sha512', msg, { key: pub, saltLength: crypto.constants.RSA_PSS_SALTLEN_AUTO }, sig)];
  });
}
t('node sig', () => [crypto.verify('sha512', msg, pub, Buffer.from(node.sig, 'base64')),
  crypto.verify('sha512', msg, { key: pub, saltLength: 40 }, Buffer.from(node.sigAuto, 'base64')),
  crypto.verify('sha512', msg, { key: pub, saltLength: 20 }, Buffer.from(node.sigAuto, 'base64')),
  crypto.verify('sha512', Buffer.from('x'), pub, Buffer.from(node.sig, 'base64'))]);
t('sha256 refused', () => crypto.sign('sha256', msg, priv));
t('salt 10 refused', () => crypto.sign('sha512', msg, { key: priv, saltLength: 10 }));
