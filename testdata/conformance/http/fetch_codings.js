// Content-Encoding lists with identity, empty items, odd spacing and case, and
// two Content-Encoding headers: undici decodes only lists of codings it knows.
const http = require('http');
const zlib = require('zlib');
const s = http.createServer((req, res) => {
  const z = zlib.gzipSync('hello');
  if (req.url === '/two') { res.setHeader('content-encoding', ['gzip', 'identity']); return res.end(z); }
  if (req.url === '/two2') { res.setHeader('content-encoding', ['identity', 'gzip']); return res.end(z); }
  res.setHeader('content-encoding', decodeURIComponent(req.url.slice(2))); res.end(z);
}).listen(0, async () => {
  const base = 'http://127.0.0.1:' + s.address().port;
  for (const p of ['/?gzip%2C%20identity', '/?identity%2C%20gzip', '/?gzip%2C', '/?%2Cgzip', '/?%20GZIP%20', '/two', '/two2']) {
    const b = Buffer.from(await (await fetch(base + p)).arrayBuffer());
    console.log(p, b.length === 5 ? 'decoded' : 'as received', b.subarray(0, 2).toString('hex'));
  }
  s.close();
});
