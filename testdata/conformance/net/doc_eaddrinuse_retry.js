// The documentation's EADDRINUSE retry: close() then listen() again once the
// port is free.
const net = require('net');
const holder = net.createServer();
holder.listen(0, '127.0.0.1', () => {
  const port = holder.address().port;
  const server = net.createServer((c) => c.end('finally'));
  let tries = 0;
  server.on('error', (e) => {
    if (e.code === 'EADDRINUSE') {
      console.log('Address in use, retrying...');
      tries++;
      if (tries === 2) holder.close();
      setTimeout(() => {
        server.close();
        server.listen(port, '127.0.0.1');
      }, 30);
    }
  });
  server.on('close', () => console.log('close event (listening ' + server.listening + ')'));
  server.on('listening', () => {
    console.log('listening after', tries, 'retries');
    const c = net.connect(port, '127.0.0.1');
    c.on('data', (d) => console.log('client got', String(d)));
    c.on('close', () => server.close());
  });
  server.listen(port, '127.0.0.1');
});
