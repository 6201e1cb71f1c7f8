// destroySoon(): ends the writable side and destroys once it has finished.
const net = require('net');
const server = net.createServer((c) => {
  let got = '';
  c.on('data', (d) => { got += d; });
  c.on('end', () => console.log('server: got', got));
  c.on('close', () => server.close());
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.write('last words');
    c.destroySoon();
    console.log('after destroySoon: writableEnded', c.writableEnded, 'destroyed', c.destroyed);
  });
  c.on('finish', () => console.log('client: finish'));
  c.on('close', (h) => console.log('client: close', h, c.destroyed));
});
