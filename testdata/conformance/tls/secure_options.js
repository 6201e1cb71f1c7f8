'use strict';
// secureOptions (OpenSSL's SSL_OP_* bits) and honorCipherOrder, and the
// errors of a PFX archive that cannot be read.
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const { constants } = require('crypto');
const fx = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));
const key = fx('server-key.pem');
const cert = fx('server-cert.pem');
const ca = fx('ca.pem');

function pfxError(label, opts) {
  try {
    tls.createSecureContext(opts);
    console.log(label, 'loaded');
  } catch (e) {
    console.log(label, e.name, JSON.stringify(e.message), Object.keys(e).join(',') || '(no own keys)');
  }
}
const pfx = fx('server.pfx');
pfxError('no passphrase', { pfx });
pfxError('wrong passphrase', { pfx, passphrase: 'nope' });
pfxError('a string', { pfx: 'sample', passphrase: 'x' });
pfxError('empty', { pfx: Buffer.alloc(0) });
pfxError('one byte', { pfx: Buffer.from([0x30]) });
pfxError('cut short', { pfx: pfx.subarray(0, 64) });
pfxError('zeros', { pfx: Buffer.alloc(16) });
pfxError('an INTEGER', { pfx: Buffer.from([2, 1, 5]) });
pfxError('long length', { pfx: Buffer.from([0x30, 0x84, 0xff, 0xff, 0xff, 0xff]) });

try {
  const { context } = tls.createSecureContext();
  ({ setOptions: context.setOptions }).setOptions(0);
} catch (e) {
  console.log('detached setOptions:', e.name, e.message);
}
for (const bad of ['1', 1.5, {}]) {
  try {
    tls.createSecureContext({ secureOptions: bad });
    console.log('secureOptions', bad, 'accepted');
  } catch (e) {
    console.log('secureOptions', typeof bad, e.code);
  }
}

// A server's secureOptions decide the versions it will speak.
async function versionCase(label, serverOpts, clientOpts) {
  const server = tls.createServer({ key, cert, ...serverOpts }, (s) => s.end());
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  await new Promise((resolve) => {
    const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca, servername: 'localhost', ...clientOpts }, () => {
      console.log(label, 'protocol', c.getProtocol());
      c.end();
    });
    c.on('error', (e) => { console.log(label, 'client error', e.code); resolve(); });
    c.on('close', resolve);
  });
  server.close();
}

(async () => {
  await versionCase('default', {}, {});
  await versionCase('NO_TLSv1_3', { secureOptions: constants.SSL_OP_NO_TLSv1_3 }, {});
  await versionCase('NO_TLSv1_2 with max 1.3', { secureOptions: constants.SSL_OP_NO_TLSv1_2 }, {});
  await versionCase('client NO_TLSv1_3', {}, { secureOptions: constants.SSL_OP_NO_TLSv1_3 });
  await versionCase('NO_TLSv1_3 vs client min 1.3', { secureOptions: constants.SSL_OP_NO_TLSv1_3 }, { minVersion: 'TLSv1.3' });
  await versionCase('honorCipherOrder', { honorCipherOrder: true }, {});
})();
