// 50 clients at once: each gets its own echo; getConnections counts them
// while they are open and 'close' on the server waits for all of them.
const net = require('net');
const N = 50;
const server = net.createServer((c) => {
  c.pipe(c);
});
const clients = [];
const results = [];
let echoed = 0;
let closed = 0;
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  for (let i = 0; i < N; i++) {
    const c = net.connect(port, '127.0.0.1');
    clients.push(c);
    let got = '';
    c.setEncoding('utf8');
    c.on('data', (d) => {
      got += d;
      if (got.length === String(i).length + 7 && ++echoed === N) allEchoed();
    });
    c.write('client ' + i);
    c.on('close', () => {
      results[i] = got;
      if (++closed === N) {
        console.log('all closed; all echoes right', results.every((r, j) => r === 'client ' + j));
      }
    });
  }
});
function allEchoed() {
  server.getConnections((err, count) => {
    console.log('getConnections', err, count);
    server.close(() => console.log('server closed after every connection'));
    for (const c of clients) c.end();
  });
}
