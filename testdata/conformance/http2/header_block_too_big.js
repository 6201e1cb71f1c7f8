// A response header block over nghttp2's 64 KiB estimate is not sent: the
// server's stream hears a HEADERS frame error and is reset with
// FRAME_SIZE_ERROR, which the client sees (compat API and respond() with a body).
const http2 = require('http2');
const modes = ['compat', 'body'];
function run(mode) {
  return new Promise((resolve) => {
    const server = http2.createServer((req, res) => {
      const stream = res.stream;
      stream.on('frameError', (type, code) => console.log(mode, 'server frameError', type, code));
      stream.on('error', (e) => console.log(mode, 'server error', e.code));
      stream.on('close', () => console.log(mode, 'server close', stream.rstCode));
      if (mode === 'compat') {
        res.setHeader('foobar', 'a'.repeat(65536));
        res.end();
      } else {
        stream.respond({ foobar: 'a'.repeat(65536) });
        stream.end('body');
      }
    });
    server.listen(0, () => {
      const c = http2.connect(`http://localhost:${server.address().port}`);
      const r = c.request({ ':path': '/' });
      r.on('response', () => console.log(mode, 'client response'));
      r.on('error', (e) => console.log(mode, 'client error', e.code, e.message));
      r.on('close', () => {
        console.log(mode, 'client close', r.rstCode);
        c.close();
        server.close(resolve);
      });
      r.end();
    });
  });
}
(async () => { for (const m of modes) await run(m); })();
