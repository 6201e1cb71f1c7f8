// After 'timeout' has fired, incoming data and the peer's end re-arm it:
// each quiet spell after activity gives another 'timeout'.
const net = require('net');
const server = net.createServer((c) => {
  setTimeout(() => c.write('one'), 250);
  setTimeout(() => c.end('two'), 500);
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  const events = [];
  c.setTimeout(100);
  c.on('timeout', () => events.push('timeout'));
  c.on('data', (d) => events.push('data ' + d));
  c.on('end', () => events.push('end'));
  setTimeout(() => {
    console.log(events.join(', '));
    c.destroy();
    server.close();
  }, 800);
});
