// destroy(err): 'error' with that error, then 'close'(true); the peer sees an end.
const net = require('net');
const server = net.createServer((c) => {
  c.on('end', () => console.log('server: end'));
  c.on('close', (h) => { console.log('server: close', h); server.close(); });
  c.resume();
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.destroy(new Error('custom failure'));
    console.log('destroyed', c.destroyed, c.readyState);
    c.write('after', (err) => console.log('write after destroy', err && err.code));
  });
  c.on('error', (e) => console.log('client: error', e.message));
  c.on('close', (h) => console.log('client: close', h));
});
