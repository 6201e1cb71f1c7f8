// EADDRINUSE on an explicit IPv4 host.
const net = require('net');
const a = net.createServer().listen(0, '127.0.0.1', () => {
  const port = a.address().port;
  const b = net.createServer();
  b.on('error', (e) => {
    console.log(e.message.replace(String(port), 'PORT'), e.code, e.errno, e.syscall, e.address);
    a.close();
  });
  b.listen({ port, host: '127.0.0.1' });
});
