'use strict';
// A TLS 1.2 server's session cache through 'newSession' and 'resumeSession'
// (SSL_OP_NO_TICKET: sessions resumed by id, stored by the script), the
// handshake waiting for each callback, a resumeSession answered after the
// client went away, and no events for sessions tickets carry.
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const { SSL_OP_NO_TICKET } = require('crypto').constants;
const fx = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));

// The server's lines are printed once the client's connection closed, so
// the order does not depend on which side finishes its handshake first.
const serverLog = [];

function connect(port, session) {
  return new Promise((resolve) => {
    const c = tls.connect({ port, host: '127.0.0.1', rejectUnauthorized: false, maxVersion: 'TLSv1.2', session }, () => {
      console.log('  client secure, reused:', c.isSessionReused());
    });
    let got;
    c.on('session', (s) => { got = s; });
    c.on('error', (e) => console.log('  client error', e.code));
    c.resume();
    c.on('close', () => {
      for (const line of serverLog.splice(0)) console.log(line);
      resolve(got);
    });
  });
}

function serve(options, onSecure) {
  const server = tls.createServer({ key: fx('server-key.pem'), cert: fx('server-cert.pem'), ...options }, (s) => {
    onSecure(s);
    s.end('bye');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

(async () => {
  console.log('session ids (SSL_OP_NO_TICKET)');
  const store = new Map();
  const s1 = await serve({ secureOptions: SSL_OP_NO_TICKET }, () => serverLog.push('  server secure'));
  s1.on('newSession', (id, data, done) => {
    serverLog.push(`  newSession ${id.length} ${Buffer.isBuffer(data)}`);
    store.set(id.toString('hex'), data);
    setTimeout(done, 20); // the handshake waits for it
  });
  s1.on('resumeSession', (id, cb) => {
    serverLog.push(`  resumeSession, known: ${store.has(id.toString('hex'))}`);
    cb(null, store.get(id.toString('hex')) || null);
  });
  const port1 = s1.address().port;
  const session = await connect(port1);
  await connect(port1, session);
  store.clear();
  await connect(port1, session);
  s1.close();

  console.log('resumeSession answered after the client closed');
  const s2 = await serve({ secureOptions: SSL_OP_NO_TICKET }, () => serverLog.push('  server secure'));
  const kept = new Map();
  s2.on('newSession', (id, data, done) => { kept.set(id.toString('hex'), data); done(); });
  let late;
  let asked;
  s2.on('resumeSession', (id, cb) => {
    late = () => cb(null, kept.get(id.toString('hex')));
    asked();
  });
  const port2 = s2.address().port;
  const second = await connect(port2);
  // The client goes once the server waits on resumeSession (50 ms after
  // the connect was not always enough for the hello to get there under load).
  await new Promise((resolve) => {
    const c = tls.connect({ port: port2, host: '127.0.0.1', rejectUnauthorized: false, maxVersion: 'TLSv1.2', session: second });
    c.on('error', () => {});
    asked = () => { c.destroy(); resolve(); };
  });
  await new Promise((resolve) => setTimeout(resolve, 50));
  late();
  console.log('  late callback returned');
  s2.close();

  console.log('tickets (TLS 1.2)');
  const s3 = await serve({}, () => serverLog.push('  server secure'));
  s3.on('newSession', () => serverLog.push('  newSession!'));
  s3.on('resumeSession', () => serverLog.push('  resumeSession!'));
  const port3 = s3.address().port;
  const t = await connect(port3);
  await connect(port3, t);
  s3.close();
})();
