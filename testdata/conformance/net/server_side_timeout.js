// A timeout on the server's socket: the server ends idle clients.
const net = require('net');
const server = net.createServer((c) => {
  // armed once the client's message is in: from the accept, a slow first
  // read under load could let it fire before
  c.once('data', () => c.setTimeout(60));
  // once: writing 'bye idle' re-arms it, and a client slower than 60 ms to
  // answer 'bye idle' under load would get a second end() (a write after end)
  c.once('timeout', () => {
    console.log('server: idle, ending');
    c.end('bye idle');
  });
  c.on('data', (d) => console.log('server: data', String(d)));
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => c.write('one message'));
  c.on('data', (d) => console.log('client: data', String(d)));
  c.on('end', () => console.log('client: end'));
  c.on('close', () => server.close());
});
