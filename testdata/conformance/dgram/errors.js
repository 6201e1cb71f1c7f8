'use strict';
// Argument validation and system errors of dgram, as node reports them.
const dgram = require('dgram');

function show(f) {
  try {
    const r = f();
    console.log('ok', r === undefined ? 'undefined' : typeof r);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}

show(() => dgram.createSocket('udp5'));
show(() => dgram.createSocket());
show(() => dgram.createSocket({ type: 'tcp' }));
show(() => dgram.createSocket({ type: 'udp4', lookup: 1 }));
show(() => dgram.createSocket({ type: 'udp4', signal: 1 }));

const s = dgram.createSocket('udp4');
show(() => s.address());
show(() => s.setTTL('x'));
show(() => s.setBroadcast(true));
show(() => s.getRecvBufferSize());
show(() => s.setRecvBufferSize(-1));
show(() => s.send('x', 0, '127.0.0.1'));
show(() => s.send('x', 70000, '127.0.0.1'));
show(() => s.send('x', -1, '127.0.0.1'));
show(() => s.send(123, 1234, '127.0.0.1'));
show(() => s.send([1, 2], 1234, '127.0.0.1'));
show(() => s.send(Buffer.alloc(4), 5, 1, 1234, '127.0.0.1'));
show(() => s.send(Buffer.alloc(4), 2, 3, 1234, '127.0.0.1'));
show(() => s.send('x', 1234, 5));
show(() => s.connect(0, '127.0.0.1'));
show(() => s.connect('a', '127.0.0.1'));
show(() => s.connect(1234, 5));
show(() => s.addMembership());
show(() => s.setMulticastInterface(1));
show(() => s.addSourceSpecificMembership(1, '224.0.0.1'));

s.bind(0, '127.0.0.1', () => {
  const port = s.address().port;
  show(() => s.bind(0));
  show(() => s.setTTL(0));
  show(() => s.setTTL(64));
  show(() => s.setMulticastTTL(300));
  show(() => s.setMulticastTTL(3));
  show(() => s.setBroadcast(true));
  show(() => s.setMulticastLoopback(true));
  show(() => s.addMembership('not-an-ip'));
  show(() => s.setMulticastInterface('nope'));
  s.setRecvBufferSize(16384);
  console.log('recv buffer', s.getRecvBufferSize());
  s.setSendBufferSize(16384);
  console.log('send buffer', s.getSendBufferSize());
  console.log('queue', s.getSendQueueSize(), s.getSendQueueCount());
  // EMSGSIZE: bigger than any UDP datagram.
  s.send(Buffer.alloc(70000), port, '127.0.0.1', (err, n) => {
    console.log('big send', err.code, err.syscall, err.address, err.port === port, err.message.replace(String(port), 'PORT'), n);
    // EADDRINUSE: node's message shape.
    const t = dgram.createSocket('udp4');
    t.on('error', (e) => {
      console.log('bind error', e.name, e.code, e.errno, e.syscall, e.address, e.port === port, e.message.replace(String(port), 'PORT'));
      t.close();
      // A host name that does not resolve.
      s.send('x', port, 'nonexistent.invalid', (e2) => {
        console.log('lookup error', e2.code, e2.syscall, e2.hostname);
        s.close();
      });
    });
    t.bind(port, '127.0.0.1');
  });
});
s.on('close', () => console.log('closed'));
