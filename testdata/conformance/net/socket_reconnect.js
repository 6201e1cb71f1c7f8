// A Socket object can connect again after it has closed.
const net = require('net');
let n = 0;
const server = net.createServer((c) => c.end('hello #' + (++n)));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const c = new net.Socket();
  c.on('data', (d) => console.log('data', String(d)));
  c.once('close', () => {
    console.log('first close; destroyed', c.destroyed);
    c.connect(port, '127.0.0.1', () => console.log('reconnected; destroyed', c.destroyed, c.readyState));
    c.once('close', () => { console.log('second close'); server.close(); });
  });
  c.connect(port, '127.0.0.1', () => console.log('connected'));
});
