// A secure server's `origins` option sends an ORIGIN frame at the start of
// each session: the client's 'origin' event and originSet show them.
const h2 = require('http2');
const fs = require('fs');
const path = require('path');
const fx = (n) => fs.readFileSync(path.join(__dirname, '..', 'tls', 'fixtures', n));
const server = h2.createSecureServer({
  key: fx('server-key.pem'), cert: fx('server-cert.pem'),
  origins: ['https://foo.org/a/b/c', new URL('https://bar.org')],
});
server.on('stream', (stream) => {
  stream.respond();
  stream.end('ok');
});
server.listen(0, '127.0.0.1', () => {
  const origin = `https://localhost:${server.address().port}`;
  const client = h2.connect(origin, { ca: fx('ca.pem') });
  let pending = 2;
  const done = () => { if (--pending === 0) { client.close(); server.close(); } };
  client.on('origin', (origins) => {
    console.log('origin', origins);
    console.log('originSet', client.originSet.map((o) => (o === origin ? 'self' : o)));
    done();
  });
  const req = client.request();
  req.setEncoding('utf8');
  req.on('data', (d) => console.log('data', d));
  req.on('close', done);
});
