// A chunk holding one whole request without a body is served in place
// (js/_http_server.js consumeSocketChunk: replay's steps and
// parserOnIncoming's work without their calls); everything else goes
// through replay. Its edges, against node: a chunk with one request and the
// start of the next, Host missing, Expect: 100-continue without a body,
// maxRequestsPerSocket, Connection: close, a bodyless POST, an upgrade
// nobody takes, and a script's own parser.onIncoming wrapping the server's.
const http = require('http');
const net = require('net');

let n = 0;
function handler(req, res) {
  const i = ++n;
  console.log('request', i, req.method, req.url, req.httpVersion, req.complete, req.readableEnded,
    JSON.stringify(req.rawHeaders), res.shouldKeepAlive, res.socket === req.socket, res.headersSent);
  process.nextTick(() => console.log('tick', i, req.complete));
  Promise.resolve().then(() => console.log('micro', i, req.complete));
  req.on('end', () => console.log('end', i, req.complete, req.readableEnded));
  req.on('close', () => console.log('close', i));
  res.on('finish', () => console.log('finish', i));
  if (req.url === '/wrap') {
    const parser = req.socket.parser;
    const orig = parser.onIncoming;
    parser.onIncoming = function (r, keepAlive) {
      console.log('wrapped onIncoming', r.url, keepAlive);
      return orig.apply(this, arguments);
    };
  }
  res.end('ok ' + i);
}

// chunks: written one at a time, each after the previous one's response
// arrived (or after 50 ms when none is expected)
function exchange(port, chunks) {
  return new Promise((resolve) => {
    const c = net.connect(port);
    let got = '';
    let k = 0;
    c.setEncoding('latin1');
    const next = () => {
      if (k < chunks.length) c.write(chunks[k++]);
      else c.end();
    };
    c.on('connect', next);
    c.on('data', (d) => {
      got += d;
      if (/ok \d+$|\r\n\r\n$/.test(got)) setTimeout(next, 20);
    });
    c.on('close', () => {
      console.log('client got', got.split('\r\n').filter((l) => /^HTTP|^ok|^Connection/.test(l)).join(' | '));
      resolve();
    });
  });
}

function serve(options, f) {
  return new Promise((resolve) => {
    const server = http.createServer(options, handler);
    server.on('checkExpectation', (req, res) => {
      console.log('checkExpectation', req.url, req.complete);
      res.writeHead(417);
      res.end();
    });
    server.listen(0, async () => {
      await f(server, server.address().port);
      server.close(resolve);
    });
  });
}

const get = (url, more = '') => `GET ${url} HTTP/1.1\r\nHost: x\r\n${more}\r\n`;

(async () => {
  await serve({}, async (server, port) => {
    console.log('-- one request, then the next split after its first bytes');
    await exchange(port, [get('/a') + 'GET /b HT', 'TP/1.1\r\nHost: x\r\n\r\n']);
    console.log('-- Host missing');
    await exchange(port, ['GET /nohost HTTP/1.1\r\n\r\n']);
    console.log('-- Expect: 100-continue, no body');
    await exchange(port, [get('/expect', 'Expect: 100-continue\r\n')]);
    console.log('-- Expect: something else');
    await exchange(port, [get('/expect2', 'Expect: other\r\n')]);
    console.log('-- Connection: close');
    await exchange(port, [get('/close', 'Connection: close\r\n')]);
    console.log('-- POST without a body');
    await exchange(port, ['POST /p HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n']);
    console.log('-- an upgrade nobody takes');
    await exchange(port, [get('/up', 'Connection: upgrade\r\nUpgrade: foo\r\n')]);
    console.log('-- a script wraps parser.onIncoming');
    await exchange(port, [get('/wrap'), get('/after'), get('/again')]);
    console.log('-- lower-case host, many headers');
    await exchange(port, ['GET /h HTTP/1.1\r\nhost: y\r\nA: 1\r\nB: 2\r\nC: 3\r\n\r\n', 'GET /h HTTP/1.1\r\nhost: y\r\nA: 1\r\nB: 2\r\nC: 4\r\n\r\n']);
  });
  await serve({}, async (server, port) => {
    console.log('-- maxRequestsPerSocket 2');
    server.maxRequestsPerSocket = 2;
    server.on('dropRequest', (req) => console.log('dropRequest', req.url));
    await exchange(port, [get('/m1'), get('/m2'), get('/m3')]);
  });
  await serve({ requireHostHeader: false }, async (server, port) => {
    console.log('-- requireHostHeader false');
    await exchange(port, ['GET /nohost2 HTTP/1.1\r\n\r\n']);
  });
})();
