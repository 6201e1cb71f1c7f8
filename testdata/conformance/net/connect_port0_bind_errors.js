// Connecting to port 0 (ECONNREFUSED without a port in the message) and
// binding the client end to a port already in use (bind EADDRINUSE).
const net = require('net');
const c = net.connect(0, '127.0.0.1');
c.on('error', (e) => {
  console.log('port 0:', e.message, e.code, e.syscall, e.address, e.port);
  const s = net.createServer().listen(0, '127.0.0.1', () => {
    const used = s.address().port;
    const d = net.connect({ port: used, host: '127.0.0.1', localAddress: '127.0.0.1', localPort: used });
    d.on('error', (e2) => {
      console.log('localPort in use:', e2.message.split(String(used)).join('P'), e2.code, e2.syscall, e2.address, e2.port === used);
      s.close();
    });
  });
});
