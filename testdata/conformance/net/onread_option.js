// The onread option: reads land in the caller's buffer and go to its callback
// instead of 'data'; returning false pauses reading.
const net = require('net');
const server = net.createServer((c) => {
  c.write('0123456789');
  setTimeout(() => c.end('abcdef'), 30);
});
server.listen(0, '127.0.0.1', () => {
  const buf = Buffer.alloc(4);
  const seen = [];
  let sameBuffer = true;
  const c = net.connect({
    port: server.address().port,
    host: '127.0.0.1',
    onread: {
      buffer: buf,
      callback(nread, b) {
        seen.push(b.toString('utf8', 0, nread));
        if (b !== buf || nread > buf.length) sameBuffer = false;
      },
    },
  });
  c.on('data', () => console.log('unexpected data event'));
  c.on('end', () => {
    console.log('end', JSON.stringify(seen.join('')), 'always the caller\'s buffer', sameBuffer,
      'several callbacks', seen.length >= 4);
    server.close();
  });
});
