// createServer(listener), createServer(options, listener) and on('connection')
// all see the socket; the listener's `this` is the server.
const net = require('net');
let pending = 3;
function finish(server) {
  server.close(() => { if (--pending === 0) console.log('all closed'); });
}
function run(name, server) {
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect(server.address().port, '127.0.0.1');
    c.on('data', (d) => console.log(name, 'client got', String(d)));
    c.on('close', () => finish(server));
  });
}
const a = net.createServer(function (c) { console.log('a this is server', this === a); c.end('A'); });
run('a', a);
a.on('listening', () => {
  const b = net.createServer({ noDelay: true }, (c) => c.end('B'));
  run('b', b);
  b.on('listening', () => {
    const d = new net.Server();
    d.on('connection', (c) => c.end('D'));
    run('d', d);
  });
});
