// req.headers and res.headers built from the raw lines as node builds
// them, for lines the host builds in one step and for those it leaves to
// the JS loop: set-cookie arrays, joined and dropped duplicates with
// joinDuplicateHeaders or without, latin1 values kept and joined, many
// names, index-like names, a name Object.prototype gained after the server
// started, rawHeaders changed by a script before the first read, and a
// client's response headers.
const http = require('http');
const net = require('net');

let many = '';
for (let i = 0; i < 70; i++) many += `X-H${i}: v${i}\r\n`;
const reqs = [
  'GET /a HTTP/1.1\r\nHost: a\r\nSet-Cookie: s1\r\nX-A: 1\r\nset-cookie: s2\r\nSET-COOKIE: s3\r\nx-a: 2\r\nX-A: 3\r\n\r\n',
  'GET /b HTTP/1.1\r\nHost: a\r\nCookie: c=1\r\ncookie: d=2\r\nContent-Type: t1\r\ncontent-type: t2\r\nAuthorization: x\r\nauthorization: y\r\n\r\n',
  'GET /c HTTP/1.1\r\nHost: a\r\nX-L: \xe9t\xe9\r\nX-M: caf\xe9\r\nx-m: ok\r\nX-N: plain\r\nx-n: \xff\r\n\r\n',
  'GET /d HTTP/1.1\r\nHost: a\r\n' + many + '\r\n',
  'GET /e HTTP/1.1\r\nHost: a\r\n0: zero\r\n123: n\r\nX-Z: z\r\n\r\n',
  'GET /f HTTP/1.1\r\nHost: a\r\nFoo: inherited-name\r\nX-Y: y\r\n\r\n',
  'GET /g HTTP/1.1\r\nHost: a\r\nX-Raw: 1\r\nX-Raw: 2\r\n\r\n',
  'GET /h HTTP/1.1\r\nHost: a\r\nA-b_C.d~1: odd\r\nVary: x\r\nvary: y\r\nUser-Agent: u\r\n\r\n',
  'GET /i HTTP/1.1\r\n\r\n',
];

function show(join, req) {
  const h = req.headers;
  console.log(join, req.url, JSON.stringify(h), Object.keys(h).length, req.headers === h,
    Array.isArray(h['set-cookie']), Object.getPrototypeOf(h) === Object.prototype,
    Object.getOwnPropertyDescriptor(h, Object.keys(h)[0] || 'none'));
  if (req.url === '/a') {
    h['set-cookie'].push('mine');
    req.headers = { replaced: true };
    console.log(JSON.stringify(req.headers), JSON.stringify(req.headersDistinct));
  }
}

function run(join, done) {
  const server = http.createServer({ joinDuplicateHeaders: join }, (req, res) => {
    show(join, req);
    res.setHeader('Set-Cookie', ['a=1', 'b=2']);
    res.setHeader('X-Dup', 'one');
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

Object.prototype.foo = 'proto';
run(false, () => run(true, () => {
  delete Object.prototype.foo;
  const server = http.createServer((req, res) => {
    res.writeHead(200, [['Set-Cookie', 'x=1'], ['set-cookie', 'y=2'], ['Content-Type', 'text/plain'], ['X-J', 'a'], ['x-j', 'b']]);
    res.end('body');
  });
  server.listen(0, () => {
    http.get({ port: server.address().port, headers: { 'x-c': '1' } }, (res) => {
      const h = res.headers;
      delete h.date;
      console.log(res.statusCode, JSON.stringify(h), res.rawHeaders.length);
      res.resume();
      res.on('end', () => server.close());
    });
  });
}));
