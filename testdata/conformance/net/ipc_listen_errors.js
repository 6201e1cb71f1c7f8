// Unix-socket failures: listening in a missing directory (EACCES, as libuv
// reports it) and connecting there (ENOENT).
const net = require('net');
const a = net.createServer();
a.on('error', (e) => {
  console.log('listen:', e.message, e.code, e.errno, e.syscall, e.address, a.listening, a.address());
  const c = net.connect('/nonexistent-dir/x.sock');
  c.on('error', (e2) => console.log('connect:', e2.message, e2.code, e2.errno, e2.syscall, e2.address));
  c.on('close', (h) => console.log('close', h));
});
a.listen('/nonexistent-dir/x.sock');
