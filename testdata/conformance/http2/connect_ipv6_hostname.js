// http2.connect() with an authority object whose hostname is an IPv6
// address: connects (the URL it builds brackets the host), and the
// request's :authority is node's (host:port, no brackets).
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (s, h) => { s.respond(); s.end(h[':authority']); });
server.listen(0, '::1', async () => {
  const port = server.address().port;
  const cases = [
    { protocol: 'http:', hostname: '::1', port },
    { protocol: 'http:', hostname: '[::1]', port },
    { host: `[::1]:${port}`, protocol: 'http:', hostname: '::1', port },
  ];
  for (const authority of cases) {
    await new Promise((resolve) => {
      const c = http2.connect(authority);
      c.on('error', (e) => { console.log('session error', e.code); resolve(); });
      const r = c.request();
      let body = '';
      r.setEncoding('utf8');
      r.on('data', (d) => { body += d; });
      r.on('end', () => { console.log(JSON.stringify(body.replace(String(port), 'PORT'))); c.close(); resolve(); });
      r.on('error', (e) => { console.log('error', e.code); c.close(); resolve(); });
    });
  }
  server.close();
});
