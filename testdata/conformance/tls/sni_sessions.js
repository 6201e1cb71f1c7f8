'use strict';
// SNI (addContext, SNICallback), ALPNCallback, client certificates,
// session resumption and keylog, each case after the previous one.
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const fx = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));
const ca = fx('ca.pem');

function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
}

// The server's lines are printed after the client's connection closed, so
// the order does not depend on which side finishes its handshake first.
const serverLog = [];

function connect(opts) {
  return new Promise((resolve) => {
    const c = tls.connect({ host: '127.0.0.1', ca, ...opts }, () => {
      const cert = c.getPeerCertificate();
      console.log('  client: authorized=%s CN=%s alpn=%s reused=%s', c.authorized, cert.subject && cert.subject.CN,
                  c.alpnProtocol, c.isSessionReused());
      c.end();
    });
    let session = null;
    c.on('session', (s) => { session = s; });
    c.on('error', (e) => console.log('  client error', e.code));
    c.on('close', () => {
      for (const line of serverLog.splice(0)) console.log(line);
      resolve(session);
    });
  });
}

(async () => {
  console.log('addContext');
  const s1 = tls.createServer({ key: fx('server-key.pem'), cert: fx('server-cert.pem') }, (c) => {
    serverLog.push(`  server: servername=${c.servername}`);
    c.resume();
  });
  s1.addContext('other.test', { key: fx('other-key.pem'), cert: fx('other-cert.pem') });
  s1.addContext('*.wild.test', { key: fx('other-key.pem'), cert: fx('other-cert.pem') });
  const p1 = await listen(s1);
  await connect({ port: p1, servername: 'localhost' });
  await connect({ port: p1, servername: 'other.test' });
  await connect({ port: p1, servername: 'a.wild.test' });
  s1.close();

  console.log('SNICallback and ALPNCallback');
  const other = tls.createSecureContext({ key: fx('other-key.pem'), cert: fx('other-cert.pem') });
  const s2 = tls.createServer({
    key: fx('server-key.pem'), cert: fx('server-cert.pem'),
    SNICallback(name, cb) {
      console.log('  SNICallback', name);
      setTimeout(() => cb(null, name === 'other.test' ? other : undefined), 5);
    },
    ALPNCallback({ servername, protocols }) {
      console.log('  ALPNCallback', servername, protocols.join(','));
      return protocols.includes('b') ? 'b' : undefined;
    },
  }, (c) => c.resume());
  s2.on('tlsClientError', (e) => serverLog.push(`  server tlsClientError ${e.code}`));
  const p2 = await listen(s2);
  await connect({ port: p2, servername: 'other.test', ALPNProtocols: ['a', 'b'] });
  await connect({ port: p2, servername: 'localhost', ALPNProtocols: ['c'] });
  s2.close();

  console.log('client certificates');
  const s3 = tls.createServer({ key: fx('server-key.pem'), cert: fx('server-cert.pem'), ca, requestCert: true,
                                rejectUnauthorized: false }, (c) => {
    const cert = c.getPeerCertificate();
    serverLog.push(`  server: authorized=${c.authorized} error=${c.authorizationError} CN=${cert.subject && cert.subject.CN}`);
    c.resume();
  });
  const p3 = await listen(s3);
  await connect({ port: p3, servername: 'localhost', key: fx('client-key.pem'), cert: fx('client-cert.pem') });
  await connect({ port: p3, servername: 'localhost', key: fx('self-key.pem'), cert: fx('self-cert.pem') });
  await connect({ port: p3, servername: 'localhost' });
  s3.close();

  console.log('session resumption (TLS 1.2)');
  const s4 = tls.createServer({ key: fx('server-key.pem'), cert: fx('server-cert.pem'), maxVersion: 'TLSv1.2' },
                              (c) => c.resume());
  let keylines = 0;
  s4.on('keylog', (line) => { keylines += line.length > 0 ? 1 : 0; });
  const p4 = await listen(s4);
  const session = await connect({ port: p4, servername: 'localhost' });
  console.log('  got a session:', Buffer.isBuffer(session));
  await connect({ port: p4, servername: 'localhost', session });
  console.log('  keylog lines:', keylines > 0);
  s4.close();
})();
