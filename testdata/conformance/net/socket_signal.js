// new net.Socket({ signal }): aborting destroys the socket with an AbortError.
const net = require('net');
const server = net.createServer((c) => c.resume());
server.listen(0, '127.0.0.1', () => {
  const ac = new AbortController();
  const c = new net.Socket({ signal: ac.signal });
  c.connect(server.address().port, '127.0.0.1', () => {
    console.log('connected');
    ac.abort();
  });
  c.on('error', (e) => console.log('error', e.name, e.code, e.message));
  c.on('close', (h) => { console.log('close', h, c.destroyed); server.close(); });
});
