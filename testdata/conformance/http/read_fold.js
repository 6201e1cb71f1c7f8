// A keep-alive response ended by its handler with nothing queued after it:
// gojanet runs the response's whole write's tick at the end of the read that
// brought the request, with the request's readable tick folded in
// (js/_http_server.js consumeSocketChunk, foldReq), and puts that tick back
// in its place wherever it does not fold. What scripts see at every step,
// and the order of ticks, microtasks, immediates and events, stays node's:
// a throwing 'close' listener on the request, a diagnostics subscriber of
// the response's finish, a 'finish' listener, Connection: close, own
// properties on the request and response, a replaced process.nextTick, an
// async hook enabled after end().
const http = require('http');
const net = require('net');
const dc = require('diagnostics_channel');
const async_hooks = require('async_hooks');

const log = [];
function mark(s) { log.push(s); }
function flags(req, res) {
  return `req(c=${+req.complete} e=${+req.readableEnded} d=${+req.destroyed} cl=${+req.closed} fl=${req.readableFlowing} ` +
    `p=${+req.isPaused()}) res(f=${+res.writableFinished} d=${+res.destroyed} cl=${+res.closed}) ` +
    `sock(${res.socket === null ? 'none' : 'set'} ${req.socket.parser ? +(req.socket.parser.incoming === req) : '-'} ` +
    `t=${req.socket.timeout})`;
}
function ticks(tag, req, res, depth) {
  const step = (d) => {
    mark(`${tag} tick${d} ${flags(req, res)}`);
    if (d < depth) process.nextTick(step, d + 1);
  };
  process.nextTick(step, 1);
}

process.on('uncaughtException', (e) => mark(`uncaught ${e.message}`));

let sub = null;
const server = http.createServer((req, res) => {
  const tag = req.url.slice(1);
  mark(`${tag} request ${flags(req, res)}`);
  switch (tag) {
    case 'plain': res.end('a'); break;
    case 'watch':
      Promise.resolve().then(() => mark(`${tag} micro ${flags(req, res)}`));
      setImmediate(() => mark(`${tag} immediate ${flags(req, res)}`));
      res.end('b');
      break;
    case 'closethrow':
      req.on('close', () => { mark(`${tag} req close ${flags(req, res)}`); ticks(tag, req, res, 2); throw new Error('from close'); });
      setImmediate(() => mark(`${tag} immediate ${flags(req, res)}`));
      res.end('c');
      break;
    case 'endthrow':
      req.on('end', () => { mark(`${tag} req end ${flags(req, res)}`); ticks(tag, req, res, 2); throw new Error('from end'); });
      res.end('d');
      break;
    case 'diag':
      sub = (m) => { mark(`${tag} diag ${flags(m.request, m.response)}`); ticks(tag + '-d', m.request, m.response, 3); };
      dc.subscribe('http.server.response.finish', sub);
      res.end('e');
      break;
    case 'undiag':
      dc.unsubscribe('http.server.response.finish', sub);
      res.end('f');
      break;
    case 'finish':
      res.on('finish', () => { mark(`${tag} finish ${flags(req, res)}`); ticks(tag, req, res, 3); });
      res.end('g');
      break;
    case 'own':
      req.own = 1;
      res.own = 2;
      res.end('h');
      setImmediate(() => mark(`${tag} immediate ${flags(req, res)}`));
      break;
    case 'nexttick': {
      res.end('i');
      const orig = process.nextTick;
      // (passes every tick on: which of its builtins' ticks node sends
      // through a replaced nextTick is not what this case pins)
      process.nextTick = function (fn, ...args) {
        return orig.call(process, fn, ...args);
      };
      setImmediate(() => { process.nextTick = orig; mark(`${tag} immediate ${flags(req, res)}`); });
      break;
    }
    case 'hook': {
      res.end('j');
      const h = async_hooks.createHook({ init() {} }).enable();
      setImmediate(() => { h.disable(); mark(`${tag} immediate ${flags(req, res)}`); });
      break;
    }
    case 'close':
      res.setHeader('Connection', 'close');
      res.on('close', () => mark(`${tag} res close ${flags(req, res)}`));
      req.on('close', () => mark(`${tag} req close ${flags(req, res)}`));
      res.end('k');
      break;
    case 'after':
      res.end('l');
      ticks(tag, req, res, 3);
      break;
  }
  // (observed from a microtask: a tick queued here would be queued after
  // the response's whole write and keep it from running at the read's end)
  queueMicrotask(() => mark(`${tag} micro-h ${flags(req, res)}`));
});

const paths = ['plain', 'watch', 'plain', 'closethrow', 'plain', 'endthrow', 'plain', 'diag', 'plain', 'undiag', 'finish', 'plain',
  'own', 'plain', 'nexttick', 'plain', 'hook', 'plain', 'after', 'plain', 'close'];
server.listen(0, () => {
  let i = 0;
  let c;
  let buf = '';
  const connect = () => {
    c = net.connect(server.address().port);
    c.on('data', (d) => {
      buf += d;
      const m = buf.match(/Content-Length: (\d+)\r\n/);
      const h = buf.indexOf('\r\n\r\n');
      if (m && h >= 0 && buf.length >= h + 4 + +m[1]) {
        buf = '';
        setImmediate(next); // (after the server's immediates of this request)
      }
    });
    c.on('end', () => {
      mark('client end');
      server.close(() => console.log(log.join('\n')));
    });
  };
  const next = () => {
    if (i === paths.length) return;
    c.write(`GET /${paths[i++]} HTTP/1.1\r\nHost: x\r\n\r\n`);
  };
  connect();
  next();
});
