// getConnections counts open connections as they come and go.
const net = require('net');
const sockets = [];
const server = net.createServer((c) => {
  sockets.push(c);
  server.getConnections((err, n) => {
    console.log('connection', sockets.length, 'count', err, n);
    if (sockets.length === 3) closeOne();
  });
});
function closeOne() {
  const c = sockets.shift();
  c.on('close', () => server.getConnections((err, n) => {
    console.log('after one closed, count', n);
    if (sockets.length > 0) closeOne();
    else server.close(() => console.log('closed'));
  }));
  c.destroy();
}
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  let i = 0;
  (function connectNext() {
    const c = net.connect(port, '127.0.0.1');
    c.resume();
    c.on('error', () => {});
    server.once('connection', () => { if (++i < 3) setImmediate(connectNext); });
  })();
});
