'use strict';
// The header blocks a client sends, byte for byte: nghttp2 never indexes
// :path, age, content-length, etag, if-modified-since, if-none-match,
// location and set-cookie (literals without indexing, named by their first
// static-table index; "/" and empty values are static entries), and indexes
// the rest, so the second request repeats those literals and refers to the
// others by dynamic index. A sensitive field is a never-indexed literal,
// even where its value is a static entry's (":path: /", an empty etag).
const net = require('net');
const http2 = require('http2');

const server = net.createServer((s) => {
  let buf = Buffer.alloc(0);
  s.on('data', (d) => {
    buf = Buffer.concat([buf, d]);
    const blocks = [];
    let off = 24; // the client's preface
    while (buf.length >= off + 9) {
      const len = buf.readUIntBE(off, 3);
      if (buf.length < off + 9 + len) break;
      if (buf[off + 3] === 1) blocks.push(buf.subarray(off + 9, off + 9 + len).toString('hex'));
      off += 9 + len;
    }
    if (blocks.length < 5) return;
    for (const b of blocks) console.log(b);
    s.destroy();
    server.close();
    client.destroy();
  });
});
let client;
server.listen(0, '127.0.0.1', () => {
  client = http2.connect(`http://127.0.0.1:${server.address().port}`);
  client.on('error', () => {});
  const headers = [
    { ':authority': 'e', ':path': '/', 'etag': '', 'x-a': 'b', [http2.sensitiveHeaders]: [':path', 'etag'] },
    { ':authority': 'e', ':path': '/q', 'etag': 'v', [http2.sensitiveHeaders]: [':path', 'etag'] },
    { ':authority': 'example.test', ':path': '/some/path?x=1', 'content-length': '5', 'etag': 'xyz', 'location': '/a',
      'set-cookie': 'a=1', 'age': '3', 'if-none-match': 'q', 'if-modified-since': 'z', 'x-custom': 'abc', ':method': 'POST' },
    { ':authority': 'example.test', ':path': '/some/path?x=1', 'content-length': '5', 'etag': 'xyz', 'location': '/a',
      'set-cookie': 'a=1', 'age': '3', 'if-none-match': 'q', 'if-modified-since': 'z', 'x-custom': 'abc', ':method': 'POST' },
    { ':authority': 'example.test', ':path': '/', 'etag': '', 'x-custom': 'abc' },
  ];
  for (const h of headers) client.request(h).on('error', () => {});
});
