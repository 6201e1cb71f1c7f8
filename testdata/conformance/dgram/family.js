'use strict';
// Addresses are parsed in the socket's own family, as node does: an IPv4
// address on a udp6 socket (and the reverse) is EINVAL, found without
// touching the network.
const dgram = require('dgram');

const a = dgram.createSocket('udp6');
a.on('error', (e) => {
  console.log('udp6 bind', e.code, e.syscall, e.address, e.message);
  a.close();
  const b = dgram.createSocket('udp4');
  b.on('error', (e2) => {
    console.log('udp4 bind', e2.code, e2.syscall, e2.address, e2.message);
    b.close(() => console.log('closed'));
  });
  b.bind(0, '::1');
});
a.bind(0, '127.0.0.1');
