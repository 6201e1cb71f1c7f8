// Remote settings arrive in order: two SETTINGS frames read in one chunk
// give two 'remoteSettings' events, each with the values its own frame left
// (not the later frame's). A local maxHeaderListSize change applies to the
// streams begun after the peer acknowledged it, not to one already open, as
// node takes the limit per stream.
const h2 = require('http2');
const server = h2.createServer();
server.on('session', (session) => session.settings({ maxConcurrentStreams: 2 }));
server.on('stream', (stream) => {
  stream.respond({ ':status': 200, 'x-long': 'y'.repeat(40) });
  stream.end('hello');
});
server.listen(0, () => {
  const client = h2.connect(`http://localhost:${server.address().port}`);
  client.on('remoteSettings', (s) => console.log('remoteSettings maxConcurrentStreams', s.maxConcurrentStreams));
  const req = client.request();
  req.on('ready', () => {
    client.settings({ maxHeaderListSize: 50 }, () => {
      console.log('acknowledged', client.localSettings.maxHeaderListSize);
      const second = client.request();
      second.on('response', () => console.log('second response (unexpected)'));
      second.on('error', (e) => console.log('second error', e.code, e.message));
      second.on('close', () => {
        console.log('second close', second.rstCode);
        client.close();
        server.close();
      });
      second.end();
    });
  });
  req.on('response', (h) => console.log('first response', h[':status'], h['x-long'].length));
  req.setEncoding('utf8');
  req.on('data', (d) => console.log('first data', d));
  req.on('end', () => console.log('first end'));
  req.end();
});
