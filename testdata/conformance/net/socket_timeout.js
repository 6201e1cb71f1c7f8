// setTimeout: 'timeout' fires after idleness, does not close the socket, and
// setTimeout(0) disables it.
const net = require('net');
const server = net.createServer((c) => {
  c.resume();
  c.on('end', () => c.end());
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  const start = Date.now();
  c.setTimeout(80, () => {
    const waited = Date.now() - start;
    console.log('timeout callback, waited enough', waited >= 70, 'destroyed', c.destroyed, 'timeout', c.timeout);
    c.setTimeout(0);
    console.log('disabled, timeout', c.timeout, 'listeners', c.listenerCount('timeout'));
    setTimeout(() => { console.log('no second timeout'); c.end(); }, 150);
  });
  c.on('timeout', () => console.log('timeout event'));
  c.on('close', () => { console.log('close'); server.close(); });
  c.resume();
});
