'use strict';
// What a TLS socket's handle shows as node's TLSWrap does: writes complete
// asynchronously (writableLength, bufferSize and _handle.writeQueueSize
// count them until then; a large write returns false), pending writes are
// cancelled with ECANCELED when the socket is destroyed, socket.ssl.fd and
// socket.ssl null once the handle closed; the chain a server sends (completed
// from its ca, root included, as OpenSSL's auto-chain does); certificate
// fields (infoAccess, quoted subjectaltname entries); onread with a
// Uint8Array or a buffer function; a server's handshake timeouts;
// an SNI context without a certificate; captureRejections on
// 'secureConnection'; OpenSSL 3 PKCS#12.
// Cases run one after another so the output order is fixed.
const tls = require('tls');
const net = require('net');
const fs = require('fs');
const path = require('path');
const events = require('events');
const { X509Certificate } = require('crypto');
const fx = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));
const key = fx('server-key.pem');
const cert = fx('server-cert.pem');
const ca = fx('ca.pem');

function serve(opts, onConn) {
  return new Promise((resolve) => {
    const server = tls.createServer(opts, onConn);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

async function writes() {
  let got = 0;
  const server = await serve({ key, cert }, (s) => {
    s.on('data', (d) => { got += d.length; });
    s.on('end', () => s.end());
  });
  await new Promise((resolve) => {
    const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca, servername: 'localhost' }, () => {
      const r1 = c.write('a', () => console.log('write cb 1', c.writableLength, c._handle.writeQueueSize > 0));
      console.log('write 1', r1, c.writableLength, c.bufferSize, c._handle.writeQueueSize > 0);
      const r2 = c.write(Buffer.alloc(1 << 20, 1), () => console.log('write cb 2', c.writableLength));
      console.log('write 2', r2, c.writableLength, c.writableNeedDrain);
      c.once('drain', () => {
        console.log('drain', c.writableLength, c.bufferSize);
        c.end();
      });
    });
    c.on('close', () => {
      console.log('server got', got);
      server.close(resolve);
    });
  });
}

async function cancelled() {
  // The peer resets before the handshake: the write queued meanwhile is
  // cancelled.
  const server = net.createServer((c) => c.destroy());
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  await new Promise((resolve) => {
    const c = tls.connect({ port: server.address().port, host: '127.0.0.1' });
    c.on('error', (e) => {
      console.log('error', e.code);
      c._undestroy();
    });
    c.write('hello', (err) => {
      console.log('write cb', err && err.code, err && err.message);
      server.close(resolve);
    });
  });
}

async function sslAfterClose() {
  const server = await serve({ key, cert }, (s) => s.end('bye'));
  await new Promise((resolve) => {
    const c = tls.connect({ port: server.address().port, host: '127.0.0.1', rejectUnauthorized: false }, () => {
      console.log('ssl.fd is a descriptor', typeof c.ssl.fd, c.ssl.fd > 0);
    });
    c.resume();
    c.on('close', () => {
      console.log('close: ssl still there', c.ssl !== null);
      setImmediate(() => {
        console.log('immediate: ssl', c.ssl);
        server.close(resolve);
      });
    });
  });
}

function peerCert(serverOpts, clientOpts) {
  return new Promise(async (resolve) => {
    const server = await serve(serverOpts, (s) => s.end());
    const c = tls.connect({ port: server.address().port, host: '127.0.0.1', servername: 'localhost', ...clientOpts }, () => {
      resolve({ c, server });
    });
    c.on('error', (e) => {
      console.log('client error', e.code);
      server.close();
    });
  });
}

async function chains() {
  // The server's cert is one PEM block; its ca completes the chain it sends.
  for (const clientOpts of [{ rejectUnauthorized: false }, { ca }]) {
    const { c, server } = await peerCert({ key, cert, ca }, clientOpts);
    const p = c.getPeerCertificate(true);
    const issuer = p.issuerCertificate;
    console.log('chain: authorized', c.authorized, c.authorizationError, 'peer ca', p.ca,
      'issuer', issuer && issuer.subject.CN, issuer && issuer.ca, 'root is its own issuer', issuer && issuer.issuerCertificate === issuer);
    c.destroy();
    server.close();
  }
  // Without ca the server sends the leaf alone.
  const { c, server } = await peerCert({ key, cert }, { rejectUnauthorized: false });
  console.log('leaf only:', c.authorizationError, c.getPeerCertificate(true).issuerCertificate === undefined);
  c.destroy();
  server.close();
}

async function fields() {
  const x = new X509Certificate(fx('odd-cert.pem'));
  console.log('subjectAltName', x.subjectAltName);
  console.log('infoAccess', JSON.stringify(x.infoAccess));
  console.log('legacy infoAccess', x.toLegacyObject().infoAccess);
  const { c, server } = await peerCert({ key: fx('odd-key.pem'), cert: fx('odd-cert.pem') }, {
    rejectUnauthorized: false, servername: 'plain.odd.test',
  });
  const p = c.getPeerCertificate();
  console.log('peer', p.subjectaltname, p.infoAccess);
  console.log('identity', tls.checkServerIdentity('plain.odd.test', p), tls.checkServerIdentity('slash.odd.test', p).code);
  c.destroy();
  server.close();
}

async function pfx() {
  // OpenSSL 3's default PKCS#12 (PBES2, AES-256-CBC, HMAC-SHA-256); its CA
  // is trusted too, so the client certificate it issued verifies.
  const p = fx('server.pfx');
  try {
    tls.createSecureContext({ pfx: p, passphrase: 'wrong' });
  } catch (e) {
    console.log('pfx wrong passphrase:', e.message);
  }
  // Which side's handshake completes first depends on scheduling: each
  // side's line is printed at the end, in one order.
  let serverSaw;
  let clientSaw;
  const server = await serve({ pfx: p, passphrase: 'sesame', requestCert: true, rejectUnauthorized: false }, (s) => {
    serverSaw = ['pfx server: client authorized', s.authorized, s.authorizationError, s.getCertificate().subject.CN];
    s.end();
  });
  await new Promise((resolve) => {
    const c = tls.connect({ port: server.address().port, host: '127.0.0.1', servername: 'localhost', ca,
      key: fx('client-key.pem'), cert: fx('client-cert.pem') }, () => { clientSaw = ['pfx client: authorized', c.authorized]; });
    c.resume();
    c.on('close', () => server.close(() => {
      console.log(...clientSaw);
      console.log(...serverSaw);
      resolve();
    }));
  });
}

async function onread() {
  const server = await serve({ key, cert }, (s) => s.end('hello world'));
  const u8 = new Uint8Array(4);
  let same = true;
  let text = '';
  await new Promise((resolve) => {
    tls.connect({
      port: server.address().port, host: '127.0.0.1', rejectUnauthorized: false,
      onread: { buffer: u8, callback(n, buf) { same = same && buf === u8; text += Buffer.from(buf.slice(0, n)); } },
    }).on('end', () => {
      console.log('onread Uint8Array', same, text);
      resolve();
    });
  });
  const pool = [Buffer.alloc(3), Buffer.alloc(3)];
  let asked = 0;
  text = '';
  await new Promise((resolve) => {
    tls.connect({
      port: server.address().port, host: '127.0.0.1', rejectUnauthorized: false,
      onread: {
        buffer: () => pool[asked++ % 2],
        callback(n, buf) { same = same && buf === pool[(asked - 1) % 2] && this instanceof tls.TLSSocket; text += buf.toString('latin1', 0, n); },
      },
    }).on('end', () => {
      console.log('onread function', same, text, 'asked', asked);
      server.close(resolve);
    });
  });
}

async function handshakeTimeouts() {
  // One peer that does a handshake, then two that never start one, 100 ms
  // apart: each stalled one gets ERR_TLS_HANDSHAKE_TIMEOUT after its own
  // handshakeTimeout; the secure one's timeout is back to 0. (The stalled
  // ones come once the good one closed: under load its handshake can take
  // longer than the timeout.)
  const server = await serve({ key, cert, handshakeTimeout: 1000 }, (s) => {
    console.log('handshake timeout: secure, socket.timeout', s.timeout);
    s.end();
  });
  let n = 0;
  const raws = [];
  await new Promise((resolve) => {
    server.on('tlsClientError', (e, s) => {
      console.log('handshake timeout: tlsClientError', e.code, e.message, s.timeout);
      if (++n === 2) resolve();
    });
    const c = tls.connect({ port: server.address().port, host: '127.0.0.1', rejectUnauthorized: false }, () => c.end());
    c.on('close', () => {
      console.log('handshake timeout: good client closed');
      raws.push(net.connect(server.address().port, '127.0.0.1'));
      setTimeout(() => raws.push(net.connect(server.address().port, '127.0.0.1')), 100);
    });
  });
  for (const r of raws) r.destroy();
  server.close();
}

async function sniWithoutCert() {
  // An SNI context without a certificate fails the handshake as OpenSSL's.
  const server = tls.createServer({ SNICallback: (name, cb) => cb(null, tls.createSecureContext()) });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const seen = {};
  await new Promise((resolve) => {
    const done = () => { if (seen.server && seen.client) resolve(); };
    server.on('tlsClientError', (e) => { seen.server = `${e.code} ${e.reason}`; done(); });
    const c = tls.connect({ port: server.address().port, host: '127.0.0.1', rejectUnauthorized: false, servername: 'any.name' });
    c.on('error', (e) => { seen.client = `${e.code} ${e.reason}`; done(); });
  });
  console.log('sni without certificate: server', seen.server);
  console.log('sni without certificate: client', seen.client);
  server.close();
}

async function rejections() {
  events.captureRejections = true;
  const boom = new Error('kaboom');
  const server = await serve({ key, cert }, async (s) => {
    s.on('error', (e) => console.log('server socket error', e === boom));
    throw boom;
  });
  events.captureRejections = false;
  await new Promise((resolve) => {
    const c = tls.connect({ port: server.address().port, host: '127.0.0.1', rejectUnauthorized: false });
    c.on('error', () => {});
    c.on('close', () => server.close(resolve));
  });
  console.log('rejection handled');
}

(async () => {
  await writes();
  await cancelled();
  await sslAfterClose();
  await chains();
  await fields();
  await pfx();
  await onread();
  await handshakeTimeouts();
  await sniWithoutCert();
  await rejections();
})();
