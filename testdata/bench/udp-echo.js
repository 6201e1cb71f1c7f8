// UDP echo server for `netbench udpecho` (one socket): every datagram goes
// back to its sender. PORT (default 8124); prints "server bound" when ready.
'use strict';
const dgram = require('dgram');
const s = dgram.createSocket('udp4');
s.on('message', (msg, rinfo) => s.send(msg, rinfo.port, rinfo.address));
s.bind(Number(process.env.PORT || 8124), '127.0.0.1', () => console.log('server bound'));
