'use strict';
// tls server and client: verification results, node's error codes, SNI,
// ALPN, certificates, data both ways and the end of the connection. Each
// case runs after the previous one so the output order is fixed.
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const fx = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));
const ca = fx('ca.pem');

function serve(opts, onConn) {
  return new Promise((resolve) => {
    const server = tls.createServer(opts, onConn);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

function client(port, opts) {
  return new Promise((resolve) => {
    const c = tls.connect({ port, host: '127.0.0.1', ...opts });
    let data = '';
    c.on('secureConnect', () => {
      const cert = c.getPeerCertificate(true);
      console.log('  client secureConnect authorized=%s error=%s proto=%s alpn=%s',
                  c.authorized, c.authorizationError, c.getProtocol(), c.alpnProtocol);
      console.log('  peer CN=%s O=%s issuer=%s san=%s chainIssuer=%s', cert.subject.CN, cert.subject.O,
                  cert.issuer.CN, cert.subjectaltname, cert.issuerCertificate && cert.issuerCertificate.subject.CN);
      console.log('  cipher version', c.getCipher().version, 'encrypted', c.encrypted);
      c.write('ping');
    });
    c.on('data', (d) => { data += d; });
    c.on('error', (e) => console.log('  client error', e.code, e.message));
    c.on('close', () => { console.log('  client close, got %j', data); resolve(); });
  });
}

const echo = (s) => {
  s.on('data', (d) => s.end('pong:' + d + ':' + (s.servername || '-')));
};

(async () => {
  const server = await serve({ key: fx('server-key.pem'), cert: fx('server-cert.pem') }, echo);
  const port = server.address().port;

  console.log('trusted CA');
  await client(port, { ca });
  console.log('trusted CA, servername localhost');
  await client(port, { ca, servername: 'localhost' });
  console.log('no CA');
  await client(port, {});
  console.log('no CA, rejectUnauthorized false');
  await client(port, { rejectUnauthorized: false });
  console.log('wrong host name');
  await client(port, { ca, servername: 'example.com' });
  console.log('TLS 1.2 only');
  await client(port, { ca, maxVersion: 'TLSv1.2' });
  server.close();

  const self = await serve({ key: fx('self-key.pem'), cert: fx('self-cert.pem') }, echo);
  console.log('self-signed');
  await client(self.address().port, {});
  self.close();

  const expired = await serve({ key: fx('expired-key.pem'), cert: fx('expired-cert.pem') }, echo);
  console.log('expired');
  await client(expired.address().port, { ca });
  expired.close();

  const alpn = await serve({ key: fx('server-key.pem'), cert: fx('server-cert.pem'), ALPNProtocols: ['h2', 'http/1.1'] }, echo);
  console.log('ALPN');
  await client(alpn.address().port, { ca, ALPNProtocols: ['foo', 'http/1.1'] });
  alpn.close();

  const rsa = await serve({ key: [fx('server-key.pem'), fx('server-rsa-key.pem')], cert: [fx('server-cert.pem'), fx('server-rsa-cert.pem')] }, echo);
  console.log('two certificates');
  await client(rsa.address().port, { ca });
  rsa.close();

  console.log('checkServerIdentity');
  const cert = { subject: { CN: 'a.com' }, subjectaltname: 'DNS:*.b.com, DNS:c.com, IP Address:10.0.0.1' };
  for (const host of ['x.b.com', 'b.com', 'c.com', 'a.com', '10.0.0.1', '10.0.0.2', 'x.y.b.com']) {
    const e = tls.checkServerIdentity(host, cert);
    console.log('  %s -> %s', host, e ? `${e.code} ${e.reason}` : 'ok');
  }
  console.log('  CN only', String(tls.checkServerIdentity('a.com', { subject: { CN: 'a.com' } })));
  console.log('exports', typeof tls.getCiphers, tls.getCiphers().includes('ecdhe-ecdsa-aes128-gcm-sha256'),
              tls.DEFAULT_MIN_VERSION, tls.DEFAULT_MAX_VERSION, tls.DEFAULT_ECDH_CURVE, Array.isArray(tls.rootCertificates));
  try {
    tls.createSecureContext({ minVersion: 'TLSv9' });
  } catch (e) {
    console.log('bad version', e.code, e.message);
  }
  try {
    tls.createSecureContext({ key: fx('server-key.pem'), cert: fx('other-cert.pem') });
  } catch (e) {
    console.log('mismatch', e.code);
  }
})();
