'use strict';
// maxSessionMemory: while a server session holds more unsent output than
// its cap (here 1 MB, a 2 MB response stuck behind flow control), a stream
// the client opens is refused with ENHANCE_YOUR_CALM; once the output has
// drained, new streams are served again.
const http2 = require('http2');

const big = Buffer.alloc(2e6, 'x');
const server = http2.createServer({ maxSessionMemory: 1 });
server.on('stream', (stream, headers) => {
  stream.on('error', (e) => console.log('server stream error', e.code));
  stream.respond({ ':status': 200 });
  stream.end(headers[':path'] === '/big' ? big : 'small');
});

server.listen(0, '127.0.0.1', () => {
  const client = http2.connect(`http://127.0.0.1:${server.address().port}`);
  const first = client.request({ ':path': '/big' });
  let got = 0;
  first.on('response', () => {
    const second = client.request({ ':path': '/small' });
    second.on('response', () => console.log('second: response'));
    second.on('error', (e) => console.log('second:', e.code, e.message));
    second.on('close', () => {
      console.log('second: closed, rstCode', second.rstCode);
      first.resume();
    });
  });
  first.on('data', (c) => { got += c.length; });
  first.on('end', () => {
    console.log('first: %d bytes', got);
    const third = client.request({ ':path': '/small' });
    let body = '';
    third.setEncoding('utf8');
    third.on('data', (c) => { body += c; });
    third.on('end', () => {
      console.log('third:', body);
      client.close();
      server.close();
    });
  });
});
