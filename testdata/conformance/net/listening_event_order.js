// 'listening' comes on a later tick than listen(); the callback is a
// 'listening' listener added after earlier ones.
const net = require('net');
const server = net.createServer();
server.on('listening', () => console.log('listening listener 1'));
server.listen(0, '127.0.0.1', () => console.log('listen callback'));
server.on('listening', () => {
  console.log('listening listener 2');
  server.close(() => console.log('closed'));
  server.on('close', () => console.log('close listener'));
});
console.log('after listen(), listening', server.listening);
process.nextTick(() => console.log('next tick'));
Promise.resolve().then(() => console.log('microtask'));
setImmediate(() => console.log('immediate'));
