// req.headers and req.trailers as built lazily from the raw lines:
// duplicates of each kind (dropped, joined with ", " or "; ", set-cookie's
// array), names in any case, names Object.prototype has ('constructor',
// 'toString', '__proto__', 'hasOwnProperty'), a latin1 value, a setter and
// getter on Object.prototype for one name, joinDuplicateHeaders, and
// trailers.
const http = require('http');
const net = require('net');

const reqs = [
  'GET / HTTP/1.1\r\nHost: a\r\nhost: b\r\nX-A: 1\r\nx-a: 2\r\nCookie: c=1\r\ncookie: d=2\r\n' +
    'User-Agent: u1\r\nUSER-AGENT: u2\r\nContent-Type: t\r\nAccept: a\r\nACCEPT: b\r\nConstructor: k\r\n' +
    'Constructor: k2\r\ntoString: z\r\n__proto__: p\r\n__proto__: p2\r\nSet-Cookie: s1\r\nset-cookie: s2\r\n' +
    'HOST: c\r\nX-Weird: \xe9t\xe9\r\nhasOwnProperty: h\r\nX-Proto: 1\r\nx-proto: 2\r\n\r\n',
  'GET /2 HTTP/1.1\r\nHost: a\r\nhost: b\r\nAuthorization: x\r\nauthorization: y\r\nDate: d1\r\nDate: d2\r\n' +
    'Set-Cookie: s1\r\nX-After: 1\r\nx-after: 2\r\n\r\n',
  'GET /3 HTTP/1.1\r\nHost: a\r\nX-B: 1\r\n\r\n',
];

function run(join, done) {
  const server = http.createServer({ joinDuplicateHeaders: join }, (req, res) => {
    const h = req.headers;
    console.log(join, req.url, JSON.stringify(h), Object.getPrototypeOf(h) === Object.prototype,
      Object.keys(h).length, req.headers === h);
    res.end('ok');
  });
  server.listen(0, () => {
    const c = net.connect(server.address().port, () => {
      for (const r of reqs) c.write(Buffer.from(r, 'latin1'));
    });
    let got = 0;
    c.on('data', (d) => {
      got += (d.toString().match(/HTTP\/1.1/g) || []).length;
      if (got === reqs.length) {
        c.end();
        server.close(done);
      }
    });
  });
}

Object.defineProperty(Object.prototype, 'x-proto', {
  get() { return 'inherited'; },
  set(v) { console.log('setter', v); },
  configurable: true,
});
run(false, () => run(true, () => {
  delete Object.prototype['x-proto'];
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      console.log(JSON.stringify(req.trailers), JSON.stringify(req.headers));
      res.end();
      server.close();
    });
  });
  server.listen(0, () => {
    const c = net.connect(server.address().port, () => {
      c.end('POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n1\r\na\r\n0\r\nX-T: 1\r\nx-t: 2\r\nETag: e\r\netag: f\r\n\r\n');
    });
    c.resume();
  });
}));
