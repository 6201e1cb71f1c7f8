// Activity postpones the timeout: the server writes every 30 ms for a while
// and the 300 ms timeout only fires after it stops.
const net = require('net');
const server = net.createServer((c) => {
  let n = 0;
  const iv = setInterval(() => {
    c.write('tick');
    if (++n === 6) clearInterval(iv);
  }, 30);
  c.on('end', () => c.end());
  c.resume();
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  let ticks = 0;
  c.on('data', (d) => { ticks += d.length / 4; });
  c.setTimeout(300);
  // (once: its end() re-arms the timeout, which a server slower than 300 ms
  // to answer under load would let fire again)
  c.once('timeout', () => {
    console.log('timeout after', ticks, 'ticks');
    c.end();
  });
  c.on('close', () => { console.log('close'); server.close(); });
});
