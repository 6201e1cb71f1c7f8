// server.close() stops accepting at once but 'close' waits for the open
// connections to end.
const net = require('net');
const server = net.createServer((c) => {
  console.log('connection; closing server');
  server.close(() => console.log('server close callback; connections gone'));
  console.log('listening after close()', server.listening, server.address());
  c.on('close', () => console.log('server socket closed'));
  setTimeout(() => c.end('bye'), 50);
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.on('data', (d) => console.log('client data', String(d)));
  c.on('end', () => console.log('client end'));
});
