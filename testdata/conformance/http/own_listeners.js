// The server's own per-request listeners (the response's 'finish', the
// request's 'end', the socket's per-response 'close') and the internals
// around them, which js/_http_server.js and js/_http_outgoing.js add and
// call in place while nothing else is involved: what a script sees of
// them (counts, order against its own listeners, 'newListener') and the
// per-instance replacements that make the general path run.
const http = require('http');
const { Readable } = require('stream');

const log = (...a) => console.log(...a);
let n = 0;
const server = http.createServer((req, res) => {
  const i = ++n;
  const sock = req.socket;
  log(i, 'handler', res.listenerCount('finish'), req.listenerCount('end'), sock.listenerCount('close') > 0);
  if (i === 2) {
    res.on('finish', () => log(i, 'user finish', req.listenerCount('end'), res.socket === null));
    res.prependListener('finish', () => log(i, 'user prepended finish'));
    req.on('end', () => log(i, 'user end (added in handler)'));
  }
  if (i === 3) {
    res.on('finish', () => {
      log(i, 'finish: end listeners', req.listenerCount('end'));
      req.on('end', () => log(i, 'user end (added at finish)', req.socket.parser === null ? 'no parser' : 'parser.incoming ' + (req.socket.parser.incoming === req)));
    });
  }
  if (i === 4) {
    res.on('newListener', (ev) => log(i, 'res newListener', ev));
    req.on('newListener', (ev) => log(i, 'req newListener', ev));
    res.on('prefinish', () => log(i, 'prefinish'));
  }
  if (i === 5) {
    req.resume = function () { log(i, 'req.resume called'); return Readable.prototype.resume.call(this); };
    req.removeAllListeners = function (ev) { log(i, 'req.removeAllListeners', ev); return Readable.prototype.removeAllListeners.call(this, ev); };
    res.detachSocket = function (s) { log(i, 'res.detachSocket', s === sock); return http.ServerResponse.prototype.detachSocket.call(this, s); };
    res._finish = function () { log(i, 'res._finish'); return http.ServerResponse.prototype._finish.call(this); };
  }
  if (i === 6) {
    sock.on('newListener', (ev) => { if (ev === 'close') log(i, 'socket newListener close'); });
  }
  res.on('close', () => log(i, 'res close', req.listenerCount('end'), req.complete));
  req.on('close', () => log(i, 'req close'));
  res.end('hello ' + i);
  log(i, 'after end', res.listenerCount('finish'), res.writableFinished);
});

server.listen(0, () => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  let left = 7;
  const next = () => {
    if (--left === 0) {
      agent.destroy();
      server.close(() => log('closed'));
      return;
    }
    http.get({ port: server.address().port, agent }, (r) => {
      let body = '';
      r.setEncoding('utf8');
      r.on('data', (d) => { body += d; });
      r.on('end', () => { log('client', body); setTimeout(next, 10); });
    });
  };
  next();
});
