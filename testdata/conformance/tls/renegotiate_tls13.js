'use strict';
// renegotiate() on a TLS 1.3 connection fails with OpenSSL's "wrong ssl
// version" (TLS 1.3 has no renegotiation), on either end, on the next tick;
// the arguments are checked first; a destroyed socket returns undefined.
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const fx = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));

const server = tls.createServer({ key: fx('server-key.pem'), cert: fx('server-cert.pem') }, (s) => {
  s.on('error', () => {});
  let sync = true;
  const ok = s.renegotiate({ requestCert: true }, (err) => {
    console.log('server', s.getProtocol(), ok, sync, err.message, err.code, err.library, err.reason,
      Object.keys(err).join(), err instanceof Error, Object.getPrototypeOf(err) === Error.prototype);
    s.end('done');
  });
  sync = false;
});
server.listen(0, '127.0.0.1', () => {
  const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: fx('ca.pem'), servername: 'localhost' }, () => {
    for (const args of [[null], [{}, 'x'], [undefined]]) {
      try { c.renegotiate(...args); } catch (e) { console.log('args', e.code, e.message); }
    }
    console.log('no callback', c.renegotiate({}));
    c.renegotiate({}, (err) => {
      console.log('client', c.getProtocol(), err.message, err.code, err.library, err.reason, Object.keys(err).join());
    });
  });
  c.setEncoding('utf8');
  c.on('data', (d) => console.log('data', d));
  c.on('end', () => {
    c.destroy();
    console.log('destroyed', c.renegotiate({}, () => console.log('never')));
    server.close();
  });
});
