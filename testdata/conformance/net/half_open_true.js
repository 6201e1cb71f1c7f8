// allowHalfOpen true: the server keeps writing after the client's FIN until
// it calls end() itself.
const net = require('net');
const server = net.createServer({ allowHalfOpen: true }, (c) => {
  console.log('server socket allowHalfOpen', c.allowHalfOpen);
  let got = '';
  c.setEncoding('utf8');
  c.on('data', (d) => { got += d; });
  c.on('end', () => {
    console.log('server: end, got', got, 'writable', c.writable);
    setTimeout(() => {
      c.write('reply 1;');
      c.end('reply 2', () => console.log('server: end callback'));
    }, 20);
  });
  c.on('close', () => { serverClosed = true; done(); });
});
let serverClosed = false;
let clientClosed = false;
function done() {
  if (serverClosed && clientClosed) {
    console.log('both closed');
    server.close();
  }
}
server.listen(0, '127.0.0.1', () => {
  const c = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true }, () => {
    c.end('request');
  });
  let got = '';
  c.on('data', (d) => { got += d; });
  c.on('end', () => console.log('client: end, got', got));
  c.on('close', (hadError) => { console.log('client: close', hadError); clientClosed = true; done(); });
});
