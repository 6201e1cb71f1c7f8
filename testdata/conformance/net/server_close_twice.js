// Closing a server twice: the second close reports ERR_SERVER_NOT_RUNNING.
const net = require('net');
const server = net.createServer();
server.listen(0, '127.0.0.1', () => {
  server.close((err) => console.log('first close callback', err));
  server.close((err) => console.log('second close callback', err && err.code));
  server.on('close', () => console.log('close event'));
});
