// http.Server against a raw net client: keep-alive, pipelining, chunked
// upload and response, HEAD, 204/304, Content-Length, trailers, 100-continue,
// header validation errors, and the default 400/431 clientError answers.
const http = require('http');
const net = require('net');

function scrub(s) {
  return s.replace(/Date: [^\r]*\r\n/g, 'Date: <date>\r\n');
}

const server = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    console.log('req', req.method, req.url, req.httpVersion, JSON.stringify(req.headers),
      JSON.stringify(req.rawHeaders), 'body', JSON.stringify(body), 'trailers', JSON.stringify(req.trailers));
    switch (req.url) {
      case '/chunked':
        res.write('part1,');
        res.write('part2');
        res.end();
        break;
      case '/204':
        res.writeHead(204, { 'X-A': '1' });
        res.end('ignored');
        break;
      case '/304':
        res.statusCode = 304;
        res.end();
        break;
      case '/trailers':
        res.setHeader('Trailer', 'X-Sum');
        res.write('data');
        res.addTrailers({ 'X-Sum': '42' });
        res.end();
        break;
      case '/headers': {
        const errs = [];
        for (const [k, v] of [['bad name', 'x'], ['X-Ok', 'a\nb'], ['X-U', undefined], ['', 'x']]) {
          try { res.setHeader(k, v); } catch (e) { errs.push(`${e.name} ${e.code} ${e.message}`); }
        }
        try { res.writeHead(1000); } catch (e) { errs.push(`${e.name} ${e.code} ${e.message}`); }
        res.setHeader('Set-Cookie', ['a=1', 'b=2']);
        res.setHeader('X-Multi', 'one');
        res.appendHeader('X-Multi', 'two');
        console.log('names', res.getHeaderNames(), res.hasHeader('x-multi'), res.getHeader('X-MULTI'));
        res.removeHeader('X-Multi');
        res.writeHead(200, 'Fine', { 'Content-Type': 'text/plain' });
        try { res.setHeader('X-Late', '1'); } catch (e) { errs.push(`${e.name} ${e.code} ${e.message}`); }
        res.end(errs.join('\n'));
        break;
      }
      default:
        res.setHeader('Content-Type', 'text/plain');
        res.end(`hello ${req.method} ${req.url} ${body.length}`);
    }
  });
});

server.on('clientError', (err, socket) => {
  console.log('clientError', err.code, err.message, err.bytesParsed, JSON.stringify(String(err.rawPacket)));
  socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
});

function exchange(port, payload, waitFor) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    let out = '';
    c.setEncoding('latin1');
    c.on('connect', () => {
      if (Array.isArray(payload)) {
        let i = 0;
        const next = () => { if (i < payload.length) { c.write(payload[i++]); setTimeout(next, 20); } };
        next();
      } else {
        c.write(payload);
      }
    });
    c.on('data', (d) => {
      out += d;
      if (waitFor && waitFor(out)) c.end();
    });
    c.on('close', () => resolve(out));
  });
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  const cases = [
    ['GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
    ['GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\n\r\nGET /c HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
    ['POST /up HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\nX-Tr: yes\r\n\r\n'],
    [['POST /split HTTP/1.1\r\nHo', 'st: x\r\nContent-Le', 'ngth: 6\r\nConnection: close\r\n\r\nab', 'cdef']],
    ['GET /chunked HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
    ['HEAD / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
    ['GET /204 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
    ['GET /304 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
    ['GET /trailers HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
    ['GET /headers HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
    ['GET /old HTTP/1.0\r\n\r\n'],
    ['GET /dup HTTP/1.1\r\nHost: x\r\nHost: y\r\nCookie: a=1\r\nCookie: b=2\r\nX-L: 1\r\nX-L: 2\r\nSet-Cookie: s1\r\nset-cookie: s2\r\nConnection: close\r\n\r\n'],
    ['POST /cont HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 2\r\nConnection: close\r\n\r\n', (o) => o.includes('100 Continue')],
    ['GET / HTTP/1.1\r\nConnection: close\r\n\r\n'],
    ['G@T / HTTP/1.1\r\n\r\n'],
    ['GET / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n'],
  ];
  for (const [payload, waitFor] of cases) {
    const out = await exchange(port, payload, waitFor);
    console.log('---', JSON.stringify(Array.isArray(payload) ? payload.join('') : payload).slice(0, 60));
    console.log(scrub(out));
  }
  server.removeAllListeners('clientError');
  for (const p of ['BREW / HTTP/1.1\r\n\r\n', 'GET / HTTP/1.1\r\nX: ' + 'a'.repeat(17000) + '\r\n\r\n']) {
    console.log('--- default clientError');
    console.log(scrub(await exchange(port, p)));
  }
  server.close(() => console.log('closed'));
});
