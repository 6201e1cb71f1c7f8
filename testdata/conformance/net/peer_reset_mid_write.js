// The peer resets while we keep writing: the writer gets an 'error'
// (EPIPE or ECONNRESET, whichever the kernel reports first), then 'close'(true).
const net = require('net');
const server = net.createServer((c) => {
  c.once('data', () => setTimeout(() => c.resetAndDestroy(), 20));
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  const chunk = Buffer.alloc(16 * 1024, 'z');
  let errors = 0;
  function pump() {
    while (!c.destroyed && c.write(chunk));
    if (!c.destroyed) c.once('drain', pump);
  }
  c.on('connect', pump);
  c.on('error', (e) => {
    errors++;
    console.log('error', ['EPIPE', 'ECONNRESET'].includes(e.code), ['write', 'read'].includes(e.syscall));
  });
  c.on('close', (h) => {
    console.log('close', h, 'errors', errors);
    server.close();
  });
});
