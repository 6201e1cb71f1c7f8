// end() while still connecting: the data and the FIN go out once connected.
const net = require('net');
const server = net.createServer((c) => {
  let got = '';
  c.on('data', (d) => { got += d; });
  c.on('end', () => { console.log('server got', got); c.end(); server.close(); });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.end('sent before connect');
  console.log('connecting', c.connecting, 'writableEnded', c.writableEnded, 'readyState', c.readyState);
  c.on('connect', () => console.log('connect'));
  c.on('finish', () => console.log('finish'));
  c.on('close', (h) => console.log('close', h));
  c.resume();
});
