'use strict';
// The TLS engine on the kernel socket: a tls.Server's connections (one
// TLSSocket over the accepted handle, or over the net.Socket a 'connection'
// listener saw), socket.pipe(socket) between TLS sockets (forwarded in Go),
// backpressure both ways, half-close, byte counters, and a peer that
// resets in the middle of the handshake. Each case runs after the previous
// one so the output order is fixed.
const tls = require('tls');
const net = require('net');
const fs = require('fs');
const path = require('path');
const fx = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));
const opts = { key: fx('server-key.pem'), cert: fx('server-cert.pem') };

function serve(o, onConn) {
  return new Promise((resolve) => {
    const server = tls.createServer(o, onConn);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

const sum = (buf) => { let s = 0; for (let i = 0; i < buf.length; i += 997) s = (s + buf[i]) % 65521; return s; };
const pattern = (n) => {
  const base = Buffer.alloc(4093); // a prime length, so chunk boundaries do not line up with it
  for (let i = 0; i < base.length; i++) base[i] = (i * 7 + (i >> 9)) & 0xff;
  const b = Buffer.alloc(n);
  for (let off = 0; off < n; off += base.length) base.copy(b, off);
  return b;
};

async function echoPipe() {
  console.log('echo through pipe');
  let serverClosed;
  const serverDone = new Promise((resolve) => { serverClosed = resolve; });
  const server = await serve(opts, (c) => {
    c.write('hello\r\n');
    c.pipe(c);
    c.on('end', () => console.log('  server end'));
    // printed after the client's close: the two sockets' closes race
    c.on('close', () => serverClosed(['  server close read=%d written=%d', c.bytesRead, c.bytesWritten]));
  });
  const data = pattern(1 << 20);
  await new Promise((resolve) => {
    const c = tls.connect({ port: server.address().port, host: '127.0.0.1', rejectUnauthorized: false }, () => {
      c.write(data.subarray(0, 1000));
      setTimeout(() => { c.write(data.subarray(1000)); c.end(); }, 20);
    });
    const chunks = [];
    c.on('data', (d) => chunks.push(d));
    c.on('end', () => {
      const all = Buffer.concat(chunks);
      console.log('  client got %d bytes, greeting=%j, echo intact=%s', all.length,
                  all.subarray(0, 7).toString(), sum(all.subarray(7)) === sum(data) && all.length === data.length + 7);
    });
    c.on('close', () => {
      console.log('  client close read=%d written=%d', c.bytesRead, c.bytesWritten);
      serverDone.then((line) => { console.log(...line); server.close(resolve); });
    });
  });
}

async function backpressure() {
  console.log('backpressure');
  const data = pattern(4 << 20);
  const server = await serve(opts, (c) => {
    c.pause();
    let n = 0;
    setTimeout(() => {
      c.on('data', (d) => { n += d.length; });
      c.resume();
    }, 100);
    c.on('end', () => {
      console.log('  server read %d', n);
      // the answer is larger than the client reads at once
      const ok = c.write(data);
      console.log('  server write returned %s', ok);
      c.once('drain', () => console.log('  server drain'));
      c.end();
    });
  });
  await new Promise((resolve) => {
    const c = tls.connect({ port: server.address().port, host: '127.0.0.1', rejectUnauthorized: false }, () => {
      const ok = c.write(data);
      console.log('  client write returned %s', ok);
      c.once('drain', () => { console.log('  client drain'); c.end(); });
    });
    c.pause();
    let n = 0;
    setTimeout(() => { c.on('data', (d) => { n += d.length; }); c.resume(); }, 200);
    c.on('end', () => console.log('  client read %d', n));
    c.on('close', () => server.close(resolve));
  });
}

async function connectionListener() {
  console.log('a connection listener sees the net.Socket');
  const server = await serve(opts, (c) => {
    console.log('  secureConnection: TLSSocket=%s remote=%s', c instanceof tls.TLSSocket, c.remoteAddress);
    c.end('bye');
  });
  server.on('connection', (s) => {
    console.log('  connection: net.Socket=%s TLSSocket=%s', s instanceof net.Socket, s instanceof tls.TLSSocket);
    s.on('close', () => console.log('  raw socket close'));
  });
  await new Promise((resolve) => {
    const c = tls.connect({ port: server.address().port, host: '127.0.0.1', rejectUnauthorized: false });
    let got = '';
    c.on('data', (d) => { got += d; });
    c.on('end', () => console.log('  client got %j', got));
    c.on('close', () => server.close(resolve));
  });
}

async function halfClose() {
  console.log('half-close');
  const server = await serve({ ...opts, allowHalfOpen: true }, (c) => {
    let got = '';
    c.on('data', (d) => { got += d; });
    c.on('end', () => {
      console.log('  server end after %j, writable=%s', got, c.writable);
      setTimeout(() => c.end('late answer'), 20);
    });
    c.on('close', () => console.log('  server close'));
  });
  await new Promise((resolve) => {
    const c = tls.connect({ port: server.address().port, host: '127.0.0.1', rejectUnauthorized: false, allowHalfOpen: true }, () => {
      c.end('question');
    });
    let got = '';
    c.on('data', (d) => { got += d; });
    c.on('end', () => console.log('  client end after %j', got));
    c.on('close', () => { console.log('  client close'); server.close(resolve); });
  });
}

async function resetMidHandshake() {
  console.log('peer resets mid-handshake');
  const server = await serve(opts, () => console.log('  unexpected secureConnection'));
  await new Promise((resolve) => {
    server.on('tlsClientError', (err, s) => {
      console.log('  tlsClientError code=%s TLSSocket=%s', err.code, s instanceof tls.TLSSocket);
      server.close(resolve);
    });
    const raw = net.connect(server.address().port, '127.0.0.1', () => {
      // The start of a ClientHello record, then a reset.
      raw.write(Buffer.from([0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00, 0x01, 0xfc, 0x03, 0x03]));
      setTimeout(() => raw.resetAndDestroy(), 50);
    });
    raw.on('error', () => {});
  });
}

(async () => {
  await echoPipe();
  await backpressure();
  await connectionListener();
  await halfClose();
  await resetMidHandshake();
})();
