// Listening twice on the same Unix socket path: EADDRINUSE with the path.
const net = require('net');
const path = (process.env.TMPDIR || '/tmp') + '/gojanet-ipc-inuse-' + process.pid + '-' + Math.random().toString(36).slice(2) + '.sock';
const a = net.createServer().listen(path, () => {
  const b = net.createServer();
  b.on('error', (e) => {
    console.log(e.message === 'listen EADDRINUSE: address already in use ' + path, e.code, e.errno, e.syscall,
      e.address === path, 'port' in e, b.listening);
    a.close(() => console.log('a closed'));
  });
  b.listen(path);
});
