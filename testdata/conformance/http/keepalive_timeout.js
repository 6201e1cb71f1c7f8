// The socket timeout a keep-alive server connection shows while a request
// is in flight (server.timeout) and after its response (keepAliveTimeout
// + 1 s), which js/_http_server.js sets in place of net's setSocketTimeout
// in the usual cases, and that an idle connection still ends.
const http = require('http');
function run(opts, done) {
  const server = http.createServer((req, res) => {
    const s = req.socket;
    console.log(opts.name, 'handler timeout', s.timeout);
    res.on('finish', () => setImmediate(() => console.log(opts.name, 'after finish timeout', s.timeout)));
    res.end('x');
  });
  if (opts.timeout !== undefined) server.timeout = opts.timeout;
  if (opts.keepAliveTimeout !== undefined) server.keepAliveTimeout = opts.keepAliveTimeout;
  server.listen(0, () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    let left = 2;
    const next = () => {
      if (left-- === 0) { agent.destroy(); server.close(done); return; }
      http.get({ port: server.address().port, agent }, (r) => { r.resume(); r.on('end', () => setTimeout(next, 20)); });
    };
    next();
  });
}
// the keep-alive timeout still ends an idle connection (keepAliveTimeout
// + 1 s after the last response, as node) after two requests on it
function idle(done) {
  const net = require('net');
  const server = http.createServer((req, res) => res.end('y'));
  server.keepAliveTimeout = 50;
  server.listen(0, () => {
    const c = net.connect(server.address().port);
    let got = '';
    let t0 = 0;
    const req = 'GET / HTTP/1.1\r\nHost: x\r\n\r\n';
    c.setEncoding('latin1');
    c.on('data', (d) => {
      got += d;
      const n = got.split('HTTP/1.1 200').length - 1;
      if (n === 1 && t0 === 0) { t0 = -1; setTimeout(() => c.write(req), 20); }
      if (n === 2 && t0 === -1) t0 = Date.now();
    });
    c.on('close', () => {
      const waited = Date.now() - t0;
      console.log('idle connection closed by the server after keepAliveTimeout + 1 s', waited >= 900 && waited < 5000);
      server.close(done);
    });
    c.write(req);
  });
}
run({ name: 'default' }, () => run({ name: 't5000', timeout: 5000 }, () => run({ name: 'ka0', keepAliveTimeout: 0 }, () => run({ name: 'ka100', keepAliveTimeout: 100, timeout: 200 }, () => idle(() => console.log('done'))))));
