// Edges of what a session sends, against node:
// 3. a push promise made after respond() and end() still goes out (the
//    stream's END_STREAM is decided when the session sends);
// 4. trailers over nghttp2's 64 KiB header-block limit are not sent:
//    'frameError' on the stream, which is reset with FRAME_SIZE_ERROR, and
//    the session closes.
const h2 = require('http2');

function pushAfterEnd() {
  return new Promise((resolve) => {
    const server = h2.createServer();
    server.on('stream', (stream) => {
      stream.respond({});
      stream.end();
      stream.pushStream({ ':path': '/pushed' }, (err, push) => {
        console.log('3 push callback error', err);
        push.respond({ ':status': 200 });
        push.end('pushed body');
      });
    });
    server.listen(0, () => {
      const client = h2.connect(`http://localhost:${server.address().port}`);
      client.on('stream', (push, headers) => {
        push.setEncoding('utf8');
        let body = '';
        push.on('data', (d) => body += d);
        push.on('end', () => {
          console.log('3 pushed', headers[':path'], body);
          client.close();
          server.close(resolve);
        });
      });
      const req = client.request();
      req.on('response', (h) => console.log('3 response', h[':status']));
      req.resume();
    });
  });
}

function bigTrailers() {
  return new Promise((resolve) => {
    const server = h2.createServer();
    server.on('stream', (stream) => {
      stream.respond(undefined, { waitForTrailers: true });
      stream.on('data', () => console.log('4 request data (unexpected)'));
      stream.on('wantTrailers', () => stream.sendTrailers({ 'big': 'x'.repeat(64 * 1024) }));
      stream.on('frameError', (type, code, id) => console.log('4 frameError type', type, 'code', code, 'id', id));
      stream.on('error', (e) => console.log('4 server stream error', e.code, e.message));
      stream.on('close', () => console.log('4 server stream close', stream.rstCode));
      stream.end();
    });
    server.listen(0, () => {
      const client = h2.connect(`http://localhost:${server.address().port}`);
      client.on('close', () => {
        console.log('4 client session closed');
        server.close(resolve);
      });
      const req = client.request();
      req.on('trailers', () => console.log('4 trailers (unexpected)'));
      req.on('error', (e) => console.log('4 client stream error', e.code, e.message));
      req.on('close', () => console.log('4 client stream close', req.rstCode));
      req.end();
    });
  });
}

(async () => {
  await pushAfterEnd();
  await bigTrailers();
})();
