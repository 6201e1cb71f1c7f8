// What a server's request shows a script, request after request on one
// connection and on new ones (the host makes each from a template:
// js/_http_incoming.js newRequest): versions, URLs, methods, header lines,
// upgrade, joinDuplicateHeaders, the stream's state in the handler and at
// 'end'/'close', listeners and fields a handler added to an earlier request
// (not on the next), and what the constructor reads that a script may
// change between requests: EventEmitter.captureRejections, the prototype's
// _maxListeners, the default high-water mark. The responses' fields the
// same way (HEAD and HTTP/1.0 responses, a status a handler set before).
const http = require('http');
const net = require('net');
const stream = require('stream');
const EventEmitter = require('events');

function view(req) {
  const s = req.socket;
  return JSON.stringify([req.method, req.url, req.httpVersion, req.httpVersionMajor, req.httpVersionMinor,
    req.upgrade, req.complete, req.aborted, req.rawHeaders, req.headers, !!req.joinDuplicateHeaders,
    req.readable, req.readableEnded, req.destroyed, req.readableFlowing, req.readableHighWaterMark,
    req.eventNames(), req.listenerCount('data'), req.getMaxListeners(), req.foo, req.socket === s,
    req.connection === s, req.client === s, req.statusCode, req.statusMessage, req.trailers, req.rawTrailers]);
}

function resView(res) {
  return JSON.stringify([res.statusCode, res.statusMessage, res.headersSent, res.writableEnded, res.finished,
    res.destroyed, res.writableFinished, res.sendDate, res.chunkedEncoding,
    res.useChunkedEncodingByDefault, res.getHeaders(), res.eventNames(), res.getMaxListeners(), res.foo,
    res.req !== undefined, res.socket === res.req.socket, res.strictContentLength, res.writableHighWaterMark]);
}

let n = 0;
function handler(req, res) {
  const i = ++n;
  console.log('req', i, view(req));
  console.log('res', i, resView(res));
  if (req.url === '/mark') {
    res.foo = 'mine';
    res.statusCode = 404;
    res.statusMessage = 'Gone Away';
  }
  req.on('end', () => console.log('end', i, req.complete, req.readableEnded, req.destroyed));
  req.on('close', () => console.log('close', i, req.destroyed, req.readableEnded, req.eventNames()));
  if (req.url === '/mark') {
    req.foo = 'mine';
    req.on('data', () => {});
    req.setMaxListeners(7);
    req.pause();
    req.resume();
  }
  if (req.url === '/capture') {
    req.on('error', (e) => console.log('req error', i, e.message));
    req.on('custom', async () => { throw new Error('rejected'); });
    req.emit('custom');
    setTimeout(() => res.end('ok ' + i), 20);
    return;
  }
  if (req.url === '/body') {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (d) => { body += d; });
    req.on('end', () => res.end('got ' + body));
    return;
  }
  res.end('ok ' + i);
}

function exchange(port, text) {
  return new Promise((resolve) => {
    const c = net.connect(port, () => c.end(text));
    let got = '';
    c.setEncoding('latin1');
    c.on('data', (d) => { got += d; });
    c.on('close', () => {
      console.log('client got', got.split('\r\n').filter((l) => /^HTTP|^ok|^got/.test(l)).join(' | '));
      resolve();
    });
  });
}

function keepAlive(port, reqs) {
  return new Promise((resolve) => {
    const c = net.connect(port);
    let got = '';
    let k = 0;
    c.setEncoding('latin1');
    const next = () => {
      if (k === reqs.length) { c.end(); return; }
      const r = reqs[k++];
      if (typeof r === 'function') r();
      c.write(typeof r === 'function' ? 'GET /after HTTP/1.1\r\nHost: a\r\n\r\n' : r);
    };
    c.on('data', (d) => {
      got += d;
      const done = got.split('HTTP/1.1 ').length - 1;
      if (done >= k) next();
    });
    c.on('close', () => resolve());
    next();
  });
}

const server = http.createServer(handler);
server.listen(0, async () => {
  const port = server.address().port;
  await keepAlive(port, [
    'GET / HTTP/1.1\r\nHost: a\r\n\r\n',
    'GET /mark?x=1 HTTP/1.1\r\nHost: a\r\nX-A: 1\r\nx-a: 2\r\n\r\n',
    'GET /next HTTP/1.1\r\nHost: a\r\n\r\n',
    'POST /body HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhello',
    'HEAD /head HTTP/1.1\r\nHost: b\r\nUser-Agent: u\r\n\r\n',
    () => { http.IncomingMessage.prototype._maxListeners = 3; http.ServerResponse.prototype._maxListeners = 4; },
    () => {
      delete http.IncomingMessage.prototype._maxListeners;
      delete http.ServerResponse.prototype._maxListeners;
      EventEmitter.captureRejections = true;
    },
    'GET /capture HTTP/1.1\r\nHost: a\r\n\r\n',
    () => { EventEmitter.captureRejections = false; },
    () => { stream.setDefaultHighWaterMark(false, 1024); },
  ]);
  await exchange(port, 'GET /ten HTTP/1.0\r\n\r\n');
  await exchange(port, 'GET /ten-ka HTTP/1.0\r\nConnection: keep-alive\r\nHost: x\r\n\r\n');
  await exchange(port, 'GET /nohost HTTP/1.1\r\nHost: h\r\n\r\n');
  await exchange(port, 'GET /up HTTP/1.1\r\nHost: a\r\nConnection: upgrade\r\nUpgrade: foo\r\n\r\n');
  stream.setDefaultHighWaterMark(false, 16384);
  server.close();
  const joined = http.createServer({ joinDuplicateHeaders: true }, handler);
  joined.listen(0, async () => {
    await exchange(joined.address().port, 'GET /joined HTTP/1.1\r\nHost: a\r\nX-A: 1\r\nx-a: 2\r\n\r\n');
    joined.close();
  });
});
