// The response's finish with only the request's readable tick queued after
// it: gojanet leaves the request's resume and the response's close to that
// tick (js/_http_incoming.js leftToReadable) instead of queueing them. What
// a script does from its own 'finish' listener must still see node's order:
// a tick, microtask or immediate queued there, a 'close' listener added to
// the response, 'resume', 'readable', 'end' and 'close' listeners added to
// the request (a 'readable' one throwing), pause(), destroy(), a throwing
// 'finish' listener; and a pipelined request behind.
const http = require('http');
const net = require('net');

const log = [];
function mark(s) { log.push(s); }
function flags(req, res) {
  return `req(e=${+req.readableEnded} d=${+req.destroyed} cl=${+req.closed} fl=${req.readableFlowing} ` +
    `p=${+req.isPaused()}) res(d=${+res.destroyed} cl=${+res.closed})`;
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
  const fin = (f) => res.on('finish', () => { mark(`${tag} finish ${flags(req, res)}`); f(); });
  req.on('end', () => mark(`${tag} req end ${flags(req, res)}`));
  switch (tag) {
    case 'tick': fin(() => ticks(tag, req, res, 4)); break;
    case 'micro':
      fin(() => {
        Promise.resolve().then(() => mark(`${tag} micro ${flags(req, res)}`));
        setImmediate(() => mark(`${tag} immediate ${flags(req, res)}`));
      });
      break;
    case 'resclose': fin(() => res.on('close', () => { mark(`${tag} res close ${flags(req, res)}`); ticks(tag, req, res, 2); })); break;
    case 'resume': fin(() => req.on('resume', () => mark(`${tag} req resume ${flags(req, res)}`))); break;
    case 'readable': fin(() => req.on('readable', () => mark(`${tag} req readable ${flags(req, res)} ${req.read()}`))); break;
    case 'rthrow': fin(() => req.on('readable', () => { mark(`${tag} readable`); throw new Error('from readable'); })); break;
    case 'close': fin(() => req.on('close', () => mark(`${tag} req close ${flags(req, res)}`))); break;
    case 'pause': fin(() => { req.pause(); ticks(tag, req, res, 3); setImmediate(() => { mark(`${tag} imm ${flags(req, res)}`); req.resume(); }); }); break;
    case 'destroy': fin(() => { req.destroy(); ticks(tag, req, res, 3); }); break;
    case 'fthrow': fin(() => { ticks(tag, req, res, 3); throw new Error('from finish'); }); break;
    case 'plain': break;
  }
  res.end(tag);
  mark(`${tag} ended ${flags(req, res)}`);
});

server.listen(0, () => {
  const c = net.connect(server.address().port);
  const paths = ['tick', 'micro', 'resclose', 'resume', 'readable', 'rthrow', 'close', 'pause', 'fthrow', 'plain'];
  let i = 0;
  let got = 0;
  let buf = '';
  const next = () => {
    if (i === paths.length) {
      // two pipelined in one write
      c.write('GET /tick HTTP/1.1\r\nHost: x\r\n\r\nGET /plain HTTP/1.1\r\nHost: x\r\n\r\n');
      i++;
      return;
    }
    if (i > paths.length) {
      if (got !== paths.length + 2 || i > paths.length + 1) return;
      i++;
      // last, once both answered: destroy() from 'finish' closes the connection
      const d = net.connect(server.address().port, () => d.write('GET /destroy HTTP/1.1\r\nHost: x\r\n\r\n'));
      d.resume();
      d.on('close', () => {
        c.end();
        server.close(() => console.log(log.join('\n')));
      });
      return;
    }
    c.write(`GET /${paths[i++]} HTTP/1.1\r\nHost: x\r\n\r\n`);
  };
  c.on('data', (d) => {
    buf += d;
    for (;;) {
      const m = buf.match(/Content-Length: (\d+)\r\n/);
      const h = buf.indexOf('\r\n\r\n');
      if (!(m && h >= 0 && buf.length >= h + 4 + +m[1])) break;
      buf = buf.slice(h + 4 + +m[1]);
      got++;
      setTimeout(next, 5);
    }
  });
  c.on('close', () => mark('client closed'));
  next();
});
