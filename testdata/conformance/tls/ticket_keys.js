'use strict';
// Session tickets in OpenSSL's layout (16-byte key name, 16-byte IV,
// AES-128-CBC, HMAC-SHA256) with ticketKeys' name, HMAC and AES parts, and
// node's ticket-key callback (context.enableTicketKeyCallback(),
// onticketkeycallback(name, iv, enc) answering [status, hmac, aes(, name,
// iv)]): a ticket one server sealed with ticketKeys opens on another whose
// callback gives the same keys; 1 resumes, 2 resumes and renews, 0 makes a
// full handshake; a callback that throws or answers no array fails the
// handshake with an internal_error alert. Then an https Agent's second
// request resumes after the callback renewed (node's
// test-https-resume-after-renew). TLS 1.2 where the counts of calls are
// printed: a TLS 1.3 server of node's issues two tickets per handshake,
// crypto/tls one.
const tls = require('tls');
const https = require('https');
const fs = require('fs');
const path = require('path');
const fx = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));

const part = (c) => Buffer.alloc(16, c);
const serverLog = [];

function serve(options) {
  const server = tls.createServer({ key: fx('server-key.pem'), cert: fx('server-cert.pem'), maxVersion: 'TLSv1.2', ...options },
    (s) => s.end('bye'));
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// One connection; the server's lines are printed once the client closed (and,
// when the handshake is to fail, once the server reported it).
function connect(server, session, failing) {
  const port = server.address().port;
  const serverFailed = failing ? new Promise((resolve) => server.once('tlsClientError', (e) => {
    serverLog.push(`  tlsClientError ${e.code}`);
    resolve();
  })) : null;
  const closed = new Promise((resolve) => {
    const c = tls.connect({ port, host: '127.0.0.1', rejectUnauthorized: false, session });
    let ticket, reused, kept, error;
    c.on('secureConnect', () => { reused = c.isSessionReused(); });
    c.on('error', (e) => { error = e.code; });
    c.resume();
    c.on('end', () => { ticket = c.getTLSTicket(); kept = c.getSession(); });
    c.on('close', () => resolve({ session: kept, ticket, reused, error }));
  });
  return Promise.all([closed, serverFailed]).then(([r]) => {
    for (const line of serverLog.splice(0)) console.log(line);
    if (r.error) console.log(`  client error ${r.error}`);
    if (!failing) console.log(`  reused: ${r.reused}`);
    return r;
  });
}

function describeTicket(t) {
  return `key name ${t.subarray(0, 16).toString()}, whole AES blocks between IV and HMAC: ${(t.length - 64) % 16 === 0}`;
}

(async () => {
  console.log('ticketKeys: name N, HMAC key H, AES key S');
  const a = await serve({ ticketKeys: Buffer.concat([part('N'), part('H'), part('S')]) });
  const first = await connect(a);
  console.log(' ', describeTicket(first.ticket));
  await connect(a, first.session);
  a.close();

  console.log('a callback with the same keys opens that ticket');
  let answer = 1;
  const b = await serve({});
  const ctx = b._sharedCreds.context;
  ctx.enableTicketKeyCallback();
  ctx.onticketkeycallback = function(name, iv, enc) {
    if (this !== ctx) serverLog.push('  wrong this');
    if (enc) {
      serverLog.push(`  encrypt: name ${name.length} bytes, iv ${iv.length} bytes`);
      return [1, part('h'), part('s'), part('B'), part('I')];
    }
    const known = name.equals(part('N')) || name.equals(part('B'));
    serverLog.push(`  decrypt ${name.toString()} (iv ${iv.length} bytes) -> ${known ? answer : 0}`);
    if (name.equals(part('N'))) return [answer, part('H'), part('S')];
    return [known ? answer : 0, part('h'), part('s')];
  };
  await connect(b, first.session);

  console.log('a callback sealing with its own keys');
  const own = await connect(b);
  console.log(' ', describeTicket(own.ticket));
  console.log('1: resumed');
  await connect(b, own.session);
  console.log('2: resumed and renewed');
  answer = 2;
  await connect(b, own.session);
  console.log('0: a full handshake');
  answer = 0;
  await connect(b, own.session);

  console.log('a callback that throws');
  ctx.onticketkeycallback = (name, iv, enc) => {
    if (!enc) throw new Error('no keys here');
    return [1, part('h'), part('s'), part('B'), part('I')];
  };
  process.once('uncaughtException', (e) => serverLog.push(`  uncaught: ${e.message}`));
  await connect(b, own.session, true);
  console.log('a callback that answers no array');
  ctx.onticketkeycallback = (name, iv, enc) => (enc ? [1, part('h'), part('s'), part('B'), part('I')] : 1);
  await connect(b, own.session, true);
  b.close();

  console.log('https: the second request resumes after a renewal');
  const calls = [];
  const server = https.createServer({ key: fx('server-key.pem'), cert: fx('server-cert.pem') }, (req, res) => res.end('hello'));
  server._sharedCreds.context.enableTicketKeyCallback();
  server._sharedCreds.context.onticketkeycallback = (name, iv, enc) => {
    const kind = enc ? 'encrypt' : 'decrypt';
    if (calls[calls.length - 1] !== kind) calls.push(kind);
    return enc ? [1, part('H'), part('S'), part('A'), part('I')] : [2, part('H'), part('S')];
  };
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const agent = new https.Agent({ keepAlive: false });
  for (let i = 1; i <= 2; i++) {
    await new Promise((resolve) => {
      https.get({ host: '127.0.0.1', port: server.address().port, agent, rejectUnauthorized: false }, (res) => {
        const reused = res.socket.isSessionReused();
        res.resume();
        res.on('end', () => {
          console.log(`  request ${i}: ${res.statusCode}, reused: ${reused}`);
          resolve();
        });
      });
    });
  }
  console.log(`  callback calls: ${calls.join(', ')}`);
  server.close();
})();
