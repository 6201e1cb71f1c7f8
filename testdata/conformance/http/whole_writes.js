// Responses written whole by res.end(body) on keep-alive connections:
// string and Buffer bodies, small and large (256 KiB, past the socket's
// highWaterMark: it asks for 'drain' however much the kernel took),
// pipelined in one chunk and one at a time; each response's 'finish' and
// 'close' against ticks, the socket's needDrain and 'drain', and what the
// client receives.
const http = require('http');
const net = require('net');

const big = Buffer.alloc(1 << 18, 'z');
const bodies = {
  s: () => 'small',
  b: () => Buffer.from('buffer'),
  S: () => big.toString('latin1'),
  B: () => big,
  u: () => new Uint8Array([104, 105]),
};

const log = [];
const server = http.createServer((req, res) => {
  const key = req.url.slice(1, 2);
  const tag = req.url.slice(1);
  const ws = req.socket._writableState;
  res.on('finish', () => log.push(`${tag} finish`));
  res.on('close', () => log.push(`${tag} close`));
  process.nextTick(() => log.push(`${tag} tick`));
  res.end(bodies[key]());
  log.push(`${tag} ended needDrain=${ws.needDrain}`);
});

function run(port, chunks, cb) {
  const c = net.connect(port, '127.0.0.1');
  let bytes = 0;
  let want = 0;
  let got = '';
  const next = () => {
    const chunk = chunks.shift();
    want += chunk.split(' HTTP/1.1').length - 1;
    c.write(chunk);
  };
  c.on('data', (d) => {
    bytes += d.length;
    got += d.toString('latin1').replace(/z+/g, 'z');
    if (got.split('HTTP/1.1 200').length - 1 === want) {
      if (chunks.length) next();
      else c.end();
    }
  });
  c.on('end', () => cb(bytes));
  next();
}

server.on('connection', (s) => s.on('drain', () => log.push('socket drain')));

server.listen(0, () => {
  const port = server.address().port;
  const req = (u) => `GET /${u} HTTP/1.1\r\nHost: x\r\n\r\n`;
  run(port, [req('s1') + req('b1') + req('B1') + req('u1') + req('S1') + req('s2')], (n1) => {
    run(port, [req('B2'), req('b2'), req('S2'), req('s3')], (n2) => {
      console.log(log.join('\n'));
      console.log('bytes', n1, n2);
      server.close();
    });
  });
});
