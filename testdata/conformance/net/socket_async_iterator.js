// for await over a socket reads every chunk until the peer ends.
const net = require('net');
const server = net.createServer(async (c) => {
  let text = '';
  for await (const chunk of c) text += chunk;
  console.log('server read', text);
  server.close();
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.write('one ');
    setTimeout(() => c.end('two'), 20);
  });
  c.resume();
});
