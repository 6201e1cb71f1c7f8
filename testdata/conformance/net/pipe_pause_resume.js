// A piped socket that is paused stops feeding its destination until resumed
// (the echo server pauses between the client's two messages).
const net = require('net');
const server = net.createServer((c) => {
  c.pipe(c);
  server.paused = () => { c.pause(); console.log('server: paused', c.isPaused()); };
  server.resumed = () => { c.resume(); console.log('server: resumed'); };
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  let got = '';
  c.setEncoding('utf8');
  c.on('data', (d) => { got += d; });
  c.write('first;');
  setTimeout(() => {
    console.log('client: got', got);
    server.paused();
    c.write('second;');
    setTimeout(() => {
      console.log('client: while paused got', got);
      server.resumed();
      setTimeout(() => {
        console.log('client: after resume got', got);
        c.end();
      }, 100);
    }, 100);
  }, 100);
  c.on('close', () => server.close());
});
