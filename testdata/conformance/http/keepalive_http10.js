const http = require('http');
const net = require('net');
const srv = http.createServer((req, res) => {
  console.log(req.httpVersion, req.headers.connection, res.shouldKeepAlive, res._last);
  res.end('x');
});
srv.listen(0, '127.0.0.1', () => {
  const c = net.connect(srv.address().port, '127.0.0.1', () => {
    c.write('GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n');
  });
  let d = '';
  c.on('data', (b) => {
    d += b;
    if (d.includes('\r\n\r\nx')) {
      console.log(JSON.stringify(d.replace(/Date: .*\r\n/, '')));
      c.write('GET /2 HTTP/1.0\r\n\r\n');
      d = '';
    }
  });
  c.on('end', () => { console.log('end', JSON.stringify(d.replace(/Date: .*\r\n/, ''))); srv.close(); });
});
