// remote/local address, port and family on both ends, and address().
const net = require('net');
const server = net.createServer((c) => {
  const a = c.address();
  console.log('server side', c.remoteAddress, c.remoteFamily, typeof c.remotePort,
    c.localAddress, c.localFamily, c.localPort === server.address().port,
    JSON.stringify(Object.keys(a)), a.port === c.localPort);
  c.end();
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const c = net.connect(port, '127.0.0.1', () => {
    console.log('client side', c.remoteAddress, c.remoteFamily, c.remotePort === port,
      c.localAddress, c.localFamily, typeof c.localPort);
  });
  c.resume();
  c.on('close', () => {
    console.log('after close', c.remoteAddress, c.localAddress, JSON.stringify(c.address()));
    server.close();
  });
});
