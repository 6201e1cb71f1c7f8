// Requests (and their responses) the server makes from its templates in
// the parser binding, for the first request of a chunk (js/_http_server.js
// consumeSocketChunk), against the ones made the usual way: pipelined
// requests in one chunk (the first made in Go, the rest in replay),
// HTTP/1.0 and HEAD among them, maxHeadersCount cutting the lines (and
// with them Host), a request with no headers, OPTIONS *, server.timeout
// set (the keep-alive timeout goes through socket.setTimeout), a script's
// 'pause' listener and Server.prototype.emit read along the way.
const http = require('http');
const net = require('net');

function view(req) {
  const s = req.socket;
  return JSON.stringify([req.method, req.url, req.httpVersion, req.httpVersionMajor, req.httpVersionMinor,
    req.upgrade, req.complete, req.aborted, req.rawHeaders, req.headers, !!req.joinDuplicateHeaders,
    req.readable, req.readableEnded, req.destroyed, req.readableFlowing, req.eventNames(), req.socket === s,
    req.client === s]);
}

function resView(res) {
  return JSON.stringify([res.statusCode, res.headersSent, res.writableEnded, res.finished, res.destroyed,
    res.sendDate, res.useChunkedEncodingByDefault, res.shouldKeepAlive, res.getHeaders(), res.eventNames(),
    res.req !== undefined, res.socket === res.req.socket, res.writableHighWaterMark]);
}

let n = 0;
function handler(req, res) {
  const i = ++n;
  console.log('req', i, view(req));
  console.log('res', i, resView(res));
  req.on('end', () => console.log('end', i, req.complete, req.readableEnded));
  req.on('close', () => console.log('close', i, req.destroyed));
  res.on('finish', () => console.log('finish', i));
  res.end('ok ' + i);
}

function exchange(port, text) {
  return new Promise((resolve) => {
    const c = net.connect(port, () => c.end(text));
    let got = '';
    c.setEncoding('latin1');
    c.on('data', (d) => { got += d; });
    c.on('close', () => {
      console.log('client got', got.split('\r\n').filter((l) => /^HTTP|^ok/.test(l)).join(' | '));
      resolve();
    });
  });
}

function serve(options, f) {
  return new Promise((resolve) => {
    const server = http.createServer(options, handler);
    server.listen(0, async () => {
      await f(server, server.address().port);
      server.close(resolve);
    });
  });
}

(async () => {
  await serve({}, async (server, port) => {
    console.log('-- pipelined');
    await exchange(port, 'GET /a HTTP/1.1\r\nHost: a\r\n\r\n' + 'HEAD /b HTTP/1.1\r\nHost: b\r\nX: 1\r\n\r\n' +
      'GET /c HTTP/1.0\r\nHost: c\r\nConnection: keep-alive\r\n\r\n' + 'GET /d HTTP/1.1\r\nHost: d\r\nConnection: close\r\n\r\n');
    console.log('-- HTTP/1.0 first');
    await exchange(port, 'GET /ten HTTP/1.0\r\nHost: t\r\n\r\n');
    console.log('-- OPTIONS *');
    await exchange(port, 'OPTIONS * HTTP/1.1\r\nHost: o\r\nConnection: close\r\n\r\n');
    console.log('-- server.timeout');
    server.timeout = 5000;
    await exchange(port, 'GET /t1 HTTP/1.1\r\nHost: a\r\n\r\n' + 'GET /t2 HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n');
    server.timeout = 0;
    console.log('-- pause listener');
    server.once('connection', (socket) => socket.on('pause', () => console.log('socket pause')));
    await exchange(port, 'GET /p HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n');
    console.log('-- emit replaced');
    const emit = http.Server.prototype.emit;
    http.Server.prototype.emit = function(ev, ...args) {
      if (ev === 'request') console.log('emit request', args[0].url);
      return emit.call(this, ev, ...args);
    };
    await exchange(port, 'GET /e HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n');
    http.Server.prototype.emit = emit;
  });
  await serve({ maxHeadersCount: 2 }, async (server, port) => {
    console.log('-- maxHeadersCount 2');
    await exchange(port, 'GET /m1 HTTP/1.1\r\nHost: a\r\nB: 2\r\nC: 3\r\nConnection: close\r\n\r\n');
    await exchange(port, 'GET /m2 HTTP/1.1\r\nA: 1\r\nB: 2\r\nHost: h\r\n\r\n');
  });
  await serve({ requireHostHeader: false }, async (server, port) => {
    console.log('-- no headers');
    await exchange(port, 'GET /none HTTP/1.1\r\n\r\n');
  });
})();
