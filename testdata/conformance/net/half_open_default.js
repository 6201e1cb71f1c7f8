// allowHalfOpen false (the default): when the client ends, the server's
// socket ends its side too; writing after that fails with EPIPE.
const net = require('net');
const server = net.createServer((c) => {
  c.on('end', () => {
    console.log('server: end, writable', c.writable, c.writableEnded);
    process.nextTick(() => {
      console.log('server: next tick writableEnded', c.writableEnded);
      c.write('late', (err) => console.log('server: late write callback', err && err.code, err && err.message));
    });
  });
  c.on('error', (e) => console.log('server: error', e.code, e.message));
  c.on('finish', () => console.log('server: finish'));
  c.on('close', () => { console.log('server: close'); server.close(); });
  c.resume();
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => c.end());
  c.on('end', () => console.log('client: end'));
  c.resume();
});
