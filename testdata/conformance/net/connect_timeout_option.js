// net.connect({ timeout }) sets the idle timeout; destroying in the handler
// closes the socket without an error.
const net = require('net');
const server = net.createServer((c) => { c.resume(); c.on('close', () => server.close()); });
server.listen(0, '127.0.0.1', () => {
  const c = net.connect({ port: server.address().port, host: '127.0.0.1', timeout: 60 });
  console.log('timeout property', c.timeout);
  c.on('timeout', () => {
    console.log('timeout; destroying');
    c.destroy();
  });
  c.on('error', (e) => console.log('error', e.message));
  c.on('close', (hadError) => console.log('close', hadError));
});
