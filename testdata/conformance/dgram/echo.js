'use strict';
// Echo between two sockets on 127.0.0.1: an implicitly bound client sends
// strings, slices, chunk lists, empty datagrams and a host name, one at a time.
const dgram = require('dgram');

const server = dgram.createSocket('udp4');
server.on('error', (e) => { console.log('server error', e.code); });
server.on('message', (msg, rinfo) => {
  console.log('server got', JSON.stringify(msg.toString()), rinfo.address, rinfo.family, typeof rinfo.port, rinfo.size);
  console.log(Object.keys(rinfo).join());
  server.send(msg, rinfo.port, rinfo.address, (err, n) => {
    console.log('server sent', err, n);
  });
});
server.on('listening', () => {
  const a = server.address();
  console.log('listening', a.address, a.family, a.port > 0);
  const client = dgram.createSocket('udp4');
  const sends = [
    (cb) => client.send('hello', a.port, '127.0.0.1', cb),
    (cb) => client.send(Buffer.from('0123456789'), 2, 3, a.port, '127.0.0.1', cb),
    (cb) => client.send(['ab', Buffer.from('cd'), new Uint8Array([101, 102])], a.port, 'localhost', cb),
    (cb) => client.send(Buffer.alloc(0), a.port, cb),
    (cb) => client.send('xyz', 1, 1, a.port, cb),
    (cb) => client.sendto(Buffer.from('to'), 0, 2, a.port, '127.0.0.1', cb),
  ];
  let i = 0;
  const next = () => {
    const f = sends[i++];
    f((err, n) => console.log('sent', i, err, n));
  };
  client.on('message', (msg, rinfo) => {
    console.log('client got', JSON.stringify(msg.toString()), rinfo.port === a.port, rinfo.size);
    if (i === sends.length) {
      client.close(() => console.log('client close cb'));
      server.close();
      return;
    }
    next();
  });
  client.on('listening', () => console.log('client listening', client.address().port > 0));
  client.on('close', () => console.log('client closed'));
  next();
});
server.on('close', () => console.log('server closed'));
server.bind(0, '127.0.0.1');
console.log('sync end');
