// A client holds requests past the peer's SETTINGS_MAX_CONCURRENT_STREAMS
// (as nghttp2 does) and sends each when an earlier stream closes, instead
// of having them refused.
const http2 = require('http2');
const server = http2.createServer({ settings: { maxConcurrentStreams: 1 } });
server.on('stream', (stream, headers) => {
  console.log('server stream', stream.id);
  stream.respond();
  setImmediate(() => stream.end('ok'));
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  client.on('remoteSettings', () => {
    console.log('remoteSettings', client.remoteSettings.maxConcurrentStreams);
    for (let i = 0; i < 3; i++) {
      const req = client.request();
      req.on('response', () => console.log('response', i));
      req.on('error', (e) => console.log('error', i, e.code));
      req.resume();
      req.on('close', () => { console.log('close', i, req.rstCode); if (i === 2) { client.close(); server.close(); } });
    }
  });
});
