// Inside an I/O callback, setImmediate runs before setTimeout(0), and ticks
// before promises, on both ends of a TCP connection.
const net = require('net');
const server = [];
const client = [];
const srv = net.createServer((sock) => {
  setTimeout(() => server.push('timeout'), 0);
  setImmediate(() => server.push('immediate'));
  Promise.resolve().then(() => server.push('promise'));
  process.nextTick(() => server.push('tick'));
  server.push('connection');
  sock.end('hi');
});
srv.listen(0, '127.0.0.1', () => {
  const c = net.connect(srv.address().port, '127.0.0.1');
  c.on('data', (d) => {
    setTimeout(() => client.push('timeout'), 0);
    setImmediate(() => client.push('immediate'));
    Promise.resolve().then(() => client.push('promise'));
    process.nextTick(() => client.push('tick'));
    client.push('data ' + d);
  });
  c.on('close', () => {
    srv.close(() => {
      setTimeout(() => {
        console.log('server:', server.join(', '));
        console.log('client:', client.join(', '));
      }, 5);
    });
  });
});
