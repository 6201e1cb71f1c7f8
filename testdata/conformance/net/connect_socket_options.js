'use strict';
// Connect options noDelay/keepAlive reach the handle once connected (node's
// afterConnect), a reconnected socket counts only its new bytes, a listener
// has node's _connectionKey, options.signal gets one 'abort' listener, and
// _setSimultaneousAccepts warns once (DEP0121).
const net = require('net');
const { getEventListeners } = require('events');

process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
net._setSimultaneousAccepts();
net._setSimultaneousAccepts();

const server = net.createServer((s) => s.resume());
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  console.log('key', server._connectionKey);
  const ac = new AbortController();
  const c = net.connect({ port, host: '127.0.0.1', noDelay: true, keepAlive: true,
                          keepAliveInitialDelay: 2500, signal: ac.signal });
  console.log('abort listeners', getEventListeners(ac.signal, 'abort').length);
  const calls = [];
  c._handle.setNoDelay = (v) => calls.push(`setNoDelay(${v})`);
  c._handle.setKeepAlive = (v, d) => calls.push(`setKeepAlive(${v}, ${d})`);
  c.on('connect', () => {
    console.log('on connect', calls.join(' '));
    c.end('abcdef');
  });
  let round = 0;
  c.on('close', () => {
    console.log('close', round, 'bytesWritten', c.bytesWritten);
    if (++round < 2) {
      c.connect(port, '127.0.0.1', () => c.end('xyz'));
    } else {
      server.close();
    }
  });
});

const neg = new net.Socket({ keepAliveInitialDelay: -5000 });
neg.setKeepAlive(true);
console.log('negative delay ok');
neg.destroy();
