// Writes made before the connection is up are held and sent once it is;
// bytesWritten counts them at once.
const net = require('net');
const server = net.createServer((c) => {
  let got = '';
  c.setEncoding('utf8');
  c.on('data', (d) => { got += d; });
  c.on('end', () => { console.log('server got', got); c.end(); server.close(); });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  console.log('connecting', c.connecting);
  c.write('one,', () => console.log('callback one'));
  c.write('two,');
  console.log('bytesWritten before connect', c.bytesWritten, 'pending', c.pending);
  c.on('connect', () => console.log('connect'));
  c.end('three');
  c.on('close', () => console.log('client close, bytesWritten', c.bytesWritten));
  c.resume();
});
