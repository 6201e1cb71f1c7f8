// setNoDelay / setKeepAlive return the socket, before and after connecting;
// the server's noDelay/keepAlive options are accepted.
const net = require('net');
const server = net.createServer({ noDelay: true, keepAlive: true, keepAliveInitialDelay: 1000 }, (c) => {
  console.log('server socket', c.setNoDelay(false) === c, c.setKeepAlive(false) === c);
  c.end('ok');
});
server.listen(0, '127.0.0.1', () => {
  const c = new net.Socket();
  console.log('before connect', c.setNoDelay() === c, c.setKeepAlive(true, 500) === c);
  c.connect({ port: server.address().port, host: '127.0.0.1', noDelay: true, keepAlive: true }, () => {
    console.log('after connect', c.setNoDelay(true) === c, c.setKeepAlive(true, 2000) === c, c.setNoDelay(false) === c);
  });
  c.on('data', (d) => console.log('data', String(d)));
  c.on('close', () => server.close());
});
