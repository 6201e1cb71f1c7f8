// bytesRead / bytesWritten on both sides, before and after close.
const net = require('net');
const server = net.createServer((c) => {
  c.on('data', () => {});
  c.on('end', () => {
    c.end(Buffer.alloc(3000, 'y'));
  });
  c.on('close', () => {
    console.log('server socket', c.bytesRead, c.bytesWritten);
    server.close();
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.write('héllo');
    c.write(Buffer.alloc(1000));
    c.end('bye', 'latin1');
    console.log('client after writes', c.bytesRead, c.bytesWritten);
  });
  c.on('data', () => {});
  c.on('close', () => console.log('client after close', c.bytesRead, c.bytesWritten));
});
