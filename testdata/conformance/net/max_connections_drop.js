// maxConnections: connections beyond the limit are closed and 'drop' is emitted.
const net = require('net');
const server = net.createServer((c) => { c.resume(); });
server.maxConnections = 1;
server.on('drop', (data) => {
  console.log('drop', JSON.stringify(Object.keys(data)), data.localAddress, data.remoteAddress,
    data.localFamily, data.remoteFamily, data.localPort === server.address().port);
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const a = net.connect(port, '127.0.0.1', () => {
    console.log('first connected');
    setTimeout(() => {
      const b = net.connect(port, '127.0.0.1', () => console.log('second connected (kernel accepted)'));
      b.on('error', (e) => console.log('second error', e.code));
      b.on('end', () => console.log('second: end (server dropped it)'));
      b.on('close', () => {
        console.log('second closed');
        a.end();
      });
      b.resume();
    }, 20);
  });
  a.on('close', () => server.close(() => console.log('server closed')));
  a.resume();
});
