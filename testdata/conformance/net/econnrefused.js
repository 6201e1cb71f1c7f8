// Connecting to a closed port: 'error' shaped as node's, then 'close'(true).
const net = require('net');
const server = net.createServer();
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  server.close(() => {
    const c = net.connect(port, '127.0.0.1');
    c.on('connect', () => console.log('unexpected connect'));
    c.on('error', (e) => {
      console.log(e.message.replace(String(port), 'PORT'));
      console.log(JSON.stringify(Object.keys(e)), e.code, e.errno, e.syscall, e.address, e.port === port);
      console.log('destroyed in error handler', c.destroyed, c.readyState);
    });
    c.on('close', (hadError) => console.log('close', hadError));
  });
});
