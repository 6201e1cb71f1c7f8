// An unref'd server does not keep the process alive; ref() would.
const net = require('net');
const server = net.createServer();
server.listen(0, '127.0.0.1', () => {
  console.log('listening');
  console.log('unref returns server', server.unref() === server);
});
process.on('exit', (code) => console.log('exit', code, 'listening', server.listening));
