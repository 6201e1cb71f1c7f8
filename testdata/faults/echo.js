// The operator's echo server of the fault suite (cmd/gojanet/faults_test.go),
// run by gojanet and by node: every socket has an 'error' listener and pipes
// into itself. argv: port [idle timeout ms, 0: none].
const net = require('net');
const port = +process.argv[2];
const idle = +(process.argv[3] || 0);
const server = net.createServer((c) => {
  c.on('error', () => {});
  if (idle > 0) c.setTimeout(idle, () => c.destroy());
  c.pipe(c);
});
server.on('error', (e) => console.log('server error', e.code));
server.listen(port, '127.0.0.1', () => console.log('listening'));
