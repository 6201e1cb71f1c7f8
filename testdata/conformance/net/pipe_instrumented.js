// Instrumentation that wraps the methods chunks pass through sees every
// chunk of an echo server's c.pipe(c): an instance's emit, and
// net.Socket.prototype.write patched for all sockets.
const net = require('net');
const total = 4 * 1024 * 1024;
let protoWrites = 0;
const origWrite = net.Socket.prototype.write;
const server = net.createServer((c) => {
  let dataEvents = 0;
  const origEmit = c.emit;
  c.emit = function (ev, ...args) {
    if (ev === 'data') dataEvents++;
    return origEmit.call(this, ev, ...args);
  };
  c.pipe(c);
  c.on('end', () => {
    console.log('server: data events seen', dataEvents > 0, 'patched writes seen', protoWrites > 0);
    console.log('server: echoed all', c.bytesRead === total && c.bytesWritten === total);
  });
});
server.listen(0, '127.0.0.1', () => {
  // Patched after the server socket's class was set up, before any connection.
  net.Socket.prototype.write = function (...args) {
    if (this.server === server) protoWrites++;
    return origWrite.apply(this, args);
  };
  const cl = net.connect(server.address().port, '127.0.0.1');
  const chunk = Buffer.alloc(64 * 1024, 'i');
  let sent = 0, got = 0;
  function pump() {
    while (sent < total) {
      sent += chunk.length;
      if (!cl.write(chunk)) { cl.once('drain', pump); return; }
    }
    cl.end();
  }
  cl.on('connect', pump);
  cl.on('data', (d) => { got += d.length; });
  cl.on('end', () => console.log('client: got all', got === total));
  cl.on('close', () => server.close());
});
