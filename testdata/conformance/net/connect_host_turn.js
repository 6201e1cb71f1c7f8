'use strict';
// A connect to a host name: the lookup's result is taken in the loop's poll
// phase (libuv's getaddrinfo completion), so the connect it starts is seen by
// a later poll, after the immediates of that turn: an immediate queued as
// the connect begins always finds the socket still connecting. An http2
// client closed from such an immediate ends its pending request with
// ERR_HTTP2_GOAWAY_SESSION (node's test-http2-goaway-delayed-request).
const net = require('net');
const http2 = require('http2');

const server = net.createServer((c) => c.end());
server.listen(0, () => {
  const s = net.connect({ host: 'localhost', port: server.address().port });
  s.on('connect', () => console.log('net: connect'));
  s.on('close', () => {
    server.close();
    h2();
  });
  s.resume();
  setImmediate(() => console.log('net: immediate, connecting:', s.connecting));
});

function h2() {
  const h2server = http2.createServer();
  h2server.listen(0, () => {
    const client = http2.connect(`http://localhost:${h2server.address().port}`);
    const req = client.request();
    req.on('error', (e) => console.log('http2: request error', e.code));
    req.on('close', () => console.log('http2: request close'));
    client.on('close', () => {
      console.log('http2: session close');
      h2server.close();
    });
    setImmediate(() => {
      console.log('http2: immediate, connecting:', client.connecting);
      client.close();
    });
  });
}
