'use strict';
// Connected sockets: connect/remoteAddress/disconnect, send without a port,
// and the errors of misuse.
const dgram = require('dgram');

function show(f) {
  try {
    const r = f();
    console.log('ok', r);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}

const server = dgram.createSocket('udp4');
server.on('message', (msg, rinfo) => {
  console.log('server got', msg.toString(), rinfo.size);
  server.send(msg, rinfo.port, rinfo.address);
});
server.bind(0, '127.0.0.1', () => {
  const port = server.address().port;
  const client = dgram.createSocket('udp4');
  show(() => client.remoteAddress());
  show(() => client.disconnect());
  client.connect(port, '127.0.0.1', function(err) {
    console.log('connect cb', err, this === client);
    const r = client.remoteAddress();
    console.log('remote', r.address, r.family, r.port === port);
    show(() => client.connect(port));
    show(() => client.send('x', port));
    show(() => client.send('x', port, '127.0.0.1'));
    client.send('one', (err, n) => console.log('send one', err, n));
    client.send(Buffer.from('abcdef'), 1, 2, (err, n) => console.log('send two', err, n));
  });
  client.on('connect', () => console.log('connect event'));
  let got = 0;
  client.on('message', (msg) => {
    console.log('client got', msg.toString());
    if (++got < 4) return;
    client.disconnect();
    show(() => client.remoteAddress());
    show(() => client.send('y'));
    client.send('three', port, '127.0.0.1', (err, n) => console.log('send three', err, n));
    server.once('message', () => {
      client.close();
      server.close(() => console.log('server closed'));
    });
  });
  client.on('close', () => {
    console.log('client closed');
    show(() => client.close());
    show(() => client.send('z', port, '127.0.0.1'));
    show(() => client.address());
    show(() => client.bind());
  });
});
