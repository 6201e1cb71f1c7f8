// server.listen(handle): a second Server takes over another's listening handle
// (as { _handle } and as the handle itself).
const net = require('net');
const first = net.createServer();
first.listen(0, '127.0.0.1', () => {
  const port = first.address().port;
  const second = net.createServer((c) => c.end('from second'));
  second.listen(first, () => {
    console.log('second listening', second.address().port === port);
    const c = net.connect(port, '127.0.0.1');
    c.on('data', (d) => console.log('client got', String(d)));
    c.on('close', () => second.close(() => console.log('second closed')));
  });
});
