// A client writes, the server echoes with pipe, the client ends.
const net = require('net');
const server = net.createServer((c) => {
  console.log('server: connection');
  c.pipe(c);
  c.on('end', () => console.log('server: end'));
  c.on('close', (hadError) => {
    console.log('server: close', hadError);
    server.close(() => console.log('server: closed'));
  });
});
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1', () => {
    console.log('client: connect');
    client.write('hello ');
    client.write('world');
    client.end();
  });
  let got = '';
  client.setEncoding('utf8');
  client.on('data', (d) => { got += d; });
  client.on('end', () => console.log('client: end', got));
  client.on('close', (hadError) => console.log('client: close', hadError));
});
