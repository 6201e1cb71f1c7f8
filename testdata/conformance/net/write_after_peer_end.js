// allowHalfOpen false: after the peer's FIN and our automatic end, a write
// fails with EPIPE "This socket has been ended by the other party".
const net = require('net');
const server = net.createServer((c) => c.end('closing now'));
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.on('data', (d) => console.log('data', String(d)));
  c.on('end', () => {
    console.log('end; writableEnded', c.writableEnded, 'readyState', c.readyState);
    // (50 ms after the 'close' the automatic end leads to, not after 'end':
    // under load that close can take longer)
    c.once('close', () => setTimeout(() => {
      console.log('later: writableEnded', c.writableEnded, 'destroyed', c.destroyed);
      const r = c.write('too late', (err) => console.log('write callback', err && err.code, err && err.message));
      console.log('write returned', r);
    }, 50));
  });
  c.on('error', (e) => console.log('error', e.code, e.message));
  c.on('close', (h) => { console.log('close', h); server.close(); });
});
