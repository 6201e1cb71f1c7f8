// Frames as nghttp2 builds them, when the session sends: a write and an
// end() in the same tick go out as one DATA frame with END_STREAM (no empty
// one after it); a write whose callback ends the stream is followed by an
// empty END_STREAM frame; a single end(chunk) is one frame. Writes made
// before the client stream has its id go out together as one DATA frame.
const h2 = require('http2');
const net = require('net');

// the frames of stream 1 the server sent, seen by a TCP proxy between the
// client and the server: type, flags, length
let frames = [];
function frameLog(upstream, down) {
  let buf = Buffer.alloc(0);
  upstream.on('data', (d) => {
    down.write(d);
    buf = Buffer.concat([buf, d]);
    while (buf.length >= 9) {
      const len = buf.readUIntBE(0, 3);
      if (buf.length < 9 + len) break;
      const id = buf.readUInt32BE(5) & 0x7fffffff;
      if (id === 1) frames.push(`type ${buf[3]} flags ${buf[4]} length ${len}`);
      buf = buf.subarray(9 + len);
    }
  });
}
const proxy = net.createServer((down) => {
  const up = net.connect(server.address().port, '127.0.0.1');
  down.pipe(up);
  frameLog(up, down);
  up.on('end', () => down.end());
  down.on('error', () => {});
  up.on('error', () => {});
});

const server = h2.createServer();
server.on('stream', (stream, headers) => {
  const path = headers[':path'];
  if (path === '/upload') {
    const sizes = [];
    stream.on('data', (d) => sizes.push(d.length));
    stream.on('end', () => {
      stream.respond({ ':status': 200 });
      stream.end(`data events ${sizes.join(',')}`);
    });
    return;
  }
  stream.respond({ ':status': 200 });
  if (path === '/sequential') {
    stream.write('OK');
    stream.end();
  } else if (path === '/delayed') {
    stream.write('OK', () => stream.end());
  } else {
    stream.end('OK');
  }
});

function get(port, path) {
  return new Promise((resolve) => {
    const client = h2.connect(`http://localhost:${port}`);
    client.on('connect', () => {
      frames = [];
      const req = client.request({ ':path': path });
      req.setEncoding('utf8');
      let body = '';
      req.on('data', (d) => body += d);
      req.on('end', () => {
        console.log(path, JSON.stringify(body));
        for (const f of frames) console.log('  ', f);
        client.close(resolve);
      });
      req.end();
    });
  });
}

function upload(port) {
  return new Promise((resolve) => {
    const client = h2.connect(`http://localhost:${port}`);
    // before 'connect': the stream has no id yet
    const req = client.request({ ':path': '/upload', ':method': 'POST' });
    for (let i = 0; i < 5; i++) req.write(Buffer.alloc(10, i));
    req.end();
    req.setEncoding('utf8');
    let body = '';
    req.on('data', (d) => body += d);
    req.on('end', () => {
      console.log('/upload', body);
      client.close(resolve);
    });
  });
}

server.listen(0, '127.0.0.1', () => proxy.listen(0, '127.0.0.1', async () => {
  const { port } = proxy.address();
  for (const path of ['/single', '/sequential', '/delayed']) await get(port, path);
  await upload(server.address().port);
  proxy.close();
  server.close();
}));
