// createServer({ highWaterMark }) applies to both sides of accepted sockets.
const net = require('net');
const server = net.createServer({ highWaterMark: 100 }, (c) => {
  console.log('server socket', c.readableHighWaterMark, c.writableHighWaterMark);
  console.log('write 99 ->', c.write(Buffer.alloc(99)), 'write 1 more ->', c.write(Buffer.alloc(1)));
  c.end();
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  console.log('client default', c.readableHighWaterMark, c.writableHighWaterMark);
  const d = new net.Socket({ highWaterMark: 1000 });
  console.log('socket option', d.readableHighWaterMark, d.writableHighWaterMark);
  d.destroy();
  c.resume();
  c.on('close', () => server.close());
});
