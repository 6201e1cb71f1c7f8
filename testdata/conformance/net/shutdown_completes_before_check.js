// A shutdown started in the poll phase (the automatic end() after the peer's FIN)
// completes before that iteration's setImmediate callbacks, as libuv runs
// pending callbacks right after poll: 'finish' comes before the immediate.
const net = require('net');
const server = net.createServer((c) => c.end('closing now'));
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.on('data', (d) => console.log('data', String(d)));
  c.on('end', () => {
    console.log('end');
    setImmediate(() => console.log('immediate; destroyed', c.destroyed));
    setTimeout(() => console.log('timeout0; destroyed', c.destroyed), 0);
  });
  c.on('finish', () => console.log('finish'));
  c.on('close', (h) => { console.log('close', h); server.close(); });
});
