// Event order on the client: connect, ready, data, end, finish, close, and
// readyState along the way. The server writes then ends.
const net = require('net');
const server = net.createServer((c) => {
  c.end('payload');
  c.resume();
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect({ port: server.address().port, host: '127.0.0.1' });
  console.log('after connect():', c.readyState, c.pending, c.connecting);
  for (const ev of ['lookup', 'connect', 'ready', 'data', 'end', 'finish', 'close', 'error', 'timeout']) {
    c.on(ev, (arg) => {
      console.log(ev, ev === 'data' ? String(arg) : arg, c.readyState, c.pending, c.connecting);
      if (ev === 'close') server.close();
    });
  }
});
