'use strict';
// TLS inside TLS (an HTTPS proxy's tunnel): a TLS server reads a head
// record, then hands its TLSSocket to a second TLS server as a connection.
// The head's record comes as a chunk of its own, and once the inner
// TLSSocket wraps the outer one, the outer's 'data' listeners see nothing
// more (the inner handshake and data go to the inner socket alone).
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const fx = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));
const opts = { key: fx('server-key.pem'), cert: fx('server-cert.pem') };

const inner = tls.createServer(opts, (s) => {
  console.log('inner secureConnection', s.encrypted);
  s.on('data', (d) => {
    console.log('inner data:', String(d));
    s.end('pong');
  });
});

const outer = tls.createServer(opts, (s) => {
  let n = 0;
  s.on('data', (d) => {
    n++;
    console.log('outer data', n, JSON.stringify(String(d)));
    if (String(d) === 'CONNECT') inner.emit('connection', s);
  });
  s.on('close', () => { console.log('outer close, chunks', n); outer.close(); });
});

outer.listen(0, '127.0.0.1', () => {
  const down = tls.connect({ port: outer.address().port, host: '127.0.0.1', ca: fx('ca.pem'), servername: 'localhost' }, () => {
    down.write('CONNECT', () => {
      const up = tls.connect({ socket: down, ca: fx('ca.pem'), servername: 'localhost' }, () => {
        console.log('client inner secureConnect', up.authorized);
        up.write('ping');
      });
      up.on('data', (d) => console.log('client inner data:', String(d)));
      up.on('end', () => { console.log('client inner end'); down.end(); });
    });
  });
});
