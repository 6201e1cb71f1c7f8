// 'readable' and read() on a socket instead of 'data'.
const net = require('net');
const server = net.createServer((c) => {
  c.write('abc');
  setTimeout(() => c.end('def'), 20);
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  let text = '';
  c.on('readable', () => {
    let chunk;
    while ((chunk = c.read()) !== null) text += chunk;
  });
  c.on('end', () => {
    console.log('read', text, 'flowing', c.readableFlowing);
    server.close();
  });
});
