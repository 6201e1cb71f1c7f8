// connect({ localAddress, localPort }) binds the client end first.
const net = require('net');
const server = net.createServer((c) => {
  console.log('server sees remote', c.remoteAddress);
  c.end();
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect({ port: server.address().port, host: '127.0.0.1', localAddress: '127.0.0.1', localPort: 0 }, () => {
    console.log('client local', c.localAddress, c.localFamily);
  });
  c.resume();
  c.on('close', () => server.close());
});
