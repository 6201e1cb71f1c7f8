'use strict';
// The crl option: a server asking for client certificates checks them, and
// the chain's CA, against the CRLs it was given (OpenSSL's CRL_CHECK_ALL).
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const fx = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));
const key = fx('server-key.pem');
const cert = fx('server-cert.pem');
const ca = fx('ca.pem');
const crlCA = fx('crl-ca-cert.pem');

for (const bad of ['not a CRL', Buffer.from('-----BEGIN X509 CRL-----\nAAAA\n-----END X509 CRL-----\n'), fx('ca.pem')]) {
  try {
    tls.createSecureContext({ crl: bad });
    console.log('accepted');
  } catch (e) {
    console.log(e.name, JSON.stringify(e.message), 'opensslErrorStack' in e, e.code);
  }
}
try {
  tls.createSecureContext({ crl: 42 });
} catch (e) {
  console.log(e.code, e.message);
}

async function run(label, crl, client) {
  const server = tls.createServer({ key, cert, ca: [crlCA], requestCert: true, rejectUnauthorized: false, crl }, (s) => {
    console.log(`${label}: server authorized=${s.authorized} error=${s.authorizationError}`);
    s.end();
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  await new Promise((resolve) => {
    const c = tls.connect({
      port: server.address().port, host: '127.0.0.1', ca, servername: 'localhost',
      key: fx(`crl-${client}-key.pem`), cert: fx(`crl-${client}-cert.pem`),
    });
    c.on('error', (e) => console.log(label, 'client error', e.code));
    c.resume();
    c.on('close', resolve);
  });
  server.close();
}

(async () => {
  await run('no crl, revoked', undefined, 'revoked');
  await run('crl, good', fx('crl.pem'), 'good');
  await run('crl, revoked', fx('crl.pem'), 'revoked');
  await run('crl list, revoked', [fx('crl.pem')], 'revoked');
  await run('expired crl, good', fx('crl-expired.pem'), 'good');
  await run('another CA\'s crl only', fx('crl-other.pem'), 'good');
  await run('both crls, good', [fx('crl-other.pem'), fx('crl.pem')], 'good');
})();
