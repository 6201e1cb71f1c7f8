// setEncoding on a socket: 'data' gives strings, multi-byte characters split
// across writes are kept whole.
const net = require('net');
const server = net.createServer((c) => {
  const euro = Buffer.from('€');
  c.write(euro.subarray(0, 1));
  setTimeout(() => {
    c.write(euro.subarray(1));
    c.end('ok');
  }, 20);
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.setEncoding('utf8');
  console.log('readableEncoding', c.readableEncoding);
  const parts = [];
  c.on('data', (d) => parts.push(typeof d + ':' + d));
  c.on('end', () => { console.log(JSON.stringify(parts)); server.close(); });
});
