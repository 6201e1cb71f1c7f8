// The peer resets while we read: 'error' read ECONNRESET, then 'close'(true).
const net = require('net');
const server = net.createServer((c) => {
  c.once('data', () => c.resetAndDestroy());
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => c.write('x'));
  c.on('data', () => console.log('unexpected data'));
  c.on('end', () => console.log('unexpected end'));
  c.on('error', (e) => console.log(e.message, JSON.stringify(Object.keys(e)), e.code, e.errno, e.syscall));
  c.on('close', (h) => { console.log('close', h, c.destroyed); server.close(); });
});
