// A response's header store across responses that set the same headers to the
// same values (Express's on every response): appendHeader, the _headerNames
// setter, setHeader with an array and removeHeader on one response leave the
// others as they were; names only looked up; values that are numbers, numeric
// strings or property names of objects. Then req.headers for requests that
// carry the same names one after another, before and after Object.prototype
// gains one of them (a setter there) and loses it again.
process.noDeprecation = true;
const http = require('http');
const net = require('net');

const fakeReq = { method: 'GET', httpVersionMajor: 1, httpVersionMinor: 1, headers: {} };
const mk = () => new http.ServerResponse(fakeReq);
const t = (f) => { try { console.log(JSON.stringify(f())); } catch (e) { console.log('threw', e.code, e.message); } };

const rs = [mk(), mk(), mk(), mk()];
for (const r of rs) {
  r.setHeader('X-Powered-By', 'Express');
  r.setHeader('Content-Type', 'text/html; charset=utf-8');
  r.setHeader('Content-Length', '12');
  r.setHeader('X-Num', 12);
  r.setHeader('X-Odd', '__proto__');
  r.setHeader('x-odd2', 'constructor');
}
rs[0].appendHeader('x-powered-by', 'More');
rs[1]._headerNames = { 'content-type': 'CONTENT-TYPE' };
rs[2].removeHeader('Content-Length');
rs[2].setHeader('X-Powered-By', ['a', 'b']);
rs[2].appendHeader('X-Powered-By', 'c');
for (const r of rs) {
  t(() => [r.getHeaders(), r.getRawHeaderNames(), r.getHeader('X-Powered-By'), r.getHeader('content-length'),
    r.getHeader('Last-Modified'), r.hasHeader('Last-Modified'), r.hasHeader('X-ODD'), typeof r.getHeader('x-num')]);
}
t(() => { const r = mk(); r.setHeader('X-Powered-By', 'Express'); r.writeHead(200); return r._header.replace(/Date: [^\r]*\r\n/, ''); });
t(() => mk().setHeader('X-Powered-By', 'bad\nvalue'));
t(() => mk().setHeader('X Powered', 'Express'));
t(() => mk().setHeader('X-Powered-By', undefined));
t(() => { const r = mk(); r.setHeader('ETag', 'W/"1"'); r.setHeader('ETag', 'W/"2"'); return r.getHeader('etag'); });

// req.headers
const req = 'GET / HTTP/1.1\r\nHost: a\r\nUser-Agent: bench\r\nAccept: */*\r\n\r\n';
let n = 0;
const server = http.createServer((rq, res) => {
  n++;
  const h = rq.headers;
  console.log(n, JSON.stringify(h), Object.keys(h), h.accept, Object.getOwnPropertyDescriptor(h, 'host'));
  // (node builds req.headers before 'request': the third request's are
  // built with the setter there, the fourth's without)
  if (n === 2) {
    Object.defineProperty(Object.prototype, 'accept', {
      configurable: true,
      set(v) { console.log('setter', v); },
      get() { return 'from proto'; },
    });
  }
  if (n === 3) delete Object.prototype.accept;
  res.end('ok');
});
server.listen(0, () => {
  const c = net.connect(server.address().port);
  let got = 0;
  const send = () => c.write(req);
  c.on('data', (d) => {
    got += (d.toString().match(/HTTP\/1.1/g) || []).length;
    if (got === 5) {
      c.end();
      server.close();
    } else {
      send();
    }
  });
  send();
});
