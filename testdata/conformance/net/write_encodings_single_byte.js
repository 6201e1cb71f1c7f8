// write() with strings in the single-byte and UTF-16 encodings (latin1,
// binary, ascii, ucs2, utf16le, base64url), one by one and corked (writev):
// the server sees node's bytes.
const net = require('net');
const writes = [
  ['héllo', 'latin1'], ['héllo', 'binary'], ['hello\u00ff\u0100', 'ascii'], ['hé€', 'ucs2'],
  ['hé€', 'utf16le'], ['aGVsbG8', 'base64url'], ['Latin', 'LATIN1'], ['hé', 'UCS-2'],
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
    // The same strings again, corked, so they go out in one writev.
    c.cork();
    for (const [data, enc] of writes) c.write(data, enc);
    process.nextTick(() => { c.uncork(); c.end(); });
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
