// respondWithFD ends the stream's writable side for the script at once (the
// descriptor's data goes out under it): a later end() is harmless, a write
// fails; trailers asked for come after the last byte. A timeout while the
// descriptor drains into a paused reader waits one more period while
// frames go out, as node's does. (A 1 s period and a 1.5 s pause: with
// 300/450 ms, the resumed flow had only 150 ms to show before the second
// period ended, too little under load.)
'use strict';
const http2 = require('http2');
const fs = require('fs');
const os = require('os');
const path = require('path');

const file = path.join(os.tmpdir(), `gojanet-respond-fd-${process.pid}.bin`);
fs.writeFileSync(file, Buffer.alloc(300000, 0x61));
const fd = fs.openSync(file, 'r');
process.on('exit', () => {
  fs.closeSync(fd);
  fs.unlinkSync(file);
});

const server = http2.createServer();
server.on('stream', (stream, headers) => {
  const trailers = headers[':path'] === '/trailers';
  stream.respondWithFD(fd, { 'content-type': 'application/octet-stream' }, { waitForTrailers: trailers });
  console.log('writableEnded after respondWithFD', stream.writableEnded);
  stream.end();
  stream.write('x', (err) => console.log('write after respondWithFD:', err && err.code));
  stream.on('error', (err) => console.log('stream error', err.code));
  if (trailers) stream.on('wantTrailers', () => stream.sendTrailers({ 'x-done': 'yes' }));
  if (headers[':path'] === '/slow') {
    stream.setTimeout(1000, () => console.log('stream timeout (unexpected)'));
  }
});

server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const get = (p, pauseMs, next) => {
    const req = client.request({ ':path': p });
    let n = 0;
    let paused = false;
    req.on('response', (h) => console.log(p, 'status', h[':status'], 'content-length', h['content-length']));
    req.on('trailers', (t) => console.log(p, 'trailers', t['x-done']));
    req.on('data', (b) => {
      n += b.length;
      if (pauseMs && !paused && n >= 100000) {
        paused = true;
        req.pause();
        setTimeout(() => req.resume(), pauseMs);
      }
    });
    req.on('end', () => console.log(p, 'got', n));
    req.on('close', next);
    req.end();
  };
  get('/plain', 0, () => get('/trailers', 0, () => get('/slow', 1500, () => {
    client.close();
    server.close();
  })));
});
