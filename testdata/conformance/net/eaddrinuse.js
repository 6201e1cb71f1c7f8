// Listening on a port in use: 'error' on a later tick, listening false.
const net = require('net');
const a = net.createServer();
a.listen(0, () => {
  const port = a.address().port;
  const b = net.createServer();
  b.on('listening', () => console.log('unexpected listening'));
  b.on('error', (e) => {
    console.log(e.message.replace(String(port), 'PORT'));
    console.log(JSON.stringify(Object.keys(e)), e.code, e.errno, e.syscall, e.address, e.port === port);
    console.log('listening', b.listening, b.address());
    a.close(() => console.log('a closed'));
  });
  b.listen(port);
  console.log('listening right after listen()', b.listening);
  let sync = true;
  b.once('error', () => console.log('error was async', !sync));
  sync = false;
});
