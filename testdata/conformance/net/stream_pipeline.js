// stream.pipeline(socket, transform, socket): an upper-casing echo server.
const net = require('net');
const { pipeline, Transform } = require('stream');
const server = net.createServer((c) => {
  const upper = new Transform({
    transform(chunk, enc, cb) { cb(null, String(chunk).toUpperCase()); },
  });
  pipeline(c, upper, c, (err) => {
    console.log('server pipeline done', err);
    server.close();
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => c.end('shout this'));
  let got = '';
  c.on('data', (d) => { got += d; });
  c.on('end', () => console.log('client got', got));
});
