// Run with gojanet --workers N: worker 1's script throws once it listens;
// the others keep serving. argv: port.
const net = require('net');
const port = +process.argv[2];
const server = net.createServer((c) => {
  c.on('error', () => {});
  c.end('worker ' + process.env.GOJANET_WORKER_ID + '\n');
});
server.listen(port, '127.0.0.1', () => {
  console.log('listening');
  if (process.env.GOJANET_WORKER_ID === '1') {
    setTimeout(() => { throw new Error('worker 1 fails'); }, 50);
  }
});
