// listen() failures that depend on the host: a name that does not resolve
// (the lookup error itself), and an address this machine does not have.
const net = require('net');
const a = net.createServer();
a.on('error', (e) => {
  console.log('unresolvable:', e.message, e.code, e.syscall, e.hostname, a.listening);
  const b = net.createServer();
  b.on('error', (e2) => {
    console.log('not local:', e2.message, e2.code, e2.errno, e2.syscall, e2.address, 'port' in e2, b.listening);
    const c = net.createServer();
    c.on('error', (e3) => console.log('not local with port:', e3.message, e3.code, e3.port));
    c.listen(4321, '192.0.2.1');
  });
  b.listen(0, '192.0.2.1');
});
a.listen(0, 'no-such-host.invalid');
