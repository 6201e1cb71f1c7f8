// A server on ::1 and a client over IPv6.
const net = require('net');
const server = net.createServer((c) => {
  console.log('server: remote', c.remoteAddress, c.remoteFamily);
  c.end('v6');
});
server.listen(0, '::1', () => {
  const c = net.connect({ port: server.address().port, host: '::1' }, () => {
    console.log('client: remote', c.remoteAddress, c.remoteFamily, 'local', c.localAddress);
  });
  c.on('data', (d) => console.log('client: data', String(d)));
  c.on('close', () => server.close());
});
