// Activity postpones the timeout: the server writes every 30 ms for a while
// and the 1 s timeout only fires after it stops. (It was 300 ms: under -race
// on a loaded machine the gap between two ticks once reached that.)
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
  c.setTimeout(1000);
  // (once: its end() re-arms the timeout, which a server slower than 1 s
  // to answer under load would let fire again)
  c.once('timeout', () => {
    console.log('timeout after', ticks, 'ticks');
    c.end();
  });
  c.on('close', () => { console.log('close'); server.close(); });
});
