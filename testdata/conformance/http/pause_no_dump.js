// A request whose body arrives in the same chunk as its headers: the
// consumer reads a chunk and pauses; the response finishing must not dump
// the request (nor take its 'data' listener), and resuming it later still
// delivers the rest of the body and 'end'.
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  let n = 0;
  const onData = (d) => {
    n += d.length;
    if (n === 5) {
      req.pause();
      res.end('ok');
      res.on('finish', () => {
        console.log('finish dumped', req._dumped, 'data listeners', req.listenerCount('data'));
        setTimeout(() => req.resume(), 10);
      });
    }
  };
  req.on('data', onData);
  req.on('end', () => {
    console.log('end after', n, 'bytes');
    server.close();
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.end('POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n');
  });
  c.resume();
});
