// destroy() before the connection is established: pending writes fail with
// ERR_SOCKET_CLOSED_BEFORE_CONNECTION, no 'connect'.
const net = require('net');
const server = net.createServer((c) => c.resume());
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.on('connect', () => console.log('unexpected connect'));
  c.write('data', (err) => console.log('write callback', err && err.code));
  c.on('error', (e) => console.log('error', e.code));
  c.on('close', (hadError) => {
    console.log('close', hadError, c.destroyed, c.connecting);
    server.close();
  });
  c.destroy();
  console.log('after destroy', c.destroyed, c.connecting, c.readyState);
});
