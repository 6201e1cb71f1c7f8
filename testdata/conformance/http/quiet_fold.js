// A keep-alive request nobody reads, answered with end(): nothing listens on
// the request or the response, and only ticks (queued at every depth, before
// and after end(), and from a 'finish' listener), microtasks and immediates
// watch the state flags; or a script's 'end' and 'close' listeners on the
// request (one throwing). The request's resume, the response's close and the
// request's end are node's ticks, which gojanet runs in place when nothing
// is queued between them (js/_http_incoming.js quietReadableNT): what the
// script sees at each step stays node's.
const http = require('http');
const net = require('net');

const log = [];
function mark(s) { log.push(s); }
function flags(req, res) {
  return `req(c=${+req.complete} e=${+req.readableEnded} d=${+req.destroyed} cl=${+req.closed} fl=${req.readableFlowing} ` +
    `p=${+req.isPaused()}) res(f=${+res.writableFinished} d=${+res.destroyed} cl=${+res.closed}) ` +
    `sock(${res.socket === null ? 'none' : 'set'} ${req.socket.parser ? +(req.socket.parser.incoming === req) : '-'})`;
}
function ticks(tag, req, res, depth) {
  const step = (d) => {
    mark(`${tag} tick${d} ${flags(req, res)}`);
    if (d < depth) process.nextTick(step, d + 1);
  };
  process.nextTick(step, 1);
}

process.on('uncaughtException', (e) => mark(`uncaught ${e.message}`));

const server = http.createServer((req, res) => {
  const tag = req.url.slice(1);
  mark(`${tag} request ${flags(req, res)}`);
  switch (tag) {
    case 'before': ticks(tag, req, res, 6); res.end('a'); break;
    case 'after': res.end('b'); ticks(tag, req, res, 6); break;
    case 'both': ticks(tag + '-x', req, res, 3); res.end('c'); ticks(tag + '-y', req, res, 3); break;
    case 'micro':
      Promise.resolve().then(() => mark(`${tag} micro ${flags(req, res)}`));
      setImmediate(() => mark(`${tag} immediate ${flags(req, res)}`));
      res.end('d');
      queueMicrotask(() => mark(`${tag} micro2 ${flags(req, res)}`));
      break;
    case 'finish':
      res.on('finish', () => { mark(`${tag} finish ${flags(req, res)}`); ticks(tag, req, res, 3); });
      res.end('e');
      break;
    case 'plain': res.end('f'); break;
    case 'endl':
      req.on('end', () => { mark(`${tag} req end ${flags(req, res)}`); ticks(tag, req, res, 3); });
      req.on('close', () => mark(`${tag} req close ${flags(req, res)}`));
      res.end('h');
      break;
    case 'throw':
      req.on('end', () => { mark(`${tag} req end ${flags(req, res)}`); throw new Error('from end'); });
      req.on('close', () => mark(`${tag} req close ${flags(req, res)}`));
      setImmediate(() => mark(`${tag} immediate ${flags(req, res)}`));
      res.end('i');
      break;
    case 'later': setImmediate(() => { res.end('g'); ticks(tag, req, res, 4); }); break;
  }
});

server.listen(0, () => {
  const c = net.connect(server.address().port);
  const paths = ['before', 'after', 'both', 'micro', 'finish', 'plain', 'plain', 'endl', 'plain', 'throw', 'plain', 'later', 'plain'];
  let i = 0;
  let buf = '';
  const next = () => {
    if (i === paths.length) {
      c.end();
      server.close(() => console.log(log.join('\n')));
      return;
    }
    c.write(`GET /${paths[i++]} HTTP/1.1\r\nHost: x\r\n\r\n`);
  };
  c.on('data', (d) => {
    buf += d;
    const m = buf.match(/Content-Length: (\d+)\r\n/);
    const h = buf.indexOf('\r\n\r\n');
    if (m && h >= 0 && buf.length >= h + 4 + +m[1]) {
      buf = '';
      setImmediate(next); // (after the server's immediates of this request)
    }
  });
  next();
});
