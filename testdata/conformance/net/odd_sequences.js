// Odd but legal sequences: end() twice, destroy() after close, setTimeout and
// write on a destroyed socket, listening again after close.
const net = require('net');
const log = (...a) => console.log(...a);
const server = net.createServer((c) => { c.resume(); c.on('end', () => c.end()); });
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const c = net.connect(port, '127.0.0.1');

  let connects = 0;
  c.on('connect', () => { connects++; log('connect #', connects); });
  // (50 ms after the connection, not from the start: a slow connect under
  // load is not a missing one)
  c.once('connect', () => setTimeout(() => {
    log('connects', connects);
    c.end(); c.end(); log('end twice ok');
    c.on('close', () => {
      c.destroy(); log('destroy after close ok');
      c.setTimeout(10); log('setTimeout after destroy, timeout', c.timeout);
      c.write('x', (e) => log('write after destroy cb', e && e.code));
      server.close(() => {
        log('closed; address', server.address());
        server.listen(0, '127.0.0.1', () => {
          log('re-listened', server.listening);
          server.close();
        });
      });
    });
    c.on('error', (e) => log('error', e.code));
  }, 50));
});
