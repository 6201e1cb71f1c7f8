// Connecting to a Unix socket path that does not exist.
const net = require('net');
const path = (process.env.TMPDIR || '/tmp') + '/gojanet-no-such-' + process.pid + '-' + Math.random().toString(36).slice(2) + '.sock';
const c = net.connect(path);
c.on('error', (e) => {
  console.log(e.message === 'connect ENOENT ' + path, e.code, e.errno, e.syscall, e.address === path, 'port' in e);
});
c.on('close', (hadError) => console.log('close', hadError));
