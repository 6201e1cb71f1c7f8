// The response head as rendered from the header map: values that are
// numbers, strings, arrays; the headers that change the framing
// (Connection with and without "close", Transfer-Encoding chunked or not,
// Content-Length as a string with spaces, Date, Keep-Alive, Trailer);
// Content-Disposition in latin1; names in mixed case; writeHead's own
// headers merged with setHeader's; the raw bytes each client receives.
const http = require('http');
const net = require('net');

const cases = [
  (res) => { res.setHeader('X-Num', 42); res.setHeader('X-Float', 1.5); res.end('a'); },
  (res) => { res.setHeader('Connection', 'Close'); res.end('b'); },
  (res) => { res.setHeader('connection', 'keep-alive, xclose'); res.end('c'); },
  (res) => { res.setHeader('Transfer-Encoding', 'chunked'); res.write('d1'); res.end('d2'); },
  (res) => { res.setHeader('Transfer-Encoding', 'gzip'); res.end('e'); },
  (res) => { res.setHeader('Content-Length', ' 1 '); res.end('f'); },
  (res) => { res.setHeader('Date', 'yesterday'); res.end('g'); },
  (res) => { res.setHeader('Keep-Alive', 'timeout=9'); res.end('h'); },
  (res) => {
    res.setHeader('Trailer', 'X-T');
    res.setHeader('Transfer-Encoding', 'chunked');
    res.addTrailers({ 'X-T': 'v' });
    res.end('i');
  },
  (res) => { res.setHeader('Set-Cookie', ['a=1', 'b=2']); res.setHeader('X-List', ['p', 'q']); res.end('j'); },
  (res) => { res.setHeader('Content-Disposition', 'attachment; filename="\xe9t\xe9.txt"'); res.end('k'); },
  (res) => { res.setHeader('X-Latin', 'caf\xe9'); res.end('l\xe9'); },
  (res) => { res.setHeader('X-A', 'a'); res.writeHead(201, 'Made', { 'X-B': 'b', 'x-a': 'A2' }); res.end('m'); },
  (res) => { res.setHeader('Content-Length', 3); res.statusCode = 204; res.end(); },
  (res) => { res.setHeader('X-Bool', true); res.setHeader('x-undefined-later', 'u'); res.end('n'); },
  (res) => { res.setHeader('Content-Length', '0x2'); res.end('oo'); },
  (res) => { res.setHeader('X-Big', 1e21); res.setHeader('X-Neg', -0); res.end('p'); },
  (res) => { res.setHeader('Content-Type', 'text/plain'); res.end(Buffer.from('q\u00e9')); },
  (res) => { res.end(new Uint8Array([114, 115])); },
  (res) => { res.end(Buffer.alloc(0)); },
  (res) => {
    const order = [];
    res.on('finish', () => order.push('finish'));
    process.nextTick(() => order.push('tick'));
    res.end(Buffer.from('t'), () => {
      order.push('end callback');
      setImmediate(() => console.log('buffer end order', order.join(', ')));
    });
  },
  (res) => { res.statusCode = 304; res.end(Buffer.from('u')); },
  (res) => { res.setHeader('Content-Length', 1); res.end(Buffer.from('v'), 'hex'); },
];

const server = http.createServer((req, res) => {
  const i = Number(req.url.slice(1));
  cases[i](res);
});

function get(i, cb) {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.write(`GET /${i} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
  });
  let got = '';
  c.setEncoding('latin1');
  c.on('data', (d) => { got += d; });
  c.on('end', () => cb(got.replace(/Date: [A-Z][a-z][a-z], [^\r]*\r\n/, 'Date: <now>\r\n')));
}

server.listen(0, () => {
  let i = 0;
  const next = () => {
    if (i === cases.length) { server.close(); return; }
    const n = i++;
    get(n, (out) => {
      console.log(`case ${n}: ${JSON.stringify(out)}`);
      next();
    });
  };
  next();
});
