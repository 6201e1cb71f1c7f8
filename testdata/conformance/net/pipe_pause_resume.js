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
  let step = 0;
  c.setEncoding('utf8');
  c.on('data', (d) => {
    got += d;
    if (step === 0 && got === 'first;') {
      step = 1;
      console.log('client: got', got);
      server.paused();
      c.write('second;');
      setTimeout(() => {
        console.log('client: while paused got', got);
        step = 2;
        server.resumed();
      }, 150);
    } else if (step === 2 && got === 'first;second;') {
      console.log('client: after resume got', got);
      c.end();
    }
  });
  c.write('first;');
  c.on('close', () => server.close());
});
