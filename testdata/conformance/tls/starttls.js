'use strict';
// STARTTLS: a plaintext exchange on a net socket, then both ends upgrade
// the same sockets (server: new TLSSocket(socket, { isServer, secureContext }),
// client: tls.connect({ socket })), and talk over TLS.
const net = require('net');
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const fx = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));
const secureContext = tls.createSecureContext({ key: fx('server-key.pem'), cert: fx('server-cert.pem') });

const server = net.createServer((raw) => {
  raw.once('data', (d) => {
    console.log('server plain:', String(d).trim());
    raw.write('220 go ahead\r\n');
    const s = new tls.TLSSocket(raw, { isServer: true, secureContext, server });
    s.on('secure', () => console.log('server secure', s.getProtocol()));
    s.on('data', (x) => {
      console.log('server tls:', String(x).trim());
      s.end('bye\r\n');
    });
    s.on('close', () => { console.log('server tls close'); server.close(); });
  });
});

server.listen(0, '127.0.0.1', () => {
  const raw = net.connect(server.address().port, '127.0.0.1', () => raw.write('STARTTLS\r\n'));
  raw.once('data', (d) => {
    console.log('client plain:', String(d).trim());
    const c = tls.connect({ socket: raw, ca: fx('ca.pem'), servername: 'localhost' }, () => {
      console.log('client secureConnect', c.authorized, c.encrypted);
      c.write('EHLO secure\r\n');
    });
    c.on('data', (x) => console.log('client tls:', String(x).trim()));
    c.on('end', () => console.log('client end'));
    c.on('close', () => console.log('client close'));
  });
});
