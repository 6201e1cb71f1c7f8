// 4 MB through an echo server with pipe in both directions: every byte back,
// in order.
const net = require('net');
const size = 4 * 1024 * 1024;
const pattern = Buffer.alloc(251);
for (let i = 0; i < pattern.length; i++) pattern[i] = (i * 7) & 0xff;
const data = Buffer.alloc(size, pattern);
const server = net.createServer((c) => c.pipe(c));
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  const parts = [];
  let got = 0;
  c.on('data', (d) => {
    parts.push(d);
    got += d.length;
    if (got === size) c.end();
  });
  c.on('close', () => {
    const all = Buffer.concat(parts);
    console.log('received', all.length, 'identical', all.equals(data));
    server.close();
  });
  let off = 0;
  function pump() {
    while (off < size) {
      const n = Math.min(100000, size - off);
      const ok = c.write(data.subarray(off, off + n));
      off += n;
      if (!ok) { c.once('drain', pump); return; }
    }
  }
  c.on('connect', pump);
});
