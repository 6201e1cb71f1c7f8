// headersDistinct and trailersDistinct have no prototype, as node's: a
// header named like an Object.prototype member (Constructor, toString) is
// a header there; headers keeps its ordinary prototype.
const http = require('http');
const net = require('net');
const s = http.createServer((req, res) => {
  req.on('end', () => {
    console.log(Object.getPrototypeOf(req.headersDistinct) === null, Object.getPrototypeOf(req.headers) === null,
      Object.getPrototypeOf(req.trailersDistinct) === null);
    console.log(req.headersDistinct.constructor, req.headersDistinct.tostring, req.headers.constructor);
    console.log(req.trailersDistinct.valueof, req.trailers.valueof);
    res.end();
    s.close();
  });
  req.resume();
}).listen(0, '127.0.0.1', () => {
  const c = net.connect(s.address().port, '127.0.0.1', () => c.end('POST / HTTP/1.1\r\nHost: x\r\nConstructor: k\r\n' +
    'Constructor: k2\r\ntoString: t\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n' +
    '1\r\na\r\n0\r\nvalueOf: v1\r\nvalueOf: v2\r\n\r\n'));
  c.resume();
});
