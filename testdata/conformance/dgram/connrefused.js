// A connected UDP socket learns from the ICMP port-unreachable its peer's
// host sends back: the next receive fails, which node reports as an 'error'
// event (recvmsg ECONNREFUSED), and the socket keeps working. An
// unconnected socket sending to the same port hears nothing.
'use strict';
const dgram = require('dgram');

// A port nobody listens on: bind, note it, close.
const probe = dgram.createSocket('udp4');
probe.bind(0, '127.0.0.1', () => {
  const port = probe.address().port;
  probe.close(() => run(port));
});

function run(port) {
  const s = dgram.createSocket('udp4');
  const events = [];
  s.on('error', (e) => {
    events.push(`error ${e.message} ${e.code} ${e.errno} ${e.syscall} ${Object.keys(e)}`);
  });
  s.on('close', () => {
    console.log(events.join('\n'));
    unconnected(port);
  });
  s.connect(port, '127.0.0.1', () => {
    s.send('a', (err, n) => {
      events.push(`sent ${err} ${n}`);
      setTimeout(() => s.send('b', (err, n) => {
        events.push(`sent again ${err} ${n}`);
        setTimeout(() => s.close(), 100);
      }), 100);
    });
  });
}

function unconnected(port) {
  const u = dgram.createSocket('udp4');
  u.on('error', (e) => console.log('unexpected', e.message));
  u.send('x', port, '127.0.0.1', (err, n) => {
    console.log('unconnected sent', err, n);
    setTimeout(() => u.close(() => console.log('closed')), 100);
  });
}
