// The documentation's echo server, with a client in the same process.
const net = require('net');
const server = net.createServer((c) => {
  console.log('client connected');
  c.on('end', () => {
    console.log('client disconnected');
    server.close();
  });
  c.write('hello\r\n');
  c.pipe(c);
});
server.on('error', (err) => {
  throw err;
});
server.listen(0, () => {
  console.log('server bound');
  const client = net.createConnection({ port: server.address().port }, () => {
    console.log('connected to server!');
    client.write('world!\r\n');
  });
  let got = '';
  client.on('data', (data) => {
    got += data;
    if (got === 'hello\r\nworld!\r\n') {
      console.log(JSON.stringify(got));
      client.end();
    }
  });
  client.on('end', () => console.log('disconnected from server'));
});
