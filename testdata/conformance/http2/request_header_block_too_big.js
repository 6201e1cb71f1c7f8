// A request header block over nghttp2's 64 KiB estimate is never sent: the
// stream hears a HEADERS frame error and closes with REFUSED_STREAM (not
// the server's ENHANCE_YOUR_CALM: it never sees it), and the session closes.
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (s, h) => { console.log('server stream', h[':path']); s.respond(); s.end(); });
server.listen(0, () => {
  const c = http2.connect('http://localhost:' + server.address().port);
  c.on('close', () => { console.log('session close'); server.close(); });
  const r = c.request({ ':path': '/big', 'x-big': 'x'.repeat(70000) });
  r.on('frameError', (type, code, id) => console.log('frameError', type, code, id));
  r.on('response', (h) => console.log('status', h[':status']));
  r.on('error', (e) => console.log('error', e.code, e.message));
  r.resume();
  r.on('close', () => console.log('close', r.rstCode, r.id));
});
