// An unref'd connected socket does not keep the process alive.
const net = require('net');
const server = net.createServer((c) => {
  c.resume();
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    console.log('connected');
    server.unref();
    console.log('unref returns socket', c.unref() === c);
  });
});
server.on('connection', (s) => s.unref());
process.on('exit', (code) => console.log('exit', code));
