// A paused socket stops reading from the kernel once its buffer is full:
// bytesRead stays bounded while the writer is held back, then everything
// arrives after resume().
const net = require('net');
const total = 8 * 1024 * 1024;
const server = net.createServer((c) => {
  c.pause();
  let got = 0;
  c.on('data', (d) => { got += d.length; });
  server.check = () => {
    console.log('while paused: bytesRead bounded', c.bytesRead < 2 * 1024 * 1024,
      'readableLength <= highWaterMark + one read', c.readableLength <= c.readableHighWaterMark + 65536);
    c.resume();
  };
  c.on('end', () => {
    console.log('after resume: got everything', got === total, c.bytesRead === total);
    c.end();
    server.close();
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    const ok = c.write(Buffer.alloc(total, 'q'));
    console.log('write returned', ok);
    // (and once the server has the connection: under load its accept can
    // come after the 100 ms)
    const check = () => {
      if (!server.check) return setTimeout(check, 10);
      console.log('writer held back: bufferSize > 0', c.bufferSize > 0, 'writableNeedDrain', c.writableNeedDrain);
      server.check();
    };
    setTimeout(check, 100);
    c.on('drain', () => { console.log('drain'); c.end(); });
  });
  c.resume();
});
