'use strict';
// crypto.Certificate (SPKAC) against node: SPKACs made by OpenSSL's spkac
// command (RSA with SHA-256, EC with its default digest) verified, their
// public keys and challenges exported, a tampered one refused, and the
// argument forms (string with an encoding, Buffer, ArrayBuffer, DataView).
const { Certificate } = require('crypto');
const rsa = 'MIIBRzCBsTCBnzANBgkqhkiG9w0BAQEFAAOBjQAwgYkCgYEAuBKJaVPdWomIaA6DOCveKlE74gfTBnbsmS2CXx93I5yVmSjr745aoyKNxifQWZ05SJxuUCP/xiSXRo3FhFfY/mbPxpbOcMxt0Xp3XFbK5Tv4Vf06vfGiu64lhLr7NCsAcXXEM7AB8YDZ1IVuEMTvX8WwMFub5swlMlI8HqOlwRECAwEAARYNaGVsbG8tZ29qYW5ldDANBgkqhkiG9w0BAQsFAAOBgQCFUkfpvFEUi9KS7KuPt5rrzlc+qMmFcxvomzlN1Gp8EAdaXMK99qsrVpbmuJ2qP8rkuFYw+lRytfp0Kn9o7p5cF1WybtJCZbdYH+BI9l61HDHWmHzStblJmdZGPB+b1FpCKY0sS37uvKsBuNmtYzSA0PmSn2uu0EaL35FHVOzKZg==';
const ec = 'MIHAMGkwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAAQMgVtza1pKvarxd8WEGgTgwxQPUODMwFjMcYaFWqL7ctCNU4biqwj8T7stsmzAiixOPczVgZqW22h0qxmSpPS1FgxlYy1jaGFsbGVuZ2UwCgYIKoZIzj0EAwIDRwAwRAIgX+PyLKrpJ1oTfE3Z1shtEPgXSY1EPtQEkoIcb0GHza8CIBpEu/68WuCY6unZgsZIhH5HLSWunK09xBH0ekdCQWX3';
const tampered = rsa.slice(0, 80) + (rsa[80] === 'A' ? 'B' : 'A') + rsa.slice(81);
for (const [name, s] of [['rsa', rsa], ['ec', ec], ['tampered', tampered], ['junk', 'bm90IGFuIHNwa2Fj'], ['empty', '']]) {
  console.log(name, Certificate.verifySpkac(Buffer.from(s)), String(Certificate.exportChallenge(s)),
    String(Certificate.exportPublicKey(s)).split('\n').length);
}
const buf = Buffer.from(rsa + '\n');
const ab = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
console.log('forms', new Certificate().verifySpkac(ab), Certificate().verifySpkac(new DataView(ab)),
  Certificate.verifySpkac(Buffer.from(rsa).toString('hex'), 'hex'));
console.log('key', String(Certificate.exportPublicKey(ec)));
try {
  Certificate.exportChallenge({});
} catch (e) {
  console.log(e.name, e.code);
}
