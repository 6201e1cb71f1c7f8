// cork()/uncork(): writes made while corked go out together (as one writev),
// strings in several encodings mixed with Buffers, callbacks in order.
const net = require('net');
const server = net.createServer((c) => {
  const parts = [];
  c.on('data', (d) => parts.push(d));
  c.on('end', () => {
    console.log('server got', Buffer.concat(parts).toString('hex'));
    server.close();
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.cork();
    c.write('héllo ', () => console.log('cb 1'));
    c.write('776f726c64', 'hex', () => console.log('cb 2'));
    c.write(Buffer.from([0, 1, 2]), () => console.log('cb 3'));
    c.write('IQ==', 'base64', () => console.log('cb 4'));
    console.log('corked', c.writableCorked, 'writableLength', c.writableLength, 'bytesWritten', c.bytesWritten);
    process.nextTick(() => {
      c.uncork();
      c.end(() => console.log('end callback'));
    });
  });
  c.on('finish', () => console.log('finish'));
  c.on('close', () => console.log('close, bytesWritten', c.bytesWritten));
  c.resume();
});
