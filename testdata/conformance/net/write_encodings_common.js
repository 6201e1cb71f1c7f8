// write() with UTF-8, hex and base64 strings, Buffers, Uint8Arrays and other
// typed arrays: the server sees the same bytes node sends.
const net = require('net');
const writes = [
  ['héllo €', 'utf8'], ['héllo €', 'utf-8'], ['68656c6c6f', 'hex'], ['aGVsbG8=', 'base64'],
  ['UPPER', 'UTF8'], [Buffer.from([1, 2, 3]), undefined], [new Uint8Array([4, 5, 6]), undefined],
  [new Uint16Array([0x0807]), undefined], [new DataView(new ArrayBuffer(2)), undefined], ['default', undefined],
];
const server = net.createServer((c) => {
  const parts = [];
  c.on('data', (d) => parts.push(d));
  c.on('end', () => {
    console.log(Buffer.concat(parts).toString('hex'));
    server.close();
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    for (const [data, enc] of writes) {
      if (enc === undefined) c.write(data);
      else c.write(data, enc);
    }
    c.end();
  });
  try {
    c.write('x', 'nope');
  } catch (e) {
    console.log('unknown encoding', e.name, e.code, e.message);
  }
  try {
    c.write(5);
  } catch (e) {
    console.log('bad chunk', e.name, e.code, e.message);
  }
});
