// listen() with a host name resolves it first: listening is false until then.
const net = require('net');
const server = net.createServer();
server.listen(0, 'localhost', () => {
  const a = server.address();
  console.log('listening on', a.address, a.family);
  server.close();
});
console.log('listening right after listen()', server.listening);
