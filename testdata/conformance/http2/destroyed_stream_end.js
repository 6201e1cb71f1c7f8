// A client session destroyed while its request is unanswered: the request
// still emits 'end' before 'close' (its readable side ends without an
// error). A stream destroyed by its own 'data' listener gives the bytes
// back to the connection's window: the other streams keep receiving.
'use strict';
const http2 = require('http2');

function unanswered(next) {
  const server = http2.createServer();
  server.on('stream', () => {}); // never answers
  server.listen(0, () => {
    const client = http2.connect(`http://localhost:${server.address().port}`);
    const req = client.request();
    req.resume();
    req.on('response', () => console.log('response'));
    req.on('end', () => console.log('req end'));
    req.on('error', (e) => console.log('req error', e.code));
    req.on('close', () => {
      console.log('req close', req.rstCode);
      server.close(next);
    });
    server.once('stream', () => setImmediate(() => client.destroy()));
  });
}

function destroyInData() {
  const server = http2.createServer();
  server.on('stream', (stream) => {
    const write = () => {
      if (stream.destroyed || stream.closed) return;
      stream.write('a'.repeat(16384));
      stream.once('drain', write);
    };
    write();
  });
  server.listen(0, () => {
    const client = http2.connect(`http://localhost:${server.address().port}`);
    let left = 12;
    for (let i = 0; i < 12; i++) {
      const req = client.request({ ':path': '/' + i });
      req.once('data', () => {
        req.destroy();
        if (--left === 0) {
          console.log('all 12 streams got data');
          client.destroy();
          server.close();
        }
      });
    }
  });
}

unanswered(destroyInData);
