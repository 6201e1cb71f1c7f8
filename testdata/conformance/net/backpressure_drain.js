// A slow reader makes write() return false; 'drain' follows once the data
// has gone; every byte arrives.
const net = require('net');
const chunk = Buffer.alloc(64 * 1024, 'x');
// 64 MiB: more than loopback can buffer even with large tcp_rmem/tcp_wmem limits.
const total = 1024;
const server = net.createServer((c) => {
  c.pause();
  let received = 0;
  c.on('data', (d) => { received += d.length; });
  c.on('end', () => {
    console.log('server: received all', received === chunk.length * total);
    server.close();
  });
  setTimeout(() => c.resume(), 100);
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  let written = 0;
  let falseSeen = false;
  let drains = 0;
  function pump() {
    while (written < total) {
      written++;
      if (!c.write(chunk)) {
        if (!falseSeen) {
          falseSeen = true;
          console.log('client: write returned false, bufferSize > 0', c.bufferSize > 0,
            'writableNeedDrain', c.writableNeedDrain);
        }
        c.once('drain', () => { drains++; pump(); });
        return;
      }
    }
    console.log('client: all written, drained at least once', drains > 0);
    c.end();
  }
  c.on('connect', pump);
  c.on('close', () => console.log('client: close, bytesWritten', c.bytesWritten === chunk.length * total));
});
