// A keep-alive response ended whole by its handler: gojanet keeps its whole
// write's tick out of the tick queue while the read that brought the request
// is handled (internal/bootstrap `held`), and runs it at the read's end; any
// tick queued meanwhile (by the handler after end(), a later 'request'
// listener, an 'uncaughtException' handler after a throw) comes after it,
// as in node. The order of ticks, microtasks, immediates and events against
// the response's 'finish' and the request's 'end' and 'close':
const http = require('http');
const net = require('net');

const log = [];
function mark(s) { log.push(s); }
function flags(req, res) {
  return `req(e=${+req.readableEnded} cl=${+req.closed}) res(f=${+res.writableFinished} cl=${+res.closed})`;
}
function watch(tag, req, res) {
  req.on('end', () => mark(`${tag} req end ${flags(req, res)}`));
  req.on('close', () => mark(`${tag} req close ${flags(req, res)}`));
  res.on('close', () => mark(`${tag} res close ${flags(req, res)}`));
}

let current = '';
process.on('uncaughtException', (e) => {
  mark(`${current} uncaught ${e.message}`);
  process.nextTick(() => mark(`${current} uncaught tick`));
  Promise.resolve().then(() => mark(`${current} uncaught micro`));
});

const server = http.createServer((req, res) => {
  const tag = current = req.url.slice(1);
  mark(`${tag} request ${flags(req, res)}`);
  switch (tag) {
    case 'plain': res.end('a'); break;
    case 'before':
      process.nextTick(() => mark(`${tag} tick before ${flags(req, res)}`));
      res.end('b');
      process.nextTick(() => mark(`${tag} tick after ${flags(req, res)}`));
      break;
    case 'finish':
      res.on('finish', () => {
        mark(`${tag} finish ${flags(req, res)}`);
        Promise.resolve().then(() => mark(`${tag} finish micro ${flags(req, res)}`));
        process.nextTick(() => mark(`${tag} finish tick ${flags(req, res)}`));
        setImmediate(() => mark(`${tag} finish immediate ${flags(req, res)}`));
      });
      res.end('c');
      break;
    case 'quiet':
      res.end('d');
      Promise.resolve().then(() => mark(`${tag} micro ${flags(req, res)}`));
      break;
    case 'throw':
      watch(tag, req, res);
      res.end('e');
      throw new Error('after end');
    case 'second':
      res.end('f');
      break;
    case 'pause':
      watch(tag, req, res);
      res.end('g');
      req.socket.pause();
      setImmediate(() => { req.socket.resume(); mark(`${tag} immediate ${flags(req, res)}`); });
      break;
    case 'watched':
      watch(tag, req, res);
      res.end('h');
      break;
  }
});
// (a second listener: it runs after the first ended the response)
server.on('request', (req, res) => {
  const tag = req.url.slice(1);
  if (tag === 'second') {
    watch(tag, req, res);
    process.nextTick(() => mark(`${tag} tick ${flags(req, res)}`));
    throw new Error('from the second listener');
  }
  if (tag === 'plain') queueMicrotask(() => mark(`${tag} micro-2 ${flags(req, res)}`));
});

// (a throw in a handler ends the connection in node, which gojanet does not
// do: each throwing case is its connection's last request)
const conns = [['plain', 'before', 'plain', 'finish', 'plain', 'quiet', 'plain', 'pause', 'plain', 'watched', 'plain'],
  ['plain', 'throw'], ['plain', 'second']];
server.listen(0, () => {
  let k = 0;
  const connect = () => {
    const paths = conns[k++];
    let i = 0;
    let buf = '';
    const c = net.connect(server.address().port);
    const next = () => {
      if (i === paths.length) {
        c.destroy();
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
    c.on('close', () => {
      mark('client close');
      if (k < conns.length) connect();
      else server.close(() => console.log(log.join('\n')));
    });
    next();
  };
  connect();
});
