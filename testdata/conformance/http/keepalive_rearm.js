// The keep-alive timeout re-armed after each response on one connection
// (js/_http_server.js resFinished, in place while the socket's timer is due
// no later than it): a handler that set a longer socket timeout, a
// keepAliveTimeout changed between requests, and the idle connection's end
// at the last one's time (+ 1 s), after the socket's 'timeout'.
const http = require('http');
const net = require('net');
const kats = [100, 300, 50];
let n = 0;
const server = http.createServer((req, res) => {
  const s = req.socket;
  const i = n++;
  console.log('request', i, 'timeout in handler', s.timeout);
  if (i === 0) {
    s.setTimeout(4000);
    s.on('timeout', () => console.log('socket timeout event, timeout', s.timeout));
    console.log('handler set', s.timeout);
  }
  res.on('finish', () => setImmediate(() => {
    console.log('request', i, 'timeout after finish', s.timeout);
    if (i + 1 < kats.length) server.keepAliveTimeout = kats[i + 1];
  }));
  res.end('x');
});
server.keepAliveTimeout = kats[0];
server.listen(0, () => {
  const c = net.connect(server.address().port);
  const req = 'GET / HTTP/1.1\r\nHost: x\r\n\r\n';
  let got = '';
  let seen = 0;
  let t0 = 0;
  c.setEncoding('latin1');
  c.on('data', (d) => {
    got += d;
    const k = got.split('HTTP/1.1 200').length - 1;
    if (k > seen) {
      seen = k;
      if (k < kats.length) setTimeout(() => c.write(req), 30);
      else t0 = Date.now();
    }
  });
  c.on('close', () => {
    const waited = Date.now() - t0;
    console.log('responses', seen);
    console.log('closed after the last keepAliveTimeout + 1 s, not the handler\'s 4 s', waited >= 900 && waited < 3000);
    server.close(() => console.log('done'));
  });
  c.write(req);
});
