// resetAndDestroy(): the peer reads ECONNRESET; the resetting side closes
// without an error.
const net = require('net');
const server = net.createServer((c) => {
  c.on('data', () => {
    c.on('close', (h) => console.log('server socket: close', h));
    c.resetAndDestroy();
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => c.write('hi'));
  c.on('error', (e) => console.log('client: error', e.code, e.errno, e.syscall, e.message));
  c.on('end', () => console.log('client: end'));
  c.on('close', (h) => { console.log('client: close', h); server.close(); });
});
