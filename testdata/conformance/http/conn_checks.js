// What a keep-alive request's handling reads of its connection before the
// handler runs (the server's timeout and maxRequestsPerSocket, the socket's
// setTimeout, on and listener limit, a 'newListener' listener): gojanet's
// parser binding keeps the verdict of those checks with the reads it holds
// between requests (js/_http_server.js connChecks, modules/http_parser
// held.go), so a handler that changes one of them changes what the next
// request on the connection gets, as in node.
const http = require('http');
const net = require('net');
const EventEmitter = require('events');

const log = [];
function mark(s) { log.push(s); }
process.on('warning', (w) => mark(`warning ${w.name}`));

const SocketSetTimeout = net.Socket.prototype.setTimeout;
const SocketOn = net.Socket.prototype.on;
const server = http.createServer((req, res) => {
  const tag = req.url.slice(1);
  const s = req.socket;
  mark(`${tag} request timeout=${s.timeout} close=${s.listenerCount('close')} max=${s.getMaxListeners()} ` +
    `paused=${+s.isPaused()} drain=${+s.writableNeedDrain}`);
  switch (tag) {
    case 'timeout-on': server.timeout = 12345; break;
    case 'timeout-off': server.timeout = 0; break;
    case 'newl': s.on('newListener', (e) => mark(`${tag} newListener ${e}`)); break;
    case 'unnewl': s.removeAllListeners('newListener'); break;
    case 'ownst':
      s.setTimeout = function (ms, cb) {
        mark(`own setTimeout ${ms}`);
        return SocketSetTimeout.call(this, ms, cb);
      };
      break;
    case 'unownst': delete s.setTimeout; break;
    case 'ownon':
      s.on = function (e, f) {
        mark(`own on ${e}`);
        return SocketOn.call(this, e, f);
      };
      break;
    case 'unownon': delete s.on; break;
    case 'maxl': s.setMaxListeners(1); break;
    case 'unmaxl': s.setMaxListeners(10); break;
    case 'defmax': EventEmitter.defaultMaxListeners = 1; break;
    case 'undefmax': EventEmitter.defaultMaxListeners = 10; break;
    case 'maxreq': server.maxRequestsPerSocket = 40; break;
  }
  res.on('finish', () => mark(`${tag} finish timeout=${s.timeout} close=${s.listenerCount('close')}`));
  if (tag === 'big') res.end('x'.repeat(1 << 20));
  else res.end(tag);
  setImmediate(() => mark(`${tag} immediate timeout=${s.timeout} close=${s.listenerCount('close')}`));
});

const paths = ['plain', 'plain', 'timeout-on', 'plain', 'plain', 'timeout-off', 'plain', 'plain', 'newl', 'plain', 'unnewl',
  'plain', 'ownst', 'plain', 'unownst', 'plain', 'ownon', 'plain', 'unownon', 'plain', 'maxl', 'plain', 'unmaxl', 'plain',
  'defmax', 'plain', 'undefmax', 'plain', 'big', 'plain', 'plain', 'maxreq', 'plain', 'plain'];
server.listen(0, () => {
  const c = net.connect(server.address().port);
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
      const ka = buf.match(/\r\n(Keep-Alive: [^\r]*|Connection: [^\r]*)/g);
      mark(`client ${buf.slice(0, 12)} ${ka ? ka.map((x) => x.trim()).join(' | ') : ''} ${buf.length - h - 4}`);
      buf = '';
      setImmediate(next); // (after the server's immediates of this request)
    }
  });
  next();
});
