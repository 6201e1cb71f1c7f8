// Connecting by host name emits 'lookup' (err, address, family, host) before 'connect'.
const net = require('net');
const server = net.createServer((c) => c.end());
server.listen(0, '127.0.0.1', () => {
  const c = net.connect({ port: server.address().port, host: 'localhost', family: 4 });
  c.on('lookup', (err, address, family, host) => console.log('lookup', err, address, family, host, c.connecting));
  c.on('connect', () => console.log('connect', c.remoteAddress));
  c.on('close', () => {
    const d = net.connect({ port: server.address().port, host: 'localhost' });
    d.on('lookup', (err, address, family, host) => console.log('lookup (autoSelectFamily)', err, address, family, host));
    d.on('error', (e) => console.log('d error', e.code));
    d.on('close', () => server.close());
    d.resume();
  });
  c.resume();
});
